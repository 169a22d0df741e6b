/**
 * The branch dashboard's two statements (lib/tracking/dashboard.ts runs them): the unit in the
 * viewer's scope with its context, then everything shown for one unit and assignment.
 */
import { sql } from "kysely";
import { memberActivitySql, type ActivityJson } from "../daily/activity";
import type { Col, RowOf, TableRow } from "../db/kysely";
import type { UnitRow } from "../org/units";
import type { AssignmentRow } from "./assignments";
import { liveAggregateSql, type AggRow } from "./fold";
import type { WebhookRow } from "./reminders";
import { completionsByDaySql, rollupSql, weakestRulesSql, type RollupSqlRow, type WeakRuleRow } from "./rollup";
import { MEMBER_STATE_COLUMNS, memberFilterSql, memberOrderSql, memberStateCtes, type MemberStateRow, type StateSummary, type TMemberListQuery } from "./state";

/** Roll-up rows on one page (two levels below a province's root could be thousands; drill down for more). */
export const ROLLUP_ROWS = 300;
/**
 * Two levels of the roll-up (a committee compares its branches, not only its 党总支) while they
 * hold at most this many units; above it only the units directly below are listed, each a link
 * one level down. A province's root with 110 units in two levels made a 265 kB page whose
 * server render cost four times the page floor's (issue 21); 40 rows keep it near the floor.
 */
export const ROLLUP_TWO_LEVELS_MAX = 40;

/** An assignment as JSON from PostgreSQL: timestamps are strings (parsed the way node-postgres does). */
type AssignmentJson = Omit<AssignmentRow, "startsAt" | "dueAt" | "createdAt"> & { startsAt: string; dueAt: string; createdAt: string };
export const assignmentFromJson = (a: AssignmentJson): AssignmentRow => ({
  ...a,
  startsAt: new Date(a.startsAt),
  dueAt: new Date(a.dueAt),
  createdAt: new Date(a.createdAt),
});
const dateOrNull = (v: string | Date | null): Date | null => (v === null ? null : new Date(v));

type ContextRow = UnitRow & {
  viewerKind: Col<"org_unit", "kind">;
  hasChildren: boolean;
  /** Units in the two levels below (what a two-level roll-up would list). */
  rollupUnits: number;
  trail: TableRow<"org_unit", "id" | "name">[] | null;
  assignments: AssignmentJson[] | null;
  picked: AssignmentJson | null;
  hooks: WebhookRow[] | null;
};

const ASSIGNMENT_COLUMNS = sql.raw(`a.id, a.unit_id AS "unitId", au.name AS "unitName", a.course_id AS "courseId", a.quiz_id AS "quizId",
  a.title, a.starts_at AS "startsAt", a.due_at AS "dueAt", a.created_at AS "createdAt", a.created_by_id AS "createdById"`);

/**
 * Statement 1: the unit — found only inside the viewer's scope (`root`), else no row — with all the
 * page needs to know about it: the viewer's unit kind, whether units lie below, the breadcrumb
 * within scope, the assignments that concern it (see assignmentsForUnit), the one asked for (`assignmentId`)
 * and the bots on its path (see webhookOf).
 */
export const contextSql = (unitId: number, root: number | null, viewerUnitId: number, assignmentId: number | null) => sql<ContextRow>`WITH u AS (
    SELECT id, code, name, kind, parent_id, path, depth FROM org_unit
    WHERE id = ${unitId} AND archived_at IS NULL AND (${root}::int IS NULL OR path @> ARRAY[${root}::int])
  ), al AS (
    SELECT ${ASSIGNMENT_COLUMNS}
    FROM u, assignment a JOIN org_unit au ON au.id = a.unit_id
    WHERE a.archived_at IS NULL AND (a.unit_id = ANY(u.path) OR au.path @> ARRAY[u.id])
  )
  SELECT u.id, u.code, u.name, u.kind, u.parent_id AS "parentId", u.path, u.depth,
    coalesce((SELECT v.kind FROM org_unit v WHERE v.id = ${viewerUnitId}), 'COMMITTEE') AS "viewerKind",
    EXISTS (SELECT 1 FROM org_unit c WHERE c.parent_id = u.id AND c.archived_at IS NULL) AS "hasChildren",
    (SELECT count(*)::int FROM org_unit c JOIN org_unit p ON p.id = c.parent_id
     WHERE c.archived_at IS NULL AND (c.parent_id = u.id OR (p.parent_id = u.id AND p.archived_at IS NULL))) AS "rollupUnits",
    (SELECT json_agg(json_build_object('id', t.id, 'name', t.name) ORDER BY t.depth) FROM org_unit t
     WHERE t.id = ANY(u.path) AND t.depth >= coalesce((SELECT r.depth FROM org_unit r WHERE r.id = ${root} AND r.id = ANY(u.path)), 0)) AS trail,
    (SELECT json_agg(x ORDER BY x."dueAt" DESC, x.id DESC) FROM (SELECT * FROM al ORDER BY "dueAt" DESC, id DESC LIMIT 100) x) AS assignments,
    (SELECT row_to_json(al) FROM al WHERE al.id = ${assignmentId}) AS picked,
    (SELECT json_agg(json_build_object('id', h.id, 'name', h.name, 'webhook_url', h.webhook_url) ORDER BY h.depth DESC)
     FROM org_unit h WHERE h.id = ANY(u.path) AND h.webhook_url IS NOT NULL) AS hooks
  FROM u`;

type Json<T> = { [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | null ? string | null : T[K] };

/** Statement 2's one row: JSON of the rows of the statements it shares (their types, as JSON). */
type DataRow = {
  fig: Json<AggRow> | null;
  members: (Json<MemberStateRow> & ActivityJson & { ord: number; total: number })[] | null;
  summary: (Omit<StateSummary, "averageScore"> & { scoreSum: number | null }) | null;
  rollup: Json<RollupSqlRow>[] | null;
  weak: WeakRuleRow[] | null;
  timeline: RowOf<ReturnType<typeof completionsByDaySql>>[] | null;
  drift: boolean;
  /** Age of the oldest delta not folded yet (any assignment), null when none. */
  pending_ms: number | null;
};

/** Statement 2's inputs. */
interface DataArgs {
  assignmentId: number;
  unitId: number;
  list: Partial<TMemberListQuery>;
  pageSize: number;
  offset: number;
  /** Above the branch: only members directly in the unit are listed. */
  directOnly: boolean;
  /** Roll-up depth (ROLLUP_TWO_LEVELS_MAX). */
  levels: 1 | 2;
  /** The counts per state (the own secretary of a branch). */
  summary: boolean;
  checkDrift: boolean;
  /** Individual scores are read: audited as `actorId`. */
  audit: boolean;
  actorId: number;
  /** Each listed member's last activity and streak (lib/daily/activity.ts). */
  activity: boolean;
}

/**
 * Statement 2: everything shown for one unit and assignment, from the aggregates and one pass over
 * the unit's member states (memberStateCtes: the page of the list and, for the own secretary, the
 * counts per state). It also checks the branch's counts for drift (`checkDrift`; see below) and records the
 * read of individual scores in the audit trail (`audit`) — in the same statement, so a dashboard is two
 * round trips whatever the size of the branch (the listed members' activity rides along too). The
 * same INSERT recordAudit would make.
 */
export function dataSql({ assignmentId: a, unitId: u, list, pageSize, offset, directOnly, levels, summary, checkDrift, audit, actorId, activity }: DataArgs) {
  const order = memberOrderSql(list.sort, list.dir);
  return sql<DataRow>`WITH ${memberStateCtes({ assignment: a, unit: u, directOnly })},
  page AS (
    SELECT ${MEMBER_STATE_COLUMNS}, count(*) OVER ()::int AS total, row_number() OVER (ORDER BY ${order})::int AS ord
    FROM s2 s
    WHERE ${memberFilterSql(list)}
    ORDER BY ${order}
    LIMIT ${pageSize} OFFSET ${offset}
  ), d_fig AS (
    ${liveAggregateSql(a, u)}
  ), d_counted AS (
    -- Whether each live member is counted under this unit: one primary-key lookup per member (a
    -- scalar subquery, so the planner cannot turn it into a scan of the whole assignment's rows).
    SELECT (SELECT c.unit_path @> ARRAY[${u}::int] FROM aggregate_contribution c WHERE c.assignment_id = ${a} AND c.member_id = mem.id) AS counted
    FROM mem WHERE ${checkDrift}
  ), d_drift AS (
    -- Drift: a live member not counted here (joined or moved in without the hook), or more counted
    -- here than live members counted (someone left without it).
    SELECT 1 FROM d_counted WHERE counted IS NOT TRUE
    UNION ALL
    SELECT 1 WHERE ${checkDrift} AND coalesce((SELECT members FROM d_fig), 0) <> (SELECT count(*) FROM d_counted WHERE counted)
    LIMIT 1
  ), d_audit AS (
    INSERT INTO audit_event (actor_id, action, entity, entity_id, after)
    SELECT ${actorId}, 'scores.read', 'org_unit', ${u}::text,
           jsonb_build_object('assignmentId', ${a}::int, 'view', 'member-list', 'members', (SELECT jsonb_agg(p.id ORDER BY p.ord) FROM page p))
    WHERE ${audit} AND EXISTS (SELECT 1 FROM page) AND NOT EXISTS (SELECT 1 FROM d_drift)
  )
  SELECT
    (SELECT row_to_json(d_fig) FROM d_fig) AS fig,
    (SELECT json_agg(x ORDER BY x.ord) FROM (
       SELECT p.*, act."activeAt", act."signedIn", act.streak
       FROM page p LEFT JOIN LATERAL (${memberActivitySql(sql<number>`p.id`)} WHERE ${activity}) act ON true) x) AS members,
    (SELECT row_to_json(x) FROM (
       SELECT count(*)::int AS members,
              count(*) FILTER (WHERE s.state = 'not_started')::int AS "notStarted",
              count(*) FILTER (WHERE s.state = 'in_progress')::int AS "inProgress",
              count(*) FILTER (WHERE s.state = 'completed')::int AS completed,
              count(*) FILTER (WHERE s.state = 'overdue')::int AS overdue,
              count(s."bestScore")::int AS scored,
              sum(s."bestScore")::float8 AS "scoreSum",
              ARRAY[count(*) FILTER (WHERE s."bestScore" < 60), count(*) FILTER (WHERE s."bestScore" >= 60 AND s."bestScore" < 70),
                    count(*) FILTER (WHERE s."bestScore" >= 70 AND s."bestScore" < 80), count(*) FILTER (WHERE s."bestScore" >= 80 AND s."bestScore" < 90),
                    count(*) FILTER (WHERE s."bestScore" >= 90)]::int[] AS buckets
       FROM s2 s) x WHERE ${summary}) AS summary,
    (SELECT json_agg(x ORDER BY x.sort_key) FROM (${rollupSql(a, u, levels)} ORDER BY sort_key LIMIT ${sql.lit(ROLLUP_ROWS)}) x) AS rollup,
    (SELECT json_agg(x ORDER BY x.score / x.max, x.max DESC, x.code) FROM (${weakestRulesSql(a, u, sql.lit(5))}) x) AS weak,
    (SELECT json_agg(x ORDER BY x.day) FROM (${completionsByDaySql(a, u)}) x) AS timeline,
    EXISTS (SELECT 1 FROM d_drift) AS drift,
    (SELECT (extract(epoch FROM localtimestamp - min(created_at)) * 1000)::float8 FROM aggregate_delta) AS pending_ms`;
}

export const aggFromJson = (r: Json<AggRow>): AggRow => ({ ...r, updated_at: dateOrNull(r.updated_at), refreshed_at: dateOrNull(r.refreshed_at) });
