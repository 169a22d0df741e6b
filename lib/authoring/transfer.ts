/**
 * Import and export of questions.
 *
 * JSON: a ZQuestionFile document — `{ "questions": [ … ] }`, each question exactly as content/
 * writes it (the same zod schema), so a file exported from one deployment imports into another
 * and can be dropped into content/questions as it is. Every type, scenarios included.
 *
 * XLSX: single, multiple and true/false questions, one per row, for people who prefer a
 * spreadsheet. Columns: id, 模块, 题型, 题干, 选项A–F, 正确答案, 解析, 规则编码, 误区. Fields a row
 * cannot express (出处, 难度) are kept from the question's current version when it already exists.
 * An empty id gets a stable one from the module and the stem, so re-importing a file is idempotent.
 *
 * An import is validated as a whole — schema, scenario graph, references, duplicate ids — before
 * anything is written; every problem is reported with its JSON path or row and column. A file with
 * any problem writes nothing; a good one is written in one transaction with its audit entries.
 */
import { createHash } from "node:crypto";
import ExcelJS from "exceljs";
import type { Db } from "../db/client";
import type { QuestionStatus } from "../generated/prisma/enums";
import type { TQuestion } from "../content/schema";
import { UserError } from "../errors";
import { recordAudit, type AuditEntry } from "../audit/record";
import { versionData } from "../assessment/bank";
import { knownReferences, referenceProblems } from "./references";
import { withTx as authorTx, isUniqueViolation } from "../db/tx";
import { validateQuestion, type Problem } from "./validate";
import { FILE_ERRORS, FileRejected, readTable, type Table } from "../org/read-table";

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
export const MAX_IMPORT_QUESTIONS = 2_000;
export const SIMPLE_TYPES = ["single", "multiple", "truefalse"] as const;

export interface ImportProblem {
  /** Where: "questions[3].options[1].text" for JSON, "第 5 行" for XLSX. */
  where: string;
  /** The field in words ("选项 B · 内容", "正确答案"). */
  field: string;
  message: string;
}

export interface ImportReport {
  format: "json" | "xlsx";
  /** Questions found in the file. */
  total: number;
  problems: ImportProblem[];
  plan: { create: string[]; update: string[]; unchanged: string[] };
  /** True once written; false for a dry run or a file with problems. */
  applied: boolean;
}

interface Candidate {
  /** The question as read, before validation. */
  input: unknown;
  /** JSON path prefix ("questions[3]") or row label ("第 5 行"). */
  where: string;
  /** XLSX: the column a field path maps to. */
  column?: (path: string) => string | null;
}

/* ------------------------------------------------------------------ export */

export interface ExportFilter {
  module?: string;
  status?: QuestionStatus[];
  ids?: string[];
  types?: string[];
}

async function currentPayloads(d: Db, f: ExportFilter): Promise<TQuestion[]> {
  const rows = await d.raw.query<{ payload: TQuestion }>(
    `SELECT v.payload FROM question q JOIN question_version v ON v.question_id = q.id AND v.version = q.current_version
     WHERE ($1::text IS NULL OR q.module_slug = $1) AND q.status::text = ANY($2::text[])
       AND ($3::text[] IS NULL OR q.id = ANY($3::text[])) AND ($4::text[] IS NULL OR q.type = ANY($4::text[]))
     ORDER BY q.module_slug, q.id`,
    [f.module ?? null, f.status ?? ["DRAFT", "PUBLISHED"], f.ids ?? null, f.types ?? null],
  );
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

const LETTERS = ["A", "B", "C", "D", "E", "F"] as const;
const HEADERS = ["id", "模块", "题型", "题干", ...LETTERS.map((l) => `选项${l}`), "正确答案", "解析", "规则编码", "误区"] as const;
const TYPE_WORD: Record<(typeof SIMPLE_TYPES)[number], string> = { single: "单选", multiple: "多选", truefalse: "判断" };
const WORD_TYPE: Record<string, (typeof SIMPLE_TYPES)[number]> = {
  单选: "single",
  单选题: "single",
  single: "single",
  多选: "multiple",
  多选题: "multiple",
  multiple: "multiple",
  判断: "truefalse",
  判断题: "truefalse",
  truefalse: "truefalse",
};

function sheetOf(wb: ExcelJS.Workbook, modules: string[]) {
  const ws = wb.addWorksheet("题目", { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = HEADERS.map((h) => ({ header: h, key: h, width: h === "题干" || h === "解析" ? 50 : h.startsWith("选项") || h === "误区" ? 30 : 12 }));
  ws.getRow(1).font = { bold: true };
  for (let r = 2; r <= 501; r++) {
    ws.getCell(r, 3).dataValidation = {
      type: "list",
      allowBlank: true,
      formulae: ['"单选,多选,判断"'],
      showErrorMessage: true,
      errorTitle: "题型",
      error: "请选择 单选、多选 或 判断",
    };
    if (modules.length) ws.getCell(r, 2).dataValidation = { type: "list", allowBlank: true, formulae: [`"${modules.join(",")}"`] };
  }
  return ws;
}

function rowOf(q: TQuestion): (string | null)[] {
  if (q.type !== "single" && q.type !== "multiple" && q.type !== "truefalse") throw new Error("not a simple question");
  const opts = q.type === "truefalse" ? [] : q.options;
  const key =
    q.type === "truefalse"
      ? q.answer
        ? "正确"
        : "错误"
      : opts
          .filter((o) => o.correct)
          .map((o) => o.id.toUpperCase())
          .join(",");
  const mis =
    q.type === "truefalse"
      ? (q.misconception ?? "")
      : opts
          .filter((o) => o.misconception)
          .map((o) => `${o.id.toUpperCase()}：${o.misconception}`)
          .join("\n");
  return [
    q.id,
    q.module,
    TYPE_WORD[q.type],
    q.stem,
    ...LETTERS.map((l) => opts.find((o) => o.id === l.toLowerCase())?.text ?? null),
    key,
    q.explanation,
    q.rules.join(","),
    mis || null,
  ];
}

const INSTRUCTIONS = [
  ["列", "填写说明"],
  ["id", "题目标识：小写字母、数字和连字符，如 v1-moments-article。留空则按模块和题干自动生成；填写已有题目的标识则为该题生成新版本。"],
  ["模块", "模块标识，如 red-lines、ten-principles（见下拉列表）。"],
  ["题型", "单选、多选 或 判断。"],
  ["题干", "题目正文。"],
  ["选项A–选项F", "单选至少 3 项、多选至少 4 项，从 A 起连续填写；判断题留空。"],
  ["正确答案", "单选填一个字母，如 B；多选填多个字母，如 A,C,D；判断填 正确 或 错误。"],
  ["解析", "答题后显示的解析。"],
  ["规则编码", "至少一条，多条用逗号分隔，如 V1,P1。"],
  ["误区", "选择题：每行一项，写成「B：误区说明」；判断题：直接写误区说明。可留空。"],
  ["其他", "出处、难度等字段不在表格中：导入已有题目时保留原值；需要完整字段请使用 JSON 导入导出。"],
];

async function workbookBuffer(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function moduleSlugs(d: Db): Promise<string[]> {
  return (await d.raw.query<{ slug: string }>(`SELECT slug FROM course_module WHERE archived_at IS NULL ORDER BY position`)).map((r) => r.slug);
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

/* ------------------------------------------------------------------ reading a file */

function jsonCandidates(text: string, problems: ImportProblem[]): Candidate[] {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    problems.push({ where: "文件", field: "JSON", message: `不是合法的 JSON：${(e as Error).message}` });
    return [];
  }
  const list = Array.isArray(doc) ? doc : (doc as { questions?: unknown })?.questions;
  if (!Array.isArray(list)) {
    problems.push({ where: "文件", field: "questions", message: '应为 { "questions": [ … ] } 格式的题目文件' });
    return [];
  }
  const prefix = Array.isArray(doc) ? "" : "questions";
  return list.map((input, i) => ({ input, where: `${prefix}[${i}]` }));
}

const split = (s: string) =>
  s
    .split(/[\s,，、;；]+/)
    .map((x) => x.trim())
    .filter(Boolean);

const TF: Record<string, boolean> = {
  正确: true,
  对: true,
  "√": true,
  是: true,
  true: true,
  t: true,
  错误: false,
  错: false,
  "×": false,
  否: false,
  false: false,
  f: false,
};

/** Maps a question field path to the sheet column that holds it. */
function columnFor(path: string): string | null {
  const p = path.split(".");
  if (p[0] === "options" && p.length >= 2 && /^\d+$/.test(p[1]))
    return p[2] === "misconception" ? "误区" : p[2] === "correct" ? "正确答案" : `选项${LETTERS[Number(p[1])] ?? ""}`;
  return (
    (
      {
        id: "id",
        module: "模块",
        type: "题型",
        stem: "题干",
        options: "正确答案",
        answer: "正确答案",
        explanation: "解析",
        rules: "规则编码",
        misconception: "误区",
      } as Record<string, string>
    )[p[0]] ?? null
  );
}

const stableId = (module: string, stem: string) => `${module || "q"}-${createHash("sha1").update(stem).digest("hex").slice(0, 8)}`;

/**
 * A question workbook is read like a member list (lib/org/read-table.ts): through the app's guarded
 * archive reader and exceljs's streaming reader, so a zip bomb or a sheet of a million cells is
 * refused instead of taking the server's memory (security review F1), with limits sized for a
 * question file.
 */
export const QUESTION_SHEET_LIMITS = {
  maxRows: MAX_IMPORT_QUESTIONS,
  maxCellChars: 20_000,
  limits: { maxEntries: 200, maxTotalBytes: 40 * 1024 * 1024, maxRatio: 100, graceBytes: 10 * 1024 * 1024 },
} as const;

/** File-level refusals reported as a problem of the file; the rest (a bomb, too many rows) refuse the request. */
const UNREADABLE: string[] = [FILE_ERRORS.badXlsx, FILE_ERRORS.noSheet, FILE_ERRORS.noHeader];

async function xlsxCandidates(bytes: Uint8Array, problems: ImportProblem[]): Promise<Candidate[]> {
  let table: Table;
  try {
    table = await readTable(bytes, "questions.xlsx", { ...QUESTION_SHEET_LIMITS, sheet: "题目" });
  } catch (e) {
    if (!(e instanceof FileRejected) || !UNREADABLE.includes(e.message)) throw e;
    problems.push({ where: "文件", field: "XLSX", message: e.message === FILE_ERRORS.badXlsx ? "无法读取：文件不是有效的 XLSX 工作簿" : e.message });
    return [];
  }
  const col = new Map<string, number>();
  table.header.forEach((h, i) => col.set(h.replace(/\s+/g, ""), i));
  const missing = HEADERS.filter((h) => h !== "误区" && h !== "选项E" && h !== "选项F" && !col.has(h));
  if (missing.length) {
    problems.push({ where: "第 1 行", field: "表头", message: `缺少列：${missing.join("、")}（请使用下载的模板）` });
    return [];
  }
  const out: Candidate[] = [];
  for (const { row: r, cells: rowCells } of table.rows) {
    const get = (h: string) => (col.has(h) ? (rowCells[col.get(h)!] ?? "").trim() : "");
    const cells = HEADERS.map(get);
    if (cells.every((c) => !c)) continue;
    const where = `第 ${r} 行`;
    const local: ImportProblem[] = [];
    const bad = (field: string, message: string) => local.push({ where, field, message });

    const typeWord = get("题型");
    const type = WORD_TYPE[typeWord.toLowerCase()] ?? WORD_TYPE[typeWord];
    if (!type) bad("题型", typeWord ? `「${typeWord}」不是可导入的题型：表格只支持 单选、多选、判断（情景题、起草题请用 JSON）` : "不能为空");
    const moduleSlug = get("模块");
    const stem = get("题干");
    const q: Record<string, unknown> = {
      id: get("id") || stableId(moduleSlug, stem),
      type: type ?? typeWord,
      module: moduleSlug,
      rules: split(get("规则编码")),
      stem,
      explanation: get("解析"),
    };
    const key = get("正确答案");
    const mis = get("误区");
    if (type === "truefalse") {
      if (LETTERS.some((l) => get(`选项${l}`))) bad("选项A", "判断题不填选项");
      const v = TF[key.toLowerCase()] ?? TF[key];
      if (v === undefined) bad("正确答案", key ? `判断题的正确答案应为 正确 或 错误，不是「${key}」` : "不能为空");
      q.answer = v;
      if (mis) q.misconception = mis;
    } else if (type) {
      const filled = LETTERS.map((l) => get(`选项${l}`));
      const last = filled.reduce((n, t, i) => (t ? i : n), -1);
      const gap = filled.slice(0, last + 1).findIndex((t) => !t);
      if (gap >= 0) bad(`选项${LETTERS[gap]}`, "选项应从 A 起连续填写，中间不能空");
      const letters = [...key.toUpperCase().replace(/[\s,，、;；]/g, "")];
      if (!key) bad("正确答案", "不能为空");
      for (const l of letters) {
        const i = LETTERS.indexOf(l as (typeof LETTERS)[number]);
        if (i < 0 || !filled[i]) bad("正确答案", `「${l}」不是已填写的选项`);
      }
      const misBy = new Map<string, string>();
      for (const line of mis
        .split(/\n|[|｜]/)
        .map((s) => s.trim())
        .filter(Boolean)) {
        const m = /^([A-Fa-f])\s*[：:.．、]\s*(.+)$/s.exec(line);
        if (!m) bad("误区", `「${line}」应写成「B：误区说明」`);
        else misBy.set(m[1].toUpperCase(), m[2].trim());
      }
      q.options = filled
        .map((text, i) => ({ text, l: LETTERS[i] }))
        .filter((o) => o.text)
        .map((o) => ({
          id: o.l.toLowerCase(),
          text: o.text,
          correct: letters.includes(o.l),
          ...(misBy.has(o.l) ? { misconception: misBy.get(o.l) } : {}),
        }));
    }
    problems.push(...local);
    if (!local.length) out.push({ input: q, where, column: columnFor });
  }
  return out;
}

/* ------------------------------------------------------------------ import */

const fmtJsonPath = (prefix: string, path: string) =>
  `${prefix}${
    path
      ? path
          .split(".")
          .map((p) => (/^\d+$/.test(p) ? `[${p}]` : `.${p}`))
          .join("")
      : ""
  }`;

function locate(c: Candidate, p: Problem): ImportProblem {
  if (c.column) return { where: c.where, field: c.column(p.path) ?? p.label, message: p.message };
  return { where: fmtJsonPath(c.where, p.path), field: p.label, message: p.message };
}

/** Fields the sheet cannot express are kept from the existing question of the same type. */
function mergeKept(input: Record<string, unknown>, existing: TQuestion | undefined): Record<string, unknown> {
  if (!existing || existing.type !== input.type) return input;
  return { ...input, difficulty: existing.difficulty, ...(existing.citation ? { citation: existing.citation } : {}) };
}

export type ImportFormat = "json" | "xlsx";

/** Which format a file is: by its first bytes, cross-checked with its name. */
export function detectFormat(name: string, bytes: Uint8Array): ImportFormat | { error: string } {
  const zip = bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (ext === "xlsx") return zip ? "xlsx" : { error: "文件扩展名是 .xlsx，但内容不是 XLSX 工作簿" };
  if (ext === "json") return zip ? { error: "文件扩展名是 .json，但内容是压缩包" } : "json";
  return { error: "只能导入 .json 或 .xlsx 文件" };
}

/**
 * Validates a file as a whole and, with `apply`, writes it in one transaction: new questions are
 * created (origin admin, as drafts unless `publish`), changed ones get a new version, unchanged
 * ones are left alone. With any problem nothing is written and every problem is reported.
 */
export async function importQuestions(
  d: Db,
  actorId: number,
  file: { name: string; bytes: Uint8Array },
  opts: { apply: boolean; publish?: boolean },
): Promise<ImportReport> {
  const problems: ImportProblem[] = [];
  const plan: ImportReport["plan"] = { create: [], update: [], unchanged: [] };
  if (file.bytes.length > MAX_IMPORT_BYTES) throw new UserError(`文件过大：不能超过 ${MAX_IMPORT_BYTES / 1024 / 1024} MB`);
  if (file.bytes.length === 0) throw new UserError("文件是空的");
  const format = detectFormat(file.name, file.bytes);
  if (typeof format !== "string") throw new UserError(format.error);
  const report = (total: number): ImportReport => ({ format, total, problems, plan, applied: false });

  const candidates =
    format === "json" ? jsonCandidates(new TextDecoder("utf-8", { fatal: false }).decode(file.bytes), problems) : await xlsxCandidates(file.bytes, problems);
  if (candidates.length > MAX_IMPORT_QUESTIONS) throw new UserError(`一次最多导入 ${MAX_IMPORT_QUESTIONS} 道题，文件中有 ${candidates.length} 道`);
  if (!candidates.length && !problems.length) problems.push({ where: "文件", field: "题目", message: "文件中没有题目" });

  // Current versions of the ids in the file (for the plan, and for what a sheet cannot express).
  const ids = candidates.map((c) => (c.input as { id?: unknown })?.id).filter((x): x is string => typeof x === "string");
  const existing = new Map(
    (
      await d.raw.query<{ id: string; status: QuestionStatus; hash: string; payload: TQuestion }>(
        `SELECT q.id, q.status, v.content_hash AS hash, v.payload FROM question q
         JOIN question_version v ON v.question_id = q.id AND v.version = q.current_version WHERE q.id = ANY($1::text[])`,
        [ids],
      )
    ).map((r) => [r.id, r]),
  );

  const known = await knownReferences(d);
  const valid: { q: TQuestion; where: string }[] = [];
  const seen = new Map<string, string>();
  for (const c of candidates) {
    const input = c.column ? mergeKept(c.input as Record<string, unknown>, existing.get((c.input as { id: string }).id)?.payload) : c.input;
    const v = validateQuestion(input);
    if (!v.ok) {
      problems.push(...v.problems.map((p) => locate(c, p)));
      continue;
    }
    const refs = referenceProblems(v.question, known);
    if (refs.length) {
      problems.push(...refs.map((p) => locate(c, p)));
      continue;
    }
    const dup = seen.get(v.question.id);
    if (dup) {
      problems.push(locate(c, { path: "id", label: "标识", message: `标识「${v.question.id}」与 ${dup} 重复` }));
      continue;
    }
    seen.set(v.question.id, c.where);
    valid.push({ q: v.question, where: c.where });
  }
  for (const { q } of valid) {
    const row = existing.get(q.id);
    if (!row) plan.create.push(q.id);
    else if (row.hash === versionData(q).contentHash) plan.unchanged.push(q.id);
    else plan.update.push(q.id);
  }
  if (problems.length || !opts.apply) return report(candidates.length);

  try {
    await authorTx(
      d,
      async (t) => {
        const audits: AuditEntry[] = [];
        for (const { q } of valid) {
          const data = versionData(q);
          const row = existing.get(q.id);
          if (!row) {
            await t.prisma.question.create({
              data: {
                id: q.id,
                origin: "admin",
                status: opts.publish ? "PUBLISHED" : "DRAFT",
                moduleSlug: q.module,
                type: q.type,
                currentVersion: 1,
                versions: { create: { version: 1, ...data, createdById: actorId } },
              },
            });
            audits.push({
              actorId,
              action: "question.create",
              entity: "question",
              entityId: q.id,
              after: { version: 1, via: "import", type: q.type, module: q.module },
            });
          } else if (row.hash !== data.contentHash) {
            const [cur] = await t.q<{ current_version: number; max_version: number }>(
              `SELECT current_version, (SELECT max(version) FROM question_version WHERE question_id = q.id) AS max_version FROM question q WHERE id = $1 FOR UPDATE`,
              [q.id],
            );
            const version = cur.max_version + 1;
            await t.prisma.questionVersion.create({ data: { questionId: q.id, version, ...data, createdById: actorId } });
            await t.prisma.question.update({ where: { id: q.id }, data: { currentVersion: version, origin: "admin", moduleSlug: q.module, type: q.type } });
            audits.push({
              actorId,
              action: "question.edit",
              entity: "question",
              entityId: q.id,
              before: { version: cur.current_version },
              after: { version, via: "import", contentHash: data.contentHash },
            });
          }
        }
        audits.push({
          actorId,
          action: "question.import",
          entity: "question",
          after: {
            file: file.name.slice(0, 200),
            format,
            created: plan.create.length,
            updated: plan.update.length,
            unchanged: plan.unchanged.length,
            published: Boolean(opts.publish),
          },
        });
        for (const a of audits) await recordAudit(t, a);
      },
      { timeout: 300_000 },
    );
  } catch (e) {
    if (isUniqueViolation(e)) throw new UserError("导入期间题目被他人修改，未作任何修改，请重新导入");
    throw e;
  }
  return { ...report(candidates.length), applied: true };
}
