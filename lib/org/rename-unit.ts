/** Renaming a unit. Its code (the key imports and the sync API use) does not change. */
import { z } from "zod";
import type { Db } from "../db/client";
import { recordAudit } from "../audit/record";
import { NotFoundError } from "../errors";
import { assertAdmin, type Actor } from "./admin-actor";
import { assertSiblingNameFree, lockLiveUnit } from "./create-unit";
import { ZId, ZUnitName } from "./schemas";
import { withTx } from "../db/tx";
import { lockTree } from "./locks";

export const ZRenameUnit = z.object({ unitId: ZId, name: ZUnitName });

export async function renameUnit(d: Db, actor: Actor, input: z.infer<typeof ZRenameUnit>): Promise<{ changed: boolean }> {
  assertAdmin(actor);
  return withTx(d, async (t) => {
    await lockTree(t);
    const unit = await lockLiveUnit(t, input.unitId);
    if (!unit) throw new NotFoundError();
    if (unit.name === input.name) return { changed: false };
    await assertSiblingNameFree(t, unit.parentId, input.name, unit.id);
    await t.prisma.orgUnit.update({ where: { id: unit.id }, data: { name: input.name }, select: { id: true } });
    await recordAudit(t, {
      actorId: actor.id,
      action: "org_unit.rename",
      entity: "org_unit",
      entityId: String(unit.id),
      before: { name: unit.name },
      after: { name: input.name },
    });
    return { changed: true };
  });
}
