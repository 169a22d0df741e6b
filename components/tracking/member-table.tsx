import type { ReactNode } from "react";
import type { ActionResult } from "@/lib/auth/guard";
import type { MemberActivity } from "@/lib/daily/ranking";
import type { MemberSort, MemberStateRow } from "@/lib/tracking/state";
import { chinaDay } from "@/lib/tracking/time";
import { StateBadge } from "./parts";
import { RemindMemberButton } from "./remind-member-button";

/**
 * One column of the secretary's member table. Columns are data: a new one is one entry here, plus
 * its field in MemberTableRow and, if it sorts, its ORDER BY in lib/tracking/state.ts.
 */
export interface MemberColumn {
  key: string;
  label: string;
  /** Shown to screen readers and in print, where the short label is not enough. */
  description?: string;
  sort?: MemberSort;
  numeric?: boolean;
  /** A score, or what reveals one: only for the members' own secretary (lib/tracking/privacy.ts). */
  individual?: boolean;
  cell: (m: MemberTableRow) => ReactNode;
}

/** A member's state for the assignment, with his daily-practice activity (lib/daily/ranking.ts) where read. */
export type MemberTableRow = MemberStateRow & Partial<Pick<MemberActivity, "streak" | "neverSignedIn">>;

const dash = <span className="text-stone-500">—</span>;

export const MEMBER_COLUMNS: MemberColumn[] = [
  { key: "state", label: "状态", sort: "state", cell: (m) => <StateBadge state={m.state} late={m.late} /> },
  { key: "progress", label: "已学课时", sort: "progress", numeric: true, cell: (m) => (m.lessons ? `${m.learned}/${m.lessons}` : dash) },
  { key: "score", label: "最高分", sort: "score", numeric: true, individual: true, cell: (m) => m.bestScore ?? dash },
  { key: "attempts", label: "考试次数", sort: "attempts", numeric: true, individual: true, cell: (m) => m.attempts },
  {
    key: "active",
    label: "最近学习",
    sort: "active",
    cell: (m) => (m.lastActiveAt ? chinaDay(m.lastActiveAt).slice(5) : m.neverSignedIn ? <span className="text-red-800">从未登录</span> : dash),
  },
  {
    key: "streak",
    label: "连续",
    description: "连续完成每日一练的天数",
    numeric: true,
    cell: (m) => (m.streak ? `${m.streak} 天` : dash),
  },
  {
    key: "reminders",
    label: "提醒",
    description: "被提醒的天数",
    sort: "reminders",
    numeric: true,
    cell: (m) => (m.reminders ? `${m.reminders} 天` : dash),
  },
];

export interface MemberTableProps {
  rows: MemberTableRow[];
  individual: boolean;
  sort: MemberSort;
  dir: "asc" | "desc";
  /** The page's URL with this sort (first page). */
  sortHref: (sort: MemberSort, dir: "asc" | "desc") => string;
  detailHref: (id: number) => string;
  /** Present where the viewer may remind (manage:unit). */
  remind?: {
    action: (input: unknown) => Promise<ActionResult<{ notified: boolean }>>;
    unitId: number;
    assignmentId: number;
  };
  /** Show each member's unit (the list spans several units). */
  showUnit: boolean;
}

/** The secretary's member table: compact, sortable by its headers, one row per member. */
export function MemberTable({ rows, individual, sort, dir, sortHref, detailHref, remind, showUnit }: MemberTableProps) {
  const columns = MEMBER_COLUMNS.filter((c) => individual || !c.individual);
  const header = (label: string, key: MemberSort | undefined, numeric?: boolean, description?: string) => {
    const active = key === sort;
    const next = active && dir === "asc" ? "desc" : "asc";
    return (
      <th
        key={label}
        scope="col"
        aria-sort={active ? (dir === "asc" ? "ascending" : "descending") : undefined}
        className={`px-2 py-1 font-medium whitespace-nowrap ${numeric ? "text-right" : ""}`}
        title={description}
      >
        {key ? (
          <a href={sortHref(key, next)} className="inline-flex min-h-11 items-center gap-0.5 text-brand-700 hover:underline">
            {label}
            {description ? <span className="sr-only">（{description}）</span> : null}
            <span aria-hidden="true" className="text-xs">
              {active ? (dir === "asc" ? "▲" : "▼") : "↕"}
            </span>
            <span className="sr-only">{active ? `，当前${dir === "asc" ? "升序" : "降序"}，点击改为${next === "asc" ? "升序" : "降序"}` : "，点击排序"}</span>
          </a>
        ) : (
          label
        )}
      </th>
    );
  };
  return (
    <div className="member-table relative overflow-x-auto rounded-2xl border border-stone-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">成员学习情况（点击表头排序）</caption>
        <thead className="bg-stone-50">
          <tr>
            {header("姓名", "name")}
            {columns.map((c) => header(c.label, c.sort, c.numeric, c.description))}
            {remind ? (
              <th scope="col" className="no-print px-2 py-1 font-medium">
                操作
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((m) => (
            <tr key={m.id}>
              <th scope="row">
                {/* A plain link: twenty client-side <Link>s would each be hydrated and prefetched. */}
                <a href={detailHref(m.id)}>
                  <span className="whitespace-nowrap">
                    {m.name}
                    {m.talk ? <span className="ml-1 inline-block rounded bg-red-700 px-1 text-xs text-white">需谈话</span> : null}
                  </span>
                  {showUnit ? <span>{m.unitName}</span> : null}
                </a>
              </th>
              {columns.map((c) => (
                <td key={c.key} className={c.numeric ? "num" : undefined}>
                  {c.cell(m)}
                </td>
              ))}
              {remind ? (
                <td className="no-print">
                  {m.state === "completed" ? null : (
                    <RemindMemberButton
                      action={remind.action}
                      input={{ unitId: remind.unitId, assignmentId: remind.assignmentId, memberId: m.id }}
                      name={m.name}
                    />
                  )}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
