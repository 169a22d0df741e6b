/**
 * Scoring, on the server only. Pure functions over an immutable question version and a learner's
 * answer. Rules (also stated in the README):
 * - single choice and true/false: 1 point when right.
 * - multiple choice: 1 point, partial credit = max(0, (right picks − wrong picks) / number right),
 *   rounded to 0.01; "correct" only for exactly the right set. Guessing everything earns nothing.
 * - branching scenario: scored by the ending the whole path reaches: good 2, neutral 1, bad 0 (a
 *   cadre reads "处置尚可 1/2", never a fraction of a choice sum); "correct" when the ending is
 *   good. The content guarantees the ending follows from the choices (scenario-graph.ts:
 *   no good ending after a mistake, no bad one without). Incomplete paths score 0, not final.
 * - message drafting: 2 points × share of the rubric's rules the checker passes (U1 on the send
 *   time the learner chose) and of the item's content points the message carries (drafting.ts);
 *   0 on any red line; "correct" only with everything met and no must-fix problem at all.
 */
import { z } from "zod";
import type { Finding } from "../checker";
import { gradeDraft } from "./drafting";
import type { TQuestion, TScenarioQuestion } from "../content/schema";

export const MAX_SCORE: Record<TQuestion["type"], number> = { single: 1, multiple: 1, truefalse: 1, scenario: 2, drafting: 2 };

/** A scenario's share of its points by the ending reached. */
export const SCENARIO_OUTCOME_SHARE = { good: 1, neutral: 0.5, bad: 0 } as const;

export const ZAnswer = z.discriminatedUnion("type", [
  z.object({ type: z.literal("single"), choice: z.string().regex(/^[a-z]$/, "选项无效") }),
  z.object({
    type: z.literal("multiple"),
    choices: z
      .array(z.string().regex(/^[a-z]$/, "选项无效"))
      .min(1, "请至少选择一项")
      .max(6),
  }),
  z.object({ type: z.literal("truefalse"), value: z.boolean() }),
  z.object({
    type: z.literal("scenario"),
    path: z
      .array(
        z
          .string()
          .regex(/^[a-z0-9-]+$/)
          .max(40),
      )
      .min(1, "请选择一个操作")
      .max(30),
  }),
  z.object({
    type: z.literal("drafting"),
    // A pattern, not .trim(): the OpenAPI document shows a pattern, so it states what is refused.
    text: z.string().max(2000, "消息不能超过 2000 字").regex(/\S/, "请填写消息内容"),
    /** When the learner would send it (HH:MM, China time): U1 is graded on it. */
    sendAt: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "发送时间格式应为 HH:MM")
      .optional(),
  }),
]);
export type TAnswer = z.infer<typeof ZAnswer>;

export interface Scored {
  correct: boolean;
  score: number;
  maxScore: number;
  /** False while a scenario is mid-path: saved, but not yet an answer. */
  final: boolean;
  misconceptions: string[];
  path: string[];
  /** Drafting: what the checker found. */
  findings?: Finding[];
}

export class AnswerError extends Error {}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Where a scenario path leads: the current step, or the ending reached. Throws on an invalid path. */
export function walkScenario(q: TScenarioQuestion, path: string[]) {
  let nodeId = q.start;
  const taken: TScenarioQuestion["steps"][number]["choices"] = [];
  for (const choiceId of path) {
    const step = q.steps.find((s) => s.id === nodeId);
    if (!step) throw new AnswerError("场景已经结束");
    const choice = step.choices.find((c) => c.id === choiceId);
    if (!choice) throw new AnswerError("该步骤没有这个选项");
    taken.push(choice);
    nodeId = choice.next;
  }
  const step = q.steps.find((s) => s.id === nodeId);
  const ending = step ? undefined : q.endings.find((e) => e.id === nodeId);
  return { step, ending, taken };
}

export function scoreAnswer(q: TQuestion, answer: TAnswer): Scored {
  if (answer.type !== q.type) throw new AnswerError("答案类型与题目不符");
  const maxScore = MAX_SCORE[q.type];
  const base = { maxScore, final: true, path: [] as string[] };
  switch (q.type) {
    case "single": {
      const a = answer as Extract<TAnswer, { type: "single" }>;
      const opt = q.options.find((o) => o.id === a.choice);
      if (!opt) throw new AnswerError("选项无效");
      return { ...base, correct: opt.correct, score: opt.correct ? 1 : 0, misconceptions: !opt.correct && opt.misconception ? [opt.misconception] : [] };
    }
    case "multiple": {
      const a = answer as Extract<TAnswer, { type: "multiple" }>;
      const chosen = [...new Set(a.choices)];
      const opts = chosen.map((id) => q.options.find((o) => o.id === id));
      if (opts.some((o) => !o)) throw new AnswerError("选项无效");
      const right = q.options.filter((o) => o.correct).length;
      const tp = opts.filter((o) => o!.correct).length;
      const fp = opts.length - tp;
      const correct = fp === 0 && tp === right;
      return {
        ...base,
        correct,
        score: correct ? 1 : round2(Math.max(0, (tp - fp) / right)),
        misconceptions: opts.filter((o) => !o!.correct && o!.misconception).map((o) => o!.misconception!),
      };
    }
    case "truefalse": {
      const a = answer as Extract<TAnswer, { type: "truefalse" }>;
      const correct = a.value === q.answer;
      return { ...base, correct, score: correct ? 1 : 0, misconceptions: !correct && q.misconception ? [q.misconception] : [] };
    }
    case "scenario": {
      const a = answer as Extract<TAnswer, { type: "scenario" }>;
      const { ending, taken } = walkScenario(q, a.path);
      const misconceptions = taken.filter((c) => c.misconception).map((c) => c.misconception!);
      if (!ending) return { ...base, final: false, correct: false, score: 0, misconceptions, path: a.path };
      return { ...base, path: a.path, correct: ending.outcome === "good", score: maxScore * SCENARIO_OUTCOME_SHARE[ending.outcome], misconceptions };
    }
    case "drafting": {
      const a = answer as Extract<TAnswer, { type: "drafting" }>;
      const g = gradeDraft(q, a.text, a.sendAt);
      const total = q.rubric.length + g.points.length;
      const passed = g.rubricPassed.length + g.points.filter((p) => p.met).length;
      const correct = passed === total && !g.findings.some((f) => f.severity !== "suggestion");
      return { ...base, correct, score: g.redline ? 0 : round2((maxScore * passed) / total), misconceptions: [], findings: g.findings };
    }
  }
}

/** Every misconception a question's wrong options (or choices) carry. */
export function misconceptionsOf(q: TQuestion): string[] {
  const all =
    q.type === "single" || q.type === "multiple"
      ? q.options.map((o) => o.misconception)
      : q.type === "truefalse"
        ? [q.misconception]
        : q.type === "scenario"
          ? q.steps.flatMap((s) => s.choices.map((c) => c.misconception))
          : [];
  return [...new Set(all.filter((m): m is string => Boolean(m)))];
}
