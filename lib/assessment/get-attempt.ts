/** Reading an attempt as the browser may see it (keys only where they may be shown: key-access.ts). */
import { sql } from "kysely";
import type { Db } from "../db/client";
import { kysely, type TableRow } from "../db/kysely";
import type { QuizKind } from "../generated/prisma/enums";
import { publicQuestion, reveal, type PublicQuestion, type Reveal } from "./public-view";
import { scoreAnswer, type TAnswer } from "./score";
import { getVersions } from "./versions";
import { INSTANT_FEEDBACK, mayShowKey, withheldQuestions } from "./key-access";
import { loadAttempt } from "./load-attempt";
import { submitAttempt } from "./submit-attempt";

export interface AttemptItem {
  position: number;
  versionId: number;
  rules: string[];
  module: string;
  maxScore: number;
  question: PublicQuestion;
  response: { answer: unknown; final: boolean; correct?: boolean; score?: number; misconceptions?: string[]; findings?: unknown } | null;
  reveal: Reveal | null;
  /** Answered, but its key is withheld: the same question sits on the member's open exam (key-access.ts). */
  keyWithheld?: true;
}

export interface AttemptView {
  id: string;
  quizId: string;
  quizTitle: string;
  kind: QuizKind;
  status: "IN_PROGRESS" | "SUBMITTED";
  startedAt: string;
  deadlineAt: string | null;
  submittedAt: string | null;
  /** Seconds left on the server's clock (null when untimed). */
  secondsLeft: number | null;
  instantFeedback: boolean;
  result: {
    score: number;
    maxScore: number;
    percent: number;
    passed: boolean | null;
    passPercent: number | null;
    ruleBreakdown: Record<string, { score: number; max: number }>;
  } | null;
  items: AttemptItem[];
}

/** The attempt as the browser may see it: keys only where already answered with feedback, or after submission. */
export async function getAttempt(d: Db, memberId: number, publicId: string): Promise<AttemptView> {
  let a = await loadAttempt(d, memberId, publicId);
  if (a.status === "IN_PROGRESS" && a.deadline_at && a.deadline_at < new Date()) {
    await submitAttempt(d, memberId, publicId);
    a = await loadAttempt(d, memberId, publicId);
  }
  const [versions, responses, quiz, withheld] = await Promise.all([
    getVersions(d, a.paper),
    sql<
      TableRow<"response", "question_version_id" | "final" | "correct" | "score" | "misconceptions" | "path"> & { answer: TAnswer }
    >`SELECT question_version_id, answer, final, correct, score, misconceptions, path FROM response WHERE attempt_id = ${a.id}`
      .execute(kysely(d))
      .then((r) => r.rows),
    d.prisma.quiz.findUniqueOrThrow({ where: { id: a.quiz_id }, select: { title: true, passPercent: true } }),
    withheldQuestions(d, memberId),
  ]);
  const byVersion = new Map(responses.map((r) => [r.question_version_id, r]));
  const submitted = a.status === "SUBMITTED";
  const instant = INSTANT_FEEDBACK.includes(a.kind);
  const items = a.paper.map((vid, i): AttemptItem => {
    const v = versions.get(vid)!;
    const r = byVersion.get(vid);
    const shown = { submitted, instantFeedback: instant, answered: Boolean(r?.final) };
    const keyWithheld = withheld.has(v.questionId) && mayShowKey({ ...shown, withheld: false });
    const showKey = mayShowKey({ ...shown, withheld: keyWithheld });
    const findings = v.type === "drafting" && r && showKey ? scoreAnswer(v.payload, r.answer).findings : undefined;
    return {
      position: i + 1,
      versionId: vid,
      rules: v.rules,
      module: v.moduleSlug,
      maxScore: v.maxScore,
      question: publicQuestion(v.payload, { path: r?.path, showEnding: showKey }),
      response: r
        ? showKey
          ? { answer: r.answer, final: r.final, correct: r.correct, score: r.score, misconceptions: r.misconceptions, findings }
          : { answer: r.answer, final: r.final }
        : null,
      reveal: showKey ? reveal(v.payload, r?.path ?? []) : null,
      ...(keyWithheld ? { keyWithheld } : {}),
    };
  });
  return {
    id: a.public_id,
    quizId: a.quiz_id,
    quizTitle: quiz.title,
    kind: a.kind,
    status: a.status,
    startedAt: a.started_at.toISOString(),
    deadlineAt: a.deadline_at?.toISOString() ?? null,
    submittedAt: a.submitted_at?.toISOString() ?? null,
    secondsLeft: a.deadline_at && !submitted ? Math.max(0, Math.floor((a.deadline_at.getTime() - Date.now()) / 1000)) : null,
    instantFeedback: instant,
    result: submitted
      ? {
          score: a.score ?? 0,
          maxScore: a.max_score ?? 0,
          percent: a.percent ?? 0,
          passed: a.passed,
          passPercent: quiz.passPercent,
          ruleBreakdown: a.rule_breakdown ?? {},
        }
      : null,
    items,
  };
}
