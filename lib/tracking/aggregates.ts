/**
 * Per-unit aggregates, kept up to date as lessons and answers arrive (docs/decisions/004).
 *
 * Each member's current contribution to an assignment (member of it, started, completed, best
 * score, per-rule points) is stored in aggregate_contribution together with the unit path it was
 * counted under. An event recomputes that one member's contribution from the base tables and
 * appends the difference (new − old) to aggregate_delta — one small insert that shares no row with
 * any other event, so an exam burst does not queue on the root's rows (docs/decisions/022); a fold
 * in the background applies it to unit_aggregate / unit_rule_aggregate for every unit on the path,
 * and readers add what is still pending (lib/tracking/fold.ts). Idempotent: replaying an event
 * changes nothing. A full recomputation (`recomputeAssignment`) rebuilds everything from the
 * base tables; it runs when an assignment is created and on demand, and is the reference the tests
 * hold the incremental path to.
 */
import { type RawBuilder, sql } from "kysely";
import type { Db } from "../db/client";
import { kysely, type CamelRow, type TableRow } from "../db/kysely";
import { issueCertificates } from "./certificates";
import { scheduleFold } from "./fold";
import { contributionsSql, type ContributionRow } from "./contributions";
import { withTx, type Tx } from "../db/tx";

/**
 * A full recomputation of a province-sized assignment takes seconds, not Prisma's default 5, so
 * tracking transactions get a long timeout.
 */
const TRACKING_TX = { timeout: 300_000 };
/** Advisory-lock namespaces (two-int form), so tracking locks never meet anyone else's. */
const LOCK = { assignment: 5_201_001, member: 5_201_002 } as const;

/** A contribution as stored in aggregate_contribution. */
type Stored = CamelRow<"aggregate_contribution", "member_id" | "unit_path" | "started" | "completed" | "score"> & Pick<ContributionRow, "rules">;

function sameContribution(a: Stored | undefined, b: Stored | undefined): boolean {
  if (!a || !b) return a === b;
  return (
    a.started === b.started &&
    a.completed === b.completed &&
    a.score === b.score &&
    a.unitPath.join(",") === b.unitPath.join(",") &&
    JSON.stringify(sortKeys(a.rules)) === JSON.stringify(sortKeys(b.rules))
  );
}

/**
 * Takes a transaction-level advisory lock. Read as text: the function returns void, which the
 * transaction's row reader has no type for.
 */
async function lock(t: Tx, call: RawBuilder<unknown>) {
  await sql`SELECT ${call}::text AS locked`.execute(t.k);
}

const sortKeys = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).sort(([x], [y]) => x.localeCompare(y)));

/**
 * Appends new − old as signed contributions: one small insert, no row shared with any other
 * member's event (docs/decisions/022). The folder applies it to every unit on the path later;
 * readers add it meanwhile (AGGREGATE_LIVE_SQL).
 */
async function appendDelta(t: Tx, assignmentId: number, old: Stored | undefined, next: Stored | undefined) {
  const sides = [...(old ? [{ c: old, sign: -1 }] : []), ...(next ? [{ c: next, sign: 1 }] : [])];
  if (!sides.length) return;
  const paths = sides.map((s) => s.c.unitPath.join(","));
  const signs = sides.map((s) => s.sign);
  const started = sides.map((s) => s.c.started);
  const completed = sides.map((s) => s.c.completed);
  const scores = sides.map((s) => s.c.score);
  const rules = sides.map((s) => JSON.stringify(s.c.rules));
  await sql`INSERT INTO aggregate_delta (assignment_id, unit_path, sign, started, completed, score, rules)
     SELECT ${assignmentId}, string_to_array(x.path, ',')::int[], x.sign, x.started, x.completed, x.score, x.rules
     FROM unnest(${paths}::text[], ${signs}::int[], ${started}::bool[], ${completed}::bool[], ${scores}::float8[], ${rules}::jsonb[]) AS x(path, sign, started, completed, score, rules)`.execute(
    t.k,
  );
}

export interface SyncResult {
  /** Assignments this member completed just now (completion recorded, certificate issued). */
  completed: number[];
}

/**
 * Brings one member's standing up to date in every live assignment that applies to him (or that
 * still counts him from before a move or deactivation): completion recorded on first meeting the
 * rule (with a certificate), best score raised, aggregates adjusted by the difference.
 */
export async function syncMember(d: Db, memberId: number): Promise<SyncResult> {
  const { rows: ids } = await sql<
    TableRow<"assignment", "id">
  >`SELECT a.id FROM assignment a JOIN member m ON m.id = ${memberId} JOIN org_unit u ON u.id = m.unit_id
     WHERE a.archived_at IS NULL AND a.unit_id = ANY(u.path)
     UNION
     SELECT c.assignment_id FROM aggregate_contribution c JOIN assignment a ON a.id = c.assignment_id AND a.archived_at IS NULL
     WHERE c.member_id = ${memberId}
     ORDER BY 1`.execute(kysely(d));
  if (!ids.length) return { completed: [] };
  let appended = false;
  const result = await withTx(
    d,
    async (t) => {
      await lock(t, sql`pg_advisory_xact_lock(${LOCK.member}::int, ${memberId}::int)`);
      const completed: number[] = [];
      for (const { id } of ids) {
        await lock(t, sql`pg_advisory_xact_lock_shared(${LOCK.assignment}::int, ${id}::int)`);
        const {
          rows: [next],
        } = await contributionsSql(id, [memberId]).execute(t.k);
        const {
          rows: [old],
        } = await sql<Stored>`SELECT member_id AS "memberId", unit_path AS "unitPath", started, completed, score, rules
         FROM aggregate_contribution WHERE assignment_id = ${id} AND member_id = ${memberId}`.execute(t.k);
        if (next?.completesAt) {
          const { rows: inserted } = await sql<
            TableRow<"assignment_completion", "member_id">
          >`INSERT INTO assignment_completion (assignment_id, member_id, completed_at, best_score)
           VALUES (${id}, ${memberId}, ${next.completesAt}, ${next.score}) ON CONFLICT DO NOTHING RETURNING member_id`.execute(t.k);
          if (inserted.length) {
            completed.push(id);
            await issueCertificates(t, id, [memberId]);
          }
        } else if (next?.completed && next.score !== null) {
          await sql`UPDATE assignment_completion SET best_score = ${next.score}
           WHERE assignment_id = ${id} AND member_id = ${memberId} AND (best_score IS NULL OR best_score < ${next.score})`.execute(t.k);
        }
        if (sameContribution(old, next)) continue;
        await appendDelta(t, id, old, next);
        appended = true;
        if (next) {
          await sql`INSERT INTO aggregate_contribution (assignment_id, member_id, unit_path, started, completed, score, rules, updated_at)
           VALUES (${id}, ${memberId}, ${next.unitPath}::int[], ${next.started}, ${next.completed}, ${next.score}, ${JSON.stringify(next.rules)}::jsonb, now())
           ON CONFLICT (assignment_id, member_id) DO UPDATE SET unit_path = excluded.unit_path, started = excluded.started,
             completed = excluded.completed, score = excluded.score, rules = excluded.rules, updated_at = now()`.execute(t.k);
        } else {
          await sql`DELETE FROM aggregate_contribution WHERE assignment_id = ${id} AND member_id = ${memberId}`.execute(t.k);
        }
      }
      return { completed };
    },
    TRACKING_TX,
  );
  if (appended) scheduleFold(d); // not awaited: the event's caller does not wait for the fold
  return result;
}

/** Hook: call after a lesson is marked learned (lib/content/progress.ts markLearned succeeded). */
export async function onLessonLearned(d: Db, memberId: number): Promise<SyncResult> {
  return syncMember(d, memberId);
}

/**
 * Hook: call after an attempt is submitted (lib/assessment/attempts.ts submitAttempt). Any
 * submitted attempt moves the per-rule figures; an exam attempt may also complete an assignment.
 */
export async function onAttemptSubmitted(d: Db, memberId: number, _attemptId: string): Promise<SyncResult> {
  return syncMember(d, memberId);
}

/** Hook for member management (issue 6): after a member is created, moved, (de)activated or re-roled. */
export async function onMembershipChanged(d: Db, memberId: number): Promise<SyncResult> {
  return syncMember(d, memberId);
}

/**
 * Rebuilds an assignment's completions (missing ones only; history is kept), contributions and
 * aggregates from the base tables. Runs when the assignment is created and on demand ("重新统计").
 * Returns the members whose completion was recorded by this run.
 */
export async function recomputeAssignment(d: Db, assignmentId: number): Promise<{ newlyCompleted: number[] }> {
  return withTx(
    d,
    async (t) => {
      await lock(t, sql`pg_advisory_xact_lock(${LOCK.assignment}::int, ${assignmentId}::int)`);
      // Pending deltas are already in the contributions rebuilt below (each was written with its
      // contribution); first, so a folder holding some finishes before the aggregates are rebuilt.
      await sql`DELETE FROM aggregate_delta WHERE assignment_id = ${assignmentId}`.execute(t.k);
      const { rows: done } = await sql<
        CamelRow<"assignment_completion", "member_id"> & { inserted: boolean }
      >`INSERT INTO assignment_completion (assignment_id, member_id, completed_at, best_score)
       SELECT ${assignmentId}, c."memberId", coalesce(c."completesAt", now()), c.score FROM (${contributionsSql(assignmentId, null)}) c WHERE c.completed
       ON CONFLICT (assignment_id, member_id) DO UPDATE SET best_score = excluded.best_score
         WHERE excluded.best_score IS NOT NULL AND (assignment_completion.best_score IS NULL OR assignment_completion.best_score < excluded.best_score)
       RETURNING member_id AS "memberId", (xmax = 0) AS inserted`.execute(t.k);
      const newlyCompleted = done.filter((r) => r.inserted).map((r) => r.memberId);
      if (newlyCompleted.length) await issueCertificates(t, assignmentId, newlyCompleted);

      await sql`DELETE FROM aggregate_contribution WHERE assignment_id = ${assignmentId}`.execute(t.k);
      await sql`INSERT INTO aggregate_contribution (assignment_id, member_id, unit_path, started, completed, score, rules, updated_at)
       SELECT ${assignmentId}, c."memberId", c."unitPath", c.started, c.completed, c.score, c.rules, now() FROM (${contributionsSql(assignmentId, null)}) c`.execute(
        t.k,
      );
      await sql`DELETE FROM unit_aggregate WHERE assignment_id = ${assignmentId}`.execute(t.k);
      await sql`INSERT INTO unit_aggregate (unit_id, assignment_id, members, started, completed, score_sum, score_count, score_buckets, updated_at, refreshed_at)
       SELECT u, ${assignmentId}, count(*)::int, count(*) FILTER (WHERE c.started)::int, count(*) FILTER (WHERE c.completed)::int,
              coalesce(sum(c.score), 0)::float8, count(c.score)::int,
              ARRAY[count(*) FILTER (WHERE c.score < 60), count(*) FILTER (WHERE c.score >= 60 AND c.score < 70),
                    count(*) FILTER (WHERE c.score >= 70 AND c.score < 80), count(*) FILTER (WHERE c.score >= 80 AND c.score < 90),
                    count(*) FILTER (WHERE c.score >= 90)]::int[],
              now(), now()
       FROM aggregate_contribution c CROSS JOIN LATERAL unnest(c.unit_path) AS u
       WHERE c.assignment_id = ${assignmentId} GROUP BY u`.execute(t.k);
      // Units with nobody in them yet still get a row, so a roll-up lists them with zeros.
      await sql`INSERT INTO unit_aggregate (unit_id, assignment_id, updated_at, refreshed_at)
       SELECT u.id, a.id, now(), now() FROM assignment a JOIN org_unit u ON u.path @> ARRAY[a.unit_id]
       WHERE a.id = ${assignmentId} AND u.archived_at IS NULL
       ON CONFLICT DO NOTHING`.execute(t.k);
      await sql`DELETE FROM unit_rule_aggregate WHERE assignment_id = ${assignmentId}`.execute(t.k);
      await sql`INSERT INTO unit_rule_aggregate (unit_id, assignment_id, rule, score, max)
       SELECT u, ${assignmentId}, e.key, sum((e.value->>'score')::float8), sum((e.value->>'max')::float8)
       FROM aggregate_contribution c CROSS JOIN LATERAL unnest(c.unit_path) AS u CROSS JOIN LATERAL jsonb_each(c.rules) e
       WHERE c.assignment_id = ${assignmentId} GROUP BY u, e.key`.execute(t.k);
      return { newlyCompleted };
    },
    TRACKING_TX,
  );
}

/**
 * Self-repair for one unit (a branch view calls it): members present under the unit but not
 * counted (joined without the membership hook), or counted but gone, are synced one by one.
 * Cheap at branch size; returns how many members were brought up to date.
 */
export async function reconcileUnitMembers(d: Db, assignmentId: number, unitId: number): Promise<number> {
  const { rows: drift } = await sql<TableRow<"member", "id">>`WITH live AS (
       SELECT m.id FROM member m JOIN org_unit u ON u.id = m.unit_id JOIN assignment a ON a.id = ${assignmentId}
       WHERE u.path @> ARRAY[${unitId}::int] AND u.path @> ARRAY[a.unit_id] AND m.active AND m.role <> 'ADMIN' AND a.archived_at IS NULL
     ), counted AS (
       SELECT member_id AS id FROM aggregate_contribution WHERE assignment_id = ${assignmentId} AND unit_path @> ARRAY[${unitId}::int]
     )
     (SELECT id FROM live EXCEPT SELECT id FROM counted) UNION (SELECT id FROM counted EXCEPT SELECT id FROM live)
     LIMIT 1000`.execute(kysely(d));
  for (const { id } of drift) await syncMember(d, id);
  return drift.length;
}
