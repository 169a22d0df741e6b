/**
 * Which answer keys a member may see now — the exam-pool rule (issue 14 §5, probe F6).
 *
 * Practice, reviews and past results show keys; an exam must not be looked up through them. The
 * rule, in one place:
 *   1. While a member has an open exam (an EXAM attempt in progress and in time), the key of any
 *      question on that paper is withheld from him everywhere else: practice feedback, scenario
 *      endings, past attempts, retakes, the mistake book, his record export. Same question, any
 *      version (versions of one question share their key).
 *   2. New practice, review and self-check papers drawn while an exam is open leave its questions
 *      out.
 *   3. An exam paper prefers questions the member has never met in any attempt, so its keys were
 *      never shown to him before either (see drawPaper).
 * Every function that sends a key to a member asks this module; daily practice (issue 17) must too.
 */
import { type RawBuilder, sql } from "kysely";
import type { Db } from "../db/client";
import { kysely, type TableRow } from "../db/kysely";
import type { QuizKind } from "../generated/prisma/enums";

/** Kinds that show the key right after each answer. */
export const INSTANT_FEEDBACK: QuizKind[] = ["PRACTICE", "REVIEW"];

/**
 * SQL: the question ids on the open exam papers of the member `member` names (his id, or a
 * subquery such as `sql\`(SELECT id FROM caller)\``). A time-expired attempt is about to be handed
 * in (and its keys then shown), so it no longer withholds anything.
 */
export const withheldQuestionsOf = (member: number | RawBuilder<unknown>) =>
  sql<
    TableRow<"question_version", "question_id">
  >`SELECT wv.question_id FROM attempt we CROSS JOIN unnest(we.paper) AS wp(vid) JOIN question_version wv ON wv.id = wp.vid
   WHERE we.member_id = ${member} AND we.kind = 'EXAM' AND we.status = 'IN_PROGRESS' AND (we.deadline_at IS NULL OR we.deadline_at > now())`;

/** The questions whose keys the member may not see right now (empty when he has no open exam). */
export async function withheldQuestions(d: Db, memberId: number): Promise<Set<string>> {
  const { rows } = await withheldQuestionsOf(memberId).execute(kysely(d));
  return new Set(rows.map((r) => r.question_id));
}

/**
 * Whether an answered item's key may be shown in an attempt view: after submission, or at once in
 * a practice or review (instant feedback) once answered — and never while an open exam holds it.
 */
export function mayShowKey(o: { submitted: boolean; instantFeedback: boolean; answered: boolean; withheld: boolean }): boolean {
  if (o.withheld) return false;
  return o.submitted || (o.instantFeedback && o.answered);
}
