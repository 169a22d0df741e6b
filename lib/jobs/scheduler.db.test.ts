/**
 * The scheduler on the real database: two app nodes (two pools on one PostgreSQL; on PGlite, the
 * one connection it has) tick over three weeks with a clock that jumps an hour at a time, and
 * every reminder, push and summary goes out exactly once; a node that dies mid-run repeats
 * nothing when another takes over; a bot that keeps failing is retried with back-off, then paused
 * and its secretary told.
 */
import { afterAll, beforeAll, expect, test } from "vitest";
import { db, openDb, type Db } from "../db/client";
import { loadContent } from "../content/load";
import { syncQuestionBank } from "../assessment/bank";
import { EXAM_ID, ensureQuizzes } from "../assessment/quizzes";
import { makeMember, makeTree } from "../test/factories";
import { endOfChinaDay, startOfChinaDay } from "../tracking/time";
import type { WebhookTransport } from "../tracking/webhook-send";
import { claimJob, executeJob, listJobs, MAX_ATTEMPTS, planDue, runDue } from "./scheduler";

const content = loadContent();
const HOOK = "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=";
let second: Db;
beforeAll(async () => {
  await syncQuestionBank(db(), content.questions);
  await ensureQuizzes(db(), content.course);
  second = db().kind === "postgres" ? openDb() : db();
});
afterAll(async () => {
  if (second !== db()) await second.close();
});

/** A bot that answers like WeCom and remembers what it got. */
function bot(answer: () => { status: number; text: string } | Promise<never> = () => ({ status: 200, text: '{"errcode":0}' })) {
  const sent: { key: string; content: string }[] = [];
  const transport: WebhookTransport = async (url, body) => {
    sent.push({ key: url.searchParams.get("key")!, content: (JSON.parse(body) as { text: { content: string } }).text.content });
    return answer();
  };
  return { sent, transport };
}

async function world(d: Db, key: string, pushTime: string | null) {
  // Each test's own bot only: earlier tests' units stop pushing, their assignments are withdrawn.
  await d.raw.query(`UPDATE org_unit SET push_time = NULL`);
  await d.raw.query(`UPDATE assignment SET archived_at = now() WHERE archived_at IS NULL`);
  const t = await makeTree(d);
  const sec = await makeMember(d, t.branchA, "SECRETARY");
  const cadres = [await makeMember(d, t.branchA), await makeMember(d, t.branchA), await makeMember(d, t.branchA)];
  await d.raw.query(`UPDATE org_unit SET webhook_url = $2, push_time = $3 WHERE id = $1`, [t.branchA.id, HOOK + key, pushTime]);
  return { t, sec, cadres };
}

const hours = function* (from: string, to: string) {
  for (let at = startOfChinaDay(from).getTime(); at <= endOfChinaDay(to).getTime(); at += 3600_000) yield new Date(at);
};

test("two nodes, a clock jumping over three weeks: every reminder, push and summary exactly once", async () => {
  const d = db();
  const { t, sec, cadres } = await world(d, "three-weeks", "08:30");
  const done = cadres[2];
  const [a] = await d.raw.query<{ id: number }>(
    `INSERT INTO assignment (unit_id, title, starts_at, due_at, created_by_id, quiz_id) VALUES ($1, '自动提醒测试', $2, $3, $4, $5) RETURNING id`,
    [t.branchA.id, startOfChinaDay("2026-12-01"), endOfChinaDay("2026-12-10"), sec.id, EXAM_ID],
  );
  // One member has completed it: he is never reminded.
  await d.raw.query(`INSERT INTO assignment_completion (assignment_id, member_id, completed_at) VALUES ($1, $2, now())`, [a.id, done.id]);
  const { sent, transport } = bot();
  let ran = 0;
  for (const now of hours("2026-12-05", "2026-12-25")) {
    const [x, y] = await Promise.all([runDue(d, { worker: "node-a", now, transport }), runDue(second, { worker: "node-b", now, transport })]);
    ran += x + y;
  }
  const reminders = await d.raw.query<{ member_id: number; day_key: string }>(
    `SELECT member_id, day_key FROM reminder WHERE assignment_id = $1 AND channel = 'inapp' ORDER BY day_key, member_id`,
    [a.id],
  );
  // 3 days before the due date, on it, and weekly while overdue: the 7th, 10th, 17th and 24th.
  const days = ["2026-12-07", "2026-12-10", "2026-12-17", "2026-12-24"];
  // The assignment is everyone's in the unit, the secretary's too; not the member who completed it.
  expect(reminders.map((r) => r.day_key)).toEqual(days.flatMap((x) => [x, x, x]));
  expect(new Set(reminders.map((r) => r.member_id))).toEqual(new Set([sec.id, cadres[0].id, cadres[1].id]));
  const notes = await d.prisma.notification.groupBy({
    by: ["memberId", "kind"],
    where: { memberId: { in: [...cadres.map((c) => c.id), sec.id] } },
    _count: true,
  });
  const count = (m: number, kind: string) => notes.find((n) => n.memberId === m && n.kind === kind)?._count ?? 0;
  expect([count(sec.id, "reminder"), count(cadres[0].id, "reminder"), count(cadres[1].id, "reminder"), count(done.id, "reminder")]).toEqual([4, 4, 4, 0]);
  // Mondays the 7th, 14th and 21st.
  expect(count(sec.id, "summary")).toBe(3);
  // A push each day from the 5th to the 25th, once.
  const pushes = sent.filter((s) => s.key === "three-weeks");
  expect(pushes).toHaveLength(21);
  expect(new Set(pushes.map((p) => p.content.slice(0, 16))).size).toBe(21);
  const jobs = await d.raw.query<{ kind: string; n: number; runs: number }>(
    `SELECT kind, count(*)::int AS n, sum(attempts)::int AS runs FROM job WHERE status = 'done' GROUP BY kind ORDER BY kind`,
  );
  console.log(`[scheduler] ${ran} job runs over 504 ticks × 2 nodes: ${JSON.stringify(jobs)}; ${pushes.length} pushes, ${reminders.length} reminders`);
  expect(jobs.every((j) => j.runs === j.n)).toBe(true);
});

test("a node that dies mid-run: another takes the job over after the lease and repeats nothing", async () => {
  const d = db();
  const { t, sec, cadres } = await world(d, "crash", "08:00");
  await d.raw.query(
    `INSERT INTO assignment (unit_id, title, starts_at, due_at, created_by_id, quiz_id, remind_days_before) VALUES ($1, '中断测试', $2, $3, $4, $5, NULL)`,
    [t.branchA.id, startOfChinaDay("2027-01-01"), endOfChinaDay("2027-01-05"), sec.id, EXAM_ID],
  );
  const now = new Date(`2027-01-05T09:30:00+08:00`);
  expect(await planDue(d, now)).toBe(2); // the due-day reminder and the push
  // Node A takes the reminder and does its work, then dies before recording that it finished.
  const remindJob = await claimJob(second, "node-a", now);
  expect(remindJob?.kind).toBe("remind");
  await executeJob(second, remindJob!, { worker: "node-a", now });
  // Node A' : the push reaches the bot, then the process dies before it can record that.
  let delivered = 0;
  const hang: WebhookTransport = () => {
    delivered++;
    return new Promise(() => {});
  };
  void runDue(d, { worker: "node-a2", now, transport: hang });
  await expect.poll(() => delivered).toBe(1);
  const before = await d.prisma.notification.count({ where: { memberId: { in: cadres.map((c) => c.id) } } });
  expect(before).toBe(3);

  // Within the lease nobody else touches them; after it, node B finishes both without repeating.
  const { sent, transport } = bot();
  expect(await runDue(second, { worker: "node-b", now: new Date(now.getTime() + 60_000), transport })).toBe(0);
  expect(await runDue(second, { worker: "node-b", now: new Date(now.getTime() + 6 * 60_000), transport })).toBe(2);
  expect(sent.filter((s) => s.key === "crash")).toHaveLength(0);
  expect(await d.prisma.notification.count({ where: { memberId: { in: cadres.map((c) => c.id) } } })).toBe(3);
  const jobs = await d.raw.query<{ kind: string; status: string; last_error: string | null }>(
    `SELECT kind, status, last_error FROM job WHERE key LIKE 'push:${t.branchA.id}:%' OR payload->>'assignmentId' IN (SELECT id::text FROM assignment WHERE title = '中断测试')`,
  );
  expect(jobs.map((j) => j.status)).toEqual(["done", "done"]);
  expect(jobs.find((j) => j.kind === "push")?.last_error).toMatch(/未再发送/);
});

test("a bot that keeps failing is retried with back-off, then paused and its secretary told", async () => {
  const d = db();
  const { t, sec } = await world(d, "broken", "07:00");
  const { sent, transport } = bot(() => ({ status: 500, text: "" }));
  for (let m = 0; m <= 60; m++) {
    const now = new Date(new Date("2027-02-01T07:00:00+08:00").getTime() + m * 60_000);
    await Promise.all([runDue(d, { worker: "node-a", now, transport }), runDue(second, { worker: "node-b", now, transport })]);
  }
  const tries = sent.filter((s) => s.key === "broken");
  expect(tries).toHaveLength(MAX_ATTEMPTS);
  const [job] = await d.raw.query<{ status: string; attempts: number; last_error: string; gaps: number[] }>(
    `SELECT status, attempts, last_error FROM job WHERE key = $1`,
    [`push:${t.branchA.id}:2027-02-01`],
  );
  expect(job).toMatchObject({ status: "failed", attempts: MAX_ATTEMPTS, last_error: "机器人返回 HTTP 500" });
  const unit = await d.prisma.orgUnit.findUniqueOrThrow({ where: { id: t.branchA.id } });
  expect(unit.webhookPausedAt).not.toBeNull();
  const told = await d.prisma.notification.findMany({ where: { memberId: sec.id, kind: "webhook" } });
  expect(told).toHaveLength(1);
  expect(told[0].body).toContain("已暂停");
  // Admins see it in words: what, for whom, the day, attempts and why.
  expect((await listJobs(d)).find((j) => j.kind === "push" && j.status === "failed")).toMatchObject({
    label: "每日一题推送",
    subject: "甲支部",
    day: "2027-02-01",
    attempts: MAX_ATTEMPTS,
  });
  // Paused: the next day plans no push.
  await runDue(d, { worker: "node-a", now: new Date("2027-02-02T08:00:00+08:00"), transport });
  expect(sent.filter((s) => s.key === "broken")).toHaveLength(MAX_ATTEMPTS);
});
