/**
 * Starting an attempt: one open attempt per member and quiz (unique open_key), so a double click
 * or a second tab returns the same one; a time-expired one is handed in first.
 */
import { randomBytes } from "node:crypto";
import { sql } from "kysely";
import type { Db } from "../db/client";
import { kysely, type TableRow } from "../db/kysely";
import { NotFoundError, UserError } from "../errors";
import { paperFor } from "./draw-paper";
import { finalizeExpired } from "./submit-attempt";

const newPublicId = () => randomBytes(12).toString("base64url");

export async function startAttempt(d: Db, memberId: number, quizId: string, opts: { paper?: number[] } = {}): Promise<{ publicId: string; resumed: boolean }> {
  const quiz = await d.prisma.quiz.findFirst({ where: { id: quizId, archivedAt: null } });
  if (!quiz) throw new NotFoundError();
  const openKey = `${memberId}:${quizId}`;
  await finalizeExpired(d, memberId, quizId);
  const open = await d.prisma.attempt.findUnique({ where: { openKey }, select: { publicId: true } });
  if (open) return { publicId: open.publicId, resumed: true };
  if (quiz.maxAttempts) {
    const used = await d.prisma.attempt.count({ where: { memberId, quizId, status: "SUBMITTED" } });
    if (used >= quiz.maxAttempts) throw new UserError(`已用完全部 ${quiz.maxAttempts} 次考试机会`);
  }
  const paper = await paperFor(d, memberId, quiz, opts.paper);
  const limit = quiz.timeLimitSec;
  const { rows } = await sql<TableRow<"attempt", "public_id">>`INSERT INTO attempt (public_id, member_id, quiz_id, kind, open_key, paper, deadline_at)
     VALUES (${newPublicId()}, ${memberId}, ${quizId}, ${quiz.kind}::"QuizKind", ${openKey}, ${paper}::int[], CASE WHEN ${limit}::int IS NULL THEN NULL ELSE now() + make_interval(secs => ${limit}::int) END)
     ON CONFLICT (open_key) DO NOTHING RETURNING public_id`.execute(kysely(d));
  if (rows[0]) return { publicId: rows[0].public_id, resumed: false };
  // Lost a race with a concurrent start (double click, second tab): that attempt is ours too.
  const winner = await d.prisma.attempt.findUniqueOrThrow({ where: { openKey }, select: { publicId: true } });
  return { publicId: winner.publicId, resumed: true };
}
