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
    const [m] = await t.q<{ unit_id: number; unit_name: string }>(
      `SELECT m.unit_id, u.name AS unit_name FROM member m JOIN org_unit u ON u.id = m.unit_id WHERE m.id = $1 FOR UPDATE OF m`,
      [input.memberId],
    );
    if (!m) throw new NotFoundError();
    const [unit] = await t.q<{ id: number; name: string }>(`SELECT id, name FROM org_unit WHERE id = $1 AND archived_at IS NULL FOR SHARE`, [input.unitId]);
    if (!unit) throw new UserError("目标单位不存在或已归档");
    if (m.unit_id === unit.id) return { changed: false };
    await t.x(`UPDATE member SET unit_id = $2, updated_at = now() WHERE id = $1`, [input.memberId, unit.id]);
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
