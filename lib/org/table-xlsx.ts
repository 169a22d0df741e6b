/**
 * XLSX upload. An XLSX is a zip: before exceljs sees it, it is opened by the app's one guarded
 * archive reader (lib/files/archive.ts) within the caller's limits, so a zip bomb — whose headers
 * may lie about sizes — is refused after at most the budget of inflating.
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
import { ArchiveRejected, readArchive, writeArchive, type ArchiveEntry, type ArchiveLimits, type ChunkTransform } from "../files/archive";
import { FILE_ERRORS, FileRejected, MAX_COLUMNS, tooManyRowsMessage } from "./table-file";

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
function asciiXml(xml: string): string {
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
export type XlsxOptions = { maxRows: number; maxCellChars: number; limits: ArchiveLimits; sheet?: string };

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

export async function readXlsx(buf: Buffer, opts: XlsxOptions): Promise<Records> {
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
