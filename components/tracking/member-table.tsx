import type { ActionResult } from "@/lib/auth/guard";
import type { DashboardMemberRow } from "@/lib/tracking/dashboard";
import type { MemberSort } from "@/lib/tracking/state";
import { chinaDay } from "@/lib/tracking/time";
import { visibleColumns } from "./member-columns";
import { type MemberCells, MemberTableView } from "./member-table-view";

/** A member's state for the assignment, with his daily-practice activity (lib/daily/activity.ts) where read. */
export type MemberTableRow = DashboardMemberRow;

export interface MemberTableProps {
  rows: MemberTableRow[];
  individual: boolean;
  sort: MemberSort;
  dir: "asc" | "desc";
  /** The page's URL with this sort (first page). */
  sortHref: (sort: MemberSort, dir: "asc" | "desc") => string;
  /** Appended to /branch/members/<id>. */
  detailQuery: string;
  /** Present where the viewer may remind (manage:unit). */
  remind?: {
    action: (input: unknown) => Promise<ActionResult<{ notified: boolean }>>;
    unitId: number;
    assignmentId: number;
  };
  /** Show each member's unit (the list spans several units). */
  showUnit: boolean;
}

/**
 * The secretary's member table. This server half decides what reaches the browser: the cells of
 * each row, with the best score and attempts only for the members' own secretary (`individual`,
 * lib/tracking/privacy.ts) — withheld fields are left out of the payload, not merely not drawn.
 */
export function MemberTable({ rows, individual, sort, dir, sortHref, detailQuery, remind, showUnit }: MemberTableProps) {
  const cells = rows.map((m): MemberCells => ({
    id: m.id,
    name: m.name,
    talk: m.talk,
    ...(showUnit ? { unit: m.unitName } : {}),
    state: m.state,
    late: m.late,
    learned: m.learned,
    lessons: m.lessons,
    ...(individual ? { score: m.bestScore, attempts: m.attempts } : {}),
    active: m.lastActiveAt ? chinaDay(m.lastActiveAt).slice(5) : null,
    neverSignedIn: !!m.neverSignedIn,
    streak: m.streak ?? 0,
    reminders: m.reminders,
  }));
  const sortHrefs: Partial<Record<MemberSort, string>> = {};
  for (const key of ["name" as const, ...visibleColumns(individual).flatMap((c) => ("sort" in c ? [c.sort] : []))])
    sortHrefs[key] = sortHref(key, key === sort && dir === "asc" ? "desc" : "asc");
  return <MemberTableView rows={cells} individual={individual} sort={sort} dir={dir} sortHrefs={sortHrefs} detailQuery={detailQuery} remind={remind} />;
}
