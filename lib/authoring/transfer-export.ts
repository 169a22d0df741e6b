/**
 * Export of questions: JSON (a ZQuestionFile document, every type, exactly as content/ writes it, so
 * it imports into another deployment or drops into content/questions) and the XLSX sheet
 * (transfer-sheet.ts) with its empty template.
 */
import ExcelJS from "exceljs";
import { sql } from "kysely";
import type { Db } from "../db/client";
import { kysely } from "../db/kysely";
import type { QuestionStatus } from "../generated/prisma/enums";
import type { TQuestion } from "../content/schema";
import { SIMPLE_TYPES } from "./transfer-report";
import { validateQuestion } from "./validate";
import { INSTRUCTIONS, rowOf, sheetOf, workbookBuffer } from "./transfer-sheet";

export interface ExportFilter {
  module?: string;
  status?: QuestionStatus[];
  ids?: string[];
  types?: string[];
}

async function currentPayloads(d: Db, f: ExportFilter): Promise<TQuestion[]> {
  const k = kysely(d);
  const rows = await k
    .selectFrom("question as q")
    .innerJoin("question_version as v", (j) => j.onRef("v.question_id", "=", "q.id").onRef("v.version", "=", "q.current_version"))
    .select("v.payload")
    .where(sql<boolean>`q.status::text = ANY(${f.status ?? ["DRAFT", "PUBLISHED"]}::text[])`)
    .$if(f.module != null, (q) => q.where("q.module_slug", "=", f.module!))
    .$if(f.ids != null, (q) => q.where(sql<boolean>`q.id = ANY(${f.ids}::text[])`))
    .$if(f.types != null, (q) => q.where(sql<boolean>`q.type = ANY(${f.types}::text[])`))
    .orderBy("q.module_slug")
    .orderBy("q.id")
    .$narrowType<{ payload: TQuestion }>() // jsonb: what is stored is a validated question
    .execute();
  // jsonb keeps keys in its own order; the schema puts them back in content/'s order.
  return rows.map((r) => {
    const v = validateQuestion(r.payload, { graph: false });
    return v.ok ? v.question : r.payload;
  });
}

/** The current versions as a ZQuestionFile document (pretty JSON, keys in content/ order). */
export async function exportJson(d: Db, f: ExportFilter = {}): Promise<{ text: string; count: number }> {
  const questions = await currentPayloads(d, f);
  return { text: `${JSON.stringify({ questions }, null, 2)}\n`, count: questions.length };
}

async function moduleSlugs(d: Db): Promise<string[]> {
  const rows = await kysely(d).selectFrom("course_module").select("slug").where("archived_at", "is", null).orderBy("position").execute();
  return rows.map((r) => r.slug);
}

/** Single, multiple and true/false questions as an XLSX sheet (other types are skipped and counted). */
export async function exportXlsx(d: Db, f: ExportFilter = {}): Promise<{ buffer: Buffer; count: number; skipped: number }> {
  const all = await currentPayloads(d, f);
  const simple = all.filter((q) => (SIMPLE_TYPES as readonly string[]).includes(q.type));
  const wb = new ExcelJS.Workbook();
  const ws = sheetOf(wb, await moduleSlugs(d));
  for (const q of simple) ws.addRow(rowOf(q));
  wb.addWorksheet("说明").addRows(INSTRUCTIONS);
  return { buffer: await workbookBuffer(wb), count: simple.length, skipped: all.length - simple.length };
}

/** An empty sheet with the columns, two example rows and the instructions. */
export async function xlsxTemplate(d: Db): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = sheetOf(wb, await moduleSlugs(d));
  ws.addRow([
    "",
    "red-lines",
    "单选",
    "（示例）在朋友圈看到对中央决策冷嘲热讽的文章，正确的做法是：",
    "转发并注明“仅供参考”",
    "设置“三天可见”后转发",
    "不转发、不评论，有意见通过组织渠道反映",
    null,
    null,
    null,
    "C",
    "转发本身就是传播和表态。",
    "V1",
    "A：转发别人的文章不代表自己的观点\nB：设置分组或“三天可见”就不算公开发表",
  ]);
  ws.addRow([
    "",
    "red-lines",
    "判断",
    "（示例）在只有几个老同学的小群里议论中央政策，属于私人言论，不算妄议。",
    null,
    null,
    null,
    null,
    null,
    null,
    "错误",
    "小群里的话同样会被截图传播。",
    "V1",
    "私人小群里说话属于私人言论",
  ]);
  wb.addWorksheet("说明").addRows(INSTRUCTIONS);
  return workbookBuffer(wb);
}
