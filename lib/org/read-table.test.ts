import ExcelJS from "exceljs";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { deflatedRepeat, probeZipBomb, zipOf } from "../test/zip-fixtures";
import { FILE_ERRORS, MAX_ROWS, MAX_UNZIPPED_BYTES, MAX_UPLOAD_BYTES, cellText, parseCsv, readTable } from "./read-table";

const utf8 = (s: string) => new TextEncoder().encode(s);

describe("CSV", () => {
  test("quotes, doubled quotes, commas and line breaks inside fields; rows numbered as a spreadsheet shows them", () => {
    const text = '\ufeff姓名,登录名,备注\r\n"张,三",zs,"说""好""的"\r\n李四,ls,"两行\n备注"\n王五,ww,\r末行,last,x';
    expect(parseCsv(text)).toEqual([
      { row: 1, cells: ["姓名", "登录名", "备注"] },
      { row: 2, cells: ["张,三", "zs", '说"好"的'] },
      { row: 3, cells: ["李四", "ls", "两行\n备注"] },
      { row: 4, cells: ["王五", "ww", ""] },
      { row: 5, cells: ["末行", "last", "x"] },
    ]);
  });

  test("an unclosed quote is refused with its row", () => {
    expect(() => parseCsv('a,b\n1,"2\n3,4\n')).toThrow(FILE_ERRORS.unclosedQuote(2));
  });

  test("any table survives writing as RFC 4180 CSV and reading back", () => {
    const cell = fc.string({ unit: fc.constantFrom("a", "张", ",", '"', "\n", "\r\n", " ", "1", "\u3000") });
    const quote = (s: string) => (/[",\r\n]/.test(s) || s === "" ? `"${s.replace(/"/g, '""')}"` : s);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }).chain((w) => fc.array(fc.array(cell, { minLength: w, maxLength: w }), { minLength: 1, maxLength: 8 })),
        (rows) => {
          const text = rows.map((r) => r.map(quote).join(",")).join("\r\n");
          expect(parseCsv(text).map((r) => r.cells)).toEqual(rows);
        },
      ),
    );
  });

  test("a UTF-8 file with or without BOM reads the same; GBK is refused with how to save it", async () => {
    const body = "姓名,登录名,单位编码\n张三,zs,u1\n";
    const a = await readTable(utf8(body), "成员.csv");
    const b = await readTable(utf8("\ufeff" + body), "成员.csv");
    expect(a).toEqual(b);
    expect(a).toEqual({ format: "csv", header: ["姓名", "登录名", "单位编码"], rows: [{ row: 2, cells: ["张三", "zs", "u1"] }] });
    const gbk = new Uint8Array([0xd0, 0xd5, 0xc3, 0xfb, 0x2c, 0x61, 0x0a]); // "姓名,a" in GBK
    await expect(readTable(gbk, "members.csv")).rejects.toThrow(FILE_ERRORS.notUtf8);
  });

  test(`more than ${MAX_ROWS.toLocaleString()} data rows are refused`, async () => {
    const text = "姓名,登录名\n" + "a,b\n".repeat(MAX_ROWS + 1);
    await expect(readTable(utf8(text), "big.csv")).rejects.toThrow(FILE_ERRORS.tooManyRows);
    await expect(readTable(utf8("姓名,登录名\n" + "a,b\n".repeat(1000)), "ok.csv")).resolves.toMatchObject({ format: "csv" });
  });
});

describe("files refused as a whole, with a Chinese message", () => {
  test.each([
    ["empty", new Uint8Array(), "a.csv", FILE_ERRORS.empty],
    ["a PDF", utf8("%PDF-1.4"), "名单.pdf", FILE_ERRORS.wrongType],
    ["no extension", utf8("姓名\n"), "名单", FILE_ERRORS.wrongType],
    ["legacy .xls", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), "名单.xls", FILE_ERRORS.legacyXls],
    ["an OLE file named .xlsx (password-protected Excel)", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]), "名单.xlsx", FILE_ERRORS.legacyXls],
    ["text named .xlsx", utf8("姓名,登录名\n"), "名单.xlsx", FILE_ERRORS.badXlsx],
    ["a zip named .csv", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]), "名单.csv", FILE_ERRORS.binaryCsv],
    ["binary named .csv", new Uint8Array([0x41, 0x00, 0x42]), "名单.csv", FILE_ERRORS.binaryCsv],
    [
      "a truncated zip",
      new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22]),
      "名单.xlsx",
      FILE_ERRORS.badXlsx,
    ],
    ["header only in row 2", utf8("\n姓名,登录名\n"), "名单.csv", FILE_ERRORS.noHeader],
  ])("%s", async (_, bytes, name, message) => {
    await expect(readTable(bytes, name)).rejects.toThrow(message);
  });

  test("over 20 MB", async () => {
    await expect(readTable(new Uint8Array(MAX_UPLOAD_BYTES + 1).fill(0x61), "big.csv")).rejects.toThrow(FILE_ERRORS.tooLarge);
  });

  test("a zip that is not a workbook", async () => {
    const zip = zipOf([{ name: "hello.txt", data: Buffer.from("你好") }]);
    await expect(readTable(zip, "名单.xlsx")).rejects.toThrow(/无法读取|没有工作表/);
  });

  test("a zip bomb: under 1 MB that inflates past the budget is refused once the budget is spent, whatever its headers say", async () => {
    const big = MAX_UNZIPPED_BYTES + 1024 * 1024;
    const bomb = await deflatedRepeat(big);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const honest = zipOf([{ name: "xl/worksheets/sheet1.xml", data: bomb, deflated: true, declared: big }]);
    await expect(readTable(honest, "炸弹.xlsx")).rejects.toThrow(FILE_ERRORS.zipBomb);
    const lying = zipOf([{ name: "xl/worksheets/sheet1.xml", data: bomb, deflated: true, declared: 1000 }]);
    const rss = process.memoryUsage().rss;
    await expect(readTable(lying, "炸弹.xlsx")).rejects.toThrow(FILE_ERRORS.zipBomb);
    expect(process.memoryUsage().rss - rss).toBeLessThan(MAX_UNZIPPED_BYTES + 50 * 1024 * 1024);
  });

  test("the probe's 408 KB bomb, and an archive of too many parts, are refused with their own message", async () => {
    await expect(readTable(await probeZipBomb(), "炸弹.xlsx")).rejects.toThrow(FILE_ERRORS.zipBomb);
    const parts = Array.from({ length: 3_000 }, (_, i) => ({ name: `p${i}`, data: Buffer.from("x") }));
    await expect(readTable(zipOf(parts), "多.xlsx")).rejects.toThrow(FILE_ERRORS.tooManyParts);
  });

  test("an entry with the encryption flag is not a workbook", async () => {
    await expect(readTable(zipOf([{ name: "xl/workbook.xml", data: Buffer.alloc(40, 0xa5), method: 0, flags: 1 }]), "密.xlsx")).rejects.toThrow(
      /无法读取|没有工作表/,
    );
  });
});

describe("XLSX", () => {
  test("the first sheet is read as text: numbers without exponent, rich text joined, formula results", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("成员");
    ws.addRow(["姓名", "登录名", "手机号", "备注"]);
    ws.addRow([{ richText: [{ text: "张" }, { text: "三" }] }, "zs", 13800138000, { formula: "1+1", result: 2 }]);
    ws.addRow([]);
    ws.addRow(["李四", "ls", "13900139000", null]);
    wb.addWorksheet("说明").addRow(["不读这里"]);
    const t = await readTable(Buffer.from(await wb.xlsx.writeBuffer()), "成员.XLSX");
    expect(t).toEqual({
      format: "xlsx",
      header: ["姓名", "登录名", "手机号", "备注"],
      rows: [
        { row: 2, cells: ["张三", "zs", "13800138000", "2"] },
        { row: 4, cells: ["李四", "ls", "13900139000"] },
      ],
    });
  });

  test("no character is split: 20,000 Chinese names (and one beyond the BMP) read back exactly", async () => {
    // exceljs's streaming reader alone turns about one name in 3,000 into "邱俊���" (a character
    // cut at a chunk boundary); see asciiXml.
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("成员");
    ws.addRow(["姓名"]);
    const names = Array.from({ length: 20_000 }, (_, i) =>
      String.fromCodePoint(0x4e00 + ((i * 7919) % 20_000), 0x4e00 + ((i * 104_729) % 20_000), 0x4e00 + (i % 97)),
    );
    names[123] = "𠮷野家"; // a surrogate pair
    for (const n of names) ws.addRow([n]);
    const t = await readTable(Buffer.from(await wb.xlsx.writeBuffer()), "成员.xlsx");
    expect(t.rows.map((r) => r.cells[0])).toEqual(names);
  });

  test(`a sheet of more than ${MAX_ROWS.toLocaleString()} rows is refused`, async () => {
    const rows = (n: number) => {
      let xml = '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
      xml += '<row r="1"><c r="A1" t="inlineStr"><is><t>姓名</t></is></c></row>';
      for (let r = 2; r <= n + 1; r++) xml += `<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`;
      return Buffer.from(xml + "</sheetData></worksheet>");
    };
    await expect(readTable(zipOf([{ name: "xl/worksheets/sheet1.xml", data: rows(MAX_ROWS + 1) }]), "大.xlsx")).rejects.toThrow(FILE_ERRORS.tooManyRows);
    const ok = await readTable(zipOf([{ name: "xl/worksheets/sheet1.xml", data: rows(10) }]), "小.xlsx");
    expect(ok.header).toEqual(["姓名"]);
    expect(ok.rows).toHaveLength(10);
  });

  test("a sheet whose shared strings are missing is refused, not read as blanks", async () => {
    const sheet = Buffer.from(
      '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2" t="s"><v>1</v></c></row></sheetData></worksheet>',
    );
    await expect(readTable(zipOf([{ name: "xl/worksheets/sheet1.xml", data: sheet }]), "缺.xlsx")).rejects.toThrow(/无法读取|表头|没有工作表/);
  });

  test("a truncated workbook is refused", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("成员").addRow(["姓名"]);
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    await expect(readTable(buf.subarray(0, buf.length - 100), "成员.xlsx")).rejects.toThrow(FILE_ERRORS.badXlsx);
  });

  test("a named sheet is read when present (else the first), with the caller's row limit", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("说明").addRows([["不读这里"], ["也不读"]]);
    wb.addWorksheet("题目").addRows([["题干"], ["一"], ["二"], ["三"]]);
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    expect((await readTable(buf, "q.xlsx", { sheet: "题目" })).rows.map((r) => r.cells[0])).toEqual(["一", "二", "三"]);
    expect((await readTable(buf, "q.xlsx", { sheet: "没有" })).header).toEqual(["不读这里"]);
    await expect(readTable(buf, "q.xlsx", { sheet: "题目", maxRows: 2 })).rejects.toThrow("数据超过 2 行");
  });

  test("cell values", () => {
    expect(cellText(13800138000)).toBe("13800138000");
    expect(cellText(1.5)).toBe("1.5");
    expect(cellText({ text: "链接", hyperlink: "http://x" })).toBe("链接");
    expect(cellText({ error: "#N/A" })).toBe("#N/A");
    expect(cellText(new Date("2026-01-02T00:00:00Z"))).toBe("2026-01-02");
  });
});
