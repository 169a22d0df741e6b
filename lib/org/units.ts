/**
 * The organisation tree. Each unit stores `path` (ancestor ids, root first, itself last), kept
 * right by the writes in this module, so subtree reads are single GIN-indexed queries:
 * `path @> ARRAY[id]` is "this unit and everything below it", at any depth.
 */
import type { Db } from "../db/client";
import type { UnitKind } from "../generated/prisma/enums";

export interface UnitRow {
  id: number;
  code: string;
  name: string;
  kind: UnitKind;
  parentId: number | null;
  path: number[];
  depth: number;
}

/** Only for app/(app)/branch/page.tsx, which is being split elsewhere; everyone else imports lib/labels.ts. */

/**
 * Inserts a unit under a live parent ($4; NULL for a root), computing its path and depth in the
 * same statement. Params: code, name, kind, parentId. Returns no row when the parent is missing
 * or archived. The one place the path of a new unit is computed.
 */
export const INSERT_UNIT_SQL = `INSERT INTO org_unit (id, code, name, kind, parent_id, path, depth)
     SELECT n.id, $1, $2, $3::"UnitKind", p.id, coalesce(p.path, '{}') || n.id, coalesce(p.depth + 1, 0)
     FROM (SELECT nextval(pg_get_serial_sequence('org_unit', 'id'))::int AS id) n
     LEFT JOIN org_unit p ON p.id = $4::int AND p.archived_at IS NULL
     WHERE $4::int IS NULL OR p.id IS NOT NULL
     RETURNING id, code, name, kind, parent_id AS "parentId", path, depth`;

/** Creates a unit under `parentId` (or a root) in one statement that also computes its path. */
export async function createUnit(d: Db, u: { code: string; name: string; kind: UnitKind; parentId: number | null }): Promise<UnitRow> {
  const [row] = await d.raw.query<UnitRow>(INSERT_UNIT_SQL, [u.code, u.name, u.kind, u.parentId]);
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
  const [row] = await d.raw.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM member m JOIN org_unit u ON u.id = m.unit_id
     WHERE u.path @> ARRAY[$1]::int[] AND m.active`,
    [rootId],
  );
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
