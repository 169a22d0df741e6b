import ExcelJS from "exceljs";
import { beforeAll, expect, test } from "vitest";
import * as exportRoute from "@/app/(app)/branch/export/route";
import { issueToken } from "../api/tokens";
import { markLearned } from "../content/progress";
import { db } from "../db/client";
import { createMember } from "../org/members";
import { TEST_PASSWORD, makeMember, makeTree } from "../test/factories";
import { createAssignment } from "./assignments";
import { ledgerTable, memberListTable, neutralize, rollupTable, sheetName, toCsv, toXlsx } from "./exports";
import { inDays, setupCourse, sitQuiz } from "../test/tracking";
import { chinaDay } from "./time";

beforeAll(async () => {
  await setupCourse(db());
});

/** exceljs types its own Buffer; a Node Buffer is what it reads at run time. */
async function readXlsx(buf: Buffer | ArrayBuffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((Buffer.isBuffer(buf) ? buf : Buffer.from(buf)) as unknown as Parameters<typeof wb.xlsx.load>[0]);
  return wb;
}

const EVIL = ['=HYPERLINK("http://evil.example","点我")', "+SUM(1,2)", "-2+3", "@cmd|' /C calc'!A0"];

async function branchWithEvilNames() {
  const d = db();
  const t = await makeTree(d);
  const sec = await makeMember(d, t.branchA, "SECRETARY");
  const viewer = { id: sec.id, role: "SECRETARY" as const, unitId: t.branchA.id };
  const members = [];
  for (const [i, name] of EVIL.entries()) {
    members.push(
      await createMember(d, {
        username: `evil${i}${Date.now()}${Math.random().toString(36).slice(2, 6)}`,
        name,
        role: "CADRE",
        unitId: t.branchA.id,
        password: TEST_PASSWORD,
      }),
    );
  }
  const a = await createAssignment(d, viewer, { unitId: t.branchA.id, title: "=专题学习", course: true, exam: true, startsOn: inDays(0), dueOn: inDays(9) });
  await sitQuiz(d, members[0].id);
  // Learned every lesson that teaches P1 or P2 (the principles' own and a case).
  const lessons = await d.raw.query<{ id: string; rules: string[] }>(
    `SELECT id, rules FROM lesson WHERE rules && ARRAY['P1','P2']::text[] AND archived_at IS NULL`,
  );
  for (const l of lessons) await markLearned(d, members[1].id, l.id);
  return { d, t, sec, viewer, members, a };
}

test("neutralize prefixes the formula starters and leaves the rest", () => {
  expect(EVIL.map(neutralize)).toEqual(EVIL.map((v) => `'${v}`));
  expect(neutralize("\tx")).toBe("'\tx");
  expect(neutralize("王建国")).toBe("王建国");
  expect(neutralize("a=b")).toBe("a=b");
});

test("CSV: UTF-8 with BOM, Chinese headers, quoted where needed, formulas neutralised", async () => {
  const { d, viewer, t, a } = await branchWithEvilNames();
  const table = await memberListTable(d, viewer, t.branchA.id, a.id);
  const csv = toCsv(table);
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = csv.subarray(3).toString("utf8");
  const lines = text.trimEnd().split("\r\n");
  expect(lines[0]).toBe("序号,姓名,用户名,所在单位,状态,已学课时,总课时,最高分,考试次数,完成日期,是否逾期完成,提醒天数,需谈话");
  expect(lines).toHaveLength(1 + 5); // 4 members + the secretary
  expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""点我"")"`);
  expect(text).toContain(`"'+SUM(1,2)"`);
  expect(text).toContain(",'-2+3,");
  expect(text).toContain(`,'@cmd|' /C calc'!A0,`);
  for (const line of lines.slice(1)) for (const cell of line.split(",")) expect(cell).not.toMatch(/^[=+\-@]/);
});

test("XLSX opens with exceljs: title row with unit and date, frozen Chinese header, neutralised cells, scores as numbers", async () => {
  const { d, viewer, t, a, members } = await branchWithEvilNames();
  const table = await memberListTable(d, viewer, t.branchA.id, a.id);
  const wb = await readXlsx(await toXlsx(table));
  const ws = wb.worksheets[0];
  const title = String(ws.getCell("A1").value);
  expect(title).toContain("甲支部");
  expect(title).toContain(chinaDay());
  expect(title).toContain("=专题学习"); // inside the title text, not at its start
  expect(String(ws.getCell("A2").value)).toBe("排序：按所在单位，同一单位内按姓名拼音。");
  expect(ws.getRow(3).values).toEqual([undefined, ...table.headers]);
  expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 3 });
  expect(ws.name).toBe("成员学习情况");
  // Column widths as the table sets them, read back from the file.
  expect(table.headers.map((_, i) => ws.getColumn(i + 1).width)).toEqual(table.widths);
  expect(ws.pageSetup).toMatchObject({ orientation: "landscape", fitToWidth: 1 });
  const names: string[] = [];
  ws.eachRow((row, n) => {
    if (n > 3) names.push(String(row.getCell(2).value));
  });
  expect(names).toEqual(expect.arrayContaining(EVIL.map((e) => `'${e}`)));
  for (let r = 4; r <= ws.rowCount; r++) {
    ws.getRow(r).eachCell((c) => {
      expect(c.formula).toBeUndefined();
      if (typeof c.value === "string") expect(c.value).not.toMatch(/^[=+\-@]/);
    });
  }
  const scoreCol = table.headers.indexOf("最高分") + 1;
  let best: unknown;
  ws.eachRow((row, n) => {
    if (n > 3 && row.getCell(2).value === `'${EVIL[0]}`) best = row.getCell(scoreCol).value;
  });
  expect(best).toBe(100);
  expect(members).toHaveLength(4);
});

test("the study ledger covers P1–P10 per member; the roll-up lists units and a total", async () => {
  const { d, viewer, t, a, members } = await branchWithEvilNames();
  const ledger = await ledgerTable(d, viewer, t.branchA.id, a.id);
  expect(ledger.title).toContain("甲支部 学习台账");
  expect(ledger.headers.slice(ledger.headers.indexOf("十大原则 P1"), ledger.headers.indexOf("十大原则 P10") + 1)).toHaveLength(10);
  const row = ledger.rows.find((r) => r[1] === EVIL[1])!;
  const p = (code: string) => row[ledger.headers.indexOf(`十大原则 ${code}`)];
  expect([p("P1"), p("P2"), p("P3")]).toEqual(["✓", "✓", ""]);
  expect(row[ledger.headers.indexOf("覆盖原则数")]).toBe(2);
  expect(row[ledger.headers.indexOf("首次学习日期")]).toBe(chinaDay());
  const wb = await readXlsx(await toXlsx(ledger));
  expect(wb.worksheets[0].getRow(3).getCell(ledger.headers.indexOf("十大原则 P10") + 1).value).toBe("十大原则 P10");
  expect(wb.worksheets[0].name).toBe("学习台账");
  expect(members).toHaveLength(4);

  const admin = { id: viewer.id, role: "ADMIN" as const, unitId: t.committee.id };
  const roll = await rollupTable(d, admin, t.general.id, a.id);
  expect(roll.rows.map((r) => r[0])).toEqual(["甲支部", "乙支部", "合计：测试党总支"]);
  expect(roll.rows[0][2]).toBe(5);
  expect(roll.rows[0].at(-1)).toBe("人数不足，不显示"); // one score in the branch
});

test("the export route answers files with the right type, BOM and name", async () => {
  const { d, t, a, sec } = await branchWithEvilNames();
  const admin = await makeMember(d, t.committee, "ADMIN");
  const token = (await issueToken(d, { id: admin.id, role: "ADMIN" }, { name: "x", username: sec.username })).token;
  const get = (q: string) =>
    exportRoute.GET(new Request(`http://localhost/branch/export?${q}`, { headers: { authorization: `Bearer ${token}` } }), { params: Promise.resolve({}) });
  const csv = await get(`unit=${t.branchA.id}&a=${a.id}&kind=members&format=csv`);
  expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
  expect(decodeURIComponent(csv.headers.get("content-disposition")!)).toContain(`甲支部-成员学习情况-${chinaDay()}.csv`);
  expect([...new Uint8Array(await csv.arrayBuffer()).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const xlsx = await get(`unit=${t.branchA.id}&a=${a.id}&kind=ledger&format=xlsx`);
  expect(xlsx.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  const wb = await readXlsx(await xlsx.arrayBuffer());
  expect(String(wb.worksheets[0].getCell("A1").value)).toContain("学习台账");
});

test("sheet names stay within Excel's 31 characters and are cut at a boundary, never inside a bracket", () => {
  expect(sheetName("成员学习情况")).toBe("成员学习情况");
  // The review's case: a long title cut in the middle of "（2…".
  const cut = sheetName("组织人事党支部 · 2026年度微信使用规范专题学习（2026-11-21 至 2026-12-05）");
  expect([...cut].length).toBeLessThanOrEqual(31);
  expect(cut).toBe("组织人事党支部 · 2026年度微信使用规范专题学习");
  expect(sheetName("某某单位 · 甲 · 乙 · 丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥")).toBe("某某单位 · 甲 · 乙");
  expect(sheetName("a/b:c?d*e[f]g")).toBe("a b c d e f g");
  // Without any boundary in reach, a hard cut at 31 characters.
  expect([...sheetName("字".repeat(40))].length).toBe(31);
});

test("exports list members by unit, then by name in pinyin order, and say so", async () => {
  const d = db();
  const t = await makeTree(d);
  const sec = await makeMember(d, t.branchA, "SECRETARY");
  const viewer = { id: sec.id, role: "SECRETARY" as const, unitId: t.branchA.id };
  for (const name of ["余明", "向杰", "杨浩然", "阿强"])
    await createMember(d, { username: `n${name.charCodeAt(0)}${Date.now() % 100000}`, name, role: "CADRE", unitId: t.branchA.id, password: TEST_PASSWORD });
  const a = await createAssignment(d, viewer, { unitId: t.branchA.id, title: "排序", course: true, exam: false, startsOn: inDays(0), dueOn: inDays(5) });
  const table = await memberListTable(d, viewer, t.branchA.id, a.id);
  const names = table.rows.map((r) => r[1]).filter((n) => n !== sec.name);
  expect(names).toEqual(["阿强", "向杰", "杨浩然", "余明"]);
  expect(table.order).toContain("姓名拼音");
});
