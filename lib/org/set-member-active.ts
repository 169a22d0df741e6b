/**
 * Deactivating a member ends every session he has (and stops API tokens issued for him: they act
 * as him and check `active` on each request); he can no longer sign in. His records stay.
 * Reactivating lets him sign in again with his password. An admin cannot deactivate himself.
 */
import { sql } from "kysely";
import { z } from "zod";
import type { Db } from "../db/client";
import { recordAudit } from "../audit/record";
import { NotFoundError, UserError } from "../errors";
import { revokeAllSessions } from "../auth/sign-in";
import { assertAdmin, type Actor } from "./admin-actor";
import { ZId } from "./schemas";
import { withTx } from "../db/tx";

export const ZMemberId = z.object({ memberId: ZId });

export async function setMemberActive(d: Db, actor: Actor, memberId: number, active: boolean): Promise<{ changed: boolean }> {
  assertAdmin(actor);
  if (!active && memberId === actor.id) throw new UserError("不能停用自己的账号");
  return withTx(d, async (t) => {
    const m = await t.k
      .selectFrom("member as m")
      .innerJoin("org_unit as u", "u.id", "m.unit_id")
      .select(["m.active", sql<boolean>`u.archived_at IS NOT NULL`.as("unit_archived")])
      .where("m.id", "=", memberId)
      .forUpdate("m")
      .executeTakeFirst();
    if (!m) throw new NotFoundError();
    if (m.active === active) return { changed: false };
    if (active && m.unit_archived) throw new UserError("该成员所在单位已归档，请先把他调到在用的单位");
    await t.prisma.member.update({ where: { id: memberId }, data: { active }, select: { id: true } });
    if (!active) await revokeAllSessions(t, memberId);
    await recordAudit(t, {
      actorId: actor.id,
      action: active ? "member.reactivate" : "member.deactivate",
      entity: "member",
      entityId: String(memberId),
      before: { active: !active },
      after: active ? { active } : { active, sessionsRevoked: true },
    });
    return { changed: true };
  });
}
