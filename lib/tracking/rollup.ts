/**
 * Reads of the per-unit aggregates: a unit's own figures and its roll-up (one row per unit
 * directly below it). Two indexed lookups whatever the number of members below, plus the deltas
 * not folded yet (lib/tracking/fold.ts) — nothing here scans answers or members. Scores of a group smaller than the privacy floor are withheld.
 */
import { sql } from "kysely";
import type { Db } from "../db/client";
import { kysely, type CamelRow, type Col, type RowOf, type TableRow } from "../db/kysely";
import { averagePercent } from "./contributions";
import { liveAggregateSql, liveRuleAggregateSql, type AggRow, type SqlArg } from "./fold";
import { groupLargeEnough } from "./privacy";
import { chinaDay, chinaDaysBetween } from "./time";

export interface Figures {
  members: number;
  started: number;
  completed: number;
  /** Members with an exam score. */
  scored: number;
  /** Average best score, null when nobody has one or the group is under the privacy floor. */
  averageScore: number | null;
  /** Members per score band, null when withheld. */
  buckets: number[] | null;
  /** Scores exist but the group is too small to show them. */
  withheld: boolean;
  updatedAt: Date | null;
  refreshedAt: Date | null;
}

export type RollupRow = Figures &
  CamelRow<"org_unit", "name" | "kind"> & {
    unitId: Col<"org_unit", "id">;
    hasChildren: boolean;
    /** 1: directly below the unit; 2: below one of those (a committee's branches under its 党总支). */
    level: number;
  };

/** A rate as "42.9%", or "—" for a unit with nobody to count (0 of 0 is no rate, not 0 %). */
export function rateText(n: number, of: number): string {
  return of ? `${Math.round((1000 * n) / of) / 10}%` : "—";
}

/** A unit_aggregate row as shown: scores withheld under the privacy floor when `applyFloor`. */
export function figures(r: AggRow | undefined, applyFloor: boolean): Figures {
  const scored = r?.score_count ?? 0;
  const withheld = applyFloor && scored > 0 && !groupLargeEnough(scored);
  const show = scored > 0 && !withheld;
  return {
    members: r?.members ?? 0,
    started: r?.started ?? 0,
    completed: r?.completed ?? 0,
    scored,
    averageScore: show ? averagePercent(r!.score_sum ?? 0, scored) : null,
    buckets: withheld ? null : (r?.score_buckets ?? [0, 0, 0, 0, 0]),
    withheld,
    updatedAt: r?.updated_at ?? null,
    refreshedAt: r?.refreshed_at ?? null,
  };
}

/** A unit's own figures (everything at and below it). `applyFloor` above the branch. */
export async function unitFigures(d: Db, assignmentId: number, unitId: number, applyFloor: boolean): Promise<Figures> {
  const {
    rows: [r],
  } = await liveAggregateSql(assignmentId, unitId).execute(kysely(d));
  return figures(r, applyFloor);
}

/**
 * The roll-up rows (unsorted; `ORDER BY sort_key`), shared with the dashboard's single statement:
 * the units directly below, and with `levels` 2 the units below those too, so a committee compares
 * its branches side by side and not only its 党总支. `sort_key` keeps each unit under its parent.
 * Found by parent_id (an index lookup per level), never by scanning the subtree.
 */
export function rollupSql(assignment: SqlArg, unit: SqlArg, levels: 1 | 2 = 1) {
  return sql<
    AggRow &
      TableRow<"org_unit", "name" | "kind" | "code"> & {
        unit_id: Col<"org_unit", "id">;
        level: number;
        sort_key: Col<"org_unit", "code">[];
        has_children: boolean;
      }
  >`SELECT c.id AS unit_id, c.name, c.kind, c.code,
            CASE WHEN c.parent_id = ${unit} THEN 1 ELSE 2 END AS level,
            CASE WHEN c.parent_id = ${unit} THEN ARRAY[c.code] ELSE ARRAY[p.code, c.code] END AS sort_key,
            EXISTS (SELECT 1 FROM org_unit g WHERE g.parent_id = c.id AND g.archived_at IS NULL) AS has_children,
            g.members, g.started, g.completed, g.score_sum, g.score_count, g.score_buckets, g.updated_at, g.refreshed_at
     FROM org_unit c JOIN org_unit p ON p.id = c.parent_id
     LEFT JOIN LATERAL (${liveAggregateSql(assignment, sql.ref("c.id"))}) g ON true
     WHERE c.archived_at IS NULL AND (c.parent_id = ${unit}${levels === 2 ? sql` OR (p.parent_id = ${unit} AND p.archived_at IS NULL)` : sql``})`;
}

/** A roll-up row as read (rollupSql). */
export type RollupSqlRow = RowOf<ReturnType<typeof rollupSql>>;

/** The units below `unitId` (`levels` deep), each with its aggregate. The floor always applies: each row is a group. */
export async function rollup(d: Db, assignmentId: number, unitId: number, levels: 1 | 2 = 1): Promise<RollupRow[]> {
  const { rows } = await sql<RollupSqlRow>`${rollupSql(assignmentId, unitId, levels)} ORDER BY sort_key`.execute(kysely(d));
  return rows.map(rollupRow);
}

export function rollupRow(r: AggRow & Pick<RollupSqlRow, "unit_id" | "name" | "kind" | "has_children" | "level">): RollupRow {
  return { unitId: r.unit_id, name: r.name, kind: r.kind, hasChildren: r.has_children, level: r.level, ...figures(r, true) };
}

/** The oldest change and oldest full recount among the rows shown: how fresh the page is. */
export function freshness(rows: Figures[]): { updatedAt: Date | null; refreshedAt: Date | null } {
  const pick = (k: "updatedAt" | "refreshedAt", f: (a: number, b: number) => number) => {
    const ts = rows.map((r) => r[k]?.getTime()).filter((t): t is number => t !== undefined);
    return ts.length ? new Date(ts.reduce((x, y) => f(x, y))) : null;
  };
  return { updatedAt: pick("updatedAt", Math.max), refreshedAt: pick("refreshedAt", Math.min) };
}

/** A lesson that teaches a rule (read as JSON). */
type RuleLesson = CamelRow<"lesson", "id" | "module_slug" | "title">;

/** A weak rule as read (weakestRulesSql): `lessons` null when no lesson teaches it. */
export type WeakRuleRow = TableRow<"rule", "code" | "title"> & TableRow<"unit_rule_aggregate", "score" | "max"> & { lessons: RuleLesson[] | null };

export type WeakRule = Omit<WeakRuleRow, "lessons"> & { percent: number; lessons: RuleLesson[] };

/** The weakest-rule rows, worst first (shared with the dashboard's single statement). */
export function weakestRulesSql(assignment: SqlArg, unit: SqlArg, limit: SqlArg) {
  return sql<WeakRuleRow>`SELECT g.rule AS code, coalesce(r.title, g.rule) AS title, g.score, g.max,
            (SELECT json_agg(json_build_object('id', l.id, 'moduleSlug', l.module_slug, 'title', l.title) ORDER BY cm.position, l.position)
             FROM lesson l JOIN course_module cm ON cm.slug = l.module_slug
             WHERE l.rules @> ARRAY[g.rule] AND l.archived_at IS NULL) AS lessons
     FROM (${liveRuleAggregateSql(assignment, unit)}) g LEFT JOIN rule r ON r.code = g.rule
     WHERE g.max > 0
     ORDER BY g.score / g.max, g.max DESC, g.rule
     LIMIT ${limit}`;
}

export function weakRule(r: WeakRuleRow): WeakRule {
  return { ...r, percent: Math.round((100 * r.score) / r.max), lessons: r.lessons ?? [] };
}

/** The rules answered worst at and below a unit (per-rule points over attempts since the start), with lessons to revisit. */
export async function weakestRules(d: Db, assignmentId: number, unitId: number, limit = 5): Promise<WeakRule[]> {
  const { rows } = await weakestRulesSql(assignmentId, unitId, limit).execute(kysely(d));
  return rows.map(weakRule);
}

/** Completions per China day at and below a unit (shared with the dashboard's single statement). */
export function completionsByDaySql(assignment: SqlArg, unit: SqlArg) {
  return sql<DayCount>`SELECT to_char(c.completed_at + interval '8 hours', 'YYYY-MM-DD') AS day, count(*)::int AS n
     FROM assignment_completion c JOIN member m ON m.id = c.member_id JOIN org_unit u ON u.id = m.unit_id
     WHERE c.assignment_id = ${assignment} AND u.path @> ARRAY[${unit}::int] AND m.active
     GROUP BY 1 ORDER BY 1`;
}

/** Completions per China day at and below a unit, for the chart against the deadline. */
export async function completionsByDay(d: Db, assignmentId: number, unitId: number): Promise<DayCount[]> {
  return (await completionsByDaySql(assignmentId, unitId).execute(kysely(d))).rows;
}

/** Completions on one China day ("YYYY-MM-DD"). */
export type DayCount = { day: string; n: number };

/**
 * Cumulative completion rate per China day from the start to the later of the deadline and today;
 * days after today carry no value (the line stops), completions before the start count on day one.
 */
export function timelinePoints(
  byDay: { day: string; n: number }[],
  a: { startsAt: Date; dueAt: Date },
  members: number,
  now: Date = new Date(),
): { day: string; rate: number | null; completed: number }[] {
  const days = chinaDaysBetween(a.startsAt, a.dueAt > now ? a.dueAt : now);
  const today = chinaDay(now);
  let done = byDay.filter((b) => b.day < days[0]).reduce((n, b) => n + b.n, 0);
  const at = new Map(byDay.map((b) => [b.day, b.n]));
  return days.map((day) => {
    done += at.get(day) ?? 0;
    const future = day > today;
    return { day, completed: future ? 0 : done, rate: future ? null : members ? Math.round((1000 * done) / members) / 10 : 0 };
  });
}
