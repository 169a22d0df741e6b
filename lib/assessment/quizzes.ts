/**
 * The quizzes of the course. Defaults are created once (never overwritten, so an admin's changes
 * to a blueprint stick): a practice quiz per module, the self-assessment before and after the
 * course (same blueprint; the second draws questions the member did not see in the first), and
 * the final exam drawn by blueprint with a time limit, a pass mark and limited attempts.
 */
import { z } from "zod";
import type { Db } from "../db/client";
import type { QuizKind } from "../generated/prisma/enums";
import type { TCourse } from "../content/schema";

export const ZBlueprint = z.object({
  /** How many questions to draw from each module. */
  perModule: z.record(z.string(), z.number().int().min(0).max(50)),
  /** Question types allowed; default all but drafting. */
  types: z.array(z.enum(["single", "multiple", "truefalse", "scenario", "drafting"])).optional(),
});
export type TBlueprint = z.infer<typeof ZBlueprint>;

export const OBJECTIVE = ["single", "multiple", "truefalse"] as const;

export interface QuizDef {
  id: string;
  kind: QuizKind;
  title: string;
  description: string;
  moduleSlug?: string;
  blueprint: TBlueprint;
  timeLimitSec?: number;
  passPercent?: number;
  maxAttempts?: number;
}

export const EXAM_ID = "final-exam";
export const PRE_ID = "self-check-pre";
export const POST_ID = "self-check-post";

export function defaultQuizzes(course: TCourse): QuizDef[] {
  const each = (n: number) => Object.fromEntries(course.modules.map((m) => [m.slug, n]));
  const selfCheck = { perModule: each(2), types: [...OBJECTIVE] };
  return [
    { id: PRE_ID, kind: "PRE", title: "课前自测", description: "学习之前先测一测，了解自己的起点。每个模块 2 题，不计入考核。", blueprint: selfCheck },
    ...course.modules.map((m, i) => ({
      id: `practice-${m.slug}`,
      kind: "PRACTICE" as const,
      title: `练习：${m.title}`,
      description: "每答一题立即显示对错和解析。",
      moduleSlug: m.slug,
      blueprint: {
        perModule: { [m.slug]: m.slug === "cases" ? 6 : 8 },
        types: m.slug === "cases" ? (["single", "multiple", "truefalse", "scenario"] as const).slice() : [...OBJECTIVE],
      },
      position: i,
    })),
    { id: POST_ID, kind: "POST", title: "课后自测", description: "学完之后再测一次，与课前自测对比进步。题目与课前自测不重复。", blueprint: selfCheck },
    {
      id: EXAM_ID,
      kind: "EXAM",
      title: "结业考试",
      // The card lists time, pass mark and attempts beside it (quiz-centre.tsx): said once.
      description: "从题库按模块随机抽题，提交后才公布答案。",
      blueprint: { perModule: { ...each(3), "usage-rules": 2, "local-rules": 4, cases: 2 }, types: ["single", "multiple", "truefalse", "scenario"] },
      timeLimitSec: 30 * 60,
      passPercent: 80,
      maxAttempts: 3,
    },
    // Built per member from the mistake book or a past attempt, not from a blueprint.
    { id: "review-mistakes", kind: "REVIEW", title: "错题复习", description: "错题本中的题目，答对两次即移出。", blueprint: { perModule: {} } },
    { id: "review-retake", kind: "REVIEW", title: "重做错题", description: "只重做上次答错的题目。", blueprint: { perModule: {} } },
    // Drawn per member and day by lib/daily/daily-set.ts; REVIEW keeps it out of the quiz list.
    { id: DAILY_ID, kind: "REVIEW", title: "每日一练", description: "每天 5 道题和 1 个案例，答完即看解析。", blueprint: { perModule: {} } },
  ];
}

/** The 每日一练 quiz: its papers are drawn per member and China day (lib/daily/daily-set.ts). */
export const DAILY_ID = "daily";

export async function ensureQuizzes(d: Db, course: TCourse): Promise<number> {
  const defs = defaultQuizzes(course);
  const r = await d.prisma.quiz.createMany({
    data: defs.map((q, i) => ({
      id: q.id,
      kind: q.kind,
      title: q.title,
      description: q.description,
      moduleSlug: q.moduleSlug ?? null,
      blueprint: q.blueprint,
      timeLimitSec: q.timeLimitSec ?? null,
      passPercent: q.passPercent ?? null,
      maxAttempts: q.maxAttempts ?? null,
      position: i + 1,
    })),
    skipDuplicates: true,
  });
  return r.count;
}

export async function listQuizzes(d: Db) {
  return d.prisma.quiz.findMany({
    where: { archivedAt: null, kind: { not: "REVIEW" } },
    orderBy: { position: "asc" },
    select: {
      id: true,
      kind: true,
      title: true,
      description: true,
      moduleSlug: true,
      timeLimitSec: true,
      passPercent: true,
      maxAttempts: true,
      blueprint: true,
    },
  });
}
