/**
 * Rankings that motivate without shaming (issue 17).
 * - Inside a branch: the top ten by total points and the member's own rank; a member may hide his
 *   name (shown as 某同志, to everyone including himself in the list, his own row marked 我).
 * - Above branches: the branches below a unit ranked by participation rate and average points per
 *   member — rates, so 8 and 80 members compare — and only branches of at least the privacy floor
 *   (lib/tracking/privacy.ts) are ranked; smaller ones are listed as too small.
 */
import { sql } from "kysely";
import type { Db } from "../db/client";
import { kysely, type Col, type TableRow } from "../db/kysely";
import { privacyMinGroup } from "../tracking/privacy";
import { CHINA_TODAY_SQL } from "./points";

export const HIDDEN_NAME = "某同志";
/** Days the committee ranking looks back over. */
export const RANKING_WINDOW_DAYS = 30;

export interface RankRow {
  rank: number;
  name: string;
  points: number;
  me: boolean;
}

export interface BranchRanking {
  top: RankRow[];
  me: RankRow;
  members: number;
  hidden: boolean;
}

/** The member's own branch: its top ten and his rank (ties share a rank). One statement. */
export async function branchRanking(d: Db, memberId: number): Promise<BranchRanking> {
  type Ranked = TableRow<"member", "id" | "name"> & { points: number; rank: number; rn: number; hidden: boolean; n: number };
  const { rows } = await sql<Ranked>`WITH peers AS (
       SELECT m.id, m.name, o.member_id IS NOT NULL AS hidden,
              coalesce((SELECT sum(p.points) FROM point_event p WHERE p.member_id = m.id), 0)::int AS points
       FROM member me JOIN member m ON m.unit_id = me.unit_id AND m.active AND m.role = 'CADRE'
       LEFT JOIN ranking_opt_out o ON o.member_id = m.id
       WHERE me.id = ${memberId}
     ), ranked AS (
       SELECT *, rank() OVER (ORDER BY points DESC)::int AS rank, row_number() OVER (ORDER BY points DESC, id) AS rn, count(*) OVER ()::int AS n FROM peers
     )
     SELECT id, name, points, rank, rn::int, hidden, n FROM ranked WHERE rn <= 10 OR id = ${memberId} ORDER BY rn`.execute(kysely(d));
  const toRow = (r: (typeof rows)[number]): RankRow => ({ rank: r.rank, name: r.hidden ? HIDDEN_NAME : r.name, points: r.points, me: r.id === memberId });
  const mine = rows.find((r) => r.id === memberId);
  const top = rows.filter((r) => r.rn <= 10);
  return {
    top: top.map(toRow),
    me: mine ? toRow(mine) : { rank: rows.length + 1, name: "", points: 0, me: true },
    members: rows[0]?.n ?? 0,
    hidden: Boolean(mine?.hidden),
  };
}

/** Hides or shows the member's name in his branch's ranking. Idempotent; one statement. */
export async function setRankingHidden(d: Db, memberId: number, hidden: boolean): Promise<void> {
  const k = kysely(d);
  if (hidden)
    await k
      .insertInto("ranking_opt_out")
      .values({ member_id: memberId })
      .onConflict((c) => c.doNothing())
      .execute();
  else await k.deleteFrom("ranking_opt_out").where("member_id", "=", memberId).execute();
}

export interface BranchRate {
  unitId: number;
  name: string;
  members: number;
  /** null below the privacy floor: too few members to rank. */
  participation: number | null;
  avgPoints: number | null;
  rank: number | null;
}

/**
 * The branches at or below `unitId` (null: all, for an admin), ranked by the share of members who earned any points in the
 * last RANKING_WINDOW_DAYS China days, then by average points per member over that window.
 * One statement.
 */
export async function branchesRanked(d: Db, unitId: number | null): Promise<BranchRate[]> {
  type Rate = { unit_id: Col<"org_unit", "id">; name: Col<"org_unit", "name">; members: number; active: number; points: number };
  const { rows } = await sql<Rate>`SELECT u.id AS unit_id, u.name, count(m.id)::int AS members,
            count(m.id) FILTER (WHERE pts.points > 0)::int AS active, coalesce(sum(pts.points), 0)::int AS points
     FROM org_unit u
     LEFT JOIN member m ON m.unit_id = u.id AND m.active AND m.role = 'CADRE'
     LEFT JOIN LATERAL (SELECT sum(p.points) AS points FROM point_event p
                        WHERE p.member_id = m.id AND p.day > ${sql.raw(CHINA_TODAY_SQL)} - ${RANKING_WINDOW_DAYS}::int) pts ON true
     WHERE (${unitId}::int IS NULL OR u.path @> ARRAY[${unitId}::int]) AND u.kind = 'BRANCH' AND u.archived_at IS NULL
     GROUP BY u.id, u.name`.execute(kysely(d));
  const floor = privacyMinGroup();
  const rated = rows.map((r) => {
    const big = r.members >= floor;
    return {
      unitId: r.unit_id,
      name: r.name,
      members: r.members,
      participation: big ? Math.round((1000 * r.active) / r.members) / 10 : null,
      avgPoints: big ? Math.round((10 * r.points) / r.members) / 10 : null,
      rank: null as number | null,
    };
  });
  const ranked = rated
    .filter((r) => r.participation !== null)
    .sort((a, b) => b.participation! - a.participation! || b.avgPoints! - a.avgPoints! || a.name.localeCompare(b.name, "zh"));
  ranked.forEach((r, i) => {
    const prev = ranked[i - 1];
    r.rank = prev && prev.participation === r.participation && prev.avgPoints === r.avgPoints ? prev.rank : i + 1;
  });
  return [...ranked, ...rated.filter((r) => r.participation === null).sort((a, b) => a.name.localeCompare(b.name, "zh"))];
}
