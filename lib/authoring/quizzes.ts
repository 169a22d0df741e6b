/**
 * Quizzes and exam blueprints, edited by an admin: how many questions each module contributes,
 * which types, the time limit, the pass mark and the number of attempts. A blueprint is refused
 * when the bank cannot fill it (fewer published questions of those types than asked for), so an
 * exam never silently draws a short paper. Review quizzes are built per member and not edited here.
 */
import { sql } from "kysely";
import { z } from "zod";
import type { Db } from "../db/client";
import { kysely, type TableRow } from "../db/kysely";
import type { QuizKind } from "../generated/prisma/enums";
import { ZSlug, type TQuestion } from "../content/schema";
import { NotFoundError, UserError } from "../errors";
import { recordAudit } from "../audit/record";
import { drawPaper } from "../assessment/attempts";
import { getVersions } from "../assessment/versions";
import { QUESTION_TYPES } from "./validate";
import { withTx } from "../db/tx";

export const EDITABLE_KINDS = ["PRACTICE", "PRE", "POST", "EXAM"] as const;

const optionalInt = (min: number, max: number, what: string) =>
  z.preprocess(
    (v) => (v === "" || v === null || v === undefined ? null : v),
    z.coerce
      .number({ error: `${what}应为整数` })
      .int(`${what}应为整数`)
      .min(min, `${what}不能小于 ${min}`)
      .max(max, `${what}不能大于 ${max}`)
      .nullable(),
  );

export const ZQuizInput = z.object({
  title: z.string().trim().min(1, "请填写标题").max(60, "标题不能超过 60 个字"),
  description: z.string().trim().max(300, "说明不能超过 300 个字").default(""),
  /** Questions drawn per module (0: none). */
  perModule: z.record(ZSlug, z.coerce.number({ error: "题数应为整数" }).int("题数应为整数").min(0, "题数不能为负").max(50, "每个模块最多 50 题")),
  types: z.array(z.enum(QUESTION_TYPES)).min(1, "至少选择一种题型"),
  timeLimitMin: optionalInt(1, 300, "时间限制"),
  passPercent: optionalInt(1, 100, "及格线"),
  maxAttempts: optionalInt(1, 50, "作答次数"),
});
export type TQuizInput = z.infer<typeof ZQuizInput>;

export const ZNewQuiz = ZQuizInput.extend({ id: ZSlug, kind: z.enum(EDITABLE_KINDS) });

export interface AdminQuiz {
  id: string;
  kind: QuizKind;
  title: string;
  description: string;
  moduleSlug: string | null;
  perModule: Record<string, number>;
  types: string[];
  timeLimitSec: number | null;
  passPercent: number | null;
  maxAttempts: number | null;
  archived: boolean;
  attempts: number;
}

function blueprintOf(bp: unknown): { perModule: Record<string, number>; types: string[] } {
  const b = (bp ?? {}) as { perModule?: Record<string, number>; types?: string[] };
  return { perModule: b.perModule ?? {}, types: b.types ?? ["single", "multiple", "truefalse"] };
}

export async function listAdminQuizzes(d: Db): Promise<AdminQuiz[]> {
  const { rows } = await sql<
    TableRow<"quiz", "id" | "kind" | "title" | "description" | "module_slug" | "blueprint" | "time_limit_sec" | "pass_percent" | "max_attempts"> & {
      archived: boolean;
      attempts: number;
    }
  >`SELECT z.id, z.kind, z.title, z.description, z.module_slug, z.blueprint, z.time_limit_sec, z.pass_percent, z.max_attempts,
            z.archived_at IS NOT NULL AS archived, (SELECT count(*)::int FROM attempt a WHERE a.quiz_id = z.id) AS attempts
     FROM quiz z WHERE z.kind <> 'REVIEW' ORDER BY z.archived_at IS NOT NULL, z.position, z.id`.execute(kysely(d));
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    title: r.title,
    description: r.description,
    moduleSlug: r.module_slug,
    ...blueprintOf(r.blueprint),
    timeLimitSec: r.time_limit_sec,
    passPercent: r.pass_percent,
    maxAttempts: r.max_attempts,
    archived: r.archived,
    attempts: r.attempts,
  }));
}

export async function getAdminQuiz(d: Db, id: string): Promise<AdminQuiz> {
  const q = (await listAdminQuizzes(d)).find((x) => x.id === id);
  if (!q) throw new NotFoundError();
  return q;
}

/** Published, not voided current versions per module and type: what a blueprint can draw from. */
export async function bankCounts(d: Db): Promise<Record<string, Record<string, number>>> {
  const { rows } = await sql<TableRow<"question", "module_slug" | "type"> & { n: number }>`SELECT q.module_slug, q.type, count(*)::int AS n FROM question q
     JOIN question_version v ON v.question_id = q.id AND v.version = q.current_version
     WHERE q.status = 'PUBLISHED' AND v.voided_at IS NULL GROUP BY 1, 2`.execute(kysely(d));
  const out: Record<string, Record<string, number>> = {};
  for (const r of rows) (out[r.module_slug] ??= {})[r.type] = r.n;
  return out;
}

async function checkBlueprint(d: Db, input: TQuizInput): Promise<{ perModule: Record<string, number>; types: string[] }> {
  const live = await kysely(d).selectFrom("course_module").select("slug").where("archived_at", "is", null).execute();
  const modules = new Set(live.map((r) => r.slug));
  const perModule = Object.fromEntries(Object.entries(input.perModule).filter(([, n]) => n > 0));
  const unknown = Object.keys(perModule).filter((m) => !modules.has(m));
  if (unknown.length) throw new UserError(`模块不存在：${unknown.join("、")}`);
  if (!Object.keys(perModule).length) throw new UserError("至少要从一个模块抽题");
  const counts = await bankCounts(d);
  const short = Object.entries(perModule)
    .map(([m, n]) => ({ m, n, have: input.types.reduce((s, t) => s + (counts[m]?.[t] ?? 0), 0) }))
    .filter((x) => x.have < x.n);
  if (short.length) throw new UserError(`题库不足：${short.map((x) => `「${x.m}」只有 ${x.have} 道可用题目，少于 ${x.n}`).join("；")}`);
  return { perModule, types: [...input.types] };
}

const settings = (q: TQuizInput) => ({
  timeLimitSec: q.timeLimitMin === null ? null : q.timeLimitMin * 60,
  passPercent: q.passPercent,
  maxAttempts: q.maxAttempts,
});

export async function updateQuiz(d: Db, actorId: number, id: string, input: TQuizInput): Promise<void> {
  const before = await getAdminQuiz(d, id);
  if (!(EDITABLE_KINDS as readonly string[]).includes(before.kind)) throw new NotFoundError();
  const blueprint = await checkBlueprint(d, input);
  await withTx(d, async (t) => {
    const data = { title: input.title, description: input.description, blueprint, ...settings(input) };
    await t.prisma.quiz.update({ where: { id }, data });
    await recordAudit(t, {
      actorId,
      action: "quiz.update",
      entity: "quiz",
      entityId: id,
      before: {
        title: before.title,
        blueprint: { perModule: before.perModule, types: before.types },
        timeLimitSec: before.timeLimitSec,
        passPercent: before.passPercent,
        maxAttempts: before.maxAttempts,
      },
      after: { title: input.title, blueprint, ...settings(input) },
    });
  });
}

export async function createQuiz(d: Db, actorId: number, input: z.infer<typeof ZNewQuiz>): Promise<void> {
  const blueprint = await checkBlueprint(d, input);
  await withTx(d, async (t) => {
    if (await t.prisma.quiz.findUnique({ where: { id: input.id }, select: { id: true } })) throw new UserError(`标识「${input.id}」已被使用`);
    const { pos } = await t.k
      .selectFrom("quiz")
      .select(sql<number>`coalesce(max(position), 0)::int + 1`.as("pos"))
      .executeTakeFirstOrThrow();
    const moduleSlug = input.kind === "PRACTICE" && Object.keys(blueprint.perModule).length === 1 ? Object.keys(blueprint.perModule)[0] : null;
    await t.prisma.quiz.create({
      data: { id: input.id, kind: input.kind, title: input.title, description: input.description, moduleSlug, blueprint, position: pos, ...settings(input) },
    });
    await recordAudit(t, {
      actorId,
      action: "quiz.create",
      entity: "quiz",
      entityId: input.id,
      after: { kind: input.kind, title: input.title, blueprint, ...settings(input) },
    });
  });
}

/** Archived quizzes are no longer offered; attempts and results stay. */
export async function setQuizArchived(d: Db, actorId: number, id: string, archived: boolean): Promise<void> {
  const q = await getAdminQuiz(d, id);
  if (q.archived === archived) throw new UserError(archived ? "该测验已归档" : "该测验未归档");
  if (archived) {
    const { n } = await kysely(d)
      .selectFrom("assignment")
      .select(sql<number>`count(*)::int`.as("n"))
      .where("quiz_id", "=", id)
      .where("archived_at", "is", null)
      .executeTakeFirstOrThrow();
    if (n) throw new UserError(`该测验正被 ${n} 项学习任务使用，不能归档`);
  }
  await withTx(d, async (t) => {
    await t.prisma.quiz.update({ where: { id }, data: { archivedAt: archived ? new Date() : null } });
    await recordAudit(t, { actorId, action: archived ? "quiz.archive" : "quiz.restore", entity: "quiz", entityId: id });
  });
}

/** A paper drawn by the blueprint as a cadre would get it (stems only), to check a blueprint. */
export async function samplePaper(d: Db, id: string): Promise<{ module: string; type: TQuestion["type"]; stem: string; questionId: string }[]> {
  const q = await getAdminQuiz(d, id);
  const paper = await drawPaper(d, { perModule: q.perModule, types: q.types });
  const versions = await getVersions(d, paper);
  return paper.map((vid) => {
    const v = versions.get(vid)!;
    return { module: v.moduleSlug, type: v.type, stem: v.payload.stem, questionId: v.questionId };
  });
}
