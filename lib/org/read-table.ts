/**
 * Reading an uploaded member file (XLSX or CSV) into rows of text, or refusing it with a Chinese
 * message before anything else happens. Limits hold whatever the file claims about itself:
 * - at most MAX_UPLOAD_BYTES uploaded and MAX_ROWS data rows (callers may set lower limits: the
 *   question import does);
 * - an XLSX is a zip: before exceljs sees it, it is opened by the app's one guarded archive reader
 *   (lib/files/archive.ts) within MEMBER_ARCHIVE_LIMITS, so a zip bomb — whose headers may lie about
 *   sizes — is refused after at most the budget of inflating, instead of exhausting memory;
 * - a CSV must be UTF-8 (with or without BOM); Excel's default "CSV" on Chinese Windows is GBK,
 *   which is refused with how to save it properly rather than imported as mojibake.
 *
 * exceljs's streaming reader decodes each inflated chunk to text on its own, so a Chinese
 * character whose three UTF-8 bytes straddle a chunk boundary comes out as "���" (about one name
 * in 3,000 on a real file). The sheet and shared-string parts are therefore rewritten here with
 * every non-ASCII character as a numeric reference (&#37041;) — the same text to any XML parser,
 * but nothing left to split — and handed to exceljs re-zipped. (Deflated, not stored: with stored
 * entries exceljs's reader races itself and misses the shared strings about half the time.)
 */
import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import { UserError } from "../errors";
import { ArchiveRejected, readArchive, writeArchive, type ArchiveEntry, type ArchiveLimits, type ChunkTransform } from "../files/archive";

export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
export const MAX_ROWS = 200_000;
/** A 200,000-row sheet is ~60 MB of XML; anything far beyond is not a member list. */
export const MAX_UNZIPPED_BYTES = 150 * 1024 * 1024;
/**
 * A real workbook's parts compress 5–20 to 1; a 100 to 1 archive past its first 10 MB is a bomb
 * (Apache POI refuses the same ratio by default).
 */
export const MEMBER_ARCHIVE_LIMITS: ArchiveLimits = { maxEntries: 2_000, maxTotalBytes: MAX_UNZIPPED_BYTES, maxRatio: 100, graceBytes: 10 * 1024 * 1024 };
const MAX_COLUMNS = 64;
const MAX_CELL_CHARS = 2_000;

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

/* ------------------------------------------------------------------ CSV */

function readCsv(buf: Uint8Array, maxRows: number): { row: number; cells: string[] }[] {
  if (buf.includes(0)) throw new FileRejected(FILE_ERRORS.binaryCsv);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(buf);
  } catch {
    throw new FileRejected(FILE_ERRORS.notUtf8);
  }
  return parseCsv(text, maxRows + 1).filter((r) => r.cells.some((c) => c.trim() !== ""));
}

/**
 * RFC 4180: fields separated by commas, records by CRLF, LF or CR; a field in double quotes may
 * contain commas, line breaks and doubled quotes (""). A quote inside an unquoted field is kept as
 * is (Excel does the same). `row` counts records from 1, as a spreadsheet shows them.
 */
export function parseCsv(text: string, maxRecords = MAX_ROWS + 1): { row: number; cells: string[] }[] {
  const out: { row: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let field = "";
  let quoted = false;
  let fieldStart = true;
  let inRecord = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = text.length;
  const endRecord = () => {
    cells.push(field);
    if (out.length >= maxRecords) throw new FileRejected(tooManyRowsMessage(maxRecords - 1));
    out.push({ row: out.length + 1, cells: cells.length > MAX_COLUMNS ? cells.slice(0, MAX_COLUMNS) : cells });
    cells = [];
    field = "";
    fieldStart = true;
    inRecord = false;
  };
  while (i < n) {
    const ch = text[i];
    if (!quoted && (ch === "\r" || ch === "\n")) {
      endRecord();
      i += ch === "\r" && text[i + 1] === "\n" ? 2 : 1;
      continue;
    }
    inRecord = true;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      field += ch;
      i++;
      continue;
    }
    if (ch === '"' && fieldStart) {
      quoted = true;
      fieldStart = false;
      i++;
      continue;
    }
    if (ch === ",") {
      cells.push(field);
      field = "";
      fieldStart = true;
      i++;
      continue;
    }
    field += ch;
    fieldStart = false;
    i++;
  }
  if (quoted) throw new FileRejected(FILE_ERRORS.unclosedQuote(out.length + 1));
  // A last record without a final line break.
  if (inRecord) endRecord();
  for (const r of out) for (let k = 0; k < r.cells.length; k++) if (r.cells[k].length > MAX_CELL_CHARS) r.cells[k] = r.cells[k].slice(0, MAX_CELL_CHARS);
  return out;
}

/* ------------------------------------------------------------------ XLSX */

/** Every XLSX opened through readArchive's limits (lib/files/archive.ts): a bomb is refused, not inflated. */
async function unzipWorkbook(buf: Buffer, limits: ArchiveLimits): Promise<ArchiveEntry[]> {
  try {
    return await readArchive(buf, limits, (name) => (TEXT_PARTS.test(name) ? asciiChunks() : undefined));
  } catch (e) {
    if (!(e instanceof ArchiveRejected)) throw e;
    throw new FileRejected(e.problem === "tooLarge" ? FILE_ERRORS.zipBomb : e.problem === "tooManyEntries" ? FILE_ERRORS.tooManyParts : FILE_ERRORS.badXlsx);
  }
}

/** XML with every non-ASCII character as a numeric character reference: the same document, ASCII only. */
export function asciiXml(xml: string): string {
  return (xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml).replace(/[^\x00-\x7f]/gu, (c) => `&#${c.codePointAt(0)};`);
}

/** asciiXml as the part inflates, chunk by chunk (a character split between chunks is decoded whole): no part is ever one large string. */
function asciiChunks(): ChunkTransform {
  const decoder = new TextDecoder("utf-8", { ignoreBOM: false });
  return (chunk, final) => Buffer.from(asciiXml(decoder.decode(chunk, { stream: !final })), "latin1");
}

const TEXT_PARTS = /^xl\/(sharedStrings|worksheets\/sheet\d+)\.xml$/;

/**
 * exceljs's streaming reader handles parts in archive order. A sheet met before the shared strings
 * is parked in a temporary file and read at the end, once the workbook and the strings are known;
 * that path is also ten times faster than parsing a large sheet straight off the archive stream
 * (measured: 1.3 s against 14 s for 100,000 rows). So: the workbook parts first, then the sheets
 * by number (sheet1, the first sheet, first), the shared strings last.
 */
function partOrder(name: string): number {
  if (name === "xl/sharedStrings.xml") return 1_000_000;
  const rank = ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml"].indexOf(name);
  if (rank >= 0) return rank;
  const sheet = /^xl\/worksheets\/sheet(\d+)\.xml$/.exec(name);
  return sheet ? 100 + Number(sheet[1]) : 500_000;
}

/** The workbook with its text-bearing parts made ASCII-only and in reading order, for exceljs's streaming reader. */
async function safeWorkbook(buf: Buffer, limits: ArchiveLimits): Promise<{ zip: Buffer; inflated: number }> {
  const entries = (await unzipWorkbook(buf, limits)).sort((a, b) => partOrder(a.name) - partOrder(b.name));
  return { zip: writeArchive(entries), inflated: entries.reduce((n, e) => n + e.data.length, 0) };
}

/** The archive as a stream of 64 KB chunks (one 30 MB chunk makes the zip parser crawl). */
function chunked(buf: Buffer): Readable {
  const parts: Buffer[] = [];
  for (let i = 0; i < buf.length; i += 65_536) parts.push(buf.subarray(i, i + 65_536));
  return Readable.from(parts);
}

/** A cell as the text a person sees (numbers without exponent, rich text joined, formula results). */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number") return Number.isInteger(v) ? v.toFixed(0) : String(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object") {
    const o = v as { richText?: { text: string }[]; text?: unknown; result?: unknown; error?: string };
    if (Array.isArray(o.richText)) return o.richText.map((r) => r.text ?? "").join("");
    if ("result" in o) return cellText(o.result);
    if (o.text !== undefined) return cellText(o.text);
    if (typeof o.error === "string") return o.error;
  }
  return "";
}

/** A shared-string reference exceljs left unresolved (see readXlsx). */
class UnresolvedStrings extends Error {}

type Records = { row: number; cells: string[] }[];

function toRecord(values: unknown[], number: number, out: Records, opts: XlsxOptions): boolean {
  const cells: string[] = [];
  for (let c = 1; c < Math.min(values.length, MAX_COLUMNS + 1); c++) {
    const v = values[c];
    if (v !== null && typeof v === "object" && "sharedString" in v) throw new UnresolvedStrings();
    cells.push(cellText(v).slice(0, opts.maxCellChars));
  }
  if (!cells.some((c) => c.trim() !== "")) return false;
  if (out.length > opts.maxRows) return true;
  out.push({ row: number, cells });
  return false;
}

type SheetRead = { out: Records; sheets: number; tooMany: boolean };
type XlsxOptions = { maxRows: number; maxCellChars: number; limits: ArchiveLimits; sheet?: string };

/** The wanted sheet (by name, else the first) through exceljs's streaming reader (bounded memory). */
async function streamSheet(safe: Buffer, opts: XlsxOptions): Promise<SheetRead> {
  let read: SheetRead = { out: [], sheets: 0, tooMany: false };
  let sheets = 0;
  let named = false;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(chunked(safe), {
    sharedStrings: "cache",
    worksheets: "emit",
    hyperlinks: "ignore",
    styles: "ignore",
    entries: "ignore",
  });
  for await (const sheet of reader) {
    const name = (sheet as unknown as { name?: string }).name;
    // The first sheet, unless a later one has the wanted name (the templates' second sheet is the instructions).
    const wanted = sheets++ === 0 || (!named && opts.sheet !== undefined && name === opts.sheet);
    const here: SheetRead = { out: [], sheets: 0, tooMany: false };
    // Read to the end even when over the limit or unwanted: exceljs removes a sheet's temporary
    // file only after the sheet has been read through.
    for await (const row of sheet) {
      if (!wanted) continue;
      const r = row as unknown as { values: unknown[]; number: number };
      if (toRecord(r.values, r.number, here.out, opts)) here.tooMany = true;
    }
    if (wanted) {
      read = here;
      named = opts.sheet !== undefined && name === opts.sheet;
    }
  }
  return { ...read, sheets };
}

/** Whole-file reading holds the workbook as objects: only for small files (the fallback below). */
const LOAD_FALLBACK_BYTES = 16 * 1024 * 1024;

/** The wanted sheet through exceljs's whole-file reader: more memory, no streaming races. */
async function loadSheet(safe: Buffer, opts: XlsxOptions): Promise<SheetRead> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(safe.buffer.slice(safe.byteOffset, safe.byteOffset + safe.byteLength) as ArrayBuffer);
  const out: Records = [];
  let tooMany = false;
  ((opts.sheet ? wb.getWorksheet(opts.sheet) : undefined) ?? wb.worksheets[0])?.eachRow((row, number) => {
    if (toRecord(row.values as unknown[], number, out, opts)) tooMany = true;
  });
  return { out, sheets: wb.worksheets.length, tooMany };
}

async function readXlsx(buf: Buffer, opts: XlsxOptions): Promise<Records> {
  const { zip: safe, inflated } = await safeWorkbook(buf, opts.limits);
  let r: SheetRead;
  try {
    try {
      r = await streamSheet(safe, opts);
    } catch (e) {
      // exceljs's streaming reader can race itself and hand out a sheet before the shared strings
      // (not seen in 40 runs with the archive as rebuilt above, against 32 in 40 with stored entries; a
      // blank name must not slip through):
      // read the same bytes again the other way.
      if (!(e instanceof UnresolvedStrings) || inflated > LOAD_FALLBACK_BYTES) throw e;
      r = await loadSheet(safe, opts);
    }
  } catch (e) {
    if (e instanceof FileRejected) throw e;
    throw new FileRejected(FILE_ERRORS.badXlsx);
  }
  if (!r.sheets) throw new FileRejected(FILE_ERRORS.noSheet);
  if (r.tooMany) throw new FileRejected(tooManyRowsMessage(opts.maxRows));
  return r.out;
}
