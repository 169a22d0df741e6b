import { PGlite } from "@electric-sql/pglite";
import ExcelJS from "exceljs";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { db, type Db } from "../db/client";
import { migrate } from "../db/migrate";
import { PrismaClient } from "../generated/prisma/client";
import { loadContent } from "../content/load";
import { syncContent } from "../content/sync";
import { ZQuestionFile, type TQuestion } from "../content/schema";
import { makeMember, makeTree } from "../test/factories";
import { bootContent, scenarioQuestion, singleQuestion } from "../test/authoring";
import { createQuestion } from "./create-question";
import { getQuestion } from "./get-question";
import { probeZipBomb } from "../test/zip-fixtures";
import { FILE_ERRORS } from "../org/read-table";
import { MAX_IMPORT_BYTES, MAX_IMPORT_QUESTIONS, importQuestions } from "./transfer";
import { exportJson, exportXlsx, xlsxTemplate } from "./transfer-export";

let admin: { id: number };
let content: Awaited<ReturnType<typeof bootContent>>;
const others: Db[] = [];

beforeAll(async () => {
  const d = db();
  content = await bootContent(d);
  admin = await makeMember(d, (await makeTree(d)).committee, "ADMIN");
  await createQuestion(d, admin.id, scenarioQuestion("transfer-scenario"));
});
afterAll(async () => {
  for (const o of others) await o.close();
});

/** Another deployment: its own embedded database with the course's rules and modules, no questions. */
async function otherDeployment(): Promise<Db> {
  const lite = new PGlite("memory://");
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(lite) });
  const raw = {
    query: async <T>(text: string, params?: unknown[]) => (await lite.query(text, params)).rows as T[],
    exec: async (script: string) => void (await lite.exec(script)),
  };
  const d: Db = { kind: "pglite", prisma, raw: { ...raw, session: (fn) => fn(raw) }, close: async () => (await prisma.$disconnect(), await lite.close()) };
  await migrate(d.raw);
  await syncContent(d, loadContent());
  others.push(d);
  return d;
}

const file = (name: string, text: string | Uint8Array) => ({ name, bytes: typeof text === "string" ? new TextEncoder().encode(text) : text });

async function payloads(d: Db): Promise<Map<string, TQuestion>> {
  const rows = await d.raw.query<{ id: string; payload: TQuestion }>(
    `SELECT q.id, v.payload FROM question q JOIN question_version v ON v.question_id = q.id AND v.version = q.current_version`,
  );
  return new Map(rows.map((r) => [r.id, r.payload]));
}

async function sheet(rows: (string | null)[][], headers?: string[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("题目");
  ws.addRow(headers ?? ["id", "模块", "题型", "题干", "选项A", "选项B", "选项C", "选项D", "选项E", "选项F", "正确答案", "解析", "规则编码", "误区"]);
  for (const r of rows) ws.addRow(r);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe("JSON", () => {
  test("the export is a content/ questions file: content questions come out exactly as content/ has them", async () => {
    const { text, count } = await exportJson(db());
    const doc = JSON.parse(text);
    expect(count).toBe(content.questions.length + 1);
    expect(ZQuestionFile.parse(doc)).toEqual(doc); // nothing for the schema to add or strip
    const byId = new Map((doc.questions as TQuestion[]).map((q) => [q.id, q]));
    for (const q of content.questions) expect(byId.get(q.id)).toEqual(q);
    expect(Object.keys(byId.get(content.questions[0].id)!)).toEqual(Object.keys(content.questions[0])); // content/'s key order
  });

  test("round trip: export here, import into another deployment, export there — identical payloads and file", async () => {
    const here = db();
    const { text } = await exportJson(here);
    const there = await otherDeployment();
    const dry = await importQuestions(there, admin.id, file("bank.json", text), { apply: false });
    expect(dry).toMatchObject({ format: "json", problems: [], applied: false });
    expect(dry.plan.create).toHaveLength(content.questions.length + 1);
    expect(await there.prisma.question.count()).toBe(0); // a dry run writes nothing

    const applied = await importQuestions(there, admin.id, file("bank.json", text), { apply: true, publish: true });
    expect(applied.applied).toBe(true);
    expect(await payloads(there)).toEqual(await payloads(here));
    expect((await exportJson(there)).text).toBe(text);
    const q = await there.prisma.question.findUniqueOrThrow({ where: { id: "transfer-scenario" } });
    expect(q).toMatchObject({ origin: "admin", status: "PUBLISHED", currentVersion: 1 });

    // Re-importing the same file changes nothing (idempotent).
    const again = await importQuestions(there, admin.id, file("bank.json", text), { apply: true });
    expect(again.plan).toEqual({ create: [], update: [], unchanged: dry.plan.create });
    expect(await there.prisma.questionVersion.count()).toBe(content.questions.length + 1);
    const audit = await there.prisma.auditEvent.groupBy({ by: ["action"], _count: true });
    expect(Object.fromEntries(audit.map((a) => [a.action, a._count]))).toEqual({ "question.create": content.questions.length + 1, "question.import": 2 });
  });

  test("a changed question in a file becomes a new version", async () => {
    const d = db();
    const q = { ...content.questions[1], stem: `${content.questions[1].stem}（导入修订）` };
    const r = await importQuestions(d, admin.id, file("one.json", JSON.stringify({ questions: [q] })), { apply: true });
    expect(r.plan).toEqual({ create: [], update: [q.id], unchanged: [] });
    const detail = await getQuestion(d, q.id);
    expect(detail).toMatchObject({ currentVersion: 2, origin: "admin" });
    expect(detail.payload.stem).toMatch(/导入修订/);
  });

  test("a file with any problem writes nothing, and every problem is reported with its path", async () => {
    const d = db();
    const orphan = scenarioQuestion("bad-scn");
    (orphan.steps as unknown[]).push({
      id: "lost",
      messages: [{ from: "甲", text: "…" }],
      prompt: "？",
      choices: [
        { id: "a", action: "reply", label: "甲", next: "good" },
        { id: "b", action: "reply", label: "乙", next: "bad" },
      ],
    });
    const questions = [
      singleQuestion("ok-1"),
      singleQuestion("bad-empty", { options: [{ id: "a", text: "" }, ...singleQuestion("x").options.slice(1)] }),
      orphan,
      singleQuestion("bad-rule", { rules: ["ZZ9"] }),
      singleQuestion("ok-1", { stem: "同一标识第二次" }),
      { id: "bad-type", type: "essay" },
    ];
    const before = await d.prisma.questionVersion.count();
    const r = await importQuestions(d, admin.id, file("mixed.json", JSON.stringify({ questions })), { apply: true });
    expect(r.applied).toBe(false);
    const lines = r.problems.map((p) => `${p.where} ${p.field}：${p.message}`);
    expect(lines).toEqual([
      "questions[1].options[0].text 选项 A · 内容：选项内容不能为空",
      'questions[2].steps[3] 步骤 4：孤立步骤 "lost"：从起始步骤 "s1" 无法到达',
      "questions[3].rules 规则编码：规则编码不存在：ZZ9",
      "questions[4].id 标识：标识「ok-1」与 questions[0] 重复",
      "questions[5].type 题型：题型应为 single、multiple、truefalse、scenario、drafting 之一",
    ]);
    expect(await d.prisma.questionVersion.count()).toBe(before);
    expect(await d.prisma.question.count({ where: { id: "ok-1" } })).toBe(0);
  });

  test("wrong files are refused with a clear message: not JSON, wrong shape, too large, wrong type, empty", async () => {
    const d = db();
    expect((await importQuestions(d, admin.id, file("x.json", "{ nope"), { apply: false })).problems[0].message).toMatch(/不是合法的 JSON/);
    expect((await importQuestions(d, admin.id, file("x.json", '{"foo":1}'), { apply: false })).problems[0].message).toMatch(/questions/);
    expect((await importQuestions(d, admin.id, file("x.json", '{"questions":[]}'), { apply: false })).problems[0].message).toBe("文件中没有题目");
    await expect(importQuestions(d, admin.id, file("x.json", new Uint8Array(MAX_IMPORT_BYTES + 1)), { apply: false })).rejects.toThrow(/文件过大/);
    await expect(importQuestions(d, admin.id, file("x.csv", "id,题干"), { apply: false })).rejects.toThrow(/只能导入 .json 或 .xlsx/);
    await expect(importQuestions(d, admin.id, file("x.xlsx", "{}"), { apply: false })).rejects.toThrow(/不是 XLSX/);
    await expect(importQuestions(d, admin.id, file("x.json", ""), { apply: false })).rejects.toThrow(/空的/);
    const broken = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
    expect((await importQuestions(d, admin.id, file("x.xlsx", broken), { apply: false })).problems[0].message).toMatch(/不是有效的 XLSX/);
  });

  test("security review F1: the 408 KB zip bomb is refused (it exhausted the server's heap), nothing written", async () => {
    const d = db();
    const before = await d.prisma.question.count();
    const bomb = await probeZipBomb();
    const heap = process.memoryUsage().heapUsed;
    await expect(importQuestions(d, admin.id, file("bomb.xlsx", bomb), { apply: true })).rejects.toThrow(FILE_ERRORS.zipBomb);
    expect(process.memoryUsage().heapUsed - heap).toBeLessThan(64 * 1024 * 1024);
    expect(await d.prisma.question.count()).toBe(before);
  });

  test("a sheet over the question limit is refused as a whole", async () => {
    const rows = Array.from({ length: MAX_IMPORT_QUESTIONS + 1 }, (_, i) => [
      "",
      "red-lines",
      "判断",
      `题${i}`,
      null,
      null,
      null,
      null,
      null,
      null,
      "正确",
      "解析",
      "V1",
      null,
    ]);
    await expect(importQuestions(db(), admin.id, file("many.xlsx", await sheet(rows)), { apply: false })).rejects.toThrow(
      `数据超过 ${MAX_IMPORT_QUESTIONS.toLocaleString("en-US")} 行`,
    );
  });
});

describe("XLSX", () => {
  test("round trip: the simple questions export and re-import unchanged; into another deployment the payloads match", async () => {
    const here = db();
    const { buffer, count, skipped } = await exportXlsx(here);
    const simple = content.questions.filter((q) => ["single", "multiple", "truefalse"].includes(q.type));
    expect(count).toBe(simple.length);
    expect(skipped).toBeGreaterThan(0);
    const same = await importQuestions(here, admin.id, file("bank.xlsx", buffer), { apply: true });
    expect(same.problems).toEqual([]);
    expect(same.plan.create).toEqual([]);
    expect(same.plan.update).toEqual([]);
    expect(same.plan.unchanged).toHaveLength(count);

    const there = await otherDeployment();
    const r = await importQuestions(there, admin.id, file("bank.xlsx", buffer), { apply: true });
    expect(r).toMatchObject({ problems: [], applied: true });
    const a = await payloads(here);
    const b = await payloads(there);
    expect(b.size).toBe(count);
    // A sheet carries neither the citation nor the difficulty; everything else arrives as it was.
    const strip = ({ citation: _c, difficulty: _d, ...rest }: TQuestion) => rest;
    for (const [id, q] of b) expect(strip(q)).toEqual(strip(a.get(id)!));
  });

  test("the template downloads with the columns and two example rows that import cleanly", async () => {
    const d = db();
    const buf = await xlsxTemplate(d);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("题目")!;
    expect((ws.getRow(1).values as string[]).filter(Boolean)).toEqual([
      "id",
      "模块",
      "题型",
      "题干",
      "选项A",
      "选项B",
      "选项C",
      "选项D",
      "选项E",
      "选项F",
      "正确答案",
      "解析",
      "规则编码",
      "误区",
    ]);
    expect(wb.getWorksheet("说明")).toBeTruthy();
    const r = await importQuestions(d, admin.id, file("template.xlsx", buf), { apply: false });
    expect(r.problems).toEqual([]);
    expect(r.plan.create).toHaveLength(2);
    // An empty id gets a stable one: importing the template twice is idempotent.
    await importQuestions(d, admin.id, file("template.xlsx", buf), { apply: true });
    expect((await importQuestions(d, admin.id, file("template.xlsx", buf), { apply: false })).plan.unchanged).toEqual(r.plan.create);
  });

  test("every bad row is reported by row and column, and one bad row writes nothing", async () => {
    const d = db();
    const rows: (string | null)[][] = [
      ["xl-ok", "red-lines", "单选", "好的题", "甲", "乙", "丙", null, null, null, "B", "解析", "V1", "A：误区甲"],
      ["xl-type", "red-lines", "情景", "题干", "甲", "乙", "丙", null, null, null, "A", "解析", "V1", null],
      ["xl-key", "red-lines", "单选", "题干", "甲", "乙", "丙", null, null, null, "E", "解析", "V1", null],
      ["xl-gap", "red-lines", "多选", "题干", "甲", null, "丙", "丁", "戊", null, "A,C", "解析", "V1", null],
      ["xl-tf", "red-lines", "判断", "题干", null, null, null, null, null, null, "也许", "解析", "V1", null],
      ["xl-mis", "red-lines", "单选", "题干", "甲", "乙", "丙", null, null, null, "A", "解析", "V1", "乙是误区"],
      ["xl-empty", "red-lines", "单选", "", "甲", "乙", "丙", null, null, null, "A", "", "", null],
      ["xl-two", "red-lines", "单选", "题干", "甲", "乙", "丙", null, null, null, "A,B", "解析", "V1", null],
      ["xl-module", "nowhere", "判断", "题干", null, null, null, null, null, null, "正确", "解析", "V1", null],
    ];
    const r = await importQuestions(d, admin.id, file("bad.xlsx", await sheet(rows)), { apply: true });
    expect(r.applied).toBe(false);
    expect(r.problems.map((p) => `${p.where} ${p.field}：${p.message}`)).toEqual([
      "第 3 行 题型：「情景」不是可导入的题型：表格只支持 单选、多选、判断（情景题、起草题请用 JSON）",
      "第 4 行 正确答案：「E」不是已填写的选项",
      "第 5 行 选项B：选项应从 A 起连续填写，中间不能空",
      "第 6 行 正确答案：判断题的正确答案应为 正确 或 错误，不是「也许」",
      "第 7 行 误区：「乙是误区」应写成「B：误区说明」",
      "第 8 行 规则编码：每道题至少关联一条规则",
      "第 8 行 题干：题干不能为空",
      "第 8 行 解析：解析不能为空",
      "第 9 行 正确答案：单选题必须恰好有一个正确选项",
      "第 10 行 模块：模块「nowhere」不存在",
    ]);
    expect(await d.prisma.question.count({ where: { id: "xl-ok" } })).toBe(0);
    // The good row alone imports.
    const ok = await importQuestions(d, admin.id, file("ok.xlsx", await sheet([rows[0]])), { apply: true });
    expect(ok).toMatchObject({ applied: true, plan: { create: ["xl-ok"] } });
    const q = (await getQuestion(d, "xl-ok")).payload;
    expect(q).toMatchObject({ type: "single", options: [{ id: "a", correct: false, misconception: "误区甲" }, { id: "b", correct: true }, { id: "c" }] });
  });

  test("a sheet without the template's columns is refused", async () => {
    const r = await importQuestions(db(), admin.id, file("cols.xlsx", await sheet([["a", "b"]], ["编号", "内容"])), { apply: false });
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0].message).toMatch(/^缺少列：id、模块、题型、题干/);
  });
});
