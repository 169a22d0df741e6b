/**
 * CSV upload: UTF-8 only (with or without BOM); Excel's default "CSV" on Chinese Windows is GBK,
 * which is refused with how to save it properly rather than imported as mojibake.
 */
import { FILE_ERRORS, FileRejected, MAX_CELL_CHARS, MAX_COLUMNS, MAX_ROWS, tooManyRowsMessage } from "./table-file";

export function readCsv(buf: Uint8Array, maxRows: number): { row: number; cells: string[] }[] {
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
