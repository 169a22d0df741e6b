/**
 * The question workbook: single, multiple and true/false questions, one per row. Columns: id, 模块,
 * 题型, 题干, 选项A–F, 正确答案, 解析, 规则编码, 误区. Written by the export and the template
 * (transfer-export.ts) and read back by the import (transfer.ts). An empty id gets a stable one from
 * the module and the stem, so re-importing a file is idempotent.
 */
import { createHash } from "node:crypto";
import ExcelJS from "exceljs";
import type { TQuestion } from "../content/schema";
import { FILE_ERRORS, FileRejected, readTable, type Table } from "../org/read-table";
import { MAX_IMPORT_QUESTIONS, SIMPLE_TYPES, type Candidate, type ImportProblem } from "./transfer-report";

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

export function sheetOf(wb: ExcelJS.Workbook, modules: string[]) {
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

export function rowOf(q: TQuestion): (string | null)[] {
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

export const INSTRUCTIONS = [
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

export async function workbookBuffer(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
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
export function columnFor(path: string): string | null {
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

export const stableId = (module: string, stem: string) => `${module || "q"}-${createHash("sha1").update(stem).digest("hex").slice(0, 8)}`;

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

export async function xlsxCandidates(bytes: Uint8Array, problems: ImportProblem[]): Promise<Candidate[]> {
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
