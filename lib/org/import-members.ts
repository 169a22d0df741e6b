/**
 * Bulk import of members from an XLSX or CSV file: columns 姓名, 登录名, 手机号, 单位编码 and/or
 * 单位路径 (示范区机关党委/综合党总支/办公室党支部), 角色 (学员/书记/管理员; empty = 学员). The
 * whole file is checked first — every row with zod, then the batch against itself and the
 * database (./member-batch.ts) — and the report lists each problem with its row and column.
 * A dry run stops there and writes nothing; apply writes everything in one transaction or
 * nothing. Re-importing the same file changes nothing (members are matched by login name).
 * New accounts get random initial passwords, returned once as a spreadsheet for the admin to hand
 * out (docs/decisions/006-bulk-import-passwords.md).
 */
import { createHash } from "node:crypto";
import ExcelJS from "exceljs";
import { z } from "zod";
import { sql } from "kysely";
import type { Db } from "../db/client";
import { kysely } from "../db/kysely";
import type { Role } from "../generated/prisma/enums";
import type { Actor } from "./admin-actor";
import { BatchRejected, applyBatch, dryRunBatch, type BatchField, type BatchIssue, type BatchMember, type BatchPlan } from "./member-batch";
import { readTable, type Table } from "./read-table";
import { writeXlsx } from "../xlsx";
import { ROLE_BY_LABEL, ROLES, ZMemberName, ZPhone, ZUsername } from "./schemas";
import { ROLE_LABEL } from "../labels";

export const COLUMN_LABEL: Record<Exclude<BatchField, "active">, string> = {
  name: "姓名",
  username: "登录名",
  phone: "手机号",
  unitCode: "单位编码",
  unitPath: "单位路径",
  role: "角色",
};

/** Header texts accepted for each column (the first is the template's). */
const HEADER_ALIASES: Record<string, Exclude<BatchField, "active">> = {
  姓名: "name",
  登录名: "username",
  用户名: "username",
  账号: "username",
  手机号: "phone",
  手机: "phone",
  手机号码: "phone",
  单位编码: "unitCode",
  单位路径: "unitPath",
  角色: "role",
};

/** How many problems a report lists; the count is always complete. */
export const REPORT_LIMIT = 1_000;

export interface ReportIssue {
  /** Row in the file (the header is row 1); 0 for the file as a whole. */
  row: number;
  /** Column header, or "" for the row or the file as a whole. */
  column: string;
  message: string;
}

export interface ImportReport {
  fileName: string;
  format: "xlsx" | "csv";
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  errorCount: number;
  errors: ReportIssue[];
  warningCount: number;
  warnings: ReportIssue[];
  /** The rows that will be (or were) created or changed, in file order (the first REPORT_LIMIT). */
  planned: PlannedRow[];
  applied: boolean;
}

export interface PlannedRow {
  row: number;
  change: "create" | "update";
  name: string;
  username: string;
  /** The unit's path of names, as in the template. */
  unit: string;
}

/** What the pre-check will do, row by row, with each unit named by its path. */
async function plannedRows(d: Db, plan: BatchPlan | null): Promise<PlannedRow[]> {
  if (!plan) return [];
  const rows = [
    ...plan.creates.map((c) => ({ row: c.m.line, change: "create" as const, name: c.m.name, username: c.m.username, unitId: c.unitId })),
    ...plan.updates.map((u) => ({ row: u.m.line, change: "update" as const, name: u.after.name, username: u.m.username, unitId: u.after.unitId })),
  ]
    .sort((a, b) => a.row - b.row)
    .slice(0, REPORT_LIMIT);
  const ids = [...new Set(rows.map((r) => r.unitId))];
  const paths = await kysely(d)
    .selectFrom("org_unit as u")
    .select(["u.id", sql<string>`(SELECT string_agg(a.name, '/' ORDER BY a.depth) FROM org_unit a WHERE a.id = ANY(u.path))`.as("path")])
    .where(sql<boolean>`u.id = ANY(${ids}::int[])`)
    .execute();
  const byId = new Map(paths.map((p) => [p.id, p.path]));
  return rows.map(({ unitId, ...r }) => ({ ...r, unit: byId.get(unitId) ?? "" }));
}

/**
 * The template's columns and what goes in each: the template's 说明 sheet and the import page
 * both read this, so the page describes the file the admin downloads.
 */
export const TEMPLATE_COLUMNS: [column: string, help: string][] = [
  ["姓名", "必填，最多 50 个字"],
  ["登录名", "必填，2–64 位字母、数字或 _ . @ -；是成员的唯一标识：再次导入同一登录名会更新该成员，不会重复创建"],
  ["手机号", "选填，1 开头的 11 位数字；可用于登录，不能与其他成员重复"],
  ["单位编码", "与“单位路径”至少填一项；填写管理后台中单位的编码"],
  ["单位路径", "从最上级单位写起，用“/”分隔，例如：示范区机关党委/综合党总支/办公室党支部"],
  ["角色", "学员、书记或管理员；留空为学员"],
];

const ZRoleCell = z
  .string()
  .trim()
  .transform((s, ctx): Role => {
    if (s === "") return "CADRE";
    const role = ROLE_BY_LABEL[s] ?? (ROLES as readonly string[]).find((r) => r === s.toUpperCase());
    if (!role) {
      ctx.addIssue({ code: "custom", message: `角色“${s}”无效，应为${Object.values(ROLE_LABEL).join("、")}之一` });
      return z.NEVER;
    }
    return role as Role;
  });

/** One data row as text cells, checked field by field. */
const ZImportRow = z.object({
  name: ZMemberName,
  username: ZUsername,
  phone: ZPhone,
  unitCode: z.string().trim().max(64, "单位编码过长"),
  unitPath: z.string().trim().max(500, "单位路径过长"),
  role: ZRoleCell,
});

function mapHeader(header: string[]): { index: Partial<Record<BatchField, number>>; errors: ReportIssue[] } {
  const index: Partial<Record<BatchField, number>> = {};
  const errors: ReportIssue[] = [];
  header.forEach((h, i) => {
    const field = HEADER_ALIASES[h.replace(/\s+/g, "")];
    if (!field) return; // other columns (备注 …) are ignored
    if (index[field] !== undefined) errors.push({ row: 1, column: h, message: `表头“${COLUMN_LABEL[field]}”出现了两次` });
    else index[field] = i;
  });
  for (const f of ["name", "username"] as const) {
    if (index[f] === undefined) errors.push({ row: 1, column: COLUMN_LABEL[f], message: `缺少“${COLUMN_LABEL[f]}”列` });
  }
  if (index.unitCode === undefined && index.unitPath === undefined) {
    errors.push({ row: 1, column: "单位编码/单位路径", message: "缺少“单位编码”或“单位路径”列" });
  }
  return { index, errors };
}

/** Rows of a table → members of a batch, plus every field-level problem. */
export function rowsToBatch(table: Table): { batch: BatchMember[]; errors: ReportIssue[] } {
  const { index, errors } = mapHeader(table.header);
  if (errors.length) return { batch: [], errors };
  const cell = (cells: string[], f: BatchField) => (index[f] === undefined ? "" : (cells[index[f]] ?? ""));
  const batch: BatchMember[] = [];
  for (const { row, cells } of table.rows) {
    const parsed = ZImportRow.safeParse({
      name: cell(cells, "name"),
      username: cell(cells, "username"),
      phone: cell(cells, "phone"),
      unitCode: cell(cells, "unitCode"),
      unitPath: cell(cells, "unitPath"),
      role: cell(cells, "role"),
    });
    if (!parsed.success) {
      const seen = new Set<string>();
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] as Exclude<BatchField, "active">;
        if (seen.has(field)) continue;
        seen.add(field);
        errors.push({ row, column: COLUMN_LABEL[field], message: issue.message });
      }
      continue;
    }
    const r = parsed.data;
    batch.push({
      line: row,
      name: r.name,
      username: r.username,
      phone: r.phone,
      unitCode: r.unitCode || undefined,
      unitPath: r.unitPath || undefined,
      role: r.role,
    });
  }
  return { batch, errors };
}

const issueToReport = (i: BatchIssue): ReportIssue => ({
  row: i.line,
  column: i.field && i.field !== "active" ? COLUMN_LABEL[i.field] : "",
  message: i.message,
});

async function report(d: Db, fileName: string, table: Table, fieldErrors: ReportIssue[], plan: BatchPlan | null, applied: boolean): Promise<ImportReport> {
  const errors = [...fieldErrors, ...(plan?.errors.map(issueToReport) ?? [])].sort((a, b) => a.row - b.row);
  const warnings = plan?.warnings.map(issueToReport) ?? [];
  return {
    fileName,
    format: table.format,
    rows: table.rows.length,
    created: plan?.creates.length ?? 0,
    updated: plan?.updates.length ?? 0,
    unchanged: plan?.unchanged ?? 0,
    errorCount: errors.length,
    errors: errors.slice(0, REPORT_LIMIT),
    warningCount: warnings.length,
    warnings: warnings.slice(0, REPORT_LIMIT),
    planned: await plannedRows(d, plan),
    applied,
  };
}

export type ImportOutcome =
  | { ok: true; report: ImportReport; credentials: { line: number; username: string; name: string; initialPassword: string }[] }
  | { ok: false; report: ImportReport };

/**
 * Reads, checks and (mode "apply") writes a member file. A file refused as a whole throws
 * FileRejected (a UserError); problems in rows come back as the report, with nothing written.
 */
export async function importMembers(d: Db, actor: Actor, file: { name: string; bytes: Uint8Array }, mode: "dry-run" | "apply"): Promise<ImportOutcome> {
  const table = await readTable(file.bytes, file.name);
  const { batch, errors } = rowsToBatch(table);
  if (table.rows.length === 0) {
    return {
      ok: false,
      report: { ...(await report(d, file.name, table, [], null, false)), errorCount: 1, errors: [{ row: 0, column: "", message: "文件中没有成员数据" }] },
    };
  }
  if (mode === "dry-run" || errors.length) {
    // With field errors the batch is incomplete; its own checks still run so the report is whole.
    const plan = await dryRunBatch(d, actor, batch);
    const r = await report(d, file.name, table, errors, plan, false);
    return r.errorCount ? { ok: false, report: r } : { ok: true, report: r, credentials: [] };
  }
  try {
    const sha256 = createHash("sha256").update(file.bytes).digest("hex");
    const result = await applyBatch(d, actor, batch, { action: "member.import", detail: { fileName: file.name, sha256 } });
    return { ok: true, report: await report(d, file.name, table, [], result.plan, true), credentials: result.credentials };
  } catch (e) {
    if (e instanceof BatchRejected) return { ok: false, report: await report(d, file.name, table, [], e.plan, false) };
    throw e;
  }
}

/* ------------------------------------------------------------------ spreadsheets for the admin */

async function toBuffer(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The template: the header row, one example row, and a sheet explaining each column. */
export async function importTemplate(exampleUnitPath = "示范区机关党委/综合党总支/办公室党支部"): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "微信使用规范学堂";
  const ws = wb.addWorksheet("成员");
  ws.columns = [
    { header: "姓名", key: "name", width: 12 },
    { header: "登录名", key: "username", width: 16, style: { numFmt: "@" } },
    { header: "手机号", key: "phone", width: 16, style: { numFmt: "@" } },
    { header: "单位编码", key: "unitCode", width: 14, style: { numFmt: "@" } },
    { header: "单位路径", key: "unitPath", width: 40 },
    { header: "角色", key: "role", width: 10 },
  ];
  ws.getRow(1).font = { bold: true };
  ws.addRow({ name: "张三", username: "zhangsan", phone: "13800138000", unitCode: "", unitPath: exampleUnitPath, role: "学员" });
  ws.views = [{ state: "frozen", ySplit: 1 }];
  const help = wb.addWorksheet("说明");
  help.columns = [{ width: 12 }, { width: 90 }];
  help.addRows([
    ["列", "说明"],
    ...TEMPLATE_COLUMNS,
    ["", "只读取第一个工作表；第 1 行为表头，其他列会被忽略。新账号的初始密码在导入完成后一次性下载，请妥善分发，成员首次登录须修改密码。"],
  ]);
  help.getRow(1).font = { bold: true };
  return toBuffer(wb);
}

/**
 * The initial passwords of the accounts just created, for the admin to hand out. Generated once,
 * with exceljs's streaming writer (100,000 rows in a few seconds; the in-memory one takes 4×).
 */
export function credentialsWorkbook(creds: { line: number; username: string; name: string; initialPassword: string }[]): Promise<Buffer> {
  return writeXlsx((wb) => {
    const ws = wb.addWorksheet("初始密码");
    ws.columns = [
      { header: "文件行号", key: "line", width: 10 },
      { header: "姓名", key: "name", width: 12 },
      { header: "登录名", key: "username", width: 18, style: { numFmt: "@" } },
      { header: "初始密码", key: "initialPassword", width: 18, style: { numFmt: "@" } },
    ];
    for (const c of creds) ws.addRow(c).commit();
    ws.commit();
  });
}
