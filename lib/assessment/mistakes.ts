/**
 * 错题本. A wrong answer opens (or re-opens) a mistake for that question, with its rules and the
 * misconception it revealed. A right answer on the same question, or on another question that
 * shares a rule and tests the same misconception, counts toward clearing it; two clear it.
 * Review papers prefer a different question on the same rule and misconception over replaying
 * the same item.
 */
import { sql } from "kysely";
import type { Db } from "../db/client";
import type { Tx } from "../db/tx";
import { kysely, type Col, type TableRow } from "../db/kysely";
import { withheldQuestionsOf } from "./key-access";

export const REVIEW_ID = "review-mistakes";
export const RETAKE_ID = "review-retake";
export const RIGHT_TO_CLEAR = 2;

/** Runs once per submitted attempt (attemptId is the internal id). Two statements. */
export async function afterSubmit(d: Db, memberId: number, attemptId: string): Promise<void> {
  // 1. Right answers count toward clearing open mistakes (before this attempt's own wrong ones open).
  const k = kysely(d);
  await sql`WITH right_ones AS (
       SELECT v.question_id, v.rules, v.misconceptions FROM response r JOIN question_version v ON v.id = r.question_version_id
       WHERE r.attempt_id = ${attemptId}::bigint AND r.final AND r.correct AND v.voided_at IS NULL
     ), hits AS (
       SELECT m.question_id, count(*)::int AS n FROM mistake m JOIN right_ones o
         ON o.question_id = m.question_id OR (o.rules && m.rules AND (m.misconception IS NULL OR m.misconception = ANY(o.misconceptions)))
       WHERE m.member_id = ${memberId} AND m.cleared_at IS NULL GROUP BY m.question_id
     )
     UPDATE mistake m SET right_count = m.right_count + hits.n,
       cleared_at = CASE WHEN m.right_count + hits.n >= ${sql.lit(RIGHT_TO_CLEAR)} THEN now() ELSE NULL END
     FROM hits WHERE m.member_id = ${memberId} AND m.question_id = hits.question_id`.execute(k);
  // 2. Wrong answers open or re-open their mistake.
  await sql`INSERT INTO mistake (member_id, question_id, rules, misconception, wrong_at, right_count, cleared_at)
     SELECT ${memberId}, v.question_id, v.rules, r.misconceptions[1], now(), 0, NULL
     FROM response r JOIN question_version v ON v.id = r.question_version_id
     WHERE r.attempt_id = ${attemptId}::bigint AND r.final AND NOT r.correct AND v.voided_at IS NULL
     ON CONFLICT (member_id, question_id) DO UPDATE SET
       rules = EXCLUDED.rules, misconception = coalesce(EXCLUDED.misconception, mistake.misconception),
       wrong_at = now(), right_count = 0, cleared_at = NULL,
       -- A wrong answer anywhere brings it back to the daily set at once (docs/decisions/019).
       review_due_on = NULL, review_step = 0`.execute(k);
}

/**
 * After a void or a regrade of a version of `questionId`: an open mistake stands only while a
 * submitted attempt still holds a counted wrong answer to that question. A voided version no
 * longer counts, and a regraded answer may have become right — those mistakes are closed, so the
 * 错题本 does not send a cadre to practise an item that was the key's fault. One statement;
 * returns how many it closed.
 */
export async function reviseMistakes(t: Pick<Tx, "k">, questionId: string): Promise<number> {
  const { numAffectedRows } = await sql`UPDATE mistake m SET cleared_at = now()
    WHERE m.question_id = ${questionId} AND m.cleared_at IS NULL AND NOT EXISTS (
      SELECT 1 FROM attempt a
      JOIN response r ON r.attempt_id = a.id
      JOIN question_version v ON v.id = r.question_version_id AND v.question_id = m.question_id AND v.voided_at IS NULL
      WHERE a.member_id = m.member_id AND a.status = 'SUBMITTED' AND r.final AND NOT r.correct)`.execute(t.k);
  return Number(numAffectedRows ?? 0);
}

export type MistakeEntry = TableRow<"mistake", "rules" | "misconception"> & {
  questionId: Col<"mistake", "question_id">;
  wrongAt: Col<"mistake", "wrong_at">;
  rightCount: Col<"mistake", "right_count">;
  /** The current version's stem (`payload->>'stem'`). */
  stem: string;
  moduleSlug: Col<"question", "module_slug">;
};

export async function listMistakes(d: Db, memberId: number, opts: { open?: boolean } = { open: true }): Promise<MistakeEntry[]> {
  const { rows } =
    await sql<MistakeEntry>`SELECT m.question_id AS "questionId", m.rules, m.misconception, m.wrong_at AS "wrongAt", m.right_count AS "rightCount",
            v.payload->>'stem' AS stem, q.module_slug AS "moduleSlug"
     FROM mistake m JOIN question q ON q.id = m.question_id
     JOIN question_version v ON v.question_id = q.id AND v.version = q.current_version
     WHERE m.member_id = ${memberId} AND (m.cleared_at IS NULL) = ${opts.open ?? true}
       -- While an exam is open, its items' mistakes (and the misconception they name) stay out of sight.
       AND m.question_id NOT IN (${withheldQuestionsOf(memberId)})
     ORDER BY m.wrong_at DESC LIMIT 200`.execute(kysely(d));
  return rows;
}
