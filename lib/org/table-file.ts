/**
 * What an uploaded table file may be, and the Chinese messages for a file refused as a whole:
 * shared by the CSV and XLSX readers (table-csv.ts, table-xlsx.ts) and readTable (read-table.ts).
 */
import { UserError } from "../errors";
import type { ArchiveLimits } from "../files/archive";

export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
export const MAX_ROWS = 200_000;
/** A 200,000-row sheet is ~60 MB of XML; anything far beyond is not a member list. */
export const MAX_UNZIPPED_BYTES = 150 * 1024 * 1024;
/**
 * A real workbook's parts compress 5–20 to 1; a 100 to 1 archive past its first 10 MB is a bomb
 * (Apache POI refuses the same ratio by default).
 */
export const MEMBER_ARCHIVE_LIMITS: ArchiveLimits = { maxEntries: 2_000, maxTotalBytes: MAX_UNZIPPED_BYTES, maxRatio: 100, graceBytes: 10 * 1024 * 1024 };
export const MAX_COLUMNS = 64;
export const MAX_CELL_CHARS = 2_000;

export const FILE_ERRORS = {
  empty: "文件是空的",
  tooLarge: `文件超过 ${MAX_UPLOAD_BYTES / 1024 / 1024} MB，请拆分后分批导入`,
  tooManyRows: tooManyRowsMessage(MAX_ROWS),
  wrongType: "仅支持 .xlsx（Excel）或 .csv（UTF-8）文件",
  legacyXls: "不支持旧版 .xls 文件或设置了密码的 Excel 文件，请在 Excel 中“另存为” .xlsx 后重新上传",
  badXlsx: "无法读取该 Excel 文件：文件已损坏或不是 .xlsx 格式",
  zipBomb: "Excel 文件解压后过大，已拒绝（可能是恶意构造的文件）",
  tooManyParts: "Excel 文件包含的部件过多，已拒绝（可能是恶意构造的文件）",
  noSheet: "Excel 文件中没有工作表",
  notUtf8: "CSV 文件不是 UTF-8 编码（Excel 默认的“CSV”在中文系统中是 GBK）。请在 Excel 中选择“另存为 → CSV UTF-8（逗号分隔）”后重新上传",
  binaryCsv: "CSV 文件含有二进制内容，不是文本文件",
  unclosedQuote: (row: number) => `CSV 格式错误：第 ${row} 行的引号没有闭合`,
  noHeader: "文件第 1 行应为表头",
} as const;

export function tooManyRowsMessage(max: number): string {
  return `数据超过 ${max.toLocaleString("en-US")} 行，请拆分后分批导入`;
}

/** Raised for a file refused as a whole; the message is for the user. */
export class FileRejected extends UserError {}

export interface Table {
  format: "xlsx" | "csv";
  header: string[];
  /** Data rows with their row number in the file (the header is row 1); blank rows are skipped. */
  rows: { row: number; cells: string[] }[];
}

export type FileFormat = "xlsx" | "csv";
