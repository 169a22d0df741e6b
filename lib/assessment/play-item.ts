/**
 * The player's view of an attempt item: the question and, once shown, the verdict and the key. One
 * shape for an attempt's items and for an author's preview of a draft question.
 */
import type { Finding } from "../checker/types";
import type { AttemptItem } from "./attempts";
import type { PublicQuestion, Reveal } from "./public-view";
import type { TAnswer } from "./score";

export interface Verdict {
  correct: boolean;
  score: number;
  maxScore: number;
  misconceptions: string[];
  findings?: Finding[];
}

export interface PlayItem {
  position: number;
  versionId: number;
  rules: string[];
  maxScore: number;
  question: PublicQuestion;
  /** The answer stored on the server (a scenario's path so far). */
  answer: TAnswer | null;
  /** Finished: an objective answer given, a scenario at its ending. */
  final: boolean;
  verdict: Verdict | null;
  reveal: Reveal | null;
  /** Answered, but the key waits for the member's open exam (lib/assessment/key-access.ts). */
  keyWithheld?: boolean;
}

export function toPlayItem(item: AttemptItem): PlayItem {
  const r = item.response;
  return {
    position: item.position,
    versionId: item.versionId,
    rules: item.rules,
    maxScore: item.maxScore,
    question: item.question,
    answer: (r?.answer as TAnswer | undefined) ?? null,
    final: Boolean(r?.final),
    verdict:
      r && r.correct !== undefined
        ? {
            correct: r.correct,
            score: r.score ?? 0,
            maxScore: item.maxScore,
            misconceptions: r.misconceptions ?? [],
            findings: r.findings as Finding[] | undefined,
          }
        : null,
    reveal: item.reveal,
    ...(item.keyWithheld ? { keyWithheld: true } : {}),
  };
}
