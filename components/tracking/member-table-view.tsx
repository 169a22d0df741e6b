"use client";

import type { ReactNode } from "react";
import type { ActionResult } from "@/lib/auth/guard";
import type { MemberState, MemberSort } from "@/lib/tracking/state";
import { type MemberColumnKey, visibleColumns } from "./member-columns";
import { RemindMemberButton } from "./remind-member-button";
import { StateBadge } from "./state-badge";
import { ScrollRegion } from "@/components/ui/scroll-region";

/**
 * One row of the member table as it reaches the browser: what the cells show and nothing more (no
 * username, no unit id; scores only for the members' own secretary, see member-table.tsx). The
 * table is a client component so that the page's flight payload carries these rows as data (about
 * 0.2 kB each) rather than as the rendered tree (about 1 kB each, and then again as HTML).
 */
export interface MemberCells {
  id: number;
  name: string;
  talk: boolean;
  /** The member's unit, where the list spans several. */
  unit?: string;
  state: MemberState;
  late: boolean;
  learned: number;
  lessons: number;
  /** Withheld (absent) unless the viewer is the members' own secretary. */
  score?: number | null;
  attempts?: number;
  /** Last activity as MM-DD in China time, formatted on the server. */
  active: string | null;
  neverSignedIn: boolean;
  streak: number;
  reminders: number;
}

const dash = () => <span className="text-stone-500">—</span>;

/** Each column's cell (the columns themselves are data in member-columns.ts). */
const CELL: Record<MemberColumnKey, (m: MemberCells) => ReactNode> = {
  state: (m) => <StateBadge state={m.state} late={m.late} />,
  progress: (m) => (m.lessons ? `${m.learned}/${m.lessons}` : dash()),
  score: (m) => m.score ?? dash(),
  attempts: (m) => m.attempts,
  active: (m) => m.active ?? (m.neverSignedIn ? <span className="text-red-800">从未登录</span> : dash()),
  streak: (m) => (m.streak ? `${m.streak} 天` : dash()),
  reminders: (m) => (m.reminders ? `${m.reminders} 天` : dash()),
};

export interface MemberTableViewProps {
  rows: MemberCells[];
  individual: boolean;
  sort: MemberSort;
  dir: "asc" | "desc";
  /** For each sortable column, the page's URL sorted by it in the direction a click asks for. */
  sortHrefs: Partial<Record<MemberSort, string>>;
  /** Appended to /branch/members/<id> (the assignment). */
  detailQuery: string;
  /** Present where the viewer may remind (manage:unit). */
  remind?: {
    action: (input: unknown) => Promise<ActionResult<{ notified: boolean }>>;
    unitId: number;
    assignmentId: number;
  };
}

/** The secretary's member table: compact, sortable by its headers, one row per member. */
export function MemberTableView({ rows, individual, sort, dir, sortHrefs, detailQuery, remind }: MemberTableViewProps) {
  const columns = visibleColumns(individual);
  const header = (label: string, key: MemberSort | undefined, numeric?: boolean, description?: string) => {
    const active = key === sort;
    const next = active && dir === "asc" ? "desc" : "asc";
    const href = key ? sortHrefs[key] : undefined;
    return (
      <th
        key={label}
        scope="col"
        aria-sort={active ? (dir === "asc" ? "ascending" : "descending") : undefined}
        className={`px-2 py-1 font-medium whitespace-nowrap ${numeric ? "text-right" : ""}`}
        title={description}
      >
        {href ? (
          <a href={href} className="inline-flex min-h-11 items-center gap-0.5 text-brand-700 hover:underline">
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
    <ScrollRegion label="成员学习情况表" className="member-table relative rounded-2xl border border-stone-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">成员学习情况（点击表头排序）</caption>
        <thead className="bg-stone-50">
          <tr>
            {header("姓名", "name")}
            {columns.map((c) => header(c.label, "sort" in c ? c.sort : undefined, "numeric" in c, "description" in c ? c.description : undefined))}
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
                <a href={`/branch/members/${m.id}${detailQuery}`}>
                  <span className="whitespace-nowrap">
                    {m.name}
                    {m.talk ? <span className="ml-1 inline-block rounded bg-red-700 px-1 text-xs text-white">需谈话</span> : null}
                  </span>
                  {m.unit ? <span>{m.unit}</span> : null}
                </a>
              </th>
              {columns.map((c) => (
                <td key={c.key} className={"numeric" in c ? "num" : undefined}>
                  {CELL[c.key](m)}
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
    </ScrollRegion>
  );
}
