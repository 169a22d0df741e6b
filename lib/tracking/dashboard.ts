/**
 * The data behind the branch dashboard (支部看板), the roll-up and the member detail page: one
 * function per page, each resolving the unit or member inside the viewer's scope first (else
 * NotFoundError → 404) and recording every read of another person's scores in the audit trail.
 */
import type { Viewer } from "../auth/viewer";
import { NotFoundError } from "../errors";
import { scopeRoot } from "../auth/viewer";
import { recordAudit } from "../audit/record";
import { listMistakes, type MistakeEntry } from "../assessment/mistakes";
import { COURSE_ID } from "../content/queries";
import type { Db } from "../db/client";
import type { UnitKind } from "../generated/prisma/enums";
import { memberInScope } from "../org/members";
import { unitInScope, type UnitRow } from "../org/units";
import { reconcileUnitMembers } from "./aggregates";
import { assignmentForUnit, assignmentsForUnit, assignmentsOfMember, type AssignmentRow } from "./assignments";
import { groupLargeEnough, individualScoresVisible } from "./privacy";
import { completionsByDay, freshness, rollup, unitFigures, weakestRules, type Figures, type RollupRow, type WeakRule } from "./rollup";
import { memberStates, summarizeStates, type MemberStateRow, type StateSummary, type TMemberListQuery } from "./state";

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
  trail: { id: number; name: string }[];
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
  timeline: { day: string; n: number }[];
  members: { rows: MemberStateRow[]; total: number; page: number; pageSize: number } | null;
  fresh: { updatedAt: Date | null; refreshedAt: Date | null };
}

export const PAGE_SIZE = 50;

/**
 * Everything the dashboard shows for one unit and assignment. The member list covers the unit's
 * whole subtree for a branch; above the branch only the members directly in the unit are listed
 * (units below appear as roll-up rows), so a committee page never lists 100,000 names.
 */
export async function branchDashboard(
  d: Db,
  viewer: TrackingViewer,
  opts: { unitId?: number; assignmentId?: number; list: Partial<TMemberListQuery>; pageSize?: number },
): Promise<BranchDashboard> {
  const unit = await resolveUnit(d, viewer, opts.unitId);
  const root = scopeRoot(viewer);
  const [assignments, viewerKind, children, trailRows] = await Promise.all([
    assignmentsForUnit(d, unit),
    unitKindOf(d, viewer.unitId),
    d.prisma.orgUnit.count({ where: { parentId: unit.id, archivedAt: null } }),
    d.prisma.orgUnit.findMany({ where: { id: { in: unit.path } }, select: { id: true, name: true, depth: true } }),
  ]);
  const rootDepth = root === null ? 0 : (trailRows.find((t) => t.id === root)?.depth ?? 0);
  const trail = trailRows.filter((t) => t.depth >= rootDepth).sort((a, b) => a.depth - b.depth).map(({ id, name }) => ({ id, name }));
  const hasChildren = children > 0;
  const individual = individualScoresVisible(viewer, viewerKind, unit);
  const assignment = opts.assignmentId ? await assignmentForUnit(d, unit, opts.assignmentId) : (assignments[0] ?? null);
  if (opts.assignmentId && !assignment) throw new NotFoundError();
  const empty: BranchDashboard = {
    unit, trail, assignments, assignment, individual, hasChildren,
    figures: null, summary: null, rollup: [], weakRules: [], weakRulesWithheld: false, timeline: [], members: null,
    fresh: { updatedAt: null, refreshedAt: null },
  };
  if (!assignment) return empty;

  // A branch page repairs its own counts first (someone joined without the membership hook).
  if (!hasChildren) await reconcileUnitMembers(d, assignment.id, unit.id);

  const [figures, rows, weak, timeline] = await Promise.all([
    // The floor is lifted only where the figures are exactly the secretary's own members.
    unitFigures(d, assignment.id, unit.id, !individual || hasChildren),
    hasChildren ? rollup(d, assignment.id, unit.id) : Promise.resolve([]),
    weakestRules(d, assignment.id, unit.id),
    completionsByDay(d, assignment.id, unit.id),
  ]);
  const weakRulesWithheld = (!individual || hasChildren) && !groupLargeEnough(figures.started);
  const page = opts.list.page ?? 1;
  // Sorting or filtering by score would reveal scores through the order: only for the own secretary.
  const listQuery = individual
    ? opts.list
    : { ...opts.list, sort: opts.list.sort === "score" ? ("state" as const) : opts.list.sort, minScore: undefined, maxScore: undefined };
  const list = await memberStates(d, assignment.id, {
    ...listQuery,
    unitId: unit.id,
    pageSize: opts.pageSize ?? PAGE_SIZE,
    directOnly: hasChildren,
  });
  const members = {
    rows: individual ? list.rows : list.rows.map(withoutScores),
    total: list.total,
    page,
    pageSize: opts.pageSize ?? PAGE_SIZE,
  };
  const summary = individual && !hasChildren ? await summarizeStates(d, assignment.id, unit.id) : null;
  if (individual && members.rows.length) {
    await recordAudit(d, {
      actorId: viewer.id,
      action: "scores.read",
      entity: "org_unit",
      entityId: String(unit.id),
      after: { assignmentId: assignment.id, view: "member-list", members: members.rows.map((r) => r.id) },
    });
  }
  return {
    ...empty,
    figures,
    summary,
    rollup: rows,
    weakRules: weakRulesWithheld ? [] : weak,
    weakRulesWithheld,
    timeline,
    members,
    fresh: freshness([figures, ...rows]),
  };
}

export interface MemberDetail {
  member: { id: number; name: string; username: string; unitName: string; unitId: number };
  individual: boolean;
  assignments: (AssignmentRow & { state: MemberStateRow | null })[];
  modules: { slug: string; title: string; position: number; lessons: { id: string; title: string; learnedAt: Date | null; seenAt: Date | null }[] }[];
  attempts: { id: string; quizTitle: string; kind: string; submittedAt: Date | null; percent: number | null; passed: boolean | null }[];
  mistakes: MistakeEntry[];
}

/** A member's page for a secretary or above: only within scope; scores only for his own secretary (audited). */
export async function memberDetail(d: Db, viewer: TrackingViewer, memberId: number): Promise<MemberDetail> {
  const m = await memberInScope(d, scopeRoot(viewer), memberId);
  if (!m || !m.active) throw new NotFoundError();
  const viewerKind = await unitKindOf(d, viewer.unitId);
  const individual = individualScoresVisible(viewer, viewerKind, { id: m.unitId, path: m.unit.path });
  const own = await assignmentsOfMember(d, m.id);
  const assignments = await Promise.all(
    own.map(async (a) => {
      const { rows } = await memberStates(d, a.id, { unitId: m.unitId, memberId: m.id });
      const s = rows[0] ?? null;
      return { ...a, state: s && !individual ? withoutScores(s) : s };
    }),
  );
  const lessonRows = await d.raw.query<{ slug: string; mtitle: string; position: number; id: string; title: string; learned_at: Date | null; seen_at: Date | null }>(
    `SELECT cm.slug, cm.title AS mtitle, cm.position, l.id, l.title, p.completed_at AS learned_at, p.last_seen_at AS seen_at
     FROM course_module cm JOIN lesson l ON l.module_slug = cm.slug AND l.archived_at IS NULL
     LEFT JOIN lesson_progress p ON p.lesson_id = l.id AND p.member_id = $1
     WHERE cm.course_id = $2 AND cm.archived_at IS NULL ORDER BY cm.position, l.position`,
    [m.id, COURSE_ID],
  );
  const modules: MemberDetail["modules"] = [];
  for (const r of lessonRows) {
    let mod = modules.at(-1);
    if (!mod || mod.slug !== r.slug) modules.push((mod = { slug: r.slug, title: r.mtitle, position: r.position, lessons: [] }));
    mod.lessons.push({ id: r.id, title: r.title, learnedAt: r.learned_at, seenAt: r.seen_at });
  }
  let attempts: MemberDetail["attempts"] = [];
  let mistakes: MistakeEntry[] = [];
  if (individual) {
    attempts = await d.raw.query(
      `SELECT t.public_id AS id, q.title AS "quizTitle", t.kind, t.submitted_at AS "submittedAt", t.percent, t.passed
       FROM attempt t JOIN quiz q ON q.id = t.quiz_id
       WHERE t.member_id = $1 AND t.status = 'SUBMITTED' ORDER BY t.submitted_at DESC LIMIT 100`,
      [m.id],
    );
    mistakes = await listMistakes(d, m.id);
    await recordAudit(d, { actorId: viewer.id, action: "scores.read", entity: "member", entityId: String(m.id), after: { view: "member-detail" } });
  }
  return {
    member: { id: m.id, name: m.name, username: m.username, unitName: m.unit.name, unitId: m.unitId },
    individual,
    assignments,
    modules,
    attempts,
    mistakes,
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
