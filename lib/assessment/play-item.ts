/**
 * The player's view of an attempt item: the question and, once shown, the verdict and the key. One
 * shape for an attempt's items and for an author's preview of a draft question.
 */
import type { Finding } from "../checker/types";
import type { AttemptItem } from "./attempts";
import type { PublicQuestion, Reveal } from "./public-view";
import type { TAnswer } from "./score";

/**
 * Shown instead of a key that the member's open exam withholds (key-access.ts). Here, not beside the query that decides
 * it: the player imports this module, and key-access.ts would bring Kysely and a Buffer polyfill into its chunk.
 */
export const WITHHELD_NOTE = "此题也在你尚未交卷的考试中，交卷后才显示答案和解析。";

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
