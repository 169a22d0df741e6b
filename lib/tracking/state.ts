/**
 * Each member's state in an assignment, derived on read from lesson_progress, attempt and the
 * recorded completions (the rule is in ./contributions.ts and stated in the UI):
 *   completed   — recorded, or every lesson learned and the exam (if any) passed;
 *   overdue     — not completed and the deadline has passed;
 *   in_progress — started (a lesson learned or an exam taken), deadline not passed;
 *   not_started — nothing yet.
 * Used for one branch (or one member) at a time; committee-wide figures come from the aggregates.
 */
import { type RawBuilder, sql } from "kysely";
import { z } from "zod";
import type { Db } from "../db/client";
import { kysely, type CamelRow, type Col } from "../db/kysely";
import { averagePercent, scoreBucket } from "./contributions";
import type { SqlArg } from "./fold";
import { REMINDERS_FOR_TALK } from "./reminder-policy";

export const MEMBER_STATES = ["not_started", "in_progress", "completed", "overdue"] as const;
export type MemberState = (typeof MEMBER_STATES)[number];

export const COMPLETION_RULE_TEXT = "完成标准：课程的全部课时均已学完，且结业考试（如有）已通过。完成日期与最高分在达到标准时记录。";

export const SORTS = ["name", "state", "score", "progress", "attempts", "active", "completed", "reminders"] as const;
export type MemberSort = (typeof SORTS)[number];
/** Sorts that would reveal scores through the order: only for the members' own secretary. */
export const SCORE_SORTS: readonly MemberSort[] = ["score", "attempts"];

/** An empty form field ("?minScore=") means "not set", not 0. */
const blank = <T extends z.ZodType>(t: T) => z.preprocess((v) => (v === "" ? undefined : v), t);

/** The member list's filters and sort, parsed from the page's searchParams (server-side); junk is ignored. */
export const ZMemberListQuery = z.object({
  state: blank(z.enum(MEMBER_STATES).optional()).catch(undefined),
  overdue: blank(z.enum(["1"]).optional()).catch(undefined),
  talk: blank(z.enum(["1"]).optional()).catch(undefined),
  minScore: blank(z.coerce.number().min(0).max(100).optional()).catch(undefined),
  maxScore: blank(z.coerce.number().min(0).max(100).optional()).catch(undefined),
  /** Part of a name or a login name. */
  q: blank(z.string().trim().max(32).optional()).catch(undefined),
  sort: z.enum(SORTS).default("state").catch("state"),
  dir: z.enum(["asc", "desc"]).default("asc").catch("asc"),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});
export type TMemberListQuery = z.infer<typeof ZMemberListQuery>;

/** A member and his state in an assignment: the member's columns from the schema, the rest computed. */
export type MemberStateRow = CamelRow<"member", "id" | "name" | "username" | "unit_id"> & {
  unitName: Col<"org_unit", "name">;
  state: MemberState;
  /** Lessons learned of the course's `lessons`; exam attempts submitted. */
  learned: number;
  lessons: number;
  attempts: number;
  bestScore: Col<"assignment_completion", "best_score">;
  passed: boolean;
  completedAt: Col<"assignment_completion", "completed_at"> | null;
  /** Completed after the deadline. */
  late: boolean;
  lastActiveAt: Col<"lesson_progress", "last_seen_at"> | null;
  /** Days on which he was reminded about this assignment. */
  reminders: number;
  /** Reminded REMINDERS_FOR_TALK times or more and still not done: the secretary should talk to him. */
  talk: boolean;
};

const ORDER: Record<(typeof SORTS)[number], string> = {
  name: `s.name`,
  state: `array_position(ARRAY['overdue','not_started','in_progress','completed'], s.state)`,
  score: `s."bestScore"`,
  progress: `s.learned`,
  attempts: `s.attempts`,
  active: `s."lastActiveAt"`,
  completed: `s."completedAt"`,
  reminders: `s.reminders`,
};

export interface MemberStatesOpts extends Partial<TMemberListQuery> {
  /** Every member at and below this unit. */
  unitId: number;
  /** Only this member (his own home, or a detail page). */
  memberId?: number;
  /** Only members directly in the unit, not below it (a committee's own members). */
  directOnly?: boolean;
  pageSize?: number;
}

/**
 * The member-state CTEs (a, lessons, total, mem, lp, ex, rem, s, s2), ending in `s2`: one row per
 * member with his state. Shared by memberStates and the dashboard's single statement; `p` gives
 * each input, a value or an SQL expression (a column of the enclosing query, or `sql.lit`).
 * `member` (one member only) is left out rather than passed as null: `$n IS NULL OR m.id = $n`
 * would keep a prepared statement's generic plan from looking the member up by his key.
 */
export function memberStateCtes(p: { assignment: SqlArg; unit: SqlArg; member?: SqlArg; directOnly: SqlArg<boolean> }): RawBuilder<unknown> {
  return sql`a AS (
       SELECT id, unit_id, course_id, quiz_id, due_at FROM assignment WHERE id = ${p.assignment}
     ), lessons AS (
       SELECT l.id FROM a JOIN course_module cm ON cm.course_id = a.course_id AND cm.archived_at IS NULL
       JOIN lesson l ON l.module_slug = cm.slug AND l.archived_at IS NULL
     ), total AS (SELECT count(*)::int AS n FROM lessons),
     mem AS (
       SELECT m.id, m.name, m.username, m.unit_id, u.name AS unit_name FROM a
       JOIN org_unit u ON u.path @> ARRAY[a.unit_id] AND u.path @> ARRAY[${p.unit}::int]
       JOIN member m ON m.unit_id = u.id
       WHERE m.active AND m.role <> 'ADMIN'${p.member === undefined ? sql`` : sql` AND m.id = ${p.member}`} AND (NOT ${p.directOnly} OR u.id = ${p.unit})
     ), lp AS (
       SELECT p.member_id, count(p.completed_at)::int AS learned, max(p.completed_at) AS last_learned, max(p.last_seen_at) AS last_seen
       FROM lesson_progress p JOIN mem ON mem.id = p.member_id WHERE p.lesson_id IN (SELECT id FROM lessons)
       GROUP BY p.member_id
     ), ex AS (
       SELECT t.member_id, max(t.percent)::float8 AS best, min(t.submitted_at) FILTER (WHERE t.passed) AS first_pass,
              count(*)::int AS n, max(t.submitted_at) AS last_exam
       FROM a JOIN attempt t ON t.quiz_id = a.quiz_id AND t.status = 'SUBMITTED' JOIN mem ON mem.id = t.member_id
       GROUP BY t.member_id
     ), rem AS (
       SELECT r.member_id, count(DISTINCT r.day_key)::int AS n FROM reminder r JOIN mem ON mem.id = r.member_id
       WHERE r.assignment_id = ${p.assignment} AND r.channel = 'inapp' GROUP BY r.member_id
     ), s AS (
       SELECT mem.id, mem.name, mem.username, mem.unit_id AS "unitId", mem.unit_name AS "unitName",
              coalesce(lp.learned, 0) AS learned, CASE WHEN a.course_id IS NULL THEN 0 ELSE total.n END AS lessons,
              coalesce(ex.n, 0) AS attempts,
              greatest(ac.best_score, ex.best) AS "bestScore",
              ex.first_pass IS NOT NULL AS passed,
              coalesce(ac.completed_at, CASE WHEN (a.course_id IS NULL OR coalesce(lp.learned, 0) >= total.n)
                                              AND (a.quiz_id IS NULL OR ex.first_pass IS NOT NULL)
                                             THEN greatest(lp.last_learned, ex.first_pass) END) AS "completedAt",
              greatest(lp.last_seen, ex.last_exam) AS "lastActiveAt",
              coalesce(rem.n, 0) AS reminders,
              a.due_at,
              (coalesce(lp.learned, 0) > 0 OR coalesce(ex.n, 0) > 0) AS started
       FROM mem CROSS JOIN a CROSS JOIN total
       LEFT JOIN lp ON lp.member_id = mem.id
       LEFT JOIN ex ON ex.member_id = mem.id
       LEFT JOIN rem ON rem.member_id = mem.id
       LEFT JOIN assignment_completion ac ON ac.assignment_id = a.id AND ac.member_id = mem.id
     ), s2 AS (
       SELECT s.*,
              CASE WHEN s."completedAt" IS NOT NULL THEN 'completed'
                   WHEN now() > s.due_at THEN 'overdue'
                   WHEN s.started THEN 'in_progress'
                   ELSE 'not_started' END AS state,
              s."completedAt" IS NOT NULL AND s."completedAt" > s.due_at AS late
       FROM s
     )`;
}

/** The list's filters over `s2 s`: every one a parameter, null (or false) when not set. */
export function memberFilterSql(list: Partial<TMemberListQuery>): RawBuilder<boolean> {
  const state = list.state ?? null;
  const q = list.q ?? null;
  const minScore = list.minScore ?? null;
  const maxScore = list.maxScore ?? null;
  return sql`(${state}::text IS NULL OR s.state = ${state})
       AND (${q}::text IS NULL OR strpos(s.name, ${q}) > 0 OR s.username = ${q})
       AND (NOT ${list.overdue === "1"} OR s.state = 'overdue')
       AND (${minScore}::float8 IS NULL OR s."bestScore" >= ${minScore})
       AND (${maxScore}::float8 IS NULL OR s."bestScore" <= ${maxScore})
       AND (NOT ${list.talk === "1"} OR (s.state <> 'completed' AND s.reminders >= ${sql.lit(REMINDERS_FOR_TALK)}))`;
}

/** The list's ORDER BY expression over `s2 s` (always total: ties broken by name and id); no values in it. */
export function memberOrderSql(sort: (typeof SORTS)[number] | undefined, dir: "asc" | "desc" | undefined): RawBuilder<unknown> {
  return sql.raw(`${ORDER[sort ?? "state"]} ${dir === "desc" ? "DESC" : "ASC"} NULLS LAST, s.name, s.id`);
}

/** A MemberStateRow's columns, from `s2 s`. */
export const MEMBER_STATE_COLUMNS = sql`s.id, s.name, s.username, s."unitId", s."unitName", s.state, s.learned, s.lessons, s.attempts, s."bestScore",
            s.passed, s."completedAt", s.late, s."lastActiveAt", s.reminders,
            (s.state <> 'completed' AND s.reminders >= ${sql.lit(REMINDERS_FOR_TALK)}) AS talk`;

/** A MemberStateRow read as JSON from PostgreSQL: its timestamps are strings there. */
export type MemberStateJson = Omit<MemberStateRow, "completedAt" | "lastActiveAt"> & { completedAt: string | null; lastActiveAt: string | null };
export const memberStateFromJson = (m: MemberStateJson): MemberStateRow => ({
  ...m,
  completedAt: m.completedAt === null ? null : new Date(m.completedAt),
  lastActiveAt: m.lastActiveAt === null ? null : new Date(m.lastActiveAt),
});

/** One query: the members with their state, filtered, sorted and paged in SQL. */
export async function memberStates(d: Db, assignmentId: number, o: MemberStatesOpts): Promise<{ rows: MemberStateRow[]; total: number }> {
  const pageSize = o.pageSize ?? 50;
  const member = o.memberId === undefined ? undefined : sql<number>`${o.memberId}::int`;
  const { rows } = await sql<
    MemberStateRow & { total: number }
  >`WITH ${memberStateCtes({ assignment: assignmentId, unit: o.unitId, member, directOnly: o.directOnly ?? false })}
     SELECT ${MEMBER_STATE_COLUMNS}, count(*) OVER ()::int AS total
     FROM s2 s
     WHERE ${memberFilterSql(o)}
     ORDER BY ${memberOrderSql(o.sort, o.dir)}
     LIMIT ${pageSize} OFFSET ${((o.page ?? 1) - 1) * pageSize}`.execute(kysely(d));
  return { rows: rows.map(({ total: _t, ...r }) => r), total: rows[0]?.total ?? 0 };
}

export interface StateSummary {
  members: number;
  notStarted: number;
  inProgress: number;
  completed: number;
  overdue: number;
  scored: number;
  averageScore: number | null;
  buckets: number[];
}

/** Counts per state and the score distribution over every member at and below a unit (one branch). */
export async function summarizeStates(d: Db, assignmentId: number, unitId: number): Promise<StateSummary> {
  const { rows } = await memberStates(d, assignmentId, { unitId, pageSize: 100_000 });
  const count = (s: MemberState) => rows.filter((r) => r.state === s).length;
  const scores = rows.map((r) => r.bestScore).filter((s): s is number => s !== null);
  const buckets = [0, 0, 0, 0, 0];
  for (const s of scores) buckets[scoreBucket(s)]++;
  return {
    members: rows.length,
    notStarted: count("not_started"),
    inProgress: count("in_progress"),
    completed: count("completed"),
    overdue: count("overdue"),
    scored: scores.length,
    averageScore: scores.length
      ? averagePercent(
          scores.reduce((a, b) => a + b, 0),
          scores.length,
        )
      : null,
    buckets,
  };
}
