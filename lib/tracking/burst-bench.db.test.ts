/**
 * Measurement, not a check (skipped unless TRACKING_BENCH=1): 200 cadres under one committee sit
 * and submit the exam at once through the domain functions (lib/test/tracking.ts sitQuiz, the
 * same calls the routes make), on this process's pool. Prints how long the burst took, how many
 * aggregate deltas were pending at most and how old the oldest got (sampled every 50 ms from a
 * second connection), how long after the last submission the backlog drained, and the fold's own
 * figures (docs/decisions/022), and how often sessions waited on a lock. Then checks the folded aggregates against a full recount.
 *
 *   TRACKING_BENCH=1 TEST_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/test \
 *     npx vitest run --project postgres lib/tracking/burst-bench.db.test.ts
 */
import pg from "pg";
import { expect, test } from "vitest";
import { db } from "../db/client";
import { makeMember } from "../test/factories";
import { createUnit } from "../org/units";
import { recomputeAssignment } from "./aggregates";
import { createAssignment } from "./assignments";
import { foldStats, foldsSettled } from "./fold";
import { inDays, setupCourse, sitQuiz } from "../test/tracking";

test.runIf(process.env.TRACKING_BENCH === "1" && process.env.DATABASE_URL)(
  "200 exams submitted at once: the delta backlog and the fold's lag",
  { timeout: 600_000 },
  async () => {
    const d = db();
    await setupCourse(d);
    const s = Date.now().toString(36);
    const committee = await createUnit(d, { code: `bc-${s}`, name: "测试党委", kind: "COMMITTEE", parentId: null });
    const general = await createUnit(d, { code: `bg-${s}`, name: "测试党总支", kind: "GENERAL_BRANCH", parentId: committee.id });
    const members = [];
    for (let b = 0; b < 10; b++) {
      const branch = await createUnit(d, { code: `bb-${s}-${b}`, name: `第${b + 1}支部`, kind: "BRANCH", parentId: general.id });
      for (let i = 0; i < 20; i++) members.push(await makeMember(d, branch));
    }
    const admin = await makeMember(d, committee, "ADMIN");
    const a = await createAssignment(
      d,
      { id: admin.id, role: "ADMIN", unitId: committee.id },
      { unitId: committee.id, title: "考试周", course: false, exam: true, startsOn: inDays(0), dueOn: inDays(10) },
    );

    const watch = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await watch.connect();
    const backlog = { maxPending: 0, maxAgeMs: 0, samples: 0, lockWaitSamples: 0, maxLockWaiters: 0 };
    let running = true;
    const sampling = (async () => {
      while (running) {
        const [r] = (
          await watch.query<{ n: number; age: number | null; locked: number }>(
            `SELECT count(*)::int n, (extract(epoch FROM localtimestamp - min(created_at)) * 1000)::float8 age,
                    (SELECT count(*)::int FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock') AS locked
             FROM aggregate_delta`,
          )
        ).rows;
        // Sessions of this database waiting on a lock: a submission queued behind another on the
        // same aggregate row shows as a row or transaction-id lock wait.
        backlog.samples++;
        if (r.locked) backlog.lockWaitSamples++;
        backlog.maxLockWaiters = Math.max(backlog.maxLockWaiters, r.locked);
        backlog.maxPending = Math.max(backlog.maxPending, r.n);
        backlog.maxAgeMs = Math.max(backlog.maxAgeMs, Math.round(r.age ?? 0));
        await new Promise((res) => setTimeout(res, 50));
      }
    })();
    Object.assign(foldStats, { folds: 0, deltas: 0, maxLagMs: 0 });
    const t0 = performance.now();
    await Promise.all(members.map((m, i) => sitQuiz(d, m.id, { rightCount: 10 + (i % 10) })));
    const burstMs = performance.now() - t0;
    const t1 = performance.now();
    await foldsSettled(d);
    const drainedMs = performance.now() - t1;
    running = false;
    await sampling;
    const left = (await watch.query<{ n: number }>(`SELECT count(*)::int n FROM aggregate_delta`)).rows[0].n;
    await watch.end();
    console.log(
      `200 exams at once: ${(burstMs / 1000).toFixed(1)} s (${Math.round((200 / burstMs) * 60_000)} exams a minute on this pool); ` +
        `pending deltas at most ${backlog.maxPending}, oldest ${backlog.maxAgeMs} ms; drained ${Math.round(drainedMs)} ms after the last submission; ` +
        `folds ${foldStats.folds} applying ${foldStats.deltas} deltas, longest wait ${foldStats.maxLagMs} ms; left ${left}; ` +
        `sessions waiting on a lock in ${backlog.lockWaitSamples} of ${backlog.samples} samples, at most ${backlog.maxLockWaiters} at once`,
    );
    expect(left).toBe(0);
    const before = await d.raw.query(
      `SELECT unit_id, members, started, completed, score_count, score_buckets FROM unit_aggregate WHERE assignment_id = $1 ORDER BY unit_id`,
      [a.id],
    );
    await recomputeAssignment(d, a.id);
    const after = await d.raw.query(
      `SELECT unit_id, members, started, completed, score_count, score_buckets FROM unit_aggregate WHERE assignment_id = $1 ORDER BY unit_id`,
      [a.id],
    );
    expect(before).toEqual(after);
  },
);
