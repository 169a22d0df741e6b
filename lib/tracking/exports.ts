/**
 * Exports: the member list, the roll-up and the branch study ledger (学习台账) as XLSX (Chinese
 * headers, a title row naming the unit and date, frozen header, A4 landscape fitted to the page
 * width for filing with the branch's 三会一课 records) and CSV (UTF-8 with BOM so Excel opens it
 * as Chinese). Every text cell that a spreadsheet could read as a formula (= + - @, tab, CR) is
 * prefixed with ' — names and titles are typed by people.
 */
import { sql } from "kysely";
import { NotFoundError } from "../errors";
import { writeXlsx } from "../xlsx";
import { recordAudit } from "../audit/record";
import { COURSE_ID } from "../content/queries";
import type { Db } from "../db/client";
import { kysely, type Col, type TableRow } from "../db/kysely";
import { assignmentForUnit } from "./assignments";
import { resolveUnit, withoutScores, type TrackingViewer } from "./viewer-scope";
import { individualScoresVisible } from "./privacy";
import { rollup, unitFigures } from "./rollup";
import { memberStates, type MemberStateRow } from "./state";
import { chinaDay } from "./time";
import { MEMBER_STATE_LABEL, UNIT_KIND_LABEL } from "../labels";

export type Cell = string | number | null;

export interface Table {
  /** Shown in the XLSX title row and used for the file name. */
  title: string;
  /** The worksheet's name (Excel allows 31 characters: see sheetName). */
  sheet: string;
  /** How the rows are ordered, said in the sheet under the title. */
  order: string;
  headers: string[];
  rows: Cell[][];
  /** Column widths in characters (XLSX). */
  widths?: number[];
}

/** Neutralises a text cell against formula injection (OWASP: = + - @ tab CR). */
export function neutralize(v: string): string {
  return /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
}

/** Characters Excel refuses in a sheet name. */
const SHEET_FORBIDDEN = /[\\/?*[\]:]/g;
/** Where a name may be cut: after a separator, or before an opening bracket. */
const BREAK_AFTER = new Set([" ", "·", "、", "，", ",", "-", "—", "）", ")"]);
const OPENING = new Set(["（", "("]);

/**
 * A worksheet name within Excel's 31 characters, cut at a boundary (a separator, or before a
 * bracket) rather than mid-word or inside a parenthesis; only a run of 31 characters without any
 * boundary is cut hard.
 */
export function sheetName(s: string, max = 31): string {
  const clean =
    s
      .replace(SHEET_FORBIDDEN, " ")
      .replace(/^'+|'+$/g, "")
      .trim() || "Sheet1";
  const chars = [...clean];
  if (chars.length <= max) return clean;
  let cut = -1;
  for (let i = 1; i <= max; i++) {
    if (BREAK_AFTER.has(chars[i - 1])) cut = i;
    else if (i < chars.length && OPENING.has(chars[i])) cut = i;
  }
  const head = chars.slice(0, cut > 0 ? cut : max).join("");
  return head.replace(/[\s·、，,\-—]+$/u, "") || chars.slice(0, max).join("");
}

/** Chinese names in pinyin order (as a 花名册 is read), then by unit: the order every export states. */
const zh = new Intl.Collator("zh-CN");
export const byUnitThenName = (a: MemberStateRow, b: MemberStateRow) => zh.compare(a.unitName, b.unitName) || zh.compare(a.name, b.name) || a.id - b.id;
const MEMBER_ORDER = "排序：按所在单位，同一单位内按姓名拼音。";

const cellValue = (v: Cell) => (typeof v === "string" ? neutralize(v) : v);

export function toCsv(t: Table): Buffer {
  const esc = (v: Cell) => {
    if (v === null) return "";
    const s = String(cellValue(v));
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const lines = [t.headers, ...t.rows].map((r) => r.map(esc).join(","));
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lines.join("\r\n") + "\r\n", "utf8")]);
}

export function toXlsx(t: Table): Promise<Buffer> {
  return writeXlsx((wb) => {
    const ws = wb.addWorksheet(sheetName(t.sheet), {
      views: [{ state: "frozen", ySplit: 3 }],
      pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "1:3" },
    });
    ws.columns = t.headers.map((h, i) => ({ width: t.widths?.[i] ?? Math.max(8, h.length * 2 + 2) }));
    const title = ws.addRow([neutralize(t.title)]);
    ws.mergeCells(1, 1, 1, Math.max(1, t.headers.length));
    title.font = { bold: true, size: 14 };
    title.alignment = { horizontal: "center", vertical: "middle" };
    title.height = 28;
    title.commit();
    const note = ws.addRow([neutralize(t.order)]);
    ws.mergeCells(2, 1, 2, Math.max(1, t.headers.length));
    note.font = { size: 10, color: { argb: "FF57534E" } };
    note.commit();
    const head = ws.addRow(t.headers.map(neutralize));
    head.font = { bold: true };
    head.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    head.eachCell((c) => {
      c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF5F5F4" } };
      c.border = { bottom: { style: "thin" } };
    });
    head.commit();
    for (const r of t.rows) ws.addRow(r.map(cellValue)).commit();
    ws.commit();
  });
}

/* ------------------------------------------------------------------ the data */

async function scoped(d: Db, viewer: TrackingViewer, unitId: number, assignmentId: number) {
  const unit = await resolveUnit(d, viewer, unitId);
  const a = await assignmentForUnit(d, unit, assignmentId);
  if (!a) throw new NotFoundError();
  const viewerUnit = await d.prisma.orgUnit.findUnique({ where: { id: viewer.unitId }, select: { kind: true } });
  const individual = individualScoresVisible(viewer, viewerUnit?.kind ?? "COMMITTEE", unit);
  const hasChildren = (await d.prisma.orgUnit.count({ where: { parentId: unit.id, archivedAt: null } })) > 0;
  return { unit, a, individual, hasChildren };
}

const fmtDay = (d: Date | null) => (d ? chinaDay(d) : null);

async function listedMembers(d: Db, unitId: number, assignmentId: number, directOnly: boolean, individual: boolean): Promise<MemberStateRow[]> {
  const { rows } = await memberStates(d, assignmentId, { unitId, directOnly, sort: "name", pageSize: 1_000_000 });
  rows.sort(byUnitThenName);
  return individual ? rows : rows.map(withoutScores);
}

/** The member list, as on the dashboard (a branch: everyone; above it: the unit's own members, no scores). */
export async function memberListTable(d: Db, viewer: TrackingViewer, unitId: number, assignmentId: number): Promise<Table> {
  const { unit, a, individual, hasChildren } = await scoped(d, viewer, unitId, assignmentId);
  const rows = await listedMembers(d, unit.id, a.id, hasChildren, individual);
  if (individual) await auditExport(d, viewer, unit.id, a.id, "member-list", rows);
  const headers = [
    "序号",
    "姓名",
    "用户名",
    "所在单位",
    "状态",
    "已学课时",
    "总课时",
    ...(individual ? ["最高分", "考试次数"] : []),
    "完成日期",
    "是否逾期完成",
    "提醒天数",
    "需谈话",
  ];
  return {
    title: `${unit.name} · ${a.title} · 成员学习情况（导出日期 ${chinaDay()}）`,
    sheet: "成员学习情况",
    order: MEMBER_ORDER,
    headers,
    widths: [6, 12, 14, 20, 8, 10, 8, ...(individual ? [8, 10] : []), 12, 12, 10, 8],
    rows: rows.map((r, i) => [
      i + 1,
      r.name,
      r.username,
      r.unitName,
      MEMBER_STATE_LABEL[r.state],
      r.learned,
      r.lessons,
      ...(individual ? [r.bestScore, r.attempts] : []),
      fmtDay(r.completedAt),
      r.late ? "是" : "否",
      r.reminders,
      r.talk ? "是" : "否",
    ]),
  };
}

/** The roll-up: one row per unit below, then the unit's own total. Scores only for groups over the floor. */
export async function rollupTable(d: Db, viewer: TrackingViewer, unitId: number, assignmentId: number): Promise<Table> {
  const { unit, a, individual, hasChildren } = await scoped(d, viewer, unitId, assignmentId);
  const [rows, own] = await Promise.all([rollup(d, a.id, unit.id), unitFigures(d, a.id, unit.id, !individual || hasChildren)]);
  const pct = (n: number, of: number) => (of ? Math.round((1000 * n) / of) / 10 : 0);
  const line = (name: string, kind: string, f: typeof own) => [
    name,
    kind,
    f.members,
    f.started,
    f.completed,
    pct(f.completed, f.members),
    f.averageScore,
    f.withheld ? "人数不足，不显示" : f.scored,
  ];
  return {
    title: `${unit.name} · ${a.title} · 下级组织汇总（导出日期 ${chinaDay()}）`,
    sheet: "下级组织汇总",
    order: "排序：按组织编码（组织架构中的顺序），最后一行为本级合计。",
    headers: ["单位", "类型", "应学人数", "已开始", "已完成", "完成率(%)", "平均分", "有成绩人数"],
    widths: [24, 8, 10, 8, 8, 10, 8, 16],
    rows: [...rows.map((r) => line(r.name, UNIT_KIND_LABEL[r.kind], r)), line(`合计：${unit.name}`, UNIT_KIND_LABEL[unit.kind], own)],
  };
}

export const PRINCIPLES = ["P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8", "P9", "P10"] as const;

/**
 * 学习台账: one line per member — dates, completion, score, and which of the ten principles
 * (P1–P10) he has studied (learned a lesson that teaches it).
 */
export async function ledgerTable(d: Db, viewer: TrackingViewer, unitId: number, assignmentId: number): Promise<Table> {
  const { unit, a, individual, hasChildren } = await scoped(d, viewer, unitId, assignmentId);
  const rows = await listedMembers(d, unit.id, a.id, hasChildren, individual);
  const ids = rows.map((r) => r.id);
  // rules: NULL when none of his completed lessons teaches a principle (an empty FILTER).
  type Coverage = TableRow<"lesson_progress", "member_id"> & { rules: Col<"lesson", "rules"> | null; first_at: Col<"lesson_progress", "started_at"> };
  const { rows: coverage } =
    await sql<Coverage>`SELECT p.member_id, array_agg(DISTINCT r) FILTER (WHERE r = ANY(${[...PRINCIPLES]}::text[])) AS rules, min(p.started_at) AS first_at
     FROM lesson_progress p JOIN lesson l ON l.id = p.lesson_id
     JOIN course_module cm ON cm.slug = l.module_slug AND cm.course_id = ${COURSE_ID}
     LEFT JOIN LATERAL unnest(CASE WHEN p.completed_at IS NOT NULL THEN l.rules ELSE '{}'::text[] END) AS r ON true
     WHERE p.member_id = ANY(${ids}::int[]) GROUP BY p.member_id`.execute(kysely(d));
  const byMember = new Map(coverage.map((c) => [c.member_id, c]));
  if (individual) await auditExport(d, viewer, unit.id, a.id, "ledger", rows);
  return {
    title: `${unit.name} 学习台账 · ${a.title}（${chinaDay(a.startsAt)} 至 ${chinaDay(a.dueAt)}，导出日期 ${chinaDay()}）`,
    sheet: "学习台账",
    order: MEMBER_ORDER,
    headers: [
      "序号",
      "姓名",
      "所在单位",
      "首次学习日期",
      "完成日期",
      "状态",
      "课时进度",
      ...(individual ? ["最高分"] : []),
      ...PRINCIPLES.map((p) => `十大原则 ${p}`),
      "覆盖原则数",
      "备注",
    ],
    widths: [6, 12, 20, 14, 12, 8, 10, ...(individual ? [8] : []), ...PRINCIPLES.map(() => 6), 10, 16],
    rows: rows.map((r, i) => {
      const c = byMember.get(r.id);
      const covered = new Set(c?.rules ?? []);
      return [
        i + 1,
        r.name,
        r.unitName,
        fmtDay(c?.first_at ?? null),
        fmtDay(r.completedAt),
        MEMBER_STATE_LABEL[r.state],
        `${r.learned}/${r.lessons}`,
        ...(individual ? [r.bestScore] : []),
        ...PRINCIPLES.map((p) => (covered.has(p) ? "✓" : "")),
        covered.size,
        r.talk ? "已多次提醒，需谈话" : r.late ? "逾期完成" : "",
      ];
    }),
  };
}

async function auditExport(d: Db, viewer: TrackingViewer, unitId: number, assignmentId: number, view: string, rows: MemberStateRow[]) {
  await recordAudit(d, {
    actorId: viewer.id,
    action: "scores.read",
    entity: "org_unit",
    entityId: String(unitId),
    after: { assignmentId, view: `export:${view}`, members: rows.map((r) => r.id) },
  });
}

export const EXPORT_KINDS = { members: memberListTable, rollup: rollupTable, ledger: ledgerTable } as const;
export type ExportKind = keyof typeof EXPORT_KINDS;

/** "支部名-成员学习情况-2026-11-21.xlsx", as an RFC 5987 Content-Disposition. */
export function contentDisposition(unitName: string, what: string, ext: "xlsx" | "csv"): string {
  const name = `${unitName}-${what}-${chinaDay()}.${ext}`;
  return `attachment; filename="export.${ext}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
