/** What a question import reports, and the limits it holds to (transfer.ts, transfer-sheet.ts). */
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

export interface Candidate {
  /** The question as read, before validation. */
  input: unknown;
  /** JSON path prefix ("questions[3]") or row label ("第 5 行"). */
  where: string;
  /** XLSX: the column a field path maps to. */
  column?: (path: string) => string | null;
}
