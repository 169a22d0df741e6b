/**
 * The data behind the branch dashboard (支部看板), the roll-up and the member detail page: one
 * function per page, each resolving the unit or member inside the viewer's scope first (else
 * NotFoundError → 404) and recording every read of another person's scores in the audit trail.
 */
import { sql } from "kysely";
import type { Viewer } from "../auth/viewer";
import { NotFoundError } from "../errors";
import { scopeRoot } from "../auth/viewer";
import { recordAudit } from "../audit/record";
import { listMistakes, type MistakeEntry } from "../assessment/mistakes";
import { COURSE_ID } from "../content/queries";
import type { Db } from "../db/client";
import { kysely, runPrepared, type CamelRow, type Col, type RowOf, type TableRow } from "../db/kysely";
import type { UnitKind } from "../generated/prisma/enums";
import { memberInScope } from "../org/members";
import { unitInScope, type UnitRow } from "../org/units";
import { reconcileUnitMembers } from "./aggregates";
import { assignmentsOfMember, type AssignmentRow } from "./assignments";
import { averagePercent } from "./contributions";
import { FOLD_LAG_BOUND_MS, liveAggregateSql, scheduleFold, type AggRow } from "./fold";
import { groupLargeEnough, individualScoresVisible } from "./privacy";
import { webhookFromRows, type WebhookRow, type WebhookView } from "./reminders";
import {
  completionsByDaySql,
  figures as figuresOf,
  freshness,
  rollupRow,
  rollupSql,
  weakestRulesSql,
  weakRule,
  type DayCount,
  type Figures,
  type RollupRow,
  type RollupSqlRow,
  type WeakRule,
  type WeakRuleRow,
} from "./rollup";
import {
  MEMBER_STATE_COLUMNS,
  memberFilterSql,
  memberOrderSql,
  memberStateCtes,
  memberStateFromJson,
  SCORE_SORTS,
  type MemberStateRow,
  type StateSummary,
  type TMemberListQuery,
} from "./state";

/** What above-the-branch viewers get of a member's row: state and dates, no score. */
export function withoutScores(r: MemberStateRow): MemberStateRow {
  return { ...r, bestScore: null, passed: false, attempts: 0 };
}

export type TrackingViewer = Pick<Viewer, "id" | "role" | "unitId">;

async function unitKindOf(d: Db, unitId: number): Promise<UnitKind> {
  const u = await d.prisma.orgUnit.findUnique({ where: { id: unitId }, select: { kind: true } });
  return u?.kind ?? "COMMITTEE";
}

/** The unit the page is about: ?unit= if given (must be in scope), else the viewer's own. */
export async function resolveUnit(d: Db, viewer: TrackingViewer, unitId?: number): Promise<UnitRow> {
  const unit = await unitInScope(d, scopeRoot(viewer), unitId ?? viewer.unitId);
  if (!unit) throw new NotFoundError();
  return unit;
}

export interface BranchDashboard {
  unit: UnitRow;
  /** Ancestors within the viewer's scope, for the breadcrumb (root first). */
  trail: TableRow<"org_unit", "id" | "name">[];
  assignments: AssignmentRow[];
  assignment: AssignmentRow | null;
  /** Individual scores may be shown (the viewer is the members' own secretary). */
  individual: boolean;
  /** The unit has units below it: show the roll-up. */
  hasChildren: boolean;
  figures: Figures | null;
  summary: StateSummary | null;
  rollup: RollupRow[];
  weakRules: WeakRule[];
  /** Weak rules withheld: too few members above the branch. */
  weakRulesWithheld: boolean;
  timeline: DayCount[];
  members: { rows: MemberStateRow[]; total: number; page: number; pageSize: number } | null;
  fresh: { updatedAt: Date | null; refreshedAt: Date | null };
  /** The unit's group bot and the nearest one above it (masked), for the settings form. */
  webhook: WebhookView;
}

// Twenty rows, as the admin member list: the page is render-bound (React per request), and the
// member list was most of it — 50 rows made it 112 kB, 20 make it 74 kB (issue 8).
export const PAGE_SIZE = 20;
/** Roll-up rows on one page (two levels below a province's root could be thousands; drill down for more). */
export const ROLLUP_ROWS = 300;

/** An assignment as JSON from PostgreSQL: timestamps are strings (parsed the way node-postgres does). */
type AssignmentJson = Omit<AssignmentRow, "startsAt" | "dueAt" | "createdAt"> & { startsAt: string; dueAt: string; createdAt: string };
const assignmentFromJson = (a: AssignmentJson): AssignmentRow => ({
  ...a,
  startsAt: new Date(a.startsAt),
  dueAt: new Date(a.dueAt),
  createdAt: new Date(a.createdAt),
});
const dateOrNull = (v: string | Date | null): Date | null => (v === null ? null : new Date(v));

type ContextRow = UnitRow & {
  viewerKind: Col<"org_unit", "kind">;
  hasChildren: boolean;
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
const contextSql = (unitId: number, root: number | null, viewerUnitId: number, assignmentId: number | null) => sql<ContextRow>`WITH u AS (
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
  members: (Json<MemberStateRow> & { ord: number; total: number })[] | null;
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
  /** The counts per state (the own secretary of a branch). */
  summary: boolean;
  checkDrift: boolean;
  /** Individual scores are read: audited as `actorId`. */
  audit: boolean;
  actorId: number;
}

/**
 * Statement 2: everything shown for one unit and assignment, from the aggregates and one pass over
 * the unit's member states (memberStateCtes: the page of the list and, for the own secretary, the
 * counts per state). It also checks the branch's counts for drift (`checkDrift`; see below) and records the
 * read of individual scores in the audit trail (`audit`) — in the same statement, so a dashboard is two
 * round trips whatever the size of the branch. The same INSERT recordAudit would make.
 */
function dataSql({ assignmentId: a, unitId: u, list, pageSize, offset, directOnly, summary, checkDrift, audit, actorId }: DataArgs) {
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
    (SELECT json_agg(p ORDER BY p.ord) FROM page p) AS members,
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
    (SELECT json_agg(x ORDER BY x.sort_key) FROM (${rollupSql(a, u, 2)} ORDER BY sort_key LIMIT ${sql.lit(ROLLUP_ROWS)}) x) AS rollup,
    (SELECT json_agg(x ORDER BY x.score / x.max, x.max DESC, x.code) FROM (${weakestRulesSql(a, u, sql.lit(5))}) x) AS weak,
    (SELECT json_agg(x ORDER BY x.day) FROM (${completionsByDaySql(a, u)}) x) AS timeline,
    EXISTS (SELECT 1 FROM d_drift) AS drift,
    (SELECT (extract(epoch FROM localtimestamp - min(created_at)) * 1000)::float8 FROM aggregate_delta) AS pending_ms`;
}

const aggFromJson = (r: Json<AggRow>): AggRow => ({ ...r, updated_at: dateOrNull(r.updated_at), refreshed_at: dateOrNull(r.refreshed_at) });

/**
 * Everything the dashboard shows for one unit and assignment, in two statements whatever the size
 * of the unit (plus a repair in the rare case the branch's counts drifted). The member list covers
 * the unit's whole subtree for a branch; above the branch only the members directly in the unit
 * are listed (units below appear as roll-up rows), so a committee page never lists 100,000 names.
 */
export async function branchDashboard(
  d: Db,
  viewer: TrackingViewer,
  opts: { unitId?: number; assignmentId?: number; list: Partial<TMemberListQuery>; pageSize?: number },
): Promise<BranchDashboard> {
  const root = scopeRoot(viewer);
  // Both statements are prepared (planning them cost more than running them); their nullable
  // parameters only pick among rows already found by key, so one generic plan serves every unit.
  const [ctx] = await runPrepared(d, "dashboard-context", contextSql(opts.unitId ?? viewer.unitId, root, viewer.unitId, opts.assignmentId ?? null));
  if (!ctx) throw new NotFoundError();
  const { viewerKind, hasChildren, trail, assignments: assignmentsJson, picked, hooks, ...unit } = ctx;
  const assignments = (assignmentsJson ?? []).map(assignmentFromJson);
  const individual = individualScoresVisible(viewer, viewerKind, unit);
  const assignment = opts.assignmentId ? (picked ? assignmentFromJson(picked) : null) : (assignments[0] ?? null);
  if (opts.assignmentId && !assignment) throw new NotFoundError();
  const empty: BranchDashboard = {
    unit,
    trail: trail ?? [],
    assignments,
    assignment,
    individual,
    hasChildren,
    figures: null,
    summary: null,
    rollup: [],
    weakRules: [],
    weakRulesWithheld: false,
    timeline: [],
    members: null,
    fresh: { updatedAt: null, refreshedAt: null },
    webhook: webhookFromRows(hooks ?? [], unit.id),
  };
  if (!assignment) return empty;

  const pageSize = opts.pageSize ?? PAGE_SIZE;
  const page = opts.list.page ?? 1;
  // Sorting or filtering by score would reveal scores through the order: only for the own secretary.
  const list = individual
    ? opts.list
    : {
        ...opts.list,
        sort: opts.list.sort && SCORE_SORTS.includes(opts.list.sort) ? ("state" as const) : opts.list.sort,
        minScore: undefined,
        maxScore: undefined,
      };
  const run = (checkDrift: boolean) =>
    runPrepared(
      d,
      `dashboard-data-${list.sort ?? "state"}-${list.dir ?? "asc"}`,
      dataSql({
        assignmentId: assignment.id,
        unitId: unit.id,
        list,
        pageSize,
        offset: (page - 1) * pageSize,
        directOnly: hasChildren,
        summary: individual && !hasChildren,
        checkDrift,
        audit: individual,
        actorId: viewer.id,
      }),
    );
  // A branch page repairs its own counts (someone joined without the membership hook): the check
  // rides along; on drift the members are synced and the page read again (and only then audited).
  let [r] = await run(!hasChildren);
  if (r.drift) {
    await reconcileUnitMembers(d, assignment.id, unit.id);
    [r] = await run(false);
  }
  // The figures already include what is not folded yet; a fold that fell behind (its node went
  // away, say) is restarted here so reads never have many pending rows to add.
  if ((r.pending_ms ?? 0) > FOLD_LAG_BOUND_MS) scheduleFold(d);

  // The floor is lifted only where the figures are exactly the secretary's own members.
  const figures = figuresOf(r.fig ? aggFromJson(r.fig) : undefined, !individual || hasChildren);
  const rows = (r.rollup ?? []).map((x) => rollupRow({ ...x, ...aggFromJson(x) }));
  const weakRulesWithheld = (!individual || hasChildren) && !groupLargeEnough(figures.started);
  const memberRows: MemberStateRow[] = (r.members ?? []).map(({ ord: _o, total: _t, ...m }) => memberStateFromJson(m));
  const members = {
    rows: individual ? memberRows : memberRows.map(withoutScores),
    total: r.members?.[0]?.total ?? 0,
    page,
    pageSize,
  };
  let summary: StateSummary | null = null;
  if (r.summary) {
    const { scoreSum, ...s } = r.summary;
    summary = { ...s, averageScore: s.scored ? averagePercent(scoreSum ?? 0, s.scored) : null };
  }
  return {
    ...empty,
    figures,
    summary,
    rollup: rows,
    weakRules: weakRulesWithheld ? [] : (r.weak ?? []).map(weakRule),
    weakRulesWithheld,
    timeline: r.timeline ?? [],
    members,
    fresh: freshness([figures, ...rows]),
  };
}

/** A submitted attempt on a member's page. */
type AttemptLine = CamelRow<"attempt", "kind" | "submitted_at" | "percent" | "passed"> & { id: Col<"attempt", "public_id">; quizTitle: Col<"quiz", "title"> };

export interface MemberDetail {
  /** `phone`: the contact the record holds, for the secretary who has to call him. */
  member: { id: number; name: string; username: string; phone: string | null; unitName: string; unitId: number };
  individual: boolean;
  assignments: (AssignmentRow & { state: MemberStateRow | null })[];
  modules: { slug: string; title: string; position: number; lessons: { id: string; title: string; learnedAt: Date | null; seenAt: Date | null }[] }[];
  attempts: AttemptLine[];
  mistakes: MistakeEntry[];
  /** Chinese titles of the rules the mistakes name (a secretary reads 规则 titles, not codes). */
  ruleTitles: Record<string, string>;
}

/** A member's page for a secretary or above: only within scope; scores only for his own secretary (audited). */
export async function memberDetail(d: Db, viewer: TrackingViewer, memberId: number): Promise<MemberDetail> {
  const m = await memberInScope(d, scopeRoot(viewer), memberId);
  if (!m || !m.active) throw new NotFoundError();
  const viewerKind = await unitKindOf(d, viewer.unitId);
  const individual = individualScoresVisible(viewer, viewerKind, { id: m.unitId, path: m.unit.path });
  const assignments = (await assignmentsOfMember(d, m.id)).map(({ assignment, state }) => ({
    ...assignment,
    state: individual ? state : withoutScores(state),
  }));
  const { rows: lessonRows } = await sql<
    TableRow<"course_module", "slug" | "position"> &
      TableRow<"lesson", "id" | "title"> & {
        mtitle: Col<"course_module", "title">;
        learned_at: Col<"lesson_progress", "completed_at">;
        seen_at: Col<"lesson_progress", "last_seen_at"> | null;
      }
  >`SELECT cm.slug, cm.title AS mtitle, cm.position, l.id, l.title, p.completed_at AS learned_at, p.last_seen_at AS seen_at
     FROM course_module cm JOIN lesson l ON l.module_slug = cm.slug AND l.archived_at IS NULL
     LEFT JOIN lesson_progress p ON p.lesson_id = l.id AND p.member_id = ${m.id}
     WHERE cm.course_id = ${COURSE_ID} AND cm.archived_at IS NULL ORDER BY cm.position, l.position`.execute(kysely(d));
  const modules: MemberDetail["modules"] = [];
  for (const r of lessonRows) {
    let mod = modules.at(-1);
    if (!mod || mod.slug !== r.slug) modules.push((mod = { slug: r.slug, title: r.mtitle, position: r.position, lessons: [] }));
    mod.lessons.push({ id: r.id, title: r.title, learnedAt: r.learned_at, seenAt: r.seen_at });
  }
  let attempts: MemberDetail["attempts"] = [];
  let mistakes: MistakeEntry[] = [];
  const ruleTitles: Record<string, string> = {};
  if (individual) {
    ({ rows: attempts } = await sql<AttemptLine>`SELECT t.public_id AS id, q.title AS "quizTitle", t.kind, t.submitted_at AS "submittedAt", t.percent, t.passed
       FROM attempt t JOIN quiz q ON q.id = t.quiz_id
       WHERE t.member_id = ${m.id} AND t.status = 'SUBMITTED' ORDER BY t.submitted_at DESC LIMIT 100`.execute(kysely(d)));
    mistakes = await listMistakes(d, m.id);
    const codes = [...new Set(mistakes.flatMap((x) => x.rules))];
    if (codes.length)
      for (const r of (await sql<TableRow<"rule", "code" | "title">>`SELECT code, title FROM rule WHERE code = ANY(${codes}::text[])`.execute(kysely(d))).rows)
        ruleTitles[r.code] = r.title;
    await recordAudit(d, { actorId: viewer.id, action: "scores.read", entity: "member", entityId: String(m.id), after: { view: "member-detail" } });
  }
  return {
    member: { id: m.id, name: m.name, username: m.username, phone: m.phone, unitName: m.unit.name, unitId: m.unitId },
    individual,
    assignments,
    modules,
    attempts,
    mistakes,
    ruleTitles,
  };
}

export interface Overview {
  members: number;
  completed: number;
  inProgress: number;
  notStarted: number;
  overdue: number;
  rate: number;
  averageScore: number | null;
  buckets: number[] | null;
  withheld: boolean;
}

/**
 * The headline figures: counted live for the branch's own secretary, else from the aggregates
 * (where "overdue" is everyone not completed once the deadline has passed).
 */
export function overview(data: Pick<BranchDashboard, "summary" | "figures" | "assignment">, now: Date = new Date()): Overview {
  const s = data.summary;
  const f = data.figures;
  if (s) {
    return {
      members: s.members,
      completed: s.completed,
      inProgress: s.inProgress,
      notStarted: s.notStarted,
      overdue: s.overdue,
      rate: s.members ? Math.round((1000 * s.completed) / s.members) / 10 : 0,
      averageScore: s.averageScore,
      buckets: s.buckets,
      withheld: false,
    };
  }
  const members = f?.members ?? 0;
  const completed = f?.completed ?? 0;
  const started = f?.started ?? 0;
  const past = data.assignment ? data.assignment.dueAt < now : false;
  return {
    members,
    completed,
    inProgress: past ? 0 : Math.max(0, started - completed),
    notStarted: past ? 0 : members - started,
    overdue: past ? members - completed : 0,
    rate: members ? Math.round((1000 * completed) / members) / 10 : 0,
    averageScore: f?.averageScore ?? null,
    buckets: f?.buckets ?? null,
    withheld: f?.withheld ?? false,
  };
}
