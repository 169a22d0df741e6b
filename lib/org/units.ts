/**
 * The organisation tree. Each unit stores `path` (ancestor ids, root first, itself last), kept
 * right by the writes in this module, so subtree reads are single GIN-indexed queries:
 * `path @> ARRAY[id]` is "this unit and everything below it", at any depth.
 */
import { type Kysely, sql } from "kysely";
import type { Db } from "../db/client";
import { type DB, kysely, type TableRow } from "../db/kysely";

/** A unit as the tree shows it (`parent_id` read as `parentId`). */
export type UnitRow = TableRow<"org_unit", "id" | "code" | "name" | "kind" | "path" | "depth"> & { parentId: TableRow<"org_unit", "parent_id">["parent_id"] };

/** The columns of a `UnitRow`, for Kysely's `select`. */
export const UNIT_COLUMNS = ["id", "code", "name", "kind", "parent_id as parentId", "path", "depth"] as const;

/** Only for app/(app)/branch/page.tsx, which is being split elsewhere; everyone else imports lib/labels.ts. */

export type NewUnit = Pick<UnitRow, "code" | "name" | "kind" | "parentId">;

/**
 * Inserts a unit under a live parent (`parentId` null: a root), computing its path and depth in
 * the same statement. Answers no row when the parent is missing or archived. The one place the
 * path of a new unit is computed.
 */
export async function insertUnitRow(k: Kysely<DB>, u: NewUnit): Promise<UnitRow | undefined> {
  const { rows } = await sql<UnitRow>`INSERT INTO org_unit (id, code, name, kind, parent_id, path, depth)
     SELECT n.id, ${u.code}, ${u.name}, ${u.kind}::"UnitKind", p.id, coalesce(p.path, '{}') || n.id, coalesce(p.depth + 1, 0)
     FROM (SELECT nextval(pg_get_serial_sequence('org_unit', 'id'))::int AS id) n
     LEFT JOIN org_unit p ON p.id = ${u.parentId}::int AND p.archived_at IS NULL
     WHERE ${u.parentId}::int IS NULL OR p.id IS NOT NULL
     RETURNING id, code, name, kind, parent_id AS "parentId", path, depth`.execute(k);
  return rows[0];
}

/** Creates a unit under `parentId` (or a root) in one statement that also computes its path. */
export async function createUnit(d: Db, u: NewUnit): Promise<UnitRow> {
  const row = await insertUnitRow(kysely(d), u);
  if (!row) throw new Error(`上级单位 ${u.parentId} 不存在`);
  return row;
}

/** The unit and every unit below it, ordered by depth then name. */
export async function unitsUnder(d: Db, rootId: number, opts: { includeArchived?: boolean } = {}): Promise<UnitRow[]> {
  return d.prisma.orgUnit.findMany({
    where: { path: { has: rootId }, ...(opts.includeArchived ? {} : { archivedAt: null }) },
    select: { id: true, code: true, name: true, kind: true, parentId: true, path: true, depth: true },
    orderBy: [{ depth: "asc" }, { code: "asc" }],
  });
}

/** Every unit (admins), same shape and order as unitsUnder. */
export async function allUnits(d: Db): Promise<UnitRow[]> {
  return d.prisma.orgUnit.findMany({
    where: { archivedAt: null },
    select: { id: true, code: true, name: true, kind: true, parentId: true, path: true, depth: true },
    orderBy: [{ depth: "asc" }, { code: "asc" }],
  });
}

/** Number of active members in a unit and everything below it: one query. */
export async function countMembersUnder(d: Db, rootId: number): Promise<number> {
  return countActiveMembersUnder(kysely(d), rootId);
}

/** The same count inside a transaction (`t.k`) or outside it. */
export async function countActiveMembersUnder(k: Kysely<DB>, rootId: number): Promise<number> {
  const row = await k
    .selectFrom("member as m")
    .innerJoin("org_unit as u", "u.id", "m.unit_id")
    .select(sql<number>`count(*)::int`.as("n"))
    .where(sql<boolean>`u.path @> ARRAY[${rootId}]::int[]`)
    .where(sql.ref<boolean>("m.active"))
    .executeTakeFirstOrThrow();
  return row.n;
}

export interface UnitNode extends UnitRow {
  children: UnitNode[];
}

/** Builds a nested tree from rows ordered by depth (as unitsUnder returns them). */
export function toTree(rows: UnitRow[]): UnitNode[] {
  const byId = new Map<number, UnitNode>();
  const roots: UnitNode[] = [];
  for (const r of rows) {
    const node = { ...r, children: [] };
    byId.set(r.id, node);
    const parent = r.parentId === null ? undefined : byId.get(r.parentId);
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

/** One unit, only if it lies in the scope (scopeRoot null = anywhere); otherwise null → 404. */
export async function unitInScope(d: Db, scopeRoot: number | null, unitId: number): Promise<UnitRow | null> {
  return d.prisma.orgUnit.findFirst({
    where: { id: unitId, archivedAt: null, ...(scopeRoot === null ? {} : { path: { has: scopeRoot } }) },
    select: { id: true, code: true, name: true, kind: true, parentId: true, path: true, depth: true },
  });
}
