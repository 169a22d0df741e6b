import ExcelJS from "exceljs";
import { beforeAll, describe, expect, test } from "vitest";
import { issueToken } from "../api/tokens";
import { loadViewer } from "../auth/viewer";
import { signInWithPassword } from "../auth/sign-in";
import { db, type Db } from "../db/client";
import { seedDemo } from "../seed/demo";
import * as importRoute from "@/app/api/admin/members/import/route";
import * as templateRoute from "@/app/api/admin/members/template/route";
import { credentialsWorkbook, importMembers, importTemplate, type ImportReport } from "./import-members";
import { FILE_ERRORS, MAX_UPLOAD_BYTES } from "./read-table";
import { archiveUnit } from "./archive-unit";
import { createOrgUnit } from "./create-unit";
import { setMemberActive } from "./set-member-active";

const PATH_A = "示范区机关党委/综合党总支/办公室党支部";
const PATH_B = "示范区机关党委/业务党总支/财政科党支部";

let d: Db;
let actor: { id: number; role: "ADMIN" };
let adminToken: string;

beforeAll(async () => {
  d = db();
  await seedDemo(d);
  const a = await d.prisma.member.findUniqueOrThrow({ where: { username: "admin" } });
  actor = { id: a.id, role: "ADMIN" };
  adminToken = (await issueToken(d, actor, { name: "import tests" })).token;
});

/** exceljs wants an ArrayBuffer (its Buffer typing predates @types/node's generic one). */
const ab = (b: Uint8Array) => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
const csv = (lines: string[]) => ({ bytes: new TextEncoder().encode(lines.join("\r\n") + "\r\n"), name: "成员.csv" });
const HEADER = "姓名,登录名,手机号,单位路径,角色";

async function snapshot() {
  const [members, audits, digest] = await Promise.all([
    d.prisma.member.count(),
    d.prisma.auditEvent.count(),
    d.raw.query<{ h: string }>(
      `SELECT md5(string_agg(username || name || coalesce(phone, '') || unit_id || role || active, ',' ORDER BY id)) AS h FROM member`,
    ),
  ]);
  return { members, audits, digest: digest[0].h };
}

describe("a small import", () => {
  const file = csv([HEADER, `王一,imp-wang1,13811110001,${PATH_A},学员`, `王二,imp-wang2,138 1111 0002,${PATH_A},书记`, `王三,imp-wang3,,${PATH_B},`]);

  test("a dry run reports what would happen and writes nothing", async () => {
    const before = await snapshot();
    const out = await importMembers(d, actor, file, "dry-run");
    expect(out.ok).toBe(true);
    expect(out.report).toMatchObject({ rows: 3, created: 3, updated: 0, unchanged: 0, errorCount: 0, applied: false });
    // The pre-check lists the rows it will create: row, name, login and the unit's path.
    expect(out.report.planned).toEqual([
      { row: 2, change: "create", name: "王一", username: "imp-wang1", unit: PATH_A },
      { row: 3, change: "create", name: "王二", username: "imp-wang2", unit: PATH_A },
      { row: 4, change: "create", name: "王三", username: "imp-wang3", unit: PATH_B },
    ]);
    expect(await snapshot()).toEqual(before);
  });

  test("apply creates the accounts with one-time passwords that must be changed", async () => {
    const out = await importMembers(d, actor, file, "apply");
    if (!out.ok) throw new Error(JSON.stringify(out.report.errors));
    expect(out.report).toMatchObject({ created: 3, updated: 0, unchanged: 0, applied: true });
    expect(out.credentials.map((c) => [c.line, c.username])).toEqual([
      [2, "imp-wang1"],
      [3, "imp-wang2"],
      [4, "imp-wang3"],
    ]);
    const m = await d.prisma.member.findMany({ where: { username: { startsWith: "imp-wang" } }, orderBy: { username: "asc" }, include: { unit: true } });
    expect(m.map((x) => [x.name, x.phone, x.unit.name, x.role, x.mustChangePassword])).toEqual([
      ["王一", "13811110001", "办公室党支部", "CADRE", true],
      ["王二", "13811110002", "办公室党支部", "SECRETARY", true],
      ["王三", null, "财政科党支部", "CADRE", true],
    ]);
    // The initial password signs in (by login or phone), and the guard then demands a new one.
    const s = await signInWithPassword(d, { username: "13811110001", password: out.credentials[0].initialPassword });
    if (!s.ok) throw new Error("initial password does not sign in");
    expect((await loadViewer(d, s.sessionId))?.mustChangePassword).toBe(true);
    // One audit entry per account, with its data, and one for the file; never a password.
    const audits = await d.prisma.auditEvent.findMany({ where: { action: { startsWith: "member.import" } }, orderBy: { id: "asc" } });
    expect(audits.map((a) => a.action)).toEqual(["member.import.create", "member.import.create", "member.import.create", "member.import"]);
    expect(audits[0]).toMatchObject({
      actorId: actor.id,
      entity: "member",
      entityId: String(m[0].id),
      after: { username: "imp-wang1", name: "王一", role: "CADRE" },
    });
    expect(audits[3].after).toMatchObject({ fileName: "成员.csv", rows: 3, created: 3, updated: 0, unchanged: 0 });
    expect(JSON.stringify(audits.map((a) => [a.before, a.after]))).not.toContain(out.credentials[0].initialPassword);
  });

  test("importing the same file again changes nothing; a changed file updates in place", async () => {
    const before = await snapshot();
    const again = await importMembers(d, actor, file, "apply");
    expect(again.report).toMatchObject({ created: 0, updated: 0, unchanged: 3, applied: true });
    expect(again.ok && again.credentials).toEqual([]);
    const after = await snapshot();
    expect(after.members).toBe(before.members);
    expect(after.digest).toBe(before.digest);

    const changed = csv([
      HEADER,
      `王一,imp-wang1,13811110001,${PATH_A},学员`,
      `王二（改名）,imp-wang2,13811110002,${PATH_B},学员`,
      `王三,imp-wang3,13811110003,${PATH_B},管理员`,
    ]);
    const out = await importMembers(d, actor, changed, "apply");
    expect(out.report).toMatchObject({ created: 0, updated: 2, unchanged: 1 });
    expect(out.report.planned.map((r) => [r.row, r.change, r.name, r.unit])).toEqual([
      [3, "update", "王二（改名）", PATH_B],
      [4, "update", "王三", PATH_B],
    ]);
    expect(await d.prisma.member.count()).toBe(before.members);
    const w2 = await d.prisma.member.findUniqueOrThrow({ where: { username: "imp-wang2" }, include: { unit: true } });
    expect([w2.name, w2.unit.name, w2.role, w2.mustChangePassword]).toEqual(["王二（改名）", "财政科党支部", "CADRE", true]);
    const upd = await d.prisma.auditEvent.findFirstOrThrow({ where: { action: "member.import.update", entityId: String(w2.id) } });
    expect(upd.before).toEqual({ name: "王二", unitId: expect.any(Number), role: "SECRETARY" });
    expect(upd.after).toMatchObject({ username: "imp-wang2", name: "王二（改名）", role: "CADRE" });
  });
});

describe("a file with problems writes nothing and says where", () => {
  test("every bad row is reported with its row and column", async () => {
    await d.prisma.member.update({ where: { username: "cadre001" }, data: { phone: "13700000001" } });
    await d.prisma.member.update({ where: { username: "cadre002" }, data: { phone: "13700000002" } });
    const before = await snapshot();
    const out = await importMembers(
      d,
      actor,
      csv([
        HEADER,
        `好人,bad-ok1,13822220001,${PATH_A},学员`,
        `,bad-noname,13822220002,${PATH_A},学员`,
        `坏号,bad-phone,2382222000,${PATH_A},学员`,
        `无单位,bad-unit,,示范区机关党委/不存在的支部,学员`,
        `重复,bad-ok1,,${PATH_A},学员`,
        `怪角色,bad-role,,${PATH_A},组长`,
        `占号,bad-taken,13700000001,${PATH_A},学员`,
        `撞名,13700000002,,${PATH_A},学员`,
        `坏名,坏 名,,${PATH_A},学员`,
        `自己,admin,,${PATH_A},学员`,
      ]),
      "apply",
    );
    expect(out.ok).toBe(false);
    const rows = out.report.errors.map((e) => [e.row, e.column, e.message]);
    expect(rows).toEqual([
      [3, "姓名", "请填写姓名"],
      [4, "手机号", "手机号应为 1 开头的 11 位数字"],
      [5, "单位路径", expect.stringContaining("单位路径“示范区机关党委/不存在的支部”不存在")],
      [6, "登录名", "登录名“bad-ok1”与第 2 行重复"],
      [7, "角色", expect.stringContaining("角色“组长”无效")],
      [8, "手机号", "手机号已被其他成员（登录名 cadre001）使用"],
      [9, "登录名", "登录名与其他成员（登录名 cadre002）的手机号相同，登录时无法区分"],
      [10, "登录名", expect.stringContaining("登录名须为")],
      [11, "角色", "不能通过导入修改自己的角色"],
    ]);
    expect(out.report.applied).toBe(false);
    expect(await snapshot()).toEqual(before);
  });

  test("one bad row among many: nothing is written", async () => {
    const before = await snapshot();
    const lines = [HEADER];
    for (let i = 0; i < 200; i++) lines.push(`批量${i},one-bad-${i},,${PATH_A},学员`);
    lines[151] = `批量150,one-bad-150,12345,${PATH_A},学员`;
    const out = await importMembers(d, actor, csv(lines), "apply");
    expect(out.ok).toBe(false);
    expect(out.report.errorCount).toBe(1);
    expect(out.report.errors[0]).toEqual({ row: 152, column: "手机号", message: "手机号应为 1 开头的 11 位数字" });
    expect(await snapshot()).toEqual(before);
  });

  test("missing columns are named", async () => {
    const out = await importMembers(d, actor, csv(["姓名,手机号", "张三,13800000000"]), "dry-run");
    expect(out.report.errors.map((e) => e.message)).toEqual(["缺少“登录名”列", "缺少“单位编码”或“单位路径”列"]);
  });

  test("a unit code and a unit path that disagree, and an archived unit", async () => {
    const out = await importMembers(d, actor, csv(["姓名,登录名,单位编码,单位路径", `甲,code-1,sfq-zz2-01,${PATH_A}`, "乙,code-2,nope,"]), "dry-run");
    expect(out.report.errors.map((e) => [e.row, e.column, e.message])).toEqual([
      [2, "单位路径", "单位编码与单位路径指向不同的单位"],
      [3, "单位编码", "单位编码“nope”不存在"],
    ]);
    const ok = await importMembers(
      d,
      actor,
      csv(["姓名,登录名,单位编码,单位路径", `甲,code-1,sfq-zz1-01, 示范区机关党委 ／综合党总支/ 办公室党支部 `]),
      "dry-run",
    );
    expect(ok.report).toMatchObject({ errorCount: 0, created: 1 });
    // A unit whose name contains "/" can make a path name two units: the row must use the code.
    const root = await d.prisma.orgUnit.findUniqueOrThrow({ where: { code: "sfq" } });
    const twin = await createOrgUnit(d, actor, { code: "slash-twin", name: "综合党总支/办公室党支部", kind: "BRANCH", parentId: root.id });
    const amb = await importMembers(d, actor, csv([HEADER, `乙,code-2,,${PATH_A},学员`]), "dry-run");
    expect(amb.report.errors).toEqual([{ row: 2, column: "单位路径", message: `单位路径“${PATH_A}”对应多个单位，请改用单位编码` }]);
    await archiveUnit(d, actor, twin.id);
    expect((await importMembers(d, actor, csv([HEADER, `乙,code-2,,${PATH_A},学员`]), "dry-run")).report.errorCount).toBe(0);
    const archived = await importMembers(d, actor, csv(["姓名,登录名,单位编码", "丙,code-3,slash-twin"]), "dry-run");
    expect(archived.report.errors).toEqual([{ row: 2, column: "单位编码", message: "单位“综合党总支/办公室党支部”已归档，不能再加入成员" }]);
  });
});

test("phones can change hands within one file", async () => {
  await importMembers(d, actor, csv([HEADER, `甲,swap-a,13833330001,${PATH_A},学员`, `乙,swap-b,13833330002,${PATH_A},学员`]), "apply");
  const out = await importMembers(d, actor, csv([HEADER, `甲,swap-a,13833330002,${PATH_A},学员`, `乙,swap-b,13833330001,${PATH_A},学员`]), "apply");
  expect(out.report).toMatchObject({ errorCount: 0, updated: 2 });
  const m = await d.prisma.member.findMany({ where: { username: { startsWith: "swap-" } }, orderBy: { username: "asc" } });
  expect(m.map((x) => x.phone)).toEqual(["13833330002", "13833330001"]);
});

test("a deactivated member is updated but stays deactivated, with a warning", async () => {
  await importMembers(d, actor, csv([HEADER, `停用,off-1,,${PATH_A},学员`]), "apply");
  const m = await d.prisma.member.findUniqueOrThrow({ where: { username: "off-1" } });
  await setMemberActive(d, actor, m.id, false);
  const out = await importMembers(d, actor, csv([HEADER, `停用改名,off-1,,${PATH_A},学员`]), "apply");
  expect(out.report).toMatchObject({ updated: 1, warningCount: 1 });
  expect(out.report.warnings[0]).toMatchObject({ row: 2, message: expect.stringContaining("不会恢复启用") });
  expect(await d.prisma.member.findUniqueOrThrow({ where: { username: "off-1" } })).toMatchObject({ name: "停用改名", active: false });
});

test("the template imports as it is, and the initial passwords come back as a spreadsheet", async () => {
  const tpl = await importTemplate(PATH_A);
  const out = await importMembers(d, actor, { name: "成员导入模板.xlsx", bytes: tpl }, "apply");
  if (!out.ok) throw new Error(JSON.stringify(out.report.errors));
  expect(out.report).toMatchObject({ format: "xlsx", rows: 1, created: 1 });
  expect(await d.prisma.member.findUniqueOrThrow({ where: { username: "zhangsan" } })).toMatchObject({ name: "张三", phone: "13800138000" });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(ab(await credentialsWorkbook(out.credentials)));
  const ws = wb.worksheets[0];
  expect(ws.getRow(1).values).toEqual([undefined, "文件行号", "姓名", "登录名", "初始密码"]);
  expect(ws.getRow(2).values).toEqual([undefined, 2, "张三", "zhangsan", out.credentials[0].initialPassword]);
});

test(`5,000 rows import in seconds, and again as a no-op`, async () => {
  const lines = ["姓名,登录名,手机号,单位编码,角色"];
  const codes = ["sfq-zz1-01", "sfq-zz1-02", "sfq-zz1-03", "sfq-zz2-01", "sfq-zz2-02", "sfq-zz2-03"];
  for (let i = 0; i < 5000; i++) lines.push(`成员${i},bulk${String(i).padStart(5, "0")},139${String(i).padStart(8, "0")},${codes[i % 6]},学员`);
  const file = csv(lines);
  const before = await d.prisma.member.count();
  let t = performance.now();
  const out = await importMembers(d, actor, file, "apply");
  const first = performance.now() - t;
  expect(out.report).toMatchObject({ created: 5000, errorCount: 0 });
  t = performance.now();
  const again = await importMembers(d, actor, file, "apply");
  const second = performance.now() - t;
  expect(again.report).toMatchObject({ created: 0, updated: 0, unchanged: 5000 });
  expect(await d.prisma.member.count()).toBe(before + 5000);
  console.log(`import of 5,000 rows (${d.kind}): ${Math.round(first)} ms; re-import: ${Math.round(second)} ms`);
  expect(first).toBeLessThan(30_000);
});

describe("the upload endpoint", () => {
  async function upload(bytes: Uint8Array | string, name: string, mode = "dry-run", headers: Record<string, string> = {}) {
    const body = new Uint8Array(typeof bytes === "string" ? new TextEncoder().encode(bytes) : bytes);
    const req = new Request(`http://localhost/api/admin/members/import?mode=${mode}`, {
      method: "POST",
      headers: { authorization: `Bearer ${adminToken}`, "x-file-name": encodeURIComponent(name), ...headers },
      body,
    });
    const res = await importRoute.POST(req, { params: Promise.resolve({}) });
    return {
      status: res.status,
      json: (await res.json()) as { ok?: boolean; error?: string; report?: ImportReport; credentials?: { count: number; xlsxBase64: string } | null },
    };
  }

  test("wrong type, oversized, malformed: refused in Chinese, nothing written", async () => {
    const before = await snapshot();
    expect(await upload("%PDF-1.4", "名单.pdf")).toEqual({ status: 422, json: { error: FILE_ERRORS.wrongType } });
    expect(await upload(new Uint8Array(MAX_UPLOAD_BYTES + 1), "big.csv", "apply")).toEqual({ status: 413, json: { error: FILE_ERRORS.tooLarge } });
    expect(await upload(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 9, 9, 9]), "坏.xlsx", "apply")).toEqual({ status: 422, json: { error: FILE_ERRORS.badXlsx } });
    expect(await upload(new Uint8Array([0xc4, 0xe3, 0xba, 0xc3, 0x0a]), "gbk.csv", "apply")).toEqual({ status: 422, json: { error: FILE_ERRORS.notUtf8 } });
    expect((await upload("a", "x.csv", "write")).status).toBe(400);
    expect(await snapshot()).toEqual(before);
  });

  test("dry run then apply, with the initial passwords as a spreadsheet once", async () => {
    const file = [HEADER, `接口甲,ep-1,,${PATH_A},学员`, `接口乙,ep-2,,${PATH_B},学员`].join("\n");
    const dry = await upload(file, "a.csv");
    expect(dry.status).toBe(200);
    expect(dry.json).toMatchObject({ ok: true, report: { created: 2, applied: false }, credentials: null });
    const applied = await upload(file, "a.csv", "apply");
    expect(applied.json).toMatchObject({ ok: true, report: { created: 2, applied: true }, credentials: { count: 2 } });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(ab(Buffer.from(applied.json.credentials!.xlsxBase64, "base64")));
    expect(wb.worksheets[0].rowCount).toBe(3);
    const bad = await upload([HEADER, `,ep-3,,${PATH_A},学员`].join("\n"), "b.csv", "apply");
    expect(bad.status).toBe(422);
    expect(bad.json.report!.errors).toEqual([{ row: 2, column: "姓名", message: "请填写姓名" }]);
  });

  test("the template downloads as a workbook", async () => {
    const res = await templateRoute.GET(new Request("http://localhost/api/admin/members/template", { headers: { authorization: `Bearer ${adminToken}` } }), {
      params: Promise.resolve({}),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toContain("attachment");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    expect(wb.worksheets[0].getRow(1).values).toEqual([undefined, "姓名", "登录名", "手机号", "单位编码", "单位路径", "角色"]);
  });

  test("a secretary's token cannot import", async () => {
    const sec = await d.prisma.member.findUniqueOrThrow({ where: { username: "sec01" } });
    const token = (await issueToken(d, actor, { name: "sec", username: sec.username })).token;
    const req = new Request("http://localhost/api/admin/members/import?mode=apply", {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "x-file-name": "a.csv" },
      body: [HEADER, `越权,sec-import,,${PATH_A},学员`].join("\n"),
    });
    expect((await importRoute.POST(req, { params: Promise.resolve({}) })).status).toBe(404);
    expect(await d.prisma.member.count({ where: { username: "sec-import" } })).toBe(0);
  });
});
