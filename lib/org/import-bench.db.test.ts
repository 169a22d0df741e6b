/**
 * The member import at scale: a generated file of BENCH_IMPORT_ROWS members (a province: 100,000)
 * timed through a dry run, the import, the same file again (a no-op) and a CSV with one row in ten
 * changed. Skipped unless BENCH_IMPORT_ROWS is set — CI runs the 5,000-row test in
 * import-members.db.test.ts instead. Run: `npx tsx scripts/bench-import.ts [rows] [--postgres]`.
 */
import ExcelJS from "exceljs";
import { expect, test } from "vitest";
import { db } from "../db/client";
import { demoName, seedDemo } from "../seed/demo";
import { credentialsWorkbook, importMembers } from "./import-members";
import { upsertOrgUnits } from "./upsert-org-units";

const rows = Number(process.env.BENCH_IMPORT_ROWS ?? 0);
const secs = (t: number) => `${((performance.now() - t) / 1000).toFixed(1)} s`;

const ROLES = ["学员", "学员", "学员", "学员", "学员", "学员", "学员", "学员", "学员", "书记"];

/** Member i: half the rows name their unit by code, half by path. */
function row(i: number, changed = false): string[] {
  const g = (i % 20) + 1;
  const b = (Math.floor(i / 20) % 25) + 1;
  const byCode = i % 2 === 0;
  return [
    demoName(i) + (changed ? "（新）" : ""),
    `m${String(i).padStart(7, "0")}`,
    `13${String(i).padStart(9, "0")}`,
    byCode ? `b-g${g}-${b}` : "",
    byCode ? "" : `示范区机关党委/第${g}党总支/第${g}-${b}党支部`,
    ROLES[i % 10],
  ];
}

const HEADER = ["姓名", "登录名", "手机号", "单位编码", "单位路径", "角色"];

async function xlsxOf(n: number): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("成员");
  ws.addRow(HEADER);
  for (let i = 0; i < n; i++) ws.addRow(row(i));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

test.skipIf(!rows)(`importing ${rows.toLocaleString("en-US")} members`, { timeout: 900_000 }, async () => {
  const d = db();
  await seedDemo(d);
  const admin = await d.prisma.member.findUniqueOrThrow({ where: { username: "admin" } });
  const actor = { id: admin.id, role: "ADMIN" as const };
  const log = (s: string) => console.log(`[${d.kind}] ${s}`);

  // A province-sized tree under the demo committee: 20 general branches × 25 branches.
  const units = [];
  for (let g = 1; g <= 20; g++) {
    units.push({ code: `b-g${g}`, name: `第${g}党总支`, kind: "GENERAL_BRANCH" as const, parentCode: "sfq" });
    for (let b = 1; b <= 25; b++) units.push({ code: `b-g${g}-${b}`, name: `第${g}-${b}党支部`, kind: "BRANCH" as const, parentCode: `b-g${g}` });
  }
  let t = performance.now();
  await upsertOrgUnits(d, actor, units);
  log(`units: ${units.length} upserted in ${secs(t)}`);

  t = performance.now();
  const xlsx = await xlsxOf(rows);
  log(`file: ${rows.toLocaleString("en-US")} rows, ${(xlsx.length / 1024 / 1024).toFixed(1)} MB XLSX (generated in ${secs(t)}, not counted)`);
  const file = { name: "bench.xlsx", bytes: xlsx };

  t = performance.now();
  const dry = await importMembers(d, actor, file, "dry-run");
  log(`dry run:   ${secs(t)} → would create ${dry.report.created}, errors ${dry.report.errorCount}`);
  expect(dry.report.errorCount).toBe(0);

  t = performance.now();
  const applied = await importMembers(d, actor, file, "apply");
  log(`IMPORT:    ${secs(t)} → created ${applied.report.created}, ${applied.ok ? applied.credentials.length : 0} initial passwords`);
  expect(applied.report.created).toBe(rows);
  t = performance.now();
  const sheet = await credentialsWorkbook(applied.ok ? applied.credentials : []);
  log(`initial-password XLSX for the admin: ${secs(t)} (${(sheet.length / 1024 / 1024).toFixed(1)} MB)`);

  t = performance.now();
  const again = await importMembers(d, actor, file, "apply");
  log(`re-import: ${secs(t)} → created ${again.report.created}, updated ${again.report.updated}, unchanged ${again.report.unchanged}`);
  expect(again.report.unchanged).toBe(rows);

  const csv = [HEADER.join(","), ...Array.from({ length: rows }, (_, i) => row(i, i % 10 === 0).join(","))].join("\n");
  t = performance.now();
  const changed = await importMembers(d, actor, { name: "bench.csv", bytes: new TextEncoder().encode(csv) }, "apply");
  log(`CSV with 1 row in 10 changed: ${secs(t)} → updated ${changed.report.updated}, unchanged ${changed.report.unchanged}`);
  expect(changed.report.updated).toBe(Math.ceil(rows / 10));
  log(`members: ${await d.prisma.member.count()}; audit entries: ${await d.prisma.auditEvent.count()}`);
});
