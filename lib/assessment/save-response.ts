/**
 * Saving an answer, the hot path: one row per attempt and question version (upsert), refused after
 * the deadline, locked once answered where feedback was shown (practice).
 */
import { isDeepStrictEqual } from "node:util";
import { sql } from "kysely";
import type { Db } from "../db/client";
import { kysely, runPrepared, type TableRow } from "../db/kysely";
import { NotFoundError, PasswordChangePendingError, UnauthenticatedError, UserError } from "../errors";
import { assertCaller, type Caller } from "../auth/caller";
import { publicQuestion, reveal, type PublicQuestion, type Reveal } from "./public-view";
import { AnswerError, scoreAnswer, type Scored, type TAnswer } from "./score";
import { getVersions } from "./versions";
import { INSTANT_FEEDBACK } from "./key-access";
import { saveResponseQuery, saveResponseStatement } from "./save-sql";

export interface SaveResult {
  saved: true;
  revision: number;
  /** Practice/review only: the verdict and the key, right away. */
  feedback?: { correct: boolean; score: number; maxScore: number; misconceptions: string[]; reveal: Reveal; findings?: unknown };
  /** Scenarios: where the story goes next. */
  question?: PublicQuestion;
  /** Practice/review: no feedback, because the member's open exam holds this question (key-access.ts). */
  keyWithheld?: true;
}

/**
 * The hot path: validate and score the answer against the pinned version (cached), then one
 * statement that authenticates the caller (a member id when he is already known, else his session
 * or token: lib/auth/caller.ts), checks ownership, state, deadline and paper membership and
 * upserts the row. An unknown credential is an UnauthenticatedError, after writing nothing.
 */
export async function saveResponse(d: Db, who: number | Caller, publicId: string, versionId: number, answer: TAnswer): Promise<SaveResult> {
  const caller: Caller = typeof who === "number" ? { memberId: who } : who;
  const v = (await getVersions(d, [versionId])).get(versionId);
  if (!v) {
    await assertCaller(d, caller);
    throw new NotFoundError();
  }
  let s: Scored;
  try {
    s = scoreAnswer(v.payload, answer);
  } catch (e) {
    if (!(e instanceof AnswerError)) throw e;
    await assertCaller(d, caller);
    throw new UserError(e.message);
  }
  const [row] = await runPrepared(
    d,
    saveResponseStatement(caller),
    saveResponseQuery(caller, {
      publicId,
      versionId,
      answer: JSON.stringify(answer),
      path: s.path,
      correct: s.correct,
      score: s.score,
      maxScore: s.maxScore,
      final: s.final,
      misconceptions: s.misconceptions,
    }),
  );
  if (!row?.authenticated) throw new UnauthenticatedError();
  if (row.pending) throw new PasswordChangePendingError();
  if (!row.kind) throw new NotFoundError();
  if (!row.open) throw new UserError("本次作答已提交，不能再修改");
  if (!row.in_time) throw new UserError("作答时间已到，答案未保存；请提交试卷");
  const instantKind = INSTANT_FEEDBACK.includes(row.kind);
  // Feedback now, unless the member's open exam holds this question (key-access.ts).
  const instant = instantKind && !row.withheld;
  // revision null: the same answer again (a retry) or an already-answered practice item: nothing changed.
  if (row.revision === null && instantKind) {
    const {
      rows: [stored],
    } = await sql<
      TableRow<"response", "final"> & { answer: TAnswer }
    >`SELECT r.answer, r.final FROM response r JOIN attempt a ON a.id = r.attempt_id WHERE a.public_id = ${publicId} AND r.question_version_id = ${versionId}`.execute(
      kysely(d),
    );
    // Deep equality, not JSON text: jsonb stores keys in its own order ({path, type} for a scenario).
    if (stored && !isDeepStrictEqual(stored.answer, answer) && stored.final) throw new UserError("本题已作答，练习中不能修改答案");
  }
  const result: SaveResult = { saved: true, revision: row.revision ?? 0, ...(row.withheld ? { keyWithheld: true as const } : {}) };
  if (v.type === "scenario") result.question = publicQuestion(v.payload, { path: s.path, showEnding: instant });
  if (instant && s.final) {
    result.feedback = {
      correct: s.correct,
      score: s.score,
      maxScore: s.maxScore,
      misconceptions: s.misconceptions,
      reveal: reveal(v.payload, s.path),
      findings: s.findings,
    };
  }
  return result;
}
