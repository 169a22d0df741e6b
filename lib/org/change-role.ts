/**
 * Changing a member's role. The guard reads the role from the database on every request
 * (lib/auth/viewer.ts), so the change applies at his next request without signing him out.
 * An admin cannot change his own role (nor, therefore, demote the last admin: he is one).
 */
import { z } from "zod";
import type { Db } from "../db/client";
import { recordAudit } from "../audit/record";
import { NotFoundError, UserError } from "../errors";
import { assertAdmin, type Actor } from "./admin-actor";
import { ZId, ZRole } from "./schemas";
import { withTx } from "../db/tx";

export const ZChangeRole = z.object({ memberId: ZId, role: ZRole });

export async function changeMemberRole(d: Db, actor: Actor, input: z.infer<typeof ZChangeRole>): Promise<{ changed: boolean }> {
  assertAdmin(actor);
  if (input.memberId === actor.id) throw new UserError("不能修改自己的角色");
  return withTx(d, async (t) => {
    const m = await t.k.selectFrom("member").select("role").where("id", "=", input.memberId).forUpdate().executeTakeFirst();
    if (!m) throw new NotFoundError();
    if (m.role === input.role) return { changed: false };
    await t.prisma.member.update({ where: { id: input.memberId }, data: { role: input.role }, select: { id: true } });
    await recordAudit(t, {
      actorId: actor.id,
      action: "member.role.change",
      entity: "member",
      entityId: String(input.memberId),
      before: { role: m.role },
      after: { role: input.role },
    });
    return { changed: true };
  });
}
