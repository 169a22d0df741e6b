import type { MemberSort } from "@/lib/tracking/state";

/**
 * The member table's columns after the name, in order. Columns are data: a new one is one entry
 * here, its cell in member-table-view.tsx, its field in MemberCells (filled in member-table.tsx) and,
 * if it sorts, its ORDER BY in lib/tracking/state.ts. Pure data, read by the server half (which
 * builds the sort links) and the client half (which draws the cells).
 */
export const MEMBER_COLUMNS = [
  { key: "state", label: "状态", sort: "state" },
  { key: "progress", label: "已学课时", sort: "progress", numeric: true },
  // A score, or what reveals one: only for the members' own secretary (lib/tracking/privacy.ts).
  { key: "score", label: "最高分", sort: "score", numeric: true, individual: true },
  { key: "attempts", label: "考试次数", sort: "attempts", numeric: true, individual: true },
  { key: "active", label: "最近学习", sort: "active" },
  // The description is shown to screen readers and in print, where the short label is not enough.
  { key: "streak", label: "连续", description: "连续完成每日一练的天数", numeric: true },
  { key: "reminders", label: "提醒", description: "被提醒的天数", sort: "reminders", numeric: true },
] as const satisfies readonly { key: string; label: string; description?: string; sort?: MemberSort; numeric?: boolean; individual?: boolean }[];

export type MemberColumn = (typeof MEMBER_COLUMNS)[number];
export type MemberColumnKey = MemberColumn["key"];

/** The columns a viewer sees: scores only for the members' own secretary. */
export const visibleColumns = (individual: boolean): readonly MemberColumn[] =>
  MEMBER_COLUMNS.filter((c) => individual || !("individual" in c && c.individual));
