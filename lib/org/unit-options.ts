/**
 * Units with their full path of names ("示范区机关党委/综合党总支/办公室党支部") and member counts:
 * the admin tree, the move pickers and the unit filter all read this one list.
 */
import type { Db } from "../db/client";
import type { UnitKind } from "../generated/prisma/enums";

export interface UnitOption {
  id: number;
  code: string;
  name: string;
  kind: UnitKind;
  parentId: number | null;
  path: number[];
  depth: number;
  archived: boolean;
  /** Names from the root down to this unit, joined by "/". */
  label: string;
  /** Active members in this unit itself (not below it). */
  members: number;
}

export async function unitOptions(d: Db, opts: { includeArchived?: boolean } = {}): Promise<UnitOption[]> {
  const rows = await d.raw.query<Omit<UnitOption, "label">>(
    `SELECT u.id, u.code, u.name, u.kind, u.parent_id AS "parentId", u.path, u.depth, u.archived_at IS NOT NULL AS archived,
            coalesce(c.n, 0)::int AS members
     FROM org_unit u
     LEFT JOIN (SELECT unit_id, count(*) AS n FROM member WHERE active GROUP BY unit_id) c ON c.unit_id = u.id
     ${opts.includeArchived ? "" : "WHERE u.archived_at IS NULL"}
     ORDER BY u.depth, u.code`,
  );
  const name = new Map(rows.map((r) => [r.id, r.name]));
  return rows.map((r) => ({ ...r, label: r.path.map((id) => name.get(id) ?? "…").join("/") }));
}

/** Active members in each unit and everything below it, from the per-unit counts. */
export function subtreeCounts(units: Pick<UnitOption, "id" | "path" | "members">[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const u of units) for (const a of u.path) out.set(a, (out.get(a) ?? 0) + u.members);
  return out;
}
