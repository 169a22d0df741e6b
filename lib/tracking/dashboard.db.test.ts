/**
 * The dashboard reads in a fixed number of statements whatever the size of the branch (two: the
 * unit in scope with its assignments, then everything shown), and what it assembles from that one
 * statement equals what the per-purpose queries (memberStates, summarizeStates, the aggregates)
 * answer. A branch whose counts drifted is repaired before it is shown. The member table's activity
 * (last activity, 从未登录, the daily streak) is read in the same statement when asked for.
 */
import { beforeAll, expect, test } from "vitest";
import { db, type Db } from "../db/client";
import { counting } from "../test/counting";
import { answerForVersion, makeMember, makeTree, uniq } from "../test/factories";
import { getAttempt } from "../assessment/attempts";
import { answerDaily, startDailySet } from "../daily/daily-set";
import { chinaDay } from "./time";
import { createAssignment } from "./assignments";
import { branchDashboard } from "./dashboard";
import { ROLLUP_TWO_LEVELS_MAX } from "./dashboard-sql";
import { createUnit } from "../org/units";
import { completionsByDay, rollup, unitFigures, weakestRules } from "./rollup";
import { memberStates, summarizeStates } from "./state";
import { committeeStudy, inDays, learnLessons, secretariesWorld, setupCourse, sitQuiz } from "../test/tracking";

let w: Awaited<ReturnType<typeof world>>;

async function world(d: Db) {
  const { t, admin, viewers } = await secretariesWorld(d);
  const inA = await Promise.all([1, 2].map(() => makeMember(d, t.branchA)));
  const inB = await Promise.all(Array.from({ length: 29 }, () => makeMember(d, t.branchB)));
  const a = await createAssignment(
    d,
    { id: admin.id, role: "ADMIN", unitId: t.committee.id },
    {
      unitId: t.committee.id,
      title: "党委专题学习",
      course: true,
      exam: true,
      startsOn: inDays(-3),
      dueOn: inDays(9),
    },
  );
  await sitQuiz(d, inA[0].id, { rightCount: 15 });
  for (const [i, m] of inB.slice(0, 6).entries()) await sitQuiz(d, m.id, { rightCount: 20 - i });
  await learnLessons(d, inB[0].id);
  await learnLessons(d, inB[1].id, 3);
  return { t, a, inA, inB, secA: viewers.secA, secB: viewers.secB, secC: viewers.secC };
}

beforeAll(async () => {
  const d = db();
  await setupCourse(d);
  w = await world(d);
}, 300_000);

test("two statements for a branch of 3 and a branch of 30 alike, and for the committee's roll-up", async () => {
  const counts: number[] = [];
  for (const [viewer, list] of [
    [w.secA, {}],
    [w.secB, {}],
    [w.secB, { page: 2 }],
    [w.secB, { sort: "score", dir: "desc", state: "in_progress" }],
    [w.secC, {}],
  ] as const) {
    const c = counting(db());
    const data = await branchDashboard(c.d, viewer, { list, pageSize: 10 });
    expect(data.assignment?.id).toBe(w.a.id);
    counts.push(c.n());
  }
  expect(counts).toEqual([2, 2, 2, 2, 2]);
  // No assignment chosen and none to show: one statement.
  const c = counting(db());
  await expect(branchDashboard(c.d, w.secB, { assignmentId: w.a.id + 1000, list: {} })).rejects.toThrow();
  expect(c.n()).toBe(1);
});

test("what the single statement assembles equals the per-purpose queries", async () => {
  const d = db();
  for (const list of [{}, { sort: "score" as const, dir: "desc" as const }, { page: 2 }, { state: "in_progress" as const }, { minScore: 70 }]) {
    const data = await branchDashboard(d, w.secB, { list, pageSize: 10 });
    const ref = await memberStates(d, w.a.id, { ...list, unitId: w.t.branchB.id, pageSize: 10 });
    expect(data.members).toEqual({ rows: ref.rows, total: ref.total, page: list.page ?? 1, pageSize: 10 });
  }
  const data = await branchDashboard(d, w.secB, { list: {} });
  expect(data.summary).toEqual(await summarizeStates(d, w.a.id, w.t.branchB.id));
  expect(data.figures).toEqual(await unitFigures(d, w.a.id, w.t.branchB.id, false));
  expect(data.weakRules).toEqual(await weakestRules(d, w.a.id, w.t.branchB.id));
  expect(data.weakRules.length).toBeGreaterThan(0);
  expect(data.timeline).toEqual(await completionsByDay(d, w.a.id, w.t.branchB.id));
  expect(data.rollup).toEqual([]);
  expect(data.trail.map((t) => t.id)).toEqual([w.t.branchB.id]);

  const top = await branchDashboard(d, w.secC, { list: {} });
  expect(top.hasChildren).toBe(true);
  expect(top.summary).toBeNull();
  expect(top.rollup).toEqual(await rollup(d, w.a.id, w.t.committee.id, 2));
  expect([top.rollupLevels, top.rollupUnits]).toEqual([2, 3]);
  expect(top.figures).toEqual(await unitFigures(d, w.a.id, w.t.committee.id, true));
  const general = await branchDashboard(d, w.secC, { unitId: w.t.general.id, list: {} });
  expect(general.rollup).toEqual(await rollup(d, w.a.id, w.t.general.id, 2));
  expect(general.trail.map((t) => t.id)).toEqual([w.t.committee.id, w.t.general.id]);
  expect(general.assignments.map((a) => a.id)).toEqual([w.a.id]);
  expect(general.assignments[0].dueAt).toEqual(w.a.dueAt);
  expect(general.assignments[0].startsAt).toEqual(w.a.startsAt);
});

test("a branch whose counts drifted is repaired before it is shown, and its read audited once", async () => {
  const d = db();
  const t = await makeTree(d);
  const admin = await makeMember(d, t.committee, "ADMIN");
  const sec = await makeMember(d, t.branchA, "SECRETARY");
  const gone = await makeMember(d, t.branchA);
  const a = await committeeStudy(d, t, admin, { exam: false });
  const viewer = { id: sec.id, role: "SECRETARY" as const, unitId: t.branchA.id };
  const audits = () => d.prisma.auditEvent.count({ where: { action: "scores.read", actorId: sec.id } });

  const before = await audits();
  await makeMember(d, t.branchA); // joined without the hook
  const joined = await branchDashboard(d, viewer, { list: {} });
  expect(joined.figures?.members).toBe(3);
  expect(joined.members?.total).toBe(3);
  expect(await audits()).toBe(before + 1);

  await d.raw.query(`UPDATE member SET active = false WHERE id = $1`, [gone.id]); // left without the hook
  const left = await branchDashboard(d, viewer, { list: {} });
  expect(left.figures?.members).toBe(2);
  expect(left.members?.total).toBe(2);
  expect(await audits()).toBe(before + 2);
  expect((await unitFigures(d, a.id, t.committee.id, false)).members).toBe(2);

  const c = counting(d);
  await branchDashboard(c.d, viewer, { list: {} });
  expect(c.n()).toBe(2);
  expect(await audits()).toBe(before + 3);
});

test("a unit with more units in its two levels below than a page holds lists only the level directly below", async () => {
  const d = db();
  const s = uniq();
  const root = await createUnit(d, { code: `wide-${s}`, name: "宽党委", kind: "COMMITTEE", parentId: null });
  const generals = [];
  for (let i = 0; i < 3; i++)
    generals.push(await createUnit(d, { code: `wide-${s}-${i}`, name: `第${i + 1}党总支`, kind: "GENERAL_BRANCH", parentId: root.id }));
  const perGeneral = Math.ceil((ROLLUP_TWO_LEVELS_MAX - 2) / 3);
  for (const [i, g] of generals.entries())
    for (let j = 0; j < perGeneral; j++) await createUnit(d, { code: `wide-${s}-${i}-${j}`, name: `第${i + 1}-${j + 1}支部`, kind: "BRANCH", parentId: g.id });
  const admin = await makeMember(d, root, "ADMIN");
  const viewer = { id: admin.id, role: "ADMIN" as const, unitId: root.id };
  const a = await createAssignment(d, viewer, { unitId: root.id, title: "宽党委学习", course: true, exam: false, startsOn: inDays(0), dueOn: inDays(10) });

  const wide = await branchDashboard(d, viewer, { list: {} });
  expect(wide.rollupUnits).toBe(3 + 3 * perGeneral);
  expect(wide.rollupUnits).toBeGreaterThan(ROLLUP_TWO_LEVELS_MAX);
  expect(wide.rollupLevels).toBe(1);
  expect(wide.rollup).toEqual(await rollup(d, a.id, root.id, 1));
  expect(wide.rollup.map((r) => r.unitId)).toEqual(generals.map((g) => g.id));

  // One level down, a 党总支's branches fit: two levels again (here only one exists).
  const general = await branchDashboard(d, viewer, { unitId: generals[0].id, list: {} });
  expect([general.rollupLevels, general.rollupUnits, general.rollup.length]).toEqual([2, perGeneral, perGeneral]);
});

test("the member table's activity rides in the same statement: last activity, 从未登录, and the streak", async () => {
  const d = db();
  const [active, never] = w.inA; // inA[0] sat the exam; inA[1] has done nothing
  const set = await startDailySet(d, active.id);
  for (const it of (await getAttempt(d, active.id, set.publicId)).items)
    await answerDaily(d, active.id, set.publicId, it.versionId, await answerForVersion(d, it.versionId, true));

  const c = counting(d);
  const data = await branchDashboard(c.d, w.secA, { list: {}, activity: true });
  expect(c.n()).toBe(2);
  const row = (id: number) => data.members!.rows.find((r) => r.id === id)!;
  expect(row(active.id)).toMatchObject({ streak: 1 });
  expect(chinaDay(row(active.id).lastActiveAt!)).toBe(chinaDay());
  expect(row(never.id)).toMatchObject({ streak: 0, neverSignedIn: true, lastActiveAt: null });
  // Not asked for (the printable report): the rows are the member states alone.
  const plain = await branchDashboard(d, w.secA, { list: {} });
  expect(plain.members!.rows.every((r) => r.streak === undefined && r.neverSignedIn === undefined)).toBe(true);
});
