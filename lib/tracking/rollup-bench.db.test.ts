/**
 * Measurement, not a check (skipped unless TRACKING_BENCH=1): the committee roll-up at province scale: 100,000 members under one committee
 * (10 general branches × 20 branches × 500 members), seeded in SQL with generate_series, with
 * lesson progress and exam attempts for most of them. Prints the time of a full recount, of the
 * roll-up read (what a committee page and getOrgUnitRollup do), of one incremental event, and of
 * the direct query the aggregates replace.
 *
 *   TRACKING_BENCH=1 TEST_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/test \
 *     npx vitest run --project postgres lib/tracking/rollup-bench.db.test.ts
 *
 * It runs in the test harness's own throw-away copy of the database (lib/test/setup-db.ts).
 */
import { test } from "vitest";
import { db } from "../db/client";
import { createUnit } from "../org/units";
import { recomputeAssignment, syncMember } from "./aggregates";
import { createAssignment } from "./assignments";
import { branchDashboard } from "./dashboard";
import { rollup, unitFigures } from "./rollup";
import { setupCourse } from "./testing";
import { chinaDay } from "./time";

const GENERALS = 10;
const BRANCHES = 20;
const PER_BRANCH = 500;

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const r = await fn();
  return [r, performance.now() - t0];
}

async function stats(label: string, runs: number, fn: () => Promise<unknown>) {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) ms.push((await timed(fn))[1]);
  ms.sort((a, b) => a - b);
  const q = (p: number) => ms[Math.min(ms.length - 1, Math.floor(p * ms.length))].toFixed(1);
  console.log(`${label}: median ${q(0.5)} ms, p95 ${q(0.95)} ms, max ${q(1)} ms (${runs} runs)`);
}

test.skipIf(!process.env.TRACKING_BENCH || db().kind !== "postgres")("roll-up for a committee with 100,000 members", { timeout: 1_800_000 }, async () => {
  const d = db();
  await setupCourse(d);
  const committee = await createUnit(d, { code: "bench", name: "基准测试党委", kind: "COMMITTEE", parentId: null });
  const branches: number[] = [];
  for (let g = 1; g <= GENERALS; g++) {
    const gen = await createUnit(d, { code: `bench-${g}`, name: `第${g}党总支`, kind: "GENERAL_BRANCH", parentId: committee.id });
    for (let b = 1; b <= BRANCHES; b++)
      branches.push((await createUnit(d, { code: `bench-${g}-${b}`, name: `第${g}-${b}党支部`, kind: "BRANCH", parentId: gen.id })).id);
  }
  const [, seedMs] = await timed(async () => {
    await d.raw.query(
      `INSERT INTO member (username, name, role, unit_id, password_hash, updated_at)
       SELECT 'b' || i, '成员' || i, 'CADRE', ($1::int[])[1 + (i - 1) / $2], 'x', now()
       FROM generate_series(1, $3::int) AS i`,
      [branches, PER_BRANCH, branches.length * PER_BRANCH],
    );
    await d.raw.query(
      `INSERT INTO member (username, name, role, unit_id, password_hash, updated_at) VALUES ('bench-admin', '管理员', 'ADMIN', $1, 'x', now())`,
      [committee.id],
    );
    // 70% have learned some lessons (a third of those all of them).
    await d.raw.query(
      `INSERT INTO lesson_progress (member_id, lesson_id, started_at, last_seen_at, completed_at)
       SELECT m.id, l.id, now() - interval '3 days', now() - interval '1 day', now() - interval '1 day'
       FROM member m
       CROSS JOIN LATERAL (SELECT CASE WHEN m.id % 3 = 0 THEN 100 ELSE m.id % 40 END AS n) k
       JOIN LATERAL (
         SELECT l.id FROM lesson l JOIN course_module cm ON cm.slug = l.module_slug
         WHERE l.archived_at IS NULL ORDER BY cm.position, l.position LIMIT k.n
       ) l ON true
       WHERE m.role = 'CADRE' AND m.id % 10 < 7`,
    );
    // Half sat the exam: a percent and a per-rule breakdown, as submitAttempt stores them.
    await d.raw.query(
      `INSERT INTO attempt (public_id, member_id, quiz_id, kind, status, paper, started_at, submitted_at, score, max_score, percent, passed, rule_breakdown)
       SELECT 'bench' || m.id, m.id, 'final-exam', 'EXAM', 'SUBMITTED', '{}', now() - interval '2 days', now() - interval '2 days',
              p, 100, p, p >= 80,
              jsonb_build_object('V1', jsonb_build_object('score', p / 10, 'max', 10), 'P7', jsonb_build_object('score', (100 - p) / 10, 'max', 10),
                                 'RP1', jsonb_build_object('score', 5, 'max', 10))
       FROM member m CROSS JOIN LATERAL (SELECT (40 + (m.id * 37) % 61)::float8 AS p) s
       WHERE m.role = 'CADRE' AND m.id % 2 = 0`,
    );
  });
  await d.raw.query(`ANALYZE`);
  const counts = await d.raw.query<{ members: number; progress: number; attempts: number }>(
    `SELECT (SELECT count(*) FROM member)::int AS members, (SELECT count(*) FROM lesson_progress)::int AS progress, (SELECT count(*) FROM attempt)::int AS attempts`,
  );
  console.log(`seeded ${JSON.stringify(counts[0])} under ${branches.length} branches in ${(seedMs / 1000).toFixed(1)} s`);

  const adminRow = await d.prisma.member.findUniqueOrThrow({ where: { username: "bench-admin" } });
  const viewer = { id: adminRow.id, role: "ADMIN" as const, unitId: committee.id };
  const start = new Date(Date.now() - 5 * 86_400_000);
  const [a, createMs] = await timed(() =>
    createAssignment(d, viewer, {
      unitId: committee.id,
      title: "基准任务",
      course: true,
      exam: true,
      startsOn: chinaDay(start),
      dueOn: chinaDay(new Date(Date.now() + 10 * 86_400_000)),
    }),
  );
  console.log(`createAssignment (notifications for everyone + full recount + certificates): ${(createMs / 1000).toFixed(1)} s`);
  const [, recountMs] = await timed(() => recomputeAssignment(d, a.id));
  console.log(`recomputeAssignment (full recount, 100k members): ${(recountMs / 1000).toFixed(1)} s`);

  const top = await unitFigures(d, a.id, committee.id, true);
  console.log(
    `committee figures: ${JSON.stringify({ members: top.members, started: top.started, completed: top.completed, scored: top.scored, average: top.averageScore })}`,
  );

  await stats("roll-up read (unit figures + one row per unit below)", 50, () =>
    Promise.all([unitFigures(d, a.id, committee.id, true), rollup(d, a.id, committee.id)]),
  );
  const someGeneral = (await rollup(d, a.id, committee.id))[0].unitId;
  await stats("roll-up read one level down (a general branch: 20 branches)", 50, () =>
    Promise.all([unitFigures(d, a.id, someGeneral, true), rollup(d, a.id, someGeneral)]),
  );
  await stats("committee page data (branchDashboard: roll-up, weak rules, timeline, assignments)", 20, () => branchDashboard(d, viewer, { list: {} }));
  const sample = await d.raw.query<{ id: number }>(`SELECT id FROM member WHERE role = 'CADRE' ORDER BY random() LIMIT 50`);
  let i = 0;
  await stats("one event (syncMember: recompute a member, apply the difference on his path)", 50, () => syncMember(d, sample[i++ % sample.length].id));

  const [, directMs] = await timed(() =>
    d.raw.query(
      `SELECT g.id, count(*) AS members, count(*) FILTER (WHERE lp.n > 0 OR ex.n > 0) AS started
       FROM org_unit g JOIN org_unit u ON u.path @> ARRAY[g.id] JOIN member m ON m.unit_id = u.id AND m.active AND m.role <> 'ADMIN'
       LEFT JOIN LATERAL (SELECT count(*) AS n FROM lesson_progress p WHERE p.member_id = m.id AND p.completed_at IS NOT NULL) lp ON true
       LEFT JOIN LATERAL (SELECT count(*) AS n, max(percent) AS best FROM attempt t WHERE t.member_id = m.id AND t.quiz_id = 'final-exam' AND t.status = 'SUBMITTED') ex ON true
       WHERE g.parent_id = $1 GROUP BY g.id`,
      [committee.id],
    ),
  );
  console.log(`for comparison, the same roll-up computed directly from answers and progress: ${(directMs / 1000).toFixed(2)} s`);
});
