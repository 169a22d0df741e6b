/**
 * Units with their full path of names ("示范区机关党委/综合党总支/办公室党支部") and member counts:
 * the admin tree, the move pickers and the unit filter all read this one list.
 */
import { sql } from "kysely";
import type { Db } from "../db/client";
import { kysely, type RowOf } from "../db/kysely";

function optionsQuery(d: Db, includeArchived: boolean) {
  return kysely(d)
    .selectFrom("org_unit as u")
    .leftJoin(
      (k) =>
        k
          .selectFrom("member")
          .select(["unit_id", sql<number>`count(*)`.as("n")])
          .where(sql.ref<boolean>("active"))
          .groupBy("unit_id")
          .as("c"),
      (j) => j.onRef("c.unit_id", "=", "u.id"),
    )
    .select([
      "u.id",
      "u.code",
      "u.name",
      "u.kind",
      "u.parent_id as parentId",
      "u.path",
      "u.depth",
      sql<boolean>`u.archived_at IS NOT NULL`.as("archived"),
      // Active members in this unit itself (not below it).
      sql<number>`coalesce(c.n, 0)::int`.as("members"),
    ])
    .$if(!includeArchived, (q) => q.where("u.archived_at", "is", null))
    .orderBy("u.depth")
    .orderBy("u.code");
}

export type UnitOption = RowOf<ReturnType<typeof optionsQuery>> & {
  /** Names from the root down to this unit, joined by "/". */
  label: string;
};

export async function unitOptions(d: Db, opts: { includeArchived?: boolean } = {}): Promise<UnitOption[]> {
  const rows = await optionsQuery(d, !!opts.includeArchived).execute();
  const name = new Map(rows.map((r) => [r.id, r.name]));
  return rows.map((r) => ({ ...r, label: r.path.map((id) => name.get(id) ?? "…").join("/") }));
}

/** Active members in each unit and everything below it, from the per-unit counts. */
export function subtreeCounts(units: Pick<UnitOption, "id" | "path" | "members">[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const u of units) for (const a of u.path) out.set(a, (out.get(a) ?? 0) + u.members);
  return out;
}
