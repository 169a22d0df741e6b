/**
 * A secretary never sees another branch: not by page data, export, API or guessing ids. And the
 * privacy floor: above the branch, names and completion but no individual scores.
 */
import { beforeAll, expect, test } from "vitest";
import * as exportRoute from "@/app/(app)/branch/export/route";
import * as completionRoute from "@/app/api/v1/org-units/[unitId]/completion/route";
import * as rollupRoute from "@/app/api/v1/org-units/[unitId]/rollup/route";
import * as unitsRoute from "@/app/api/v1/org-units/route";
import { issueToken } from "../api/tokens";
import { db, type Db } from "../db/client";
import { NotFoundError } from "../errors";
import { makeMember } from "../test/factories";
import { ZOrgUnitCompletion, ZOrgUnitRollup, ZOrgUnitTree } from "./api-schemas";
import { createAssignment, recountAssignment } from "./assignments";
import { branchDashboard } from "./dashboard";
import { memberDetail } from "./member-detail";
import { ledgerTable, memberListTable, rollupTable } from "./exports";
import { inDays, secretariesWorld, setupCourse, sitQuiz } from "../test/tracking";

type Viewer = { id: number; role: "CADRE" | "SECRETARY" | "ADMIN"; unitId: number };

let w: Awaited<ReturnType<typeof world>>;

async function world(d: Db) {
  const { t, admin, secA, secB, secC, viewers: ours } = await secretariesWorld(d);
  const secX = await makeMember(d, t.other, "SECRETARY");
  const inA = await Promise.all([1, 2, 3, 4, 5].map(() => makeMember(d, t.branchA)));
  const inB = await Promise.all([1, 2].map(() => makeMember(d, t.branchB)));
  const inX = await makeMember(d, t.other);
  const viewers: Record<"admin" | "secA" | "secB" | "secC" | "secX", Viewer> = { ...ours, secX: { id: secX.id, role: secX.role, unitId: t.other.id } };
  const a = await createAssignment(d, viewers.admin, {
    unitId: t.committee.id,
    title: "党委专题学习",
    course: false,
    exam: true,
    startsOn: inDays(0),
    dueOn: inDays(9),
  });
  const ax = await createAssignment(d, viewers.secX, {
    unitId: t.other.id,
    title: "别的党委",
    course: true,
    exam: false,
    startsOn: inDays(0),
    dueOn: inDays(9),
  });
  for (const [i, m] of inA.entries()) await sitQuiz(d, m.id, { rightCount: 20 - i });
  for (const m of inB) await sitQuiz(d, m.id, { rightCount: 10 });
  const tokens = Object.fromEntries(
    await Promise.all(
      (
        [
          ["secA", secA],
          ["secB", secB],
          ["secC", secC],
          ["cadre", inA[0]],
        ] as const
      ).map(async ([k, m]) => [k, (await issueToken(d, admin, { name: k, username: m.username })).token] as const),
    ),
  ) as Record<"secA" | "secB" | "secC" | "cadre", string>;
  return { t, admin, secA, secB, secC, inA, inB, inX, viewers, a, ax, tokens };
}

beforeAll(async () => {
  const d = db();
  await setupCourse(d);
  w = await world(d);
});

type Handler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
async function call(h: Handler, path: string, token: string, params: Record<string, string> = {}) {
  const res = await h(new Request(`http://localhost${path}`, { headers: { authorization: `Bearer ${token}` } }), { params: Promise.resolve(params) });
  return res;
}

test("page data: a branch secretary sees her branch only; every other unit, member or assignment is not found", async () => {
  const d = db();
  const { t, viewers, a, ax, inA, inB, inX } = w;
  const mine = await branchDashboard(d, viewers.secA, { list: {} });
  expect(mine.unit.id).toBe(t.branchA.id);
  expect(mine.individual).toBe(true);
  expect(mine.members!.rows.map((r) => r.id).sort()).toEqual([...inA.map((m) => m.id), viewers.secA.id].sort());
  expect(mine.members!.rows.every((r) => r.unitId === t.branchA.id)).toBe(true);
  for (const unitId of [t.branchB.id, t.general.id, t.committee.id, t.other.id, 999_999]) {
    await expect(branchDashboard(d, viewers.secA, { unitId, list: {} })).rejects.toThrow();
  }
  await expect(branchDashboard(d, viewers.secA, { assignmentId: ax.id, list: {} })).rejects.toThrow();
  for (const m of [...inB, inX]) await expect(memberDetail(d, viewers.secA, m.id)).rejects.toThrow();
  await expect(memberDetail(d, viewers.secA, 2_000_000)).rejects.toThrow();
  const detail = await memberDetail(d, viewers.secA, inA[0].id);
  expect(detail.individual).toBe(true);
  expect(detail.attempts.length).toBeGreaterThan(0);
  expect(detail.assignments[0].state?.bestScore).toBe(100);
  // A secretary of another committee sees nothing of this one.
  await expect(branchDashboard(d, viewers.secX, { unitId: t.committee.id, list: {} })).rejects.toThrow();
  await expect(branchDashboard(d, viewers.secX, { assignmentId: a.id, list: {} })).rejects.toThrow();
});

test("every read of another person's scores is in the audit trail; reads without scores are not", async () => {
  const d = db();
  const { viewers, inA } = w;
  const before = await d.prisma.auditEvent.count({ where: { action: "scores.read", actorId: viewers.secA.id } });
  await branchDashboard(d, viewers.secA, { list: {} });
  await memberDetail(d, viewers.secA, inA[1].id);
  await memberListTable(d, viewers.secA, viewers.secA.unitId, w.a.id);
  const events = await d.prisma.auditEvent.findMany({ where: { action: "scores.read", actorId: viewers.secA.id }, orderBy: { id: "asc" } });
  expect(events.length - before).toBe(3);
  expect(events.at(-2)).toMatchObject({ entity: "member", entityId: String(inA[1].id) });
  expect((events.at(-1)!.after as { view: string }).view).toBe("export:member-list");
  const c0 = await d.prisma.auditEvent.count({ where: { action: "scores.read", actorId: viewers.secC.id } });
  await memberDetail(d, viewers.secC, inA[1].id); // no scores shown above the branch: nothing to record
  expect(await d.prisma.auditEvent.count({ where: { action: "scores.read", actorId: viewers.secC.id } })).toBe(c0);
});

test("above the branch: names and completion, never an individual score; averages only for groups of 5 or more", async () => {
  const d = db();
  const { t, viewers, inA, inB } = w;
  const top = await branchDashboard(d, viewers.secC, { list: {} });
  expect(top.hasChildren).toBe(true);
  // A committee compares its 党总支 and, under it, the branches (two levels).
  expect(top.rollup.map((r) => [r.name, r.level])).toEqual([
    ["测试党总支", 1],
    ["甲支部", 2],
    ["乙支部", 2],
  ]);
  expect(top.rollup[0]).toMatchObject({ members: 9, scored: 7, withheld: false }); // 5 + secA in A, 2 + secB in B
  const general = await branchDashboard(d, viewers.secC, { unitId: t.general.id, list: {} });
  const rowA = general.rollup.find((r) => r.unitId === t.branchA.id)!;
  const rowB = general.rollup.find((r) => r.unitId === t.branchB.id)!;
  expect(rowA.withheld).toBe(false);
  expect(rowA.averageScore).not.toBeNull();
  expect(rowB).toMatchObject({ scored: 2, withheld: true, averageScore: null, buckets: null });
  // Drilling into branch B: names and states, no scores; sorting by score is ignored (the order would tell).
  const branchB = await branchDashboard(d, viewers.secC, { unitId: t.branchB.id, list: { sort: "score", dir: "desc", minScore: 50 } });
  expect(branchB.individual).toBe(false);
  expect(branchB.members!.rows.map((r) => r.id).sort()).toEqual([...inB.map((m) => m.id), viewers.secB.id].sort());
  expect(branchB.members!.rows.every((r) => r.bestScore === null && r.attempts === 0)).toBe(true);
  expect(branchB.figures).toMatchObject({ withheld: true, averageScore: null });
  expect(branchB.weakRulesWithheld).toBe(true);
  const detail = await memberDetail(d, viewers.secC, inA[0].id);
  expect(detail).toMatchObject({ individual: false, attempts: [], mistakes: [] });
  expect(detail.assignments[0].state).toMatchObject({ state: "completed", bestScore: null });
  // Branch B's own secretary sees her two members' scores.
  const own = await branchDashboard(d, viewers.secB, { list: {} });
  expect(own.members!.rows.filter((r) => r.bestScore !== null)).toHaveLength(2);
  expect(own.figures!.averageScore).not.toBeNull();
});

test("exports: out of scope is not found; above the branch the files carry no scores", async () => {
  const d = db();
  const { t, viewers, a } = w;
  for (const fn of [memberListTable, rollupTable, ledgerTable]) {
    await expect(fn(d, viewers.secA, t.branchB.id, a.id)).rejects.toThrow();
    await expect(fn(d, viewers.secA, t.committee.id, a.id)).rejects.toThrow();
    await expect(fn(d, viewers.secA, t.branchA.id, w.ax.id)).rejects.toThrow();
  }
  const own = await memberListTable(d, viewers.secA, t.branchA.id, a.id);
  expect(own.headers).toContain("最高分");
  const above = await memberListTable(d, viewers.secC, t.branchB.id, a.id);
  expect(above.headers).not.toContain("最高分");
  expect(above.rows).toHaveLength(3);
  const ledger = await ledgerTable(d, viewers.secC, t.branchB.id, a.id);
  expect(ledger.headers).not.toContain("最高分");

  // Through the route handler, with the secretary's own credentials.
  const ok = await call(exportRoute.GET, `/branch/export?unit=${t.branchA.id}&a=${a.id}&kind=members&format=csv`, w.tokens.secA);
  expect(ok.status).toBe(200);
  expect(ok.headers.get("content-disposition")).toContain("filename*=UTF-8''");
  for (const unit of [t.branchB.id, t.general.id, t.other.id]) {
    expect((await call(exportRoute.GET, `/branch/export?unit=${unit}&a=${a.id}&kind=members&format=csv`, w.tokens.secA)).status).toBe(404);
  }
  expect((await call(exportRoute.GET, `/branch/export?unit=${t.branchA.id}&a=${a.id}&kind=members&format=csv`, w.tokens.cadre)).status).toBe(404);
  const bad = await call(exportRoute.GET, `/branch/export?unit=${t.branchA.id}&a=${a.id}&kind=passwords`, w.tokens.secA);
  expect(bad.status).toBe(400);
  expect((await bad.json()).error).toBe("导出类型应为 members、rollup 或 ledger");
});

test("API: the tree, completion and roll-up are scoped by role and match their schemas", async () => {
  const { t, a, inA } = w;
  const tree = await call(unitsRoute.GET, "/api/v1/org-units", w.tokens.secA);
  const treeJson = ZOrgUnitTree.parse(await tree.json());
  expect(treeJson.units.map((u) => u.id)).toEqual([t.branchA.id]);
  const committeeTree = ZOrgUnitTree.parse(await (await call(unitsRoute.GET, "/api/v1/org-units", w.tokens.secC)).json());
  expect(committeeTree.units[0]).toMatchObject({ id: t.committee.id, children: [{ id: t.general.id }] });
  expect(committeeTree.units[0].children[0].children.map((c) => c.id).sort()).toEqual([t.branchA.id, t.branchB.id].sort());
  expect((await call(unitsRoute.GET, "/api/v1/org-units", w.tokens.cadre)).status).toBe(404);

  const completion = await call(completionRoute.GET, `/api/v1/org-units/${t.branchA.id}/completion?limit=3&page=2`, w.tokens.secA, {
    unitId: String(t.branchA.id),
  });
  expect(completion.status).toBe(200);
  const c = ZOrgUnitCompletion.parse(await completion.json());
  expect(c).toMatchObject({ scoresVisible: true, total: 6, page: 2, limit: 3, assignment: { id: a.id, exam: true, course: false } });
  expect(c.members).toHaveLength(3);
  const all = ZOrgUnitCompletion.parse(
    await (await call(completionRoute.GET, `/api/v1/org-units/${t.branchA.id}/completion?limit=200`, w.tokens.secA, { unitId: String(t.branchA.id) })).json(),
  );
  expect(all.members.find((m) => m.id === inA[0].id)).toMatchObject({ state: "completed", bestScore: 100 });
  for (const unit of [t.branchB.id, t.committee.id, t.other.id, 2_000_000_000]) {
    const r = await call(completionRoute.GET, `/api/v1/org-units/${unit}/completion`, w.tokens.secA, { unitId: String(unit) });
    expect(r.status).toBe(404);
  }
  const above = ZOrgUnitCompletion.parse(
    await (await call(completionRoute.GET, `/api/v1/org-units/${t.general.id}/completion?limit=200`, w.tokens.secC, { unitId: String(t.general.id) })).json(),
  );
  expect(above.scoresVisible).toBe(false);
  expect(above.members.every((m) => m.bestScore === null)).toBe(true);
  expect(above.total).toBe(9);
  const badQuery = await call(completionRoute.GET, `/api/v1/org-units/${t.branchA.id}/completion?limit=500`, w.tokens.secA, { unitId: String(t.branchA.id) });
  expect(badQuery.status).toBe(400);
  expect((await badQuery.json()).error).toBe("limit 应为 1 到 200 的整数");

  const roll = await call(rollupRoute.GET, `/api/v1/org-units/${t.general.id}/rollup`, w.tokens.secC, { unitId: String(t.general.id) });
  const rj = ZOrgUnitRollup.parse(await roll.json());
  expect(rj.total).toMatchObject({ members: 9, withheld: false });
  expect(rj.children.find((x) => x.unitId === t.branchB.id)).toMatchObject({ withheld: true, averageScore: null });
  expect(rj.privacyMinGroup).toBe(5);
  expect(rj.freshness.updatedAt).not.toBeNull();
  expect((await call(rollupRoute.GET, `/api/v1/org-units/${t.general.id}/rollup`, w.tokens.secA, { unitId: String(t.general.id) })).status).toBe(404);
  expect(
    (await call(rollupRoute.GET, `/api/v1/org-units/${t.general.id}/rollup?assignmentId=${w.ax.id}`, w.tokens.secC, { unitId: String(t.general.id) })).status,
  ).toBe(404);
});

test("重新统计: only for an assignment made at the secretary's unit or below; someone else's unit is not found", async () => {
  const d = db();
  const { t, viewers, a } = w;
  // Made by the committee: branch A's secretary sees it but recounting it is the committee's.
  await expect(recountAssignment(d, viewers.secA, { unitId: t.branchA.id, assignmentId: a.id })).rejects.toThrow("该任务由上级组织布置");
  // Another committee's secretary: neither the unit nor the assignment exists for her.
  await expect(recountAssignment(d, viewers.secX, { unitId: t.committee.id, assignmentId: a.id })).rejects.toThrow(NotFoundError);
  const audited = () => d.prisma.auditEvent.count({ where: { action: "assignment.recompute", entityId: String(a.id) } });
  const before = await audited();
  // The members who passed were recorded as they submitted: a recount finds nothing new.
  await expect(recountAssignment(d, viewers.secC, { unitId: t.committee.id, assignmentId: a.id })).resolves.toEqual({ newlyCompleted: 0 });
  expect(await audited()).toBe(before + 1);
});
