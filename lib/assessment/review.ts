/**
 * The two papers built from a member's mistakes: a review of the 错题本 and a retake of the
 * questions answered wrong in one attempt. Kept apart from mistakes.ts, which attempts.ts calls
 * after every submit, so that the two modules do not import each other.
 */
import type { Db } from "../db/client";
import { NotFoundError, UserError } from "../errors";
import { startAttempt, submitAttempt } from "./attempts";
import { RETAKE_ID, REVIEW_ID } from "./mistakes";

/**
 * A review paper: for each open mistake (oldest first, up to 20), another published question that
 * shares a rule and tests the same misconception, preferring ones the member has never answered;
 * only when none exists, the same question again. One query.
 */
export async function startMistakeReview(d: Db, memberId: number): Promise<{ publicId: string; resumed: boolean }> {
  const rows = await d.raw.query<{ vid: number }>(
    `SELECT DISTINCT ON (pick.vid) pick.vid FROM (
       SELECT m.question_id, m.wrong_at FROM mistake m WHERE m.member_id = $1 AND m.cleared_at IS NULL ORDER BY m.wrong_at LIMIT 20
     ) m CROSS JOIN LATERAL (
       SELECT v.id AS vid FROM question q JOIN question_version v ON v.question_id = q.id AND v.version = q.current_version
       JOIN mistake mm ON mm.member_id = $1 AND mm.question_id = m.question_id
       WHERE q.status = 'PUBLISHED' AND v.voided_at IS NULL AND q.type <> 'drafting'
         AND (q.id = m.question_id OR (v.rules && mm.rules AND (mm.misconception IS NULL OR mm.misconception = ANY(v.misconceptions))))
       ORDER BY (q.id = m.question_id),
                EXISTS (SELECT 1 FROM attempt a WHERE a.member_id = $1 AND v.id = ANY(a.paper)),
                random()
       LIMIT 1
     ) pick`,
    [memberId],
  );
  if (!rows.length) throw new UserError("错题本是空的，没有需要复习的题目");
  return startAttempt(d, memberId, REVIEW_ID, { paper: rows.map((r) => r.vid) });
}

/** Retake only the questions answered wrong in one of the member's submitted attempts (current versions). */
export async function startRetake(d: Db, memberId: number, attemptPublicId: string): Promise<{ publicId: string; resumed: boolean }> {
  const [a] = await d.raw.query<{ id: string; status: string }>(`SELECT id::text, status FROM attempt WHERE public_id = $1 AND member_id = $2`, [
    attemptPublicId,
    memberId,
  ]);
  if (!a) throw new NotFoundError();
  if (a.status !== "SUBMITTED") throw new UserError("请先提交本次作答");
  const rows = await d.raw.query<{ vid: number }>(
    `SELECT cv.id AS vid FROM attempt a CROSS JOIN unnest(a.paper) WITH ORDINALITY p(vid, ord)
     JOIN question_version v ON v.id = p.vid AND v.voided_at IS NULL
     LEFT JOIN response r ON r.attempt_id = a.id AND r.question_version_id = v.id
     JOIN question q ON q.id = v.question_id AND q.status = 'PUBLISHED'
     JOIN question_version cv ON cv.question_id = q.id AND cv.version = q.current_version
     WHERE a.id = $1::bigint AND (r.correct IS NOT TRUE) ORDER BY p.ord`,
    [a.id],
  );
  if (!rows.length) throw new UserError("本次没有答错的题目");
  // A new retake replaces an unfinished one (submitted as it stands).
  const open = await d.prisma.attempt.findUnique({ where: { openKey: `${memberId}:${RETAKE_ID}` }, select: { publicId: true } });
  if (open) await submitAttempt(d, memberId, open.publicId);
  return startAttempt(d, memberId, RETAKE_ID, { paper: rows.map((r) => r.vid) });
}
