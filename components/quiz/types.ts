/** The player's view of an attempt item: the question and, once shown, the verdict and the key. */
import type { AttemptItem, SaveResult } from "@/lib/assessment/attempts";
import type { PublicQuestion, Reveal } from "@/lib/assessment/public-view";
import type { LessonLink } from "@/lib/assessment/records";
import type { TAnswer } from "@/lib/assessment/score";
import type { ActionResult } from "@/lib/auth/guard";
import type { Finding } from "@/lib/checker/types";

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

export type LessonsByRule = Record<string, LessonLink[]>;

export type SaveAction = (input: unknown) => Promise<ActionResult<SaveResult>>;
export type SubmitAction = (input: unknown) => Promise<ActionResult<{ status: string }>>;
export type FormAction = (input: unknown) => Promise<ActionResult<unknown>>;

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
