/**
 * The data behind the branch dashboard (支部看板) and the roll-up: the unit resolved inside the
 * viewer's scope first (else NotFoundError → 404), every read of another person's scores recorded in
 * the audit trail. The member page is lib/tracking/member-detail.ts; the headline figures
 * lib/tracking/overview.ts.
 */
import { withoutScores, type TrackingViewer } from "./viewer-scope";
import { NotFoundError } from "../errors";
import { scopeRoot } from "../auth/viewer";
import type { Db } from "../db/client";
import { runPrepared, type TableRow } from "../db/kysely";
import type { UnitRow } from "../org/units";
import { reconcileUnitMembers } from "./aggregates";
import type { AssignmentRow } from "./assignments";
import { averagePercent } from "./contributions";
import { FOLD_LAG_BOUND_MS, scheduleFold } from "./fold";
import { groupLargeEnough, individualScoresVisible } from "./privacy";
import { webhookFromRows, type WebhookView } from "./reminders";
import { activityFromJson, type MemberActivity } from "../daily/activity";
import { figures as figuresOf, freshness, rollupRow, weakRule, type DayCount, type Figures, type RollupRow, type WeakRule } from "./rollup";
import { memberStateFromJson, SCORE_SORTS, type MemberStateRow, type StateSummary, type TMemberListQuery } from "./state";
import { aggFromJson, assignmentFromJson, contextSql, dataSql, ROLLUP_TWO_LEVELS_MAX } from "./dashboard-sql";

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
  /** How many levels the roll-up lists, and how many units two levels would have listed. */
  rollupLevels: 1 | 2;
  rollupUnits: number;
  figures: Figures | null;
  summary: StateSummary | null;
  rollup: RollupRow[];
  weakRules: WeakRule[];
  /** Weak rules withheld: too few members above the branch. */
  weakRulesWithheld: boolean;
  timeline: DayCount[];
  members: { rows: DashboardMemberRow[]; total: number; page: number; pageSize: number } | null;
  fresh: { updatedAt: Date | null; refreshedAt: Date | null };
  /** The unit's group bot and the nearest one above it (masked), for the settings form. */
  webhook: WebhookView;
}

/** A listed member's state, with his last activity and streak where the caller asked for them. */
export type DashboardMemberRow = MemberStateRow & Partial<Pick<MemberActivity, "streak" | "neverSignedIn">>;

// Twenty rows, as the admin member list: the page is render-bound (React per request), and the
// member list was most of it — 50 rows made it 112 kB, 20 make it 74 kB (issue 8).
export const PAGE_SIZE = 20;
/**
 * Everything the dashboard shows for one unit and assignment, in two statements whatever the size
 * of the unit (plus a repair in the rare case the branch's counts drifted). The member list covers
 * the unit's whole subtree for a branch; above the branch only the members directly in the unit
 * are listed (units below appear as roll-up rows), so a committee page never lists 100,000 names.
 */
export async function branchDashboard(
  d: Db,
  viewer: TrackingViewer,
  opts: { unitId?: number; assignmentId?: number; list: Partial<TMemberListQuery>; pageSize?: number; activity?: boolean },
): Promise<BranchDashboard> {
  const root = scopeRoot(viewer);
  // Both statements are prepared (planning them cost more than running them); their nullable
  // parameters only pick among rows already found by key, so one generic plan serves every unit.
  const [ctx] = await runPrepared(d, "dashboard-context", contextSql(opts.unitId ?? viewer.unitId, root, viewer.unitId, opts.assignmentId ?? null));
  if (!ctx) throw new NotFoundError();
  const { viewerKind, hasChildren, rollupUnits, trail, assignments: assignmentsJson, picked, hooks, ...unit } = ctx;
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
    rollupLevels: rollupUnits <= ROLLUP_TWO_LEVELS_MAX ? 2 : 1,
    rollupUnits,
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
      `dashboard-data-${list.sort ?? "state"}-${list.dir ?? "asc"}-${empty.rollupLevels}`,
      dataSql({
        assignmentId: assignment.id,
        unitId: unit.id,
        list,
        pageSize,
        offset: (page - 1) * pageSize,
        directOnly: hasChildren,
        levels: empty.rollupLevels,
        summary: individual && !hasChildren,
        checkDrift,
        audit: individual,
        actorId: viewer.id,
        activity: opts.activity ?? false,
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
  const members = {
    rows: (r.members ?? []).map(({ ord: _o, total: _t, activeAt, signedIn, streak, ...m }): DashboardMemberRow => {
      const row = individual ? memberStateFromJson(m) : withoutScores(memberStateFromJson(m));
      const act = activityFromJson({ activeAt, signedIn, streak });
      return act ? { ...row, lastActiveAt: act.lastActiveAt ?? row.lastActiveAt, streak: act.streak, neverSignedIn: act.neverSignedIn } : row;
    }),
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
