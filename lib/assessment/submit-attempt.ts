/**
 * Handing an attempt in: one UPDATE that only moves IN_PROGRESS → SUBMITTED, so two tabs or two
 * app nodes submitting at once produce one result; then the mistake book, points and tracking.
 */
import { sql } from "kysely";
import type { Db } from "../db/client";
import { kysely, type TableRow } from "../db/kysely";
import { afterSubmit } from "./mistakes";
import { awardExamPass } from "../daily/points";
import { onAttemptSubmitted } from "../tracking/aggregates";
import { loadAttempt, type AttemptRow } from "./load-attempt";

/**
 * Submits: one statement computes the totals and per-rule breakdown from the stored responses
 * (voided versions do not count; unanswered items count as 0) and closes the attempt. Idempotent:
 * a second submit finds it closed and returns the same result.
 */
export async function submitAttempt(d: Db, memberId: number, publicId: string): Promise<AttemptRow> {
  const { rows } = await sql<AttemptRow>`WITH target AS (
       SELECT id, paper, quiz_id, deadline_at FROM attempt
       WHERE public_id = ${publicId} AND member_id = ${memberId} AND status = 'IN_PROGRESS' FOR UPDATE
     ), items AS (
       SELECT v.rules, v.max_score::float8 AS max, coalesce(r.score, 0)::float8 AS score
       FROM target t CROSS JOIN unnest(t.paper) p(vid)
       JOIN question_version v ON v.id = p.vid AND v.voided_at IS NULL
       LEFT JOIN response r ON r.attempt_id = t.id AND r.question_version_id = v.id AND r.final
     ), tot AS (
       SELECT coalesce(sum(score), 0) AS s, coalesce(sum(max), 0) AS m FROM items
     ), rb AS (
       SELECT coalesce(jsonb_object_agg(rule, jsonb_build_object('score', s, 'max', m)), '{}'::jsonb) AS j
       FROM (SELECT unnest(rules) AS rule, sum(score) AS s, sum(max) AS m FROM items GROUP BY 1) x
     )
     UPDATE attempt a SET
       status = 'SUBMITTED', open_key = NULL,
       submitted_at = least(now(), coalesce(target.deadline_at, now())),
       score = tot.s, max_score = tot.m,
       percent = CASE WHEN tot.m > 0 THEN round((100 * tot.s / tot.m)::numeric, 1)::float8 ELSE 0 END,
       passed = CASE WHEN q.pass_percent IS NULL THEN NULL ELSE tot.m > 0 AND 100 * tot.s / tot.m >= q.pass_percent END,
       rule_breakdown = rb.j
     FROM target, tot, rb, quiz q
     WHERE a.id = target.id AND q.id = target.quiz_id AND a.status = 'IN_PROGRESS'
     RETURNING a.id::text, a.public_id, a.member_id, a.quiz_id, a.kind, a.status, a.paper, a.started_at, a.deadline_at,
               a.submitted_at, a.score, a.max_score, a.percent, a.passed, a.rule_breakdown`.execute(kysely(d));
  if (rows[0]) {
    await afterSubmit(d, memberId, rows[0].id);
    if (rows[0].passed) await awardExamPass(d, memberId, rows[0].id);
    // Completion and unit aggregates. Safe to repeat; a failure here must not undo a saved
    // submission (the branch page and the cadre's home repair missed updates).
    await onAttemptSubmitted(d, memberId, rows[0].id).catch((e) => console.error("[tracking] onAttemptSubmitted", e));
    return rows[0];
  }
  return loadAttempt(d, memberId, publicId); // already submitted (or not ours → NotFoundError)
}

/** Submits the member's open attempts on a quiz whose time ran out (answers saved in time count). */
export async function finalizeExpired(d: Db, memberId: number, quizId?: string) {
  const { rows: expired } = await sql<
    TableRow<"attempt", "public_id">
  >`SELECT public_id FROM attempt WHERE member_id = ${memberId} AND status = 'IN_PROGRESS' AND deadline_at < now()
     ${quizId ? sql`AND quiz_id = ${quizId}` : sql``}`.execute(kysely(d));
  for (const a of expired) await submitAttempt(d, memberId, a.public_id);
}
