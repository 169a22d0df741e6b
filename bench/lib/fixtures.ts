/**
 * What the scenarios of bench/run.ts need in the seeded province: open exam attempts on a
 * true/false paper for the cadres who save answers, two secretaries (a branch's and the
 * province's), the exam takers, a province-wide assignment and a lesson to read.
 */
import pg from "pg";
import type { seedProvince } from "../seed-province";

export type Fixtures = Awaited<ReturnType<typeof prepareFixtures>>;

export async function prepareFixtures(url: string, seeded: Awaited<ReturnType<typeof seedProvince>>, quick: boolean, log: (...a: unknown[]) => void) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const paper = (
    await c.query<{ ids: number[] }>(
      `SELECT array_agg(v.id) ids FROM (SELECT v.id FROM question q JOIN question_version v ON v.question_id = q.id AND v.version = q.current_version
       WHERE q.type = 'truefalse' AND q.status = 'PUBLISHED' LIMIT 20) v`,
    )
  ).rows[0].ids;
  const writers = (await c.query<{ id: number }>(`SELECT id FROM member WHERE username LIKE 'p%-%' ORDER BY random() LIMIT ${quick ? 500 : 2000}`)).rows.map(
    (r) => r.id,
  );
  const attempts = (
    await c.query<{ member_id: number; public_id: string }>(
      `INSERT INTO attempt (public_id, member_id, quiz_id, kind, open_key, paper, deadline_at)
       SELECT md5(random()::text), m, 'practice-usage-guide', 'EXAM', m || ':bench', $2::int[], now() + interval '2 hours' FROM unnest($1::int[]) m
       RETURNING member_id, public_id`,
      [writers, paper],
    )
  ).rows;
  const branch = (
    await c.query<{ id: number; n: number }>(
      `SELECT u.id, count(m.id)::int n FROM org_unit u JOIN member m ON m.unit_id = u.id WHERE u.depth = 3 GROUP BY u.id LIMIT 1`,
    )
  ).rows[0];
  const secs = (
    await c.query<{ id: number }>(
      `INSERT INTO member (username, name, role, unit_id, password_hash, updated_at) VALUES
       ('bench-sec-branch', '支部书记', 'SECRETARY', $1, 'x', now()), ('bench-sec-root', '省委书记', 'SECRETARY', $2, 'x', now()) RETURNING id`,
      [branch.id, seeded.rootId],
    )
  ).rows;
  const examTakers = (
    await c.query<{ id: number }>(`SELECT id FROM member WHERE username LIKE 'p%-%' AND id <> ALL($1::int[]) ORDER BY random() LIMIT 441`, [writers])
  ).rows.map((r) => r.id);
  // A province-wide assignment (course and exam) as a provincial committee would make, so the
  // dashboard and the roll-up render real figures rather than "no assignment yet".
  const { db, closeDb } = await import("../../lib/db/client");
  const { createAssignment } = await import("../../lib/tracking/assignments");
  const { chinaDay } = await import("../../lib/tracking/time");
  const day = (offset: number) => chinaDay(new Date(Date.now() + offset * 86_400_000));
  const t0 = Date.now();
  await createAssignment(
    db(),
    { id: secs[1].id, role: "ADMIN", unitId: seeded.rootId },
    { unitId: seeded.rootId, title: "全省微信使用规范学习", course: true, exam: true, startsOn: day(-30), dueOn: day(30) },
  );
  await closeDb();
  const assignmentForProvinceMs = Date.now() - t0;
  log(`assignment for the whole province created in ${(assignmentForProvinceMs / 1000).toFixed(1)} s`);
  const lesson = (await c.query<{ module_slug: string; id: string }>(`SELECT module_slug, id FROM lesson ORDER BY module_slug, position LIMIT 1`)).rows[0];
  await c.end();
  return { paper, writers, attempts, branch, secs, examTakers, lesson, assignmentForProvinceMs };
}
