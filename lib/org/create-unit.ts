/**
 * Creating a unit from the admin tree: a code of its own (the key the sync API and imports use),
 * a name unique among its siblings (so a unit path such as 示范区机关党委/综合党总支 names exactly one
 * unit), and its path computed from the parent's in the same statement.
 */
import { sql } from "kysely";
import { z } from "zod";
import type { Db } from "../db/client";
import { recordAudit } from "../audit/record";
import { UserError } from "../errors";
import { assertAdmin, type Actor } from "./admin-actor";
import { ZId, ZUnitCode, ZUnitKind, ZUnitName } from "./schemas";
import { withTx, type Tx } from "../db/tx";
import { lockTree } from "./locks";
import { insertUnitRow, UNIT_COLUMNS, type UnitRow } from "./units";

/** "" (the form's "no parent") and null both mean a top-level unit. */
export const ZParentId = z.preprocess((v) => (v === "" || v === undefined ? null : v), ZId.nullable());

export const ZCreateUnit = z.object({ code: ZUnitCode, name: ZUnitName, kind: ZUnitKind, parentId: ZParentId });
export type TCreateUnit = z.infer<typeof ZCreateUnit>;

/** A live (not archived) unit, locked for the rest of the transaction; null when there is none. */
export async function lockLiveUnit(t: Tx, id: number): Promise<UnitRow | null> {
  const u = await t.k.selectFrom("org_unit").select(UNIT_COLUMNS).where("id", "=", id).where("archived_at", "is", null).forUpdate().executeTakeFirst();
  return u ?? null;
}

/** Refuses a name already used by a live sibling (paths in import files must name one unit). */
export async function assertSiblingNameFree(t: Tx, parentId: number | null, name: string, exceptId: number | null): Promise<void> {
  const clash = await t.k
    .selectFrom("org_unit")
    .select("id")
    .where(sql<boolean>`parent_id IS NOT DISTINCT FROM ${parentId}::int`)
    .where("name", "=", name)
    .where("archived_at", "is", null)
    .where(sql<boolean>`id IS DISTINCT FROM ${exceptId}::int`)
    .limit(1)
    .executeTakeFirst();
  if (clash) throw new UserError(`同一上级下已有名为“${name}”的单位`);
}

/** Inserts a unit under a live parent (or at the top), computing path and depth in the statement. */
export async function insertUnit(t: Tx, u: TCreateUnit): Promise<UnitRow> {
  const row = await insertUnitRow(t.k, u);
  if (!row) throw new UserError("上级单位不存在或已归档");
  return row;
}

export async function createOrgUnit(d: Db, actor: Actor, input: TCreateUnit): Promise<UnitRow> {
  assertAdmin(actor);
  return withTx(d, async (t) => {
    await lockTree(t);
    const taken = await t.k.selectFrom("org_unit").select("name").where("code", "=", input.code).executeTakeFirst();
    if (taken) throw new UserError(`单位编码“${input.code}”已被“${taken.name}”使用`);
    if (input.parentId !== null && !(await lockLiveUnit(t, input.parentId))) throw new UserError("上级单位不存在或已归档");
    await assertSiblingNameFree(t, input.parentId, input.name, null);
    const row = await insertUnit(t, input);
    await recordAudit(t, {
      actorId: actor.id,
      action: "org_unit.create",
      entity: "org_unit",
      entityId: String(row.id),
      after: { code: row.code, name: row.name, kind: row.kind, parentId: row.parentId, path: row.path },
    });
    return row;
  });
}
