/**
 * What the tracking endpoints of /api/v1 answer, shaped by ./api-schemas.ts. Scope is resolved in
 * the queries (lib/tracking/dashboard.ts resolveUnit): a unit outside it is NotFoundError → 404.
 */
import type { z } from "zod";
import { NotFoundError } from "../errors";
import { scopeRoot } from "../auth/viewer";
import { recordAudit } from "../audit/record";
import type { Db } from "../db/client";
import { allUnits, toTree, unitsUnder, type UnitNode } from "../org/units";
import { assignmentForUnit, assignmentsForUnit, type AssignmentRow } from "./assignments";
import type { ZCompletionQuery, ZOrgUnitCompletion, ZOrgUnitRollup, ZOrgUnitTree, TOrgUnitNode } from "./api-schemas";
import { resolveUnit, withoutScores, type TrackingViewer } from "./viewer-scope";
import { individualScoresVisible, privacyMinGroup } from "./privacy";
import { freshness, rollup, unitFigures, type Figures } from "./rollup";
import { memberStates } from "./state";

const iso = (d: Date | null) => (d ? d.toISOString() : null);

function node(n: UnitNode): TOrgUnitNode {
  return { id: n.id, code: n.code, name: n.name, kind: n.kind, children: n.children.map(node) };
}

export async function listOrgUnitsFor(d: Db, viewer: TrackingViewer): Promise<z.infer<typeof ZOrgUnitTree>> {
  const root = scopeRoot(viewer);
  const rows = root === null ? await allUnits(d) : await unitsUnder(d, root);
  return { units: toTree(rows).map(node) };
}

function assignmentRef(a: AssignmentRow | null) {
  return a
    ? {
        id: a.id,
        title: a.title,
        unitId: a.unitId,
        course: a.courseId !== null,
        exam: a.quizId !== null,
        startsAt: a.startsAt.toISOString(),
        dueAt: a.dueAt.toISOString(),
      }
    : null;
}

async function pick(d: Db, unit: { id: number; path: number[] }, assignmentId?: number) {
  if (assignmentId) {
    const a = await assignmentForUnit(d, unit, assignmentId);
    if (!a) throw new NotFoundError();
    return a;
  }
  return (await assignmentsForUnit(d, unit))[0] ?? null;
}

export async function orgUnitCompletion(
  d: Db,
  viewer: TrackingViewer,
  unitId: number,
  q: z.infer<typeof ZCompletionQuery>,
): Promise<z.infer<typeof ZOrgUnitCompletion>> {
  const unit = await resolveUnit(d, viewer, unitId);
  const a = await pick(d, unit, q.assignmentId);
  const viewerUnit = await d.prisma.orgUnit.findUnique({ where: { id: viewer.unitId }, select: { kind: true } });
  // The list covers the whole subtree: scores only where all of it is the secretary's own branch.
  const hasChildren = (await d.prisma.orgUnit.count({ where: { parentId: unit.id, archivedAt: null } })) > 0;
  const individual = individualScoresVisible(viewer, viewerUnit?.kind ?? "COMMITTEE", unit) && !hasChildren;
  const head = {
    unit: { id: unit.id, name: unit.name, kind: unit.kind },
    assignment: assignmentRef(a),
    scoresVisible: individual,
    page: q.page,
    limit: q.limit,
  };
  if (!a) return { ...head, total: 0, members: [] };
  const list = await memberStates(d, a.id, { unitId: unit.id, state: q.state, sort: "name", page: q.page, pageSize: q.limit });
  const rows = individual ? list.rows : list.rows.map(withoutScores);
  if (individual && rows.length) {
    await recordAudit(d, {
      actorId: viewer.id,
      action: "scores.read",
      entity: "org_unit",
      entityId: String(unit.id),
      after: { assignmentId: a.id, view: "api:completion", members: rows.map((r) => r.id) },
    });
  }
  return {
    ...head,
    total: list.total,
    members: rows.map((r) => ({
      id: r.id,
      name: r.name,
      username: r.username,
      unitId: r.unitId,
      unitName: r.unitName,
      state: r.state,
      learned: r.learned,
      lessons: r.lessons,
      bestScore: r.bestScore,
      completedAt: iso(r.completedAt),
    })),
  };
}

function figuresOut(f: Figures) {
  return {
    members: f.members,
    started: f.started,
    completed: f.completed,
    completionRate: f.members ? Math.round((1000 * f.completed) / f.members) / 10 : 0,
    scored: f.scored,
    averageScore: f.averageScore,
    withheld: f.withheld,
  };
}

export async function orgUnitRollup(d: Db, viewer: TrackingViewer, unitId: number, assignmentId?: number): Promise<z.infer<typeof ZOrgUnitRollup>> {
  const unit = await resolveUnit(d, viewer, unitId);
  const a = await pick(d, unit, assignmentId);
  const viewerUnit = await d.prisma.orgUnit.findUnique({ where: { id: viewer.unitId }, select: { kind: true } });
  const individual = individualScoresVisible(viewer, viewerUnit?.kind ?? "COMMITTEE", unit);
  const hasChildren = (await d.prisma.orgUnit.count({ where: { parentId: unit.id, archivedAt: null } })) > 0;
  const [own, rows] = a ? await Promise.all([unitFigures(d, a.id, unit.id, !individual || hasChildren), rollup(d, a.id, unit.id)]) : [null, []];
  const empty: Figures = {
    members: 0,
    started: 0,
    completed: 0,
    scored: 0,
    averageScore: null,
    buckets: null,
    withheld: false,
    updatedAt: null,
    refreshedAt: null,
  };
  const fresh = freshness(own ? [own, ...rows] : []);
  return {
    unit: { id: unit.id, name: unit.name, kind: unit.kind },
    assignment: assignmentRef(a),
    privacyMinGroup: privacyMinGroup(),
    freshness: { updatedAt: iso(fresh.updatedAt), refreshedAt: iso(fresh.refreshedAt) },
    total: figuresOut(own ?? empty),
    children: rows.map((r) => ({ unitId: r.unitId, name: r.name, kind: r.kind, hasChildren: r.hasChildren, ...figuresOut(r) })),
  };
}
