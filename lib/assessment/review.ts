/**
 * The two papers built from a member's mistakes: a review of the 错题本 and a retake of the
 * questions answered wrong in one attempt. Kept apart from mistakes.ts, which attempts.ts calls
 * after every submit, so that the two modules do not import each other.
 */
import type { Db } from "../db/client";
import { NotFoundError, UserError } from "../errors";
import { startAttempt, submitAttempt } from "./attempts";
import { sql } from "kysely";
import { kysely, type Col, type TableRow } from "../db/kysely";
import { withheldQuestionsOf } from "./key-access";
import { RETAKE_ID, REVIEW_ID } from "./mistakes";

/** At most this many mistakes go into one review paper, the oldest first. */
export const REVIEW_SIZE = 20;

/**
 * The review paper: one question for each open mistake (oldest first, up to REVIEW_SIZE), each a
 * different question — another published one that shares a rule and tests the same misconception,
 * preferring ones the member has never answered; only when none is free, the same question again.
 * The 错题本's 开始复习（N 道） counts this paper, so the number on the button is the number of
 * questions the review holds (ux.md m6: two mistakes used to draw the same stand-in, which the
 * paper then held once, and mistakes past the 20th were counted but never drawn).
 * One query; the distinct picks are made here.
 */
export async function mistakeReviewPaper(d: Db, memberId: number): Promise<number[]> {
  type Candidate = { mistake: Col<"mistake", "question_id">; vid: Col<"question_version", "id">; qid: Col<"question", "id">; own: boolean };
  const { rows } = await sql<Candidate>`WITH m AS (
       SELECT question_id, rules, misconception, wrong_at FROM mistake
       WHERE member_id = ${memberId} AND cleared_at IS NULL AND question_id NOT IN (${withheldQuestionsOf(memberId)})
       ORDER BY wrong_at, question_id LIMIT ${sql.lit(REVIEW_SIZE)}
     )
     SELECT m.question_id AS mistake, v.id AS vid, q.id AS qid, q.id = m.question_id AS own
     FROM m JOIN question q ON q.status = 'PUBLISHED' AND q.type <> 'drafting'
       AND q.id NOT IN (${withheldQuestionsOf(memberId)})
     JOIN question_version v ON v.question_id = q.id AND v.version = q.current_version AND v.voided_at IS NULL
     WHERE q.id = m.question_id OR (v.rules && m.rules AND (m.misconception IS NULL OR m.misconception = ANY(v.misconceptions)))
     ORDER BY m.wrong_at, m.question_id, (q.id = m.question_id),
              EXISTS (SELECT 1 FROM attempt a WHERE a.member_id = ${memberId} AND v.id = ANY(a.paper)), random()`.execute(kysely(d));
  const candidates = new Map<string, typeof rows>();
  for (const r of rows) candidates.set(r.mistake, [...(candidates.get(r.mistake) ?? []), r]);
  const used = new Set<number>();
  const picks = new Map<string, number>();
  const take = (mistake: string, ok: (c: (typeof rows)[number]) => boolean) => {
    const c = candidates.get(mistake)!.find((x) => !used.has(x.vid) && ok(x));
    if (!c) return;
    used.add(c.vid);
    picks.set(mistake, c.vid);
  };
  // First a stand-in that is no other mistake's own question (that one reviews itself), or its own;
  // then, for a mistake left without, any question still free.
  for (const mistake of candidates.keys()) take(mistake, (c) => c.own || !candidates.has(c.qid));
  for (const mistake of candidates.keys()) if (!picks.has(mistake)) take(mistake, () => true);
  return [...candidates.keys()].flatMap((m) => (picks.has(m) ? [picks.get(m)!] : []));
}

export async function startMistakeReview(d: Db, memberId: number): Promise<{ publicId: string; resumed: boolean }> {
  const paper = await mistakeReviewPaper(d, memberId);
  if (!paper.length) throw new UserError("错题本是空的，没有需要复习的题目");
  return startAttempt(d, memberId, REVIEW_ID, { paper });
}

/** Retake only the questions answered wrong in one of the member's submitted attempts (current versions). */
export async function startRetake(d: Db, memberId: number, attemptPublicId: string): Promise<{ publicId: string; resumed: boolean }> {
  const {
    rows: [a],
  } = await sql<
    TableRow<"attempt", "id" | "status">
  >`SELECT id::text, status FROM attempt WHERE public_id = ${attemptPublicId} AND member_id = ${memberId}`.execute(kysely(d));
  if (!a) throw new NotFoundError();
  if (a.status !== "SUBMITTED") throw new UserError("请先提交本次作答");
  const { rows } = await sql<{ vid: Col<"question_version", "id"> }>`SELECT cv.id AS vid FROM attempt a CROSS JOIN unnest(a.paper) WITH ORDINALITY p(vid, ord)
     JOIN question_version v ON v.id = p.vid AND v.voided_at IS NULL
     LEFT JOIN response r ON r.attempt_id = a.id AND r.question_version_id = v.id
     JOIN question q ON q.id = v.question_id AND q.status = 'PUBLISHED'
     JOIN question_version cv ON cv.question_id = q.id AND cv.version = q.current_version
     WHERE a.id = ${a.id}::bigint AND (r.correct IS NOT TRUE) ORDER BY p.ord`.execute(kysely(d));
  if (!rows.length) throw new UserError("本次没有答错的题目");
  // A new retake replaces an unfinished one (submitted as it stands).
  const open = await d.prisma.attempt.findUnique({ where: { openKey: `${memberId}:${RETAKE_ID}` }, select: { publicId: true } });
  if (open) await submitAttempt(d, memberId, open.publicId);
  return startAttempt(d, memberId, RETAKE_ID, { paper: rows.map((r) => r.vid) });
}
