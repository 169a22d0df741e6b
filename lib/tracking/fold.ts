/**
 * Folding the appended aggregate deltas into unit_aggregate / unit_rule_aggregate
 * (docs/decisions/022), and reading the aggregates as of now (stored rows + pending deltas).
 *
 * An event appends its difference to aggregate_delta in its own transaction and returns; the fold
 * runs after it, in the background of the same process, so a submission never waits on (or holds)
 * the province root's row. Folders take disjoint batches (`FOR UPDATE SKIP LOCKED`) and delete what
 * they apply in the same statement, so two folders at once — two nodes, or a fold started by a
 * read — neither lose nor double-apply a delta. Readers add the pending rows to the stored ones in
 * the same snapshot, so the figures are exact whatever the fold's lag; the fold only bounds how
 * many pending rows a read has to add.
 */
import { type Nullable, type RawBuilder, sql } from "kysely";
import type { Db } from "../db/client";
import { kysely, type TableRow } from "../db/kysely";

/** A value (a placeholder) or an SQL expression, such as a column of the enclosing query (`sql.ref`). */
export type SqlArg<T = number> = T | RawBuilder<T>;

/** Deltas one fold statement takes (a 200-exam burst is ~200–400 rows). */
export const FOLD_BATCH = 2000;
/** A read that finds deltas older than this starts a fold (it still reads exact figures). */
export const FOLD_LAG_BOUND_MS = 5_000;

const foldSql = (batch: number) => sql<{ folded: number; lag_ms: number | null }>`
WITH taken AS (
  DELETE FROM aggregate_delta
  WHERE id IN (SELECT id FROM aggregate_delta ORDER BY id LIMIT ${batch} FOR UPDATE SKIP LOCKED)
  RETURNING assignment_id, unit_path, sign, started, completed, score, rules, created_at
), per_unit AS (
  SELECT t.assignment_id, u.unit_id,
         sum(t.sign)::int AS dm,
         coalesce(sum(t.sign) FILTER (WHERE t.started), 0)::int AS ds,
         coalesce(sum(t.sign) FILTER (WHERE t.completed), 0)::int AS dc,
         coalesce(sum(t.sign * t.score), 0)::float8 AS dsum,
         coalesce(sum(t.sign) FILTER (WHERE t.score IS NOT NULL), 0)::int AS dn,
         ARRAY[coalesce(sum(t.sign) FILTER (WHERE t.score < 60), 0), coalesce(sum(t.sign) FILTER (WHERE t.score >= 60 AND t.score < 70), 0),
               coalesce(sum(t.sign) FILTER (WHERE t.score >= 70 AND t.score < 80), 0), coalesce(sum(t.sign) FILTER (WHERE t.score >= 80 AND t.score < 90), 0),
               coalesce(sum(t.sign) FILTER (WHERE t.score >= 90), 0)]::int[] AS db,
         max(t.created_at) AS last
  FROM taken t CROSS JOIN LATERAL unnest(t.unit_path) AS u(unit_id)
  GROUP BY 1, 2
), agg AS (
  -- Rows in a fixed order, so two folders meeting on the same units lock them in the same order.
  INSERT INTO unit_aggregate AS g (unit_id, assignment_id, members, started, completed, score_sum, score_count, score_buckets, updated_at)
  SELECT unit_id, assignment_id, dm, ds, dc, dsum, dn, db, last FROM per_unit ORDER BY assignment_id, unit_id
  ON CONFLICT (unit_id, assignment_id) DO UPDATE SET
    members = g.members + excluded.members,
    started = g.started + excluded.started,
    completed = g.completed + excluded.completed,
    score_sum = g.score_sum + excluded.score_sum,
    score_count = g.score_count + excluded.score_count,
    score_buckets = ARRAY(SELECT coalesce(o, 0) + coalesce(n, 0) FROM unnest(g.score_buckets, excluded.score_buckets) AS z(o, n)),
    updated_at = greatest(g.updated_at, excluded.updated_at)
  RETURNING 1
), per_rule AS (
  SELECT t.assignment_id, u.unit_id, e.key AS rule,
         sum(t.sign * (e.value->>'score')::float8) AS score, sum(t.sign * (e.value->>'max')::float8) AS max
  FROM taken t CROSS JOIN LATERAL unnest(t.unit_path) AS u(unit_id) CROSS JOIN LATERAL jsonb_each(t.rules) e
  GROUP BY 1, 2, 3
), rules AS (
  INSERT INTO unit_rule_aggregate AS g (unit_id, assignment_id, rule, score, max)
  SELECT unit_id, assignment_id, rule, score, max FROM per_rule WHERE score <> 0 OR max <> 0 ORDER BY assignment_id, unit_id, rule
  ON CONFLICT (unit_id, assignment_id, rule) DO UPDATE SET score = g.score + excluded.score, max = g.max + excluded.max
  RETURNING 1
)
SELECT (SELECT count(*) FROM taken)::int AS folded,
       -- In the server's own clock and time zone, as created_at was written.
       (SELECT (extract(epoch FROM localtimestamp - min(created_at)) * 1000)::float8 FROM taken) AS lag_ms,
       (SELECT count(*) FROM agg)::int AS units, (SELECT count(*) FROM rules)::int AS rules`;

export interface FoldResult {
  /** Deltas applied and removed. */
  folded: number;
  /** How long the oldest of them had waited (ms), null when there was none. */
  maxLagMs: number | null;
}

const transient = (e: unknown) => /40P01|40001|deadlock|could not serialize/i.test(`${(e as { code?: string })?.code ?? ""} ${(e as Error)?.message ?? ""}`);

/**
 * Applies pending deltas in batches until none is left that another folder has not taken.
 * Each batch is one statement (its own transaction): take, apply, delete.
 */
export async function foldAggregateDeltas(d: Db, batch = FOLD_BATCH): Promise<FoldResult> {
  let folded = 0;
  let maxLagMs: number | null = null;
  for (let attempt = 0; ;) {
    let r: { folded: number; lag_ms: number | null };
    try {
      [r] = (await foldSql(batch).execute(kysely(d))).rows;
    } catch (e) {
      // Two folders crossing on the same rows in some order PostgreSQL did not foresee: the
      // loser's batch is rolled back whole (its deltas stay pending) and is simply retried.
      if (transient(e) && ++attempt < 5) continue;
      throw e;
    }
    folded += r.folded;
    if (r.lag_ms !== null) maxLagMs = Math.max(maxLagMs ?? 0, Math.round(r.lag_ms));
    if (r.folded < batch) return { folded, maxLagMs };
  }
}

interface FoldState {
  running: Promise<void> | null;
  again: boolean;
}
const states = new WeakMap<Db, FoldState>();
/** Process-wide figures for the benchmark: folds run and the longest wait seen. */
export const foldStats = { folds: 0, deltas: 0, maxLagMs: 0 };

/**
 * Starts a fold in the background unless one is running, in which case that one goes round again
 * when it finishes (so a delta appended during a fold is never left behind). Never throws; never
 * awaited by the request that triggered it.
 */
export function scheduleFold(d: Db): void {
  const s = states.get(d) ?? { running: null, again: false };
  states.set(d, s);
  if (s.running) {
    s.again = true;
    return;
  }
  s.running = (async () => {
    do {
      s.again = false;
      await new Promise((r) => setImmediate(r)); // after the response is on its way
      const r = await foldAggregateDeltas(d);
      foldStats.folds++;
      foldStats.deltas += r.folded;
      foldStats.maxLagMs = Math.max(foldStats.maxLagMs, r.maxLagMs ?? 0);
    } while (s.again);
  })()
    .catch((e) => {
      // A closed database (tests, shutdown) is not worth a line; the deltas stay pending and the
      // next fold or any read still counts them.
      if (!/closed|closing|ended|Cannot use a pool/i.test(String((e as Error)?.message))) console.error("[tracking] fold", e);
    })
    .finally(() => {
      s.running = null;
    });
}

/** Resolves when no fold started by this process is running (tests, shutdown). */
export async function foldsSettled(d: Db): Promise<void> {
  while (states.get(d)?.running) await states.get(d)!.running;
}

/** A unit's aggregate as read: null columns where there is none (a reader's LEFT JOIN). */
export type AggRow = Nullable<
  TableRow<"unit_aggregate", "members" | "started" | "completed" | "score_sum" | "score_count" | "score_buckets" | "updated_at" | "refreshed_at">
>;

/**
 * One unit's aggregate row as of now: the stored row plus the deltas not yet folded, in the
 * reader's snapshot. No row when neither exists (the reader shows zeros). `assignment` and `unit`
 * are values or SQL expressions (a lateral column).
 */
export function liveAggregateSql(assignment: SqlArg, unit: SqlArg): RawBuilder<AggRow> {
  return sql<AggRow>`SELECT sum(x.members)::int AS members, sum(x.started)::int AS started, sum(x.completed)::int AS completed,
            sum(x.score_sum)::float8 AS score_sum, sum(x.score_count)::int AS score_count,
            ARRAY[sum(x.b0), sum(x.b1), sum(x.b2), sum(x.b3), sum(x.b4)]::int[] AS score_buckets,
            max(x.updated_at) AS updated_at, max(x.refreshed_at) AS refreshed_at
     FROM (
       SELECT members, started, completed, score_sum, score_count, score_buckets[1] AS b0, score_buckets[2] AS b1, score_buckets[3] AS b2,
              score_buckets[4] AS b3, score_buckets[5] AS b4, updated_at, refreshed_at
       FROM unit_aggregate WHERE unit_id = ${unit} AND assignment_id = ${assignment}
       UNION ALL
       SELECT p.sign, CASE WHEN p.started THEN p.sign ELSE 0 END, CASE WHEN p.completed THEN p.sign ELSE 0 END,
              coalesce(p.sign * p.score, 0), CASE WHEN p.score IS NULL THEN 0 ELSE p.sign END,
              CASE WHEN p.score < 60 THEN p.sign ELSE 0 END, CASE WHEN p.score >= 60 AND p.score < 70 THEN p.sign ELSE 0 END,
              CASE WHEN p.score >= 70 AND p.score < 80 THEN p.sign ELSE 0 END, CASE WHEN p.score >= 80 AND p.score < 90 THEN p.sign ELSE 0 END,
              CASE WHEN p.score >= 90 THEN p.sign ELSE 0 END, p.created_at, NULL
       FROM aggregate_delta p WHERE p.assignment_id = ${assignment} AND p.unit_path @> ARRAY[${unit}::int]
     ) x
     HAVING count(*) > 0`;
}

/** One unit's per-rule points as of now (stored + pending), one row per rule. */
export function liveRuleAggregateSql(assignment: SqlArg, unit: SqlArg) {
  return sql<TableRow<"unit_rule_aggregate", "rule" | "score" | "max">>`SELECT x.rule, sum(x.score)::float8 AS score, sum(x.max)::float8 AS max
     FROM (
       SELECT rule, score, max FROM unit_rule_aggregate WHERE unit_id = ${unit} AND assignment_id = ${assignment}
       UNION ALL
       SELECT e.key, p.sign * (e.value->>'score')::float8, p.sign * (e.value->>'max')::float8
       FROM aggregate_delta p CROSS JOIN LATERAL jsonb_each(p.rules) e
       WHERE p.assignment_id = ${assignment} AND p.unit_path @> ARRAY[${unit}::int]
     ) x
     GROUP BY x.rule`;
}
