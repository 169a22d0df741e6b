/** The question bank as the admin lists it: filtered, paged, flagged questions first. */
import { z } from "zod";
import { sql } from "kysely";
import type { Db } from "../db/client";
import { kysely } from "../db/kysely";
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

export const PAGE_SIZE = 30;

/** The bank, filtered; newest change first. Every filter is a bound parameter or absent. */
export async function listQuestions(d: Db, f: Partial<TQuestionListQuery> = {}) {
  const page = f.page ?? 1;
  const like = f.q ? `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const matching = kysely(d)
    .selectFrom("question as q")
    .innerJoin("question_version as v", (j) => j.onRef("v.question_id", "=", "q.id").onRef("v.version", "=", "q.current_version"))
    .$if(!!f.module, (q) => q.where("q.module_slug", "=", f.module!))
    .$if(!!f.type, (q) => q.where("q.type", "=", f.type!))
    .$if(!!f.rule, (q) => q.where(sql<boolean>`v.rules @> ARRAY[${f.rule}::text]`))
    .$if(!!f.status, (q) => q.where("q.status", "=", f.status!))
    .$if(!!f.flagged, (q) => q.where("q.flagged_at", "is not", null))
    .$if(like !== null, (q) => q.where(sql<boolean>`(q.id ILIKE ${like} OR v.payload->>'stem' ILIKE ${like})`));
  const [rows, count] = await Promise.all([
    matching
      .leftJoin("course_module as m", "m.slug", "q.module_slug")
      .leftJoin("member as mb", "mb.id", "v.created_by_id")
      .select([
        "q.id",
        "q.origin",
        "q.status",
        "q.type",
        "q.module_slug as moduleSlug",
        "m.title as moduleTitle",
        "q.current_version as currentVersion",
        sql<string>`v.payload->>'stem'`.as("stem"),
        "v.rules",
        "q.flagged_at as flaggedAt",
        "q.flag_reason as flagReason",
        sql<boolean>`v.voided_at IS NOT NULL`.as("voided"),
        "v.created_at as updatedAt",
        "mb.name as updatedBy",
      ])
      // question.type holds a validated question's type
      .$narrowType<{ type: TQuestion["type"] }>()
      .orderBy(sql`(q.flagged_at IS NOT NULL)`, "desc")
      .orderBy("v.created_at", "desc")
      .orderBy("q.id")
      .limit(sql.lit(PAGE_SIZE))
      .offset(sql.lit((page - 1) * PAGE_SIZE))
      .execute(),
    matching.select(sql<number>`count(*)::int`.as("n")).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: count.n };
}

export type QuestionListRow = Awaited<ReturnType<typeof listQuestions>>["rows"][number];
