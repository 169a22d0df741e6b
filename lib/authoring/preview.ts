/**
 * The admin's preview plays a question exactly as a cadre meets it in practice: the same public
 * view (lib/assessment/public-view.ts), the same scoring, the same instant feedback — computed on
 * the server from the editor's current text, and nothing stored.
 */
import type { SaveResult } from "../assessment/attempts";
import type { PlayItem } from "../assessment/play-item";
import { publicQuestion, reveal } from "../assessment/public-view";
import { AnswerError, MAX_SCORE, scoreAnswer, type TAnswer } from "../assessment/score";
import type { TQuestion } from "../content/schema";
import { UserError } from "../errors";

/** The question as the player receives it before any answer (no key). */
export function previewItem(q: TQuestion): PlayItem {
  return {
    position: 1,
    versionId: 0,
    rules: q.rules,
    maxScore: MAX_SCORE[q.type],
    question: publicQuestion(q),
    answer: null,
    final: false,
    verdict: null,
    reveal: null,
  };
}

/** What saveResponse answers in practice mode, for an answer to the previewed question. */
export function previewAnswer(q: TQuestion, answer: TAnswer): SaveResult {
  let s;
  try {
    s = scoreAnswer(q, answer);
  } catch (e) {
    if (e instanceof AnswerError) throw new UserError(e.message);
    throw e;
  }
  const out: SaveResult = { saved: true, revision: 1 };
  if (q.type === "scenario") out.question = publicQuestion(q, { path: s.path, showEnding: true });
  if (s.final)
    out.feedback = { correct: s.correct, score: s.score, maxScore: s.maxScore, misconceptions: s.misconceptions, reveal: reveal(q), findings: s.findings };
  return out;
}
