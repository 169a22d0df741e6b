/**
 * Reading an uploaded member file (XLSX or CSV) into rows of text, or refusing it with a Chinese
 * message before anything else happens. Limits hold whatever the file claims about itself:
 * - at most MAX_UPLOAD_BYTES uploaded and MAX_ROWS data rows;
 * - an XLSX is a zip: before exceljs opens it, every entry is inflated here against one budget
 *   for the archive, so a zip bomb — whose headers may lie about sizes — is refused after at most
 *   MAX_UNZIPPED_BYTES of inflating, instead of exhausting memory;
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
import { constants as zlibConstants, createInflateRaw, crc32, deflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";
import { UserError } from "../errors";

export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
export const MAX_ROWS = 200_000;
/** A 200,000-row sheet is ~60 MB of XML; anything far beyond is not a member list. */
export const MAX_UNZIPPED_BYTES = 150 * 1024 * 1024;
const MAX_ZIP_ENTRIES = 2_000;
const MAX_COLUMNS = 64;
const MAX_CELL_CHARS = 2_000;

export const FILE_ERRORS = {
  empty: "文件是空的",
  tooLarge: `文件超过 ${MAX_UPLOAD_BYTES / 1024 / 1024} MB，请拆分后分批导入`,
  tooManyRows: `数据超过 ${MAX_ROWS.toLocaleString("en-US")} 行，请拆分后分批导入`,
  wrongType: "仅支持 .xlsx（Excel）或 .csv（UTF-8）文件",
  legacyXls: "不支持旧版 .xls 文件或设置了密码的 Excel 文件，请在 Excel 中“另存为” .xlsx 后重新上传",
  badXlsx: "无法读取该 Excel 文件：文件已损坏或不是 .xlsx 格式",
  zipBomb: "Excel 文件解压后过大，已拒绝（可能是恶意构造的文件）",
  encrypted: "Excel 文件已加密，请取消加密后重新上传",
  noSheet: "Excel 文件中没有工作表",
  notUtf8: "CSV 文件不是 UTF-8 编码（Excel 默认的“CSV”在中文系统中是 GBK）。请在 Excel 中选择“另存为 → CSV UTF-8（逗号分隔）”后重新上传",
  binaryCsv: "CSV 文件含有二进制内容，不是文本文件",
  unclosedQuote: (row: number) => `CSV 格式错误：第 ${row} 行的引号没有闭合`,
  noHeader: "文件第 1 行应为表头",
} as const;

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

export async function readTable(buf: Uint8Array, fileName: string): Promise<Table> {
  if (buf.length === 0) throw new FileRejected(FILE_ERRORS.empty);
  if (buf.length > MAX_UPLOAD_BYTES) throw new FileRejected(FILE_ERRORS.tooLarge);
  const format = detectFormat(buf, fileName);
  const records = format === "xlsx" ? await readXlsx(Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength)) : readCsv(buf);
  return toTable(format, records);
}

function toTable(format: FileFormat, records: { row: number; cells: string[] }[]): Table {
  const first = records[0];
  if (!first || first.row !== 1 || first.cells.every((c) => c === "")) throw new FileRejected(FILE_ERRORS.noHeader);
  return { format, header: first.cells.map((c) => c.trim()), rows: records.slice(1) };
}

/* ------------------------------------------------------------------ CSV */

function readCsv(buf: Uint8Array): { row: number; cells: string[] }[] {
  if (buf.includes(0)) throw new FileRejected(FILE_ERRORS.binaryCsv);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(buf);
  } catch {
    throw new FileRejected(FILE_ERRORS.notUtf8);
  }
  return parseCsv(text).filter((r) => r.cells.some((c) => c.trim() !== ""));
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
    if (out.length >= maxRecords) throw new FileRejected(FILE_ERRORS.tooManyRows);
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

/** Inflates a deflated entry, refusing it as soon as it passes `limit` bytes. */
function inflateCapped(data: Buffer, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const z = createInflateRaw();
    const parts: Buffer[] = [];
    let n = 0;
    let settled = false;
    const fail = (message: string) => {
      if (settled) return;
      settled = true;
      z.destroy();
      reject(new FileRejected(message));
    };
    z.on("data", (chunk: Buffer) => {
      n += chunk.length;
      if (n > limit) fail(FILE_ERRORS.zipBomb);
      else parts.push(chunk);
    });
    z.on("error", () => fail(FILE_ERRORS.badXlsx));
    z.on("end", () => {
      if (!settled) {
        settled = true;
        resolve(Buffer.concat(parts, n));
      }
    });
    z.end(data);
  });
}

export interface ZipEntry {
  name: string;
  data: Buffer;
}

/**
 * Walks the zip's central directory and inflates every entry against one budget for the whole
 * archive, so whatever the headers claim, no more than `budget` bytes are ever produced.
 * Throws FileRejected for a bomb, an encrypted or a malformed archive.
 */
export async function unzipCapped(buf: Buffer, budget = MAX_UNZIPPED_BYTES): Promise<ZipEntry[]> {
  const eocdSig = 0x06054b50;
  let eocd = -1;
  for (let p = buf.length - 22; p >= Math.max(0, buf.length - 22 - 0xffff); p--) {
    if (buf.readUInt32LE(p) === eocdSig) {
      eocd = p;
      break;
    }
  }
  if (eocd < 0) throw new FileRejected(FILE_ERRORS.badXlsx);
  const count = buf.readUInt16LE(eocd + 10);
  const cdSize = buf.readUInt32LE(eocd + 12);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) throw new FileRejected(FILE_ERRORS.badXlsx); // zip64: no member list needs it
  if (count > MAX_ZIP_ENTRIES) throw new FileRejected(FILE_ERRORS.zipBomb);
  if (cdOffset + cdSize > buf.length) throw new FileRejected(FILE_ERRORS.badXlsx);
  const out: ZipEntry[] = [];
  let p = cdOffset;
  let left = budget;
  for (let k = 0; k < count; k++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) throw new FileRejected(FILE_ERRORS.badXlsx);
    const flags = buf.readUInt16LE(p + 8);
    const method = buf.readUInt16LE(p + 10);
    const compressed = buf.readUInt32LE(p + 20);
    const declared = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString("utf8", p + 46, p + 46 + nameLen);
    p += 46 + nameLen + extraLen + commentLen;
    if (flags & 0x1) throw new FileRejected(FILE_ERRORS.encrypted);
    if (declared > left) throw new FileRejected(FILE_ERRORS.zipBomb);
    if (local + 30 > buf.length || buf.readUInt32LE(local) !== 0x04034b50) throw new FileRejected(FILE_ERRORS.badXlsx);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    if (start + compressed > buf.length) throw new FileRejected(FILE_ERRORS.badXlsx);
    const raw = buf.subarray(start, start + compressed);
    let data: Buffer;
    if (method === 0) data = raw;
    else if (method === 8) data = await inflateCapped(raw, left);
    else throw new FileRejected(FILE_ERRORS.badXlsx);
    if (data.length > left) throw new FileRejected(FILE_ERRORS.zipBomb);
    left -= data.length;
    if (!name.endsWith("/")) out.push({ name, data });
  }
  return out;
}

/** Only checks (the tests' view of unzipCapped). */
export async function checkZip(buf: Buffer, budget = MAX_UNZIPPED_BYTES): Promise<void> {
  await unzipCapped(buf, budget);
}

/** XML with every non-ASCII character as a numeric character reference: the same document, ASCII only. */
export function asciiXml(xml: string): string {
  return (xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml).replace(/[^\x00-\x7f]/gu, (c) => `&#${c.codePointAt(0)};`);
}

/** A zip of the entries, deflated at the fastest level. */
function deflatedZip(entries: ZipEntry[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    const crc = crc32(e.data);
    const body = deflateRawSync(e.data, { level: zlibConstants.Z_BEST_SPEED });
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // names in UTF-8
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(e.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(0x0800, 8);
    cd.writeUInt16LE(8, 10);
    cd.writeUInt32LE(crc, 16);
    cd.writeUInt32LE(body.length, 20);
    cd.writeUInt32LE(e.data.length, 24);
    cd.writeUInt16LE(name.length, 28);
    cd.writeUInt32LE(offset, 42);
    parts.push(local, name, body);
    central.push(cd, name);
    offset += 30 + name.length + body.length;
  }
  const cdBuf = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cdBuf.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, cdBuf, end]);
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
async function safeWorkbook(buf: Buffer): Promise<Buffer> {
  const entries = (await unzipCapped(buf)).sort((a, b) => partOrder(a.name) - partOrder(b.name));
  return deflatedZip(entries.map((e) => (TEXT_PARTS.test(e.name) ? { name: e.name, data: Buffer.from(asciiXml(e.data.toString("utf8")), "latin1") } : e)));
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

function toRecord(values: unknown[], number: number, out: Records): boolean {
  const cells: string[] = [];
  for (let c = 1; c < Math.min(values.length, MAX_COLUMNS + 1); c++) {
    const v = values[c];
    if (v !== null && typeof v === "object" && "sharedString" in v) throw new UnresolvedStrings();
    cells.push(cellText(v).slice(0, MAX_CELL_CHARS));
  }
  if (!cells.some((c) => c.trim() !== "")) return false;
  if (out.length > MAX_ROWS) return true;
  out.push({ row: number, cells });
  return false;
}

/** The first sheet through exceljs's streaming reader (bounded memory). */
async function streamFirstSheet(safe: Buffer): Promise<{ out: Records; sheets: number; tooMany: boolean }> {
  const out: Records = [];
  let sheets = 0;
  let tooMany = false;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(chunked(safe), {
    sharedStrings: "cache",
    worksheets: "emit",
    hyperlinks: "ignore",
    styles: "ignore",
    entries: "ignore",
  });
  for await (const sheet of reader) {
    // Only the first sheet holds members (the template's second sheet is the instructions).
    if (sheets++ > 0) {
      for await (const _ of sheet) void _;
      continue;
    }
    // Read to the end even when over the limit: exceljs removes a sheet's temporary file only
    // after the sheet has been read through.
    for await (const row of sheet) {
      const r = row as unknown as { values: unknown[]; number: number };
      if (toRecord(r.values, r.number, out)) tooMany = true;
    }
  }
  return { out, sheets, tooMany };
}

/** The first sheet through exceljs's whole-file reader: more memory, no streaming races. */
async function loadFirstSheet(safe: Buffer): Promise<{ out: Records; sheets: number; tooMany: boolean }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(safe.buffer.slice(safe.byteOffset, safe.byteOffset + safe.byteLength) as ArrayBuffer);
  const out: Records = [];
  let tooMany = false;
  wb.worksheets[0]?.eachRow((row, number) => {
    if (toRecord(row.values as unknown[], number, out)) tooMany = true;
  });
  return { out, sheets: wb.worksheets.length, tooMany };
}

async function readXlsx(buf: Buffer): Promise<Records> {
  const safe = await safeWorkbook(buf);
  let r: { out: Records; sheets: number; tooMany: boolean };
  try {
    try {
      r = await streamFirstSheet(safe);
    } catch (e) {
      // exceljs's streaming reader can race itself and hand out a sheet before the shared strings
      // (not seen in 40 runs with the archive as rebuilt above, against 32 in 40 with stored entries; a
      // blank name must not slip through):
      // read the same bytes again the other way.
      if (!(e instanceof UnresolvedStrings)) throw e;
      r = await loadFirstSheet(safe);
    }
  } catch (e) {
    if (e instanceof FileRejected) throw e;
    throw new FileRejected(FILE_ERRORS.badXlsx);
  }
  if (!r.sheets) throw new FileRejected(FILE_ERRORS.noSheet);
  if (r.tooMany) throw new FileRejected(FILE_ERRORS.tooManyRows);
  return r.out;
}
