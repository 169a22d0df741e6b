/** Moving a member to another unit (a transfer). His records go with him; his scope follows. */
import { z } from "zod";
import type { Db } from "../db/client";
import { recordAudit } from "../audit/record";
import { NotFoundError, UserError } from "../errors";
import { assertAdmin, type Actor } from "./admin-actor";
import { ZId } from "./schemas";
import { withTx } from "../db/tx";

export const ZMoveMember = z.object({ memberId: ZId, unitId: ZId });

export async function moveMember(d: Db, actor: Actor, input: z.infer<typeof ZMoveMember>): Promise<{ changed: boolean }> {
  assertAdmin(actor);
  return withTx(d, async (t) => {
    const m = await t.k
      .selectFrom("member as m")
      .innerJoin("org_unit as u", "u.id", "m.unit_id")
      .select(["m.unit_id", "u.name as unit_name"])
      .where("m.id", "=", input.memberId)
      .forUpdate("m")
      .executeTakeFirst();
    if (!m) throw new NotFoundError();
    const unit = await t.k
      .selectFrom("org_unit")
      .select(["id", "name"])
      .where("id", "=", input.unitId)
      .where("archived_at", "is", null)
      .forShare()
      .executeTakeFirst();
    if (!unit) throw new UserError("目标单位不存在或已归档");
    if (m.unit_id === unit.id) return { changed: false };
    await t.prisma.member.update({ where: { id: input.memberId }, data: { unitId: unit.id }, select: { id: true } });
    await recordAudit(t, {
      actorId: actor.id,
      action: "member.move",
      entity: "member",
      entityId: String(input.memberId),
      before: { unitId: m.unit_id, unitName: m.unit_name },
      after: { unitId: unit.id, unitName: unit.name },
    });
    return { changed: true };
  });
}
