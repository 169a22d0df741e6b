/**
 * Item analysis per question version, over the final answers in submitted attempts:
 * - answered: how many;
 * - facility: the mean share of the item's points scored (its 得分率): partial credit counts as
 *   partial — a multiple-choice answer worth 0.5, a scenario's neutral ending (1 of 2) — not as 0;
 * - discrimination: the point-biserial correlation between the item score (score ÷ max) and the
 *   rest-of-test score of the same attempt (the attempt's other items, as a share of their
 *   maximum, so papers of different lengths compare). Positive: strong cadres get it right more
 *   often than weak ones; negative: the item misleads the strong. Null when either side does not
 *   vary (everyone right, or single-item attempts only);
 * - distractor counts: how often each option (each choice of each scenario step) was picked.
 * Flags, once an item has `minAnswers` answers: too easy (facility > 0.9), too hard (< 0.2),
 * misleading (discrimination < 0, or a wrong option picked more often than the key).
 */
import { sql } from "kysely";
import { z } from "zod";
import type { Db } from "../db/client";
import { kysely, type Col } from "../db/kysely";
import type { QuizKind } from "../generated/prisma/enums";
import type { TQuestion } from "../content/schema";
import { ZSlug } from "../content/schema";
import type { TAnswer } from "../assessment/score";
import { QUESTION_TYPES } from "./validate";

export const EASY_ABOVE = 0.9;
export const HARD_BELOW = 0.2;
export const MIN_ANSWERS = 10;

export type ItemFlag = "easy" | "hard" | "misleading";
export const FLAG_LABEL: Record<ItemFlag, string> = { easy: "过易", hard: "过难", misleading: "误导" };

export interface Distractor {
  /** Scenario: the step the choice belongs to. */
  step?: string;
  id: string;
  label: string;
  count: number;
  /** Part of the key (a correct option, the best-scoring choice of its step). */
  key: boolean;
}

export interface ItemStats {
  versionId: number;
  questionId: string;
  version: number;
  type: TQuestion["type"];
  moduleSlug: string;
  stem: string;
  voided: boolean;
  answered: number;
  facility: number | null;
  discrimination: number | null;
  distractors: Distractor[];
  flags: ItemFlag[];
  /** Why each flag was raised, in words. */
  reasons: string[];
}

const emptyToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);
export const ZItemAnalysisQuery = z.object({
  module: z.preprocess(emptyToUndefined, ZSlug.optional()),
  type: z.preprocess(emptyToUndefined, z.enum(QUESTION_TYPES).optional()),
  kind: z.preprocess(emptyToUndefined, z.enum(["PRACTICE", "PRE", "POST", "EXAM", "REVIEW"]).optional()),
  flagged: z.preprocess((v) => (v === "1" || v === true ? true : undefined), z.literal(true).optional()),
});
export type TItemAnalysisQuery = z.infer<typeof ZItemAnalysisQuery>;

interface Filter {
  module?: string;
  type?: string;
  kind?: QuizKind;
  versionIds?: number[];
  questionId?: string;
}

function whereOf(f: Filter) {
  const where = [sql`r.final`, sql`a.status = 'SUBMITTED'`];
  if (f.module) where.push(sql`q.module_slug = ${f.module}`);
  if (f.type) where.push(sql`v.type = ${f.type}`);
  if (f.kind) where.push(sql`a.kind = ${f.kind}::"QuizKind"`);
  if (f.versionIds) where.push(sql`r.question_version_id = ANY(${f.versionIds}::int[])`);
  if (f.questionId) where.push(sql`v.question_id = ${f.questionId}`);
  return sql.join(where, sql` AND `);
}

const FROM = sql`FROM response r JOIN attempt a ON a.id = r.attempt_id
              JOIN question_version v ON v.id = r.question_version_id JOIN question q ON q.id = v.question_id`;

type Counts = Map<string, number>;

/** Option / choice counts from the distinct answers and how often each was given. */
function distractorsOf(q: TQuestion, answers: { answer: TAnswer; n: number }[]): Distractor[] {
  const count: Counts = new Map();
  const bump = (k: string, n: number) => count.set(k, (count.get(k) ?? 0) + n);
  switch (q.type) {
    case "single":
    case "multiple":
      for (const { answer, n } of answers) {
        if (answer.type === "single") bump(answer.choice, n);
        else if (answer.type === "multiple") for (const c of new Set(answer.choices)) bump(c, n);
      }
      return q.options.map((o) => ({ id: o.id, label: `${o.id.toUpperCase()}. ${o.text}`, count: count.get(o.id) ?? 0, key: o.correct }));
    case "truefalse":
      for (const { answer, n } of answers) if (answer.type === "truefalse") bump(answer.value ? "t" : "f", n);
      return [
        { id: "t", label: "正确", count: count.get("t") ?? 0, key: q.answer },
        { id: "f", label: "错误", count: count.get("f") ?? 0, key: !q.answer },
      ];
    case "scenario": {
      for (const { answer, n } of answers) {
        if (answer.type !== "scenario") continue;
        let node = q.start;
        for (const cid of answer.path) {
          const step = q.steps.find((s) => s.id === node);
          const c = step?.choices.find((x) => x.id === cid);
          if (!step || !c) break;
          bump(`${step.id}\u0000${c.id}`, n);
          node = c.next;
        }
      }
      return q.steps.flatMap((s) => {
        const best = Math.max(...s.choices.map((c) => c.score));
        return s.choices.map((c) => ({ step: s.id, id: c.id, label: c.label, count: count.get(`${s.id}\u0000${c.id}`) ?? 0, key: c.score === best }));
      });
    }
    case "drafting":
      return [];
  }
}

/** A wrong option picked more often than the key (the least-picked correct option; per scenario step). */
function misleadingDistractor(type: TQuestion["type"], ds: Distractor[]): Distractor | null {
  const groups = new Map<string, Distractor[]>();
  for (const d of ds) groups.set(d.step ?? "", [...(groups.get(d.step ?? "") ?? []), d]);
  for (const g of groups.values()) {
    const keys = g.filter((d) => d.key);
    const wrong = g.filter((d) => !d.key);
    if (!keys.length || !wrong.length) continue;
    // Scenario steps: the best choices together; options: the least-picked correct one.
    const keyCount = type === "scenario" ? keys.reduce((n, d) => n + d.count, 0) : Math.min(...keys.map((d) => d.count));
    const top = wrong.reduce((m, d) => (d.count > m.count ? d : m));
    if (top.count > keyCount) return top;
  }
  return null;
}

const round6 = (x: number | null) => (x === null ? null : Math.round(x * 1e6) / 1e6 + 0);

export async function itemAnalysis(d: Db, f: Filter & { minAnswers?: number } = {}): Promise<ItemStats[]> {
  const minAnswers = f.minAnswers ?? MIN_ANSWERS;
  const where = whereOf(f);
  const k = kysely(d);
  type Vid = { vid: Col<"response", "question_version_id"> };
  const [{ rows: stats }, { rows: answers }] = await Promise.all([
    sql<
      Vid & { n: number; facility: number | null; disc: number | null }
    >`SELECT vid, count(*)::int AS n, avg(item)::float8 AS facility, corr(item, rest)::float8 AS disc
       FROM (
         SELECT r.question_version_id AS vid,
                CASE WHEN r.max_score > 0 THEN r.score / r.max_score END AS item,
                CASE WHEN a.max_score - (CASE WHEN v.voided_at IS NULL THEN r.max_score ELSE 0 END) > 0
                     THEN (a.score - (CASE WHEN v.voided_at IS NULL THEN r.score ELSE 0 END))
                          / (a.max_score - (CASE WHEN v.voided_at IS NULL THEN r.max_score ELSE 0 END)) END AS rest
         ${FROM} WHERE ${where}
       ) x GROUP BY vid`.execute(k),
    // answer: jsonb, as scored and stored by lib/assessment
    sql<
      Vid & { answer: TAnswer; n: number }
    >`SELECT r.question_version_id AS vid, r.answer, count(*)::int AS n ${FROM} WHERE ${where} AND v.type <> 'drafting' GROUP BY 1, 2`.execute(k),
  ]);
  if (!stats.length) return [];
  const versions = await k
    .selectFrom("question_version as v")
    .innerJoin("question as q", "q.id", "v.question_id")
    .select(["v.id", "v.question_id", "v.version", "v.type", "q.module_slug", "v.payload", sql<boolean>`v.voided_at IS NOT NULL`.as("voided")])
    .where(sql<boolean>`v.id = ANY(${stats.map((s) => s.vid)}::int[])`)
    // jsonb and text: what is stored is a validated question
    .$narrowType<{ type: TQuestion["type"]; payload: TQuestion }>()
    .execute();
  const byId = new Map(versions.map((v) => [v.id, v]));
  const answersBy = new Map<number, { answer: TAnswer; n: number }[]>();
  for (const a of answers) answersBy.set(a.vid, [...(answersBy.get(a.vid) ?? []), a]);

  return stats
    .map((raw): ItemStats => {
      // Rounded so that a correlation of exactly 0 computed as -1e-17 does not read as negative.
      const s = { ...raw, facility: round6(raw.facility), disc: round6(raw.disc) };
      const v = byId.get(s.vid)!;
      const distractors = distractorsOf(v.payload, answersBy.get(s.vid) ?? []);
      const flags: ItemFlag[] = [];
      const reasons: string[] = [];
      if (s.n >= minAnswers) {
        if (s.facility !== null && s.facility > EASY_ABOVE) {
          flags.push("easy");
          reasons.push(`得分率 ${(s.facility * 100).toFixed(0)}%，高于 ${EASY_ABOVE * 100}%`);
        }
        if (s.facility !== null && s.facility < HARD_BELOW) {
          flags.push("hard");
          reasons.push(`得分率 ${(s.facility * 100).toFixed(0)}%，低于 ${HARD_BELOW * 100}%`);
        }
        const lure = misleadingDistractor(v.type, distractors);
        if ((s.disc !== null && s.disc < 0) || lure) {
          flags.push("misleading");
          if (s.disc !== null && s.disc < 0) reasons.push(`区分度为负（${s.disc.toFixed(2)}）：整体成绩好的学员反而更容易答错`);
          if (lure) reasons.push(`错误选项「${lure.label}」被选 ${lure.count} 次，多于正确答案`);
        }
      }
      return {
        versionId: s.vid,
        questionId: v.question_id,
        version: v.version,
        type: v.type,
        moduleSlug: v.module_slug,
        stem: v.payload.stem,
        voided: v.voided,
        answered: s.n,
        facility: s.facility,
        discrimination: s.disc,
        distractors,
        flags,
        reasons,
      };
    })
    .sort((a, b) => b.flags.length - a.flags.length || b.answered - a.answered || a.questionId.localeCompare(b.questionId));
}
