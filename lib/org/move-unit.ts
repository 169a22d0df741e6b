/**
 * Moving a unit with everything below it. Paths hold every ancestor (docs/decisions/003), so a
 * move rewrites the subtree's paths and depths in one UPDATE: each row keeps its own tail from the
 * moved unit down (`path[k:]`, k = the moved unit's position) behind the new parent's path.
 * Moving a unit under itself or under one of its descendants would make a loop: refused.
 */
import { sql } from "kysely";
import { z } from "zod";
import type { Db } from "../db/client";
import { recordAudit } from "../audit/record";
import { NotFoundError, UserError } from "../errors";
import { assertAdmin, type Actor } from "./admin-actor";
import { ZParentId, assertSiblingNameFree, lockLiveUnit } from "./create-unit";
import { ZId } from "./schemas";
import { withTx, type Tx } from "../db/tx";
import { lockTree } from "./locks";
import type { UnitRow } from "./units";

export const ZMoveUnit = z.object({ unitId: ZId, parentId: ZParentId });

export const MOVE_INTO_OWN_SUBTREE = "不能把单位移到它自己或它的下级单位之下";

/** Rewrites the subtree of `unit` to hang under `parent` (null: top level). Returns rows moved. */
export async function moveSubtree(t: Tx, unit: Pick<UnitRow, "id" | "depth">, parent: Pick<UnitRow, "id" | "path"> | null): Promise<number> {
  if (parent?.path.includes(unit.id)) throw new UserError(MOVE_INTO_OWN_SUBTREE);
  const head = parent?.path ?? [];
  const k = unit.depth + 1; // the moved unit's position in every path below it (1-based)
  const r = await t.k
    .updateTable("org_unit")
    .set({
      path: sql<number[]>`${head}::int[] || path[${k}::int:]`,
      depth: sql<number>`cardinality(${head}::int[]) + cardinality(path) - ${k}::int`,
      parent_id: sql<number | null>`CASE WHEN id = ${unit.id} THEN ${parent?.id ?? null}::int ELSE parent_id END`,
    })
    .where(sql<boolean>`path @> ARRAY[${unit.id}]::int[]`)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

export async function moveUnit(d: Db, actor: Actor, input: z.infer<typeof ZMoveUnit>): Promise<{ moved: number; path: number[] }> {
  assertAdmin(actor);
  return withTx(d, async (t) => {
    await lockTree(t);
    const unit = await lockLiveUnit(t, input.unitId);
    if (!unit) throw new NotFoundError();
    if (unit.parentId === input.parentId) return { moved: 0, path: unit.path };
    let parent: UnitRow | null = null;
    if (input.parentId !== null) {
      parent = await lockLiveUnit(t, input.parentId);
      if (!parent) throw new UserError("目标上级单位不存在或已归档");
    }
    await assertSiblingNameFree(t, input.parentId, unit.name, unit.id);
    const moved = await moveSubtree(t, unit, parent);
    const path = [...(parent?.path ?? []), unit.id];
    await recordAudit(t, {
      actorId: actor.id,
      action: "org_unit.move",
      entity: "org_unit",
      entityId: String(unit.id),
      before: { parentId: unit.parentId, path: unit.path },
      after: { parentId: input.parentId, path, unitsMoved: moved },
    });
    return { moved, path };
  });
}
