/**
 * Reading an uploaded member file (XLSX or CSV) into rows of text, or refusing it with a Chinese
 * message before anything else happens. Limits hold whatever the file claims about itself:
 * - at most MAX_UPLOAD_BYTES uploaded and MAX_ROWS data rows (callers may set lower limits: the
 *   question import does);
 * - an XLSX goes through the guarded archive reader within MEMBER_ARCHIVE_LIMITS (table-xlsx.ts);
 * - a CSV must be UTF-8 (table-csv.ts).
 */
import type { ArchiveLimits } from "../files/archive";
import { readCsv } from "./table-csv";
import { FILE_ERRORS, FileRejected, MAX_CELL_CHARS, MAX_ROWS, MAX_UPLOAD_BYTES, MEMBER_ARCHIVE_LIMITS, type FileFormat, type Table } from "./table-file";
import { readXlsx } from "./table-xlsx";

export { parseCsv } from "./table-csv";
export { cellText } from "./table-xlsx";
export * from "./table-file";

/** Decides the format from the name and the first bytes, agreeing with each other. */
export function detectFormat(buf: Uint8Array, fileName: string): FileFormat {
  const ext = /\.([A-Za-z0-9]+)$/.exec(fileName.trim())?.[1]?.toLowerCase() ?? "";
  const isZip = buf[0] === 0x50 && buf[1] === 0x4b && buf[2] === 0x03 && buf[3] === 0x04;
  const isOle = buf[0] === 0xd0 && buf[1] === 0xcf && buf[2] === 0x11 && buf[3] === 0xe0;
  if (ext === "xls" || isOle) throw new FileRejected(FILE_ERRORS.legacyXls);
  if (ext === "xlsx") {
    if (!isZip) throw new FileRejected(FILE_ERRORS.badXlsx);
    return "xlsx";
  }
  if (ext === "csv" || ext === "txt") {
    if (isZip) throw new FileRejected(FILE_ERRORS.binaryCsv);
    return "csv";
  }
  throw new FileRejected(FILE_ERRORS.wrongType);
}

export interface TableOptions {
  /** Data rows at most (default MAX_ROWS). */
  maxRows?: number;
  /** The archive limits for an XLSX (default MEMBER_ARCHIVE_LIMITS). */
  limits?: ArchiveLimits;
  /** Read the sheet of this name when the workbook has one, else the first sheet. */
  sheet?: string;
  /** Characters kept per cell (default 2,000). */
  maxCellChars?: number;
}

export async function readTable(buf: Uint8Array, fileName: string, opts: TableOptions = {}): Promise<Table> {
  if (buf.length === 0) throw new FileRejected(FILE_ERRORS.empty);
  if (buf.length > MAX_UPLOAD_BYTES) throw new FileRejected(FILE_ERRORS.tooLarge);
  const format = detectFormat(buf, fileName);
  const maxRows = opts.maxRows ?? MAX_ROWS;
  const records =
    format === "xlsx"
      ? await readXlsx(Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength), {
          maxRows,
          maxCellChars: opts.maxCellChars ?? MAX_CELL_CHARS,
          limits: opts.limits ?? MEMBER_ARCHIVE_LIMITS,
          sheet: opts.sheet,
        })
      : readCsv(buf, maxRows);
  return toTable(format, records);
}

function toTable(format: FileFormat, records: { row: number; cells: string[] }[]): Table {
  const first = records[0];
  if (!first || first.row !== 1 || first.cells.every((c) => c === "")) throw new FileRejected(FILE_ERRORS.noHeader);
  return { format, header: first.cells.map((c) => c.trim()), rows: records.slice(1) };
}
