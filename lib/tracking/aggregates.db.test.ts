import { type RawBuilder, sql } from "kysely";
import { beforeAll, expect, test } from "vitest";
import { markLearned } from "../content/progress";
import { db, type Db } from "../db/client";
import { kysely } from "../db/kysely";
import { makeMember, makeTree } from "../test/factories";
import { onLessonLearned, onMembershipChanged, recomputeAssignment, reconcileUnitMembers } from "./aggregates";
import { foldAggregateDeltas, foldsSettled, liveAggregateSql, liveRuleAggregateSql } from "./fold";
import { rollup, unitFigures, weakestRules } from "./rollup";
import { committeeStudy, courseLessonIds, learnLessons, setupCourse, sitQuiz } from "../test/tracking";

beforeAll(async () => {
  await setupCourse(db());
});

interface UnitNumbers {
  members: number;
  started: number;
  completed: number;
  scoreSum: number;
  scoreCount: number;
  buckets: number[];
}

/**
 * The figures straight from the base tables, written independently of lib/tracking (correlated
 * subqueries per member, no shared SQL): what every aggregate row must equal.
 */
async function direct(d: Db, assignmentId: number): Promise<Map<number, UnitNumbers>> {
  const rows = await d.raw.query<{
    unit: number;
    members: number;
    started: number;
    completed: number;
    score_sum: number;
    score_count: number;
    buckets: number[];
  }>(
    `WITH a AS (SELECT * FROM assignment WHERE id = $1),
     per_member AS (
       SELECT m.id, u.path,
         (SELECT count(*) FROM lesson_progress p JOIN lesson l ON l.id = p.lesson_id JOIN course_module cm ON cm.slug = l.module_slug
           WHERE p.member_id = m.id AND p.completed_at IS NOT NULL AND cm.course_id = a.course_id AND l.archived_at IS NULL) AS learned,
         (SELECT count(*) FROM lesson l JOIN course_module cm ON cm.slug = l.module_slug
           WHERE cm.course_id = a.course_id AND l.archived_at IS NULL) AS lessons,
         (SELECT count(*) FROM attempt t WHERE t.member_id = m.id AND t.quiz_id = a.quiz_id AND t.status = 'SUBMITTED') AS exams,
         (SELECT max(percent) FROM attempt t WHERE t.member_id = m.id AND t.quiz_id = a.quiz_id AND t.status = 'SUBMITTED') AS best,
         (SELECT coalesce(bool_or(passed), false) FROM attempt t WHERE t.member_id = m.id AND t.quiz_id = a.quiz_id AND t.status = 'SUBMITTED') AS passed,
         EXISTS (SELECT 1 FROM assignment_completion c WHERE c.assignment_id = a.id AND c.member_id = m.id) AS recorded,
         a.course_id, a.quiz_id
       FROM a, member m JOIN org_unit u ON u.id = m.unit_id
       WHERE u.path @> ARRAY[a.unit_id] AND m.active AND m.role <> 'ADMIN'
     ), judged AS (
       SELECT *, (learned > 0 OR exams > 0 OR recorded) AS is_started,
              (recorded OR ((course_id IS NULL OR learned >= lessons) AND (quiz_id IS NULL OR passed))) AS is_completed
       FROM per_member
     )
     SELECT unit, count(*)::int AS members, count(*) FILTER (WHERE is_started)::int AS started,
            count(*) FILTER (WHERE is_completed)::int AS completed, coalesce(sum(best), 0)::float8 AS score_sum, count(best)::int AS score_count,
            ARRAY[count(*) FILTER (WHERE best < 60), count(*) FILTER (WHERE best >= 60 AND best < 70), count(*) FILTER (WHERE best >= 70 AND best < 80),
                  count(*) FILTER (WHERE best >= 80 AND best < 90), count(*) FILTER (WHERE best >= 90)]::int[] AS buckets
     FROM judged CROSS JOIN LATERAL unnest(path) AS unit GROUP BY unit`,
    [assignmentId],
  );
  return new Map(
    rows.map((r) => [
      r.unit,
      { members: r.members, started: r.started, completed: r.completed, scoreSum: r.score_sum, scoreCount: r.score_count, buckets: r.buckets },
    ]),
  );
}

/** A template's text and values, for d.raw.query. */
function compiled(d: Db, q: RawBuilder<unknown>): [string, unknown[]] {
  const c = q.compile(kysely(d));
  return [c.sql, [...c.parameters]];
}

/** What readers see (lib/tracking/fold.ts liveAggregateSql) for every unit, against the direct figures. */
async function expectLiveMatch(d: Db, assignmentId: number, want: Map<number, UnitNumbers>) {
  const live = await d.raw.query<{
    unit: number;
    members: number;
    started: number;
    completed: number;
    score_sum: number;
    score_count: number;
    score_buckets: number[];
  }>(...compiled(d, sql`SELECT u.id AS unit, g.* FROM org_unit u JOIN LATERAL (${liveAggregateSql(assignmentId, sql.ref("u.id"))}) g ON true`));
  for (const unit of want.keys())
    expect(
      live.some((l) => l.unit === unit),
      `unit ${unit} missing`,
    ).toBe(true);
  for (const l of live) {
    const w = want.get(l.unit) ?? { members: 0, started: 0, completed: 0, scoreSum: 0, scoreCount: 0, buckets: [0, 0, 0, 0, 0] };
    expect({ unit: l.unit, members: l.members, started: l.started, completed: l.completed, scoreCount: l.score_count, buckets: l.score_buckets }).toEqual({
      unit: l.unit,
      members: w.members,
      started: w.started,
      completed: w.completed,
      scoreCount: w.scoreCount,
      buckets: w.buckets,
    });
    expect(l.score_sum).toBeCloseTo(w.scoreSum, 6);
  }
  const wantRules = await directRules(d, assignmentId);
  const liveRules = await d.raw.query<{ unit: number; rule: string; score: number; max: number }>(
    ...compiled(d, sql`SELECT u.id AS unit, g.* FROM org_unit u JOIN LATERAL (${liveRuleAggregateSql(assignmentId, sql.ref("u.id"))}) g ON true`),
  );
  const nonZero = liveRules.filter((r) => Math.abs(r.max) > 1e-9 || Math.abs(r.score) > 1e-9);
  expect(nonZero.length).toBe(wantRules.size);
  for (const r of nonZero) {
    const w = wantRules.get(`${r.unit}/${r.rule}`);
    expect(w, `${r.unit}/${r.rule}`).toBeDefined();
    expect(r.score).toBeCloseTo(w!.score, 6);
    expect(r.max).toBeCloseTo(w!.max, 6);
  }
}

async function directRules(d: Db, assignmentId: number) {
  const rows = await d.raw.query<{ unit: number; rule: string; score: number; max: number }>(
    `SELECT unit, e.key AS rule, sum((e.value->>'score')::float8) AS score, sum((e.value->>'max')::float8) AS max
     FROM assignment a JOIN org_unit au ON au.id = a.unit_id
     JOIN member m ON m.active AND m.role <> 'ADMIN'
     JOIN org_unit u ON u.id = m.unit_id AND u.path @> ARRAY[a.unit_id]
     JOIN attempt t ON t.member_id = m.id AND t.status = 'SUBMITTED' AND t.submitted_at >= a.starts_at
     CROSS JOIN LATERAL unnest(u.path) AS unit CROSS JOIN LATERAL jsonb_each(t.rule_breakdown) e
     WHERE a.id = $1 GROUP BY unit, e.key`,
    [assignmentId],
  );
  return new Map(rows.map((r) => [`${r.unit}/${r.rule}`, { score: r.score, max: r.max }]));
}

/**
 * Every aggregate equals the direct computation (units with nobody hold zeros): first as readers
 * see it (stored rows + deltas not folded yet), then the stored rows alone once everything is folded.
 */
async function expectAggregatesMatch(d: Db, assignmentId: number) {
  const want = await direct(d, assignmentId);
  await expectLiveMatch(d, assignmentId, want);
  await foldsSettled(d);
  await foldAggregateDeltas(d);
  const stored = await d.prisma.unitAggregate.findMany({ where: { assignmentId } });
  for (const s of stored) {
    const w = want.get(s.unitId) ?? { members: 0, started: 0, completed: 0, scoreSum: 0, scoreCount: 0, buckets: [0, 0, 0, 0, 0] };
    expect({ unit: s.unitId, members: s.members, started: s.started, completed: s.completed, scoreCount: s.scoreCount, buckets: s.scoreBuckets }).toEqual({
      unit: s.unitId,
      members: w.members,
      started: w.started,
      completed: w.completed,
      scoreCount: w.scoreCount,
      buckets: w.buckets,
    });
    expect(s.scoreSum).toBeCloseTo(w.scoreSum, 6);
  }
  for (const unit of want.keys()) expect(stored.some((s) => s.unitId === unit)).toBe(true);

  const wantRules = await directRules(d, assignmentId);
  const rules = await d.prisma.unitRuleAggregate.findMany({ where: { assignmentId } });
  const nonZero = rules.filter((r) => Math.abs(r.max) > 1e-9 || Math.abs(r.score) > 1e-9);
  expect(nonZero.length).toBe(wantRules.size);
  for (const r of nonZero) {
    const w = wantRules.get(`${r.unitId}/${r.rule}`);
    expect(w, `${r.unitId}/${r.rule}`).toBeDefined();
    expect(r.score).toBeCloseTo(w!.score, 6);
    expect(r.max).toBeCloseTo(w!.max, 6);
  }
}

test("aggregates kept up to date by the hooks equal a direct query as lessons, answers and members change", async () => {
  const d = db();
  const t = await makeTree(d);
  const admin = await makeMember(d, t.committee, "ADMIN");
  const [a1, a2, a3, a4] = await Promise.all([1, 2, 3, 4].map(() => makeMember(d, t.branchA)));
  const [b1, b2] = await Promise.all([1, 2].map(() => makeMember(d, t.branchB)));
  const stranger = await makeMember(d, t.other);
  const committeeSec = await makeMember(d, t.committee, "SECRETARY"); // counted: secretaries study too
  const a = await committeeStudy(d, t, admin);
  await expectAggregatesMatch(d, a.id);

  await learnLessons(d, a1.id);
  await sitQuiz(d, a1.id, { rightCount: 12 }); // a fail
  await sitQuiz(d, a1.id); // a pass: completed, best 100
  await learnLessons(d, a2.id, 5);
  await sitQuiz(d, a3.id, { rightCount: 15 });
  await learnLessons(d, b1.id);
  await sitQuiz(d, b1.id, { rightCount: 10 }); // all lessons but a failed exam
  await sitQuiz(d, b2.id, { quizId: "practice-red-lines", rightCount: 3 }); // practice: per-rule figures only, not "started"
  await learnLessons(d, stranger.id);
  await expectAggregatesMatch(d, a.id);

  const committee = await unitFigures(d, a.id, t.committee.id, false);
  expect(committee).toMatchObject({ members: 7, started: 4, completed: 1, scored: 3 });

  // Replaying events changes nothing.
  await onLessonLearned(d, a1.id);
  await onLessonLearned(d, a2.id);
  await expectAggregatesMatch(d, a.id);

  // Someone joins, someone moves from A to B, someone is deactivated, one learns a lesson without a hook.
  const newcomer = await makeMember(d, t.branchB);
  await onMembershipChanged(d, newcomer.id);
  await d.prisma.member.update({ where: { id: a3.id }, data: { unitId: t.branchB.id } });
  await onMembershipChanged(d, a3.id);
  await d.prisma.member.update({ where: { id: a4.id }, data: { active: false } });
  await onMembershipChanged(d, a4.id);
  await expectAggregatesMatch(d, a.id);

  const [firstLesson] = await courseLessonIds(d);
  await markLearned(d, committeeSec.id, firstLesson);
  await expect(expectAggregatesMatch(d, a.id)).rejects.toThrow(); // the comparison does catch a missed event
  await onLessonLearned(d, committeeSec.id);
  await expectAggregatesMatch(d, a.id);

  // A full recount agrees with the incremental figures, and marks them refreshed.
  const before = await d.prisma.unitAggregate.findMany({ where: { assignmentId: a.id }, orderBy: { unitId: "asc" } });
  await recomputeAssignment(d, a.id);
  const after = await d.prisma.unitAggregate.findMany({ where: { assignmentId: a.id }, orderBy: { unitId: "asc" } });
  expect(after.map((r) => [r.unitId, r.members, r.started, r.completed, r.scoreCount, r.scoreBuckets])).toEqual(
    before.map((r) => [r.unitId, r.members, r.started, r.completed, r.scoreCount, r.scoreBuckets]),
  );
  expect(after[0].refreshedAt.getTime()).toBeGreaterThanOrEqual(before[0].refreshedAt.getTime());
  await expectAggregatesMatch(d, a.id);
});

test("a member who joined without the hook is counted once the branch page reconciles", async () => {
  const d = db();
  const t = await makeTree(d);
  const admin = await makeMember(d, t.committee, "ADMIN");
  await makeMember(d, t.branchA);
  const a = await committeeStudy(d, t, admin, { exam: false });
  await makeMember(d, t.branchA); // no hook
  expect((await unitFigures(d, a.id, t.branchA.id, false)).members).toBe(1);
  expect(await reconcileUnitMembers(d, a.id, t.branchA.id)).toBe(1);
  expect((await unitFigures(d, a.id, t.branchA.id, false)).members).toBe(2);
  expect((await unitFigures(d, a.id, t.committee.id, false)).members).toBe(2);
  await expectAggregatesMatch(d, a.id);
});

test("the roll-up lists each unit below with its figures; small groups' scores are withheld", async () => {
  const d = db();
  const t = await makeTree(d);
  const admin = await makeMember(d, t.committee, "ADMIN");
  const inA = await Promise.all([1, 2, 3, 4, 5].map(() => makeMember(d, t.branchA)));
  const inB = await Promise.all([1, 2].map(() => makeMember(d, t.branchB)));
  const a = await committeeStudy(d, t, admin, { course: false });
  for (const [i, m] of inA.entries()) await sitQuiz(d, m.id, { rightCount: 20 - i * 2 });
  for (const m of inB) await sitQuiz(d, m.id);
  await expectAggregatesMatch(d, a.id);

  const top = await rollup(d, a.id, t.committee.id);
  expect(top.map((r) => r.name)).toEqual(["测试党总支"]);
  expect(top[0]).toMatchObject({ members: 7, completed: expect.any(Number), scored: 7, withheld: false, hasChildren: true });
  const below = await rollup(d, a.id, t.general.id);
  const rowA = below.find((r) => r.unitId === t.branchA.id)!;
  const rowB = below.find((r) => r.unitId === t.branchB.id)!;
  expect(rowA).toMatchObject({ members: 5, scored: 5, withheld: false });
  expect(rowA.averageScore).not.toBeNull();
  expect(rowA.buckets!.reduce((x, y) => x + y, 0)).toBe(5);
  expect(rowB).toMatchObject({ members: 2, scored: 2, withheld: true, averageScore: null, buckets: null });
  // The branch's own secretary sees her two members' average (no floor inside the branch).
  expect((await unitFigures(d, a.id, t.branchB.id, false)).averageScore).toBe(100);
  expect((await unitFigures(d, a.id, t.branchB.id, true)).averageScore).toBeNull();

  const weak = await weakestRules(d, a.id, t.branchA.id);
  expect(weak.length).toBeGreaterThan(0);
  expect(weak[0].percent).toBeLessThanOrEqual(weak.at(-1)!.percent);
  expect(weak.some((w) => w.lessons.length > 0)).toBe(true);
});
