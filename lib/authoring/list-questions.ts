/** The question bank as the admin lists it: filtered, paged, flagged questions first. */
import { z } from "zod";
import type { Db } from "../db/client";
import type { QuestionStatus } from "../generated/prisma/enums";
import { storable } from "../security/storable";
import type { TQuestion } from "../content/schema";
import { ZRuleCode, ZSlug } from "../content/schema";
import { QUESTION_TYPES } from "./validate";

const emptyToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);

export const ZQuestionListQuery = z.object({
  module: z.preprocess(emptyToUndefined, ZSlug.optional()),
  type: z.preprocess(emptyToUndefined, z.enum(QUESTION_TYPES).optional()),
  rule: z.preprocess(emptyToUndefined, ZRuleCode.optional()),
  status: z.preprocess(emptyToUndefined, z.enum(["DRAFT", "PUBLISHED", "ARCHIVED"]).optional()),
  flagged: z.preprocess((v) => (v === "1" || v === "true" || v === true ? true : undefined), z.literal(true).optional()),
  q: z.preprocess(emptyToUndefined, z.string().trim().max(50, "关键词不能超过 50 个字").refine(storable, "关键词含有无法识别的字符").optional()),
  page: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(10_000).default(1)),
});
export type TQuestionListQuery = z.infer<typeof ZQuestionListQuery>;

export interface QuestionListRow {
  id: string;
  origin: string;
  status: QuestionStatus;
  type: TQuestion["type"];
  moduleSlug: string;
  moduleTitle: string | null;
  currentVersion: number;
  stem: string;
  rules: string[];
  flaggedAt: Date | null;
  flagReason: string | null;
  voided: boolean;
  updatedAt: Date;
  updatedBy: string | null;
}

export const PAGE_SIZE = 30;

/** The bank, filtered; newest change first. Every filter is a bound parameter or absent. */
export async function listQuestions(d: Db, f: Partial<TQuestionListQuery> = {}): Promise<{ rows: QuestionListRow[]; total: number }> {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: (p: string) => string, value: unknown) => {
    params.push(value);
    where.push(sql(`$${params.length}`));
  };
  if (f.module) add((p) => `q.module_slug = ${p}`, f.module);
  if (f.type) add((p) => `q.type = ${p}`, f.type);
  if (f.rule) add((p) => `v.rules @> ARRAY[${p}::text]`, f.rule);
  if (f.status) add((p) => `q.status = ${p}::"QuestionStatus"`, f.status);
  if (f.flagged) where.push("q.flagged_at IS NOT NULL");
  if (f.q) add((p) => `(q.id ILIKE ${p} OR v.payload->>'stem' ILIKE ${p})`, `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  const page = f.page ?? 1;
  const from = `FROM question q JOIN question_version v ON v.question_id = q.id AND v.version = q.current_version`;
  const filter = where.length ? `WHERE ${where.join(" AND ")}` : "";
  const [rows, [count]] = await Promise.all([
    d.raw.query<QuestionListRow>(
      `SELECT q.id, q.origin, q.status, q.type, q.module_slug AS "moduleSlug", m.title AS "moduleTitle",
              q.current_version AS "currentVersion", v.payload->>'stem' AS stem, v.rules,
              q.flagged_at AS "flaggedAt", q.flag_reason AS "flagReason", v.voided_at IS NOT NULL AS voided,
              v.created_at AS "updatedAt", mb.name AS "updatedBy"
       ${from} LEFT JOIN course_module m ON m.slug = q.module_slug LEFT JOIN member mb ON mb.id = v.created_by_id
       ${filter}
       ORDER BY (q.flagged_at IS NOT NULL) DESC, v.created_at DESC, q.id
       LIMIT ${PAGE_SIZE} OFFSET ${(page - 1) * PAGE_SIZE}`,
      params,
    ),
    d.raw.query<{ n: number }>(`SELECT count(*)::int AS n ${from} ${filter}`, params),
  ]);
  return { rows, total: count.n };
}
