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

type StartState = TableRow<"quiz", "kind" | "blueprint" | "max_attempts" | "time_limit_sec"> & {
  open: string | null;
  expired: boolean;
  used: number;
};

/** One statement: the quiz, the member's open attempt on it (and whether its time ran out), and the attempts used. */
async function startState(d: Db, memberId: number, quizId: string, openKey: string): Promise<StartState | undefined> {
  const { rows } = await sql<StartState>`SELECT q.kind, q.blueprint, q.max_attempts, q.time_limit_sec,
       o.public_id AS open, coalesce(o.deadline_at < now(), false) AS expired,
       CASE WHEN q.max_attempts IS NULL THEN 0
            ELSE (SELECT count(*)::int FROM attempt WHERE member_id = ${memberId} AND quiz_id = q.id AND status = 'SUBMITTED') END AS used
     FROM quiz q LEFT JOIN attempt o ON o.open_key = ${openKey}
     WHERE q.id = ${quizId} AND q.archived_at IS NULL`.execute(kysely(d));
  return rows[0];
}

export async function startAttempt(d: Db, memberId: number, quizId: string, opts: { paper?: number[] } = {}): Promise<{ publicId: string; resumed: boolean }> {
  const openKey = `${memberId}:${quizId}`;
  let quiz = await startState(d, memberId, quizId, openKey);
  if (!quiz) throw new NotFoundError();
  if (quiz.expired) {
    // Its time ran out: hand it in (answers saved in time count), then start afresh.
    await finalizeExpired(d, memberId, quizId);
    // The quiz may have been archived meanwhile: that is "not found", not a TypeError.
    quiz = await startState(d, memberId, quizId, openKey);
    if (!quiz) throw new NotFoundError();
  }
  if (quiz.open) return { publicId: quiz.open, resumed: true };
  if (quiz.max_attempts && quiz.used >= quiz.max_attempts) throw new UserError(`已用完全部 ${quiz.max_attempts} 次考试机会`);
  const paper = await paperFor(d, memberId, { id: quizId, kind: quiz.kind, blueprint: quiz.blueprint }, opts.paper);
  const limit = quiz.time_limit_sec;
  const { rows } = await sql<TableRow<"attempt", "public_id">>`INSERT INTO attempt (public_id, member_id, quiz_id, kind, open_key, paper, deadline_at)
     VALUES (${newPublicId()}, ${memberId}, ${quizId}, ${quiz.kind}::"QuizKind", ${openKey}, ${paper}::int[], CASE WHEN ${limit}::int IS NULL THEN NULL ELSE now() + make_interval(secs => ${limit}::int) END)
     ON CONFLICT (open_key) DO NOTHING RETURNING public_id`.execute(kysely(d));
  if (rows[0]) return { publicId: rows[0].public_id, resumed: false };
  // Lost a race with a concurrent start (double click, second tab): that attempt is ours too.
  const winner = await d.prisma.attempt.findUniqueOrThrow({ where: { openKey }, select: { publicId: true } });
  return { publicId: winner.publicId, resumed: true };
}
