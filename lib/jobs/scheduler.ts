/**
 * Scheduled work that runs itself, once, across app nodes (docs/decisions/017).
 *
 * Every tick each node: (1) plans — one INSERT … ON CONFLICT (key) DO NOTHING of the jobs that are
 * due by the clock, keyed by what they do and for which China day, so every node may plan and each
 * job exists once; (2) claims one job at a time with SELECT … FOR UPDATE SKIP LOCKED under a lease,
 * runs it, and finishes it. A node that dies mid-run leaves its lease to run out; another node
 * takes the job over. What a job does is safe to repeat:
 *   - remind: reminder rows are unique per (assignment, member, channel, China day) and the
 *     notifications are inserted only for the rows this run created (the same statement);
 *   - summary: the notices go out in the statement that sets the job's sent_at, once;
 *   - push (an outside message): sent_at is committed before the bot is called, so a run taken over
 *     after a crash does not send again (at most once; it says so in the job's last_error).
 * Failures retry with back-off; a group bot that keeps failing is paused and its secretaries told.
 * The clock is injectable (`now`), so a test can jump over due times.
 */
import { randomBytes } from "node:crypto";
import { type RawBuilder, sql } from "kysely";
import type { Db } from "../db/client";
import { kysely, type Col, type TableRow } from "../db/kysely";
import { memberStates } from "../tracking/state";
import { chinaDay } from "../tracking/time";
import { sendWebhook, type WebhookTransport } from "../tracking/webhook-send";

export const MAX_ATTEMPTS = 5;
/** Consecutive failed sends after which a unit's group bot is paused. */
export const PAUSE_AFTER_FAILURES = 5;
const LEASE = "5 minutes";
/** China time at which reminders go out, and the weekly summary (Mondays). */
export const REMIND_AT = "09:00";
export const SUMMARY_AT = "08:00";
/** Weekly overdue reminders stop after this many days. */
const OVERDUE_DAYS_MAX = 56;

export const JOB_KIND_LABEL: Record<string, string> = { remind: "自动提醒", push: "每日一题推送", summary: "每周学习小结" };

/** SQL: an instant as UTC wall time, and as China wall time. */
const utc = (now: Date): RawBuilder<Date> => sql`(${now.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;
const cn = (now: Date): RawBuilder<Date> => sql`(${utc(now)} + interval '8 hours')`;
const DUE_DAY = sql.raw(`(a.due_at + interval '8 hours')::date`);

const planSql = (now: Date) => sql<
  TableRow<"job", "id">
>`WITH c AS (SELECT ${utc(now)} AS now_utc, ${cn(now)}::date AS day, to_char(${cn(now)}, 'HH24:MI') AS hm, extract(isodow FROM ${cn(now)})::int AS dow),
  due AS (
    SELECT 'remind' AS kind, 'remind:' || a.id || ':' || to_char(c.day, 'YYYY-MM-DD') AS key, jsonb_build_object('assignmentId', a.id) AS payload
    FROM assignment a, c
    WHERE a.archived_at IS NULL AND a.starts_at <= c.now_utc AND c.hm >= ${sql.lit(REMIND_AT)}
      AND ((a.remind_days_before IS NOT NULL AND c.day = ${DUE_DAY} - a.remind_days_before)
        OR (a.remind_on_due AND c.day = ${DUE_DAY})
        OR (a.remind_weekly_overdue AND c.day > ${DUE_DAY} AND (c.day - ${DUE_DAY}) % 7 = 0 AND c.day - ${DUE_DAY} <= ${sql.lit(OVERDUE_DAYS_MAX)}))
    UNION ALL
    SELECT 'push', 'push:' || u.id || ':' || to_char(c.day, 'YYYY-MM-DD'), jsonb_build_object('unitId', u.id, 'day', to_char(c.day, 'YYYY-MM-DD'))
    FROM org_unit u, c
    WHERE u.archived_at IS NULL AND u.webhook_url IS NOT NULL AND u.push_time IS NOT NULL AND u.webhook_paused_at IS NULL AND c.hm >= u.push_time
    UNION ALL
    SELECT 'summary', 'summary:' || u.id || ':' || to_char(c.day, 'YYYY-MM-DD'), jsonb_build_object('unitId', u.id, 'day', to_char(c.day, 'YYYY-MM-DD'))
    FROM org_unit u, c
    WHERE c.dow = 1 AND c.hm >= ${sql.lit(SUMMARY_AT)} AND u.archived_at IS NULL
      AND EXISTS (SELECT 1 FROM member m WHERE m.unit_id = u.id AND m.role = 'SECRETARY' AND m.active)
  )
  INSERT INTO job (kind, key, payload, run_at) SELECT kind, key, payload, (SELECT now_utc FROM c) FROM due
  ON CONFLICT (key) DO NOTHING RETURNING id`;

/** Enqueues what is due at `now` (idempotent: a job per key). One statement. */
export async function planDue(d: Db, now: Date): Promise<number> {
  return (await planSql(now).execute(kysely(d))).rows.length;
}

/** A claimed job (`id::text`); `payload` is the JSON the plan built. */
export type JobRow = TableRow<"job", "id" | "kind" | "key" | "attempts" | "sent_at"> & { payload: Record<string, unknown> };

/** Takes the next runnable job (pending and due, or running with its lease run out) for `worker`. */
export async function claimJob(d: Db, worker: string, now: Date): Promise<JobRow | null> {
  const at = utc(now);
  const {
    rows: [row],
  } =
    await sql<JobRow>`UPDATE job j SET status = 'running', locked_by = ${worker}, locked_until = ${at} + interval ${sql.lit(LEASE)}, attempts = j.attempts + 1, last_run_at = ${at}
     FROM (SELECT id FROM job WHERE (status = 'pending' AND run_at <= ${at}) OR (status = 'running' AND locked_until < ${at})
           ORDER BY run_at, id LIMIT 1 FOR UPDATE SKIP LOCKED) c
     WHERE j.id = c.id
     RETURNING j.id::text, j.kind, j.key, j.payload, j.attempts, j.sent_at`.execute(kysely(d));
  return row ?? null;
}

export interface RunContext {
  worker: string;
  now: Date;
  transport?: WebhookTransport;
}

type Outcome = { ok: true; note?: string } | { ok: false; error: string };

/** Does the job's work. Safe to repeat (see the module comment). */
export async function executeJob(d: Db, job: JobRow, ctx: RunContext): Promise<Outcome> {
  switch (job.kind) {
    case "remind":
      return remind(d, Number(job.payload.assignmentId), ctx.now);
    case "push":
      return push(d, job, ctx);
    case "summary":
      return summary(d, job, ctx.now);
    default:
      return { ok: false, error: `未知任务类型 ${job.kind}` };
  }
}

/** Records the outcome: done, or back to pending after 1, 2, 4, 8 minutes, or failed for good. Only the lease holder may. */
export async function finishJob(d: Db, job: JobRow, worker: string, now: Date, outcome: Outcome): Promise<void> {
  const k = kysely(d);
  if (outcome.ok) {
    await sql`UPDATE job SET status = 'done', finished_at = ${utc(now)}, last_error = ${outcome.note ?? null}, locked_by = NULL, locked_until = NULL WHERE id = ${job.id}::bigint AND locked_by = ${worker}`.execute(
      k,
    );
    return;
  }
  await sql`UPDATE job SET last_error = ${outcome.error}, locked_by = NULL, locked_until = NULL,
       status = CASE WHEN attempts >= ${sql.lit(MAX_ATTEMPTS)} THEN 'failed' ELSE 'pending' END,
       finished_at = CASE WHEN attempts >= ${sql.lit(MAX_ATTEMPTS)} THEN ${utc(now)} END,
       run_at = ${utc(now)} + make_interval(mins => power(2, attempts - 1)::int)
     WHERE id = ${job.id}::bigint AND locked_by = ${worker}`.execute(k);
}

/** One tick of one node: plan, then run every runnable job. Returns how many it ran. */
export async function runDue(d: Db, ctx: RunContext): Promise<number> {
  await planDue(d, ctx.now);
  let n = 0;
  for (let job = await claimJob(d, ctx.worker, ctx.now); job; job = await claimJob(d, ctx.worker, ctx.now)) {
    let outcome: Outcome;
    try {
      outcome = await executeJob(d, job, ctx);
    } catch (e) {
      outcome = { ok: false, error: (e as Error).message.slice(0, 500) };
    }
    await finishJob(d, job, ctx.worker, ctx.now, outcome);
    n++;
  }
  return n;
}

/** Everyone at and below the assignment's unit who has not completed it gets one in-app reminder that China day. */
async function remind(d: Db, assignmentId: number, now: Date): Promise<Outcome> {
  const k = kysely(d);
  const a = await k
    .selectFrom("assignment")
    .select(["unit_id", "title", sql<string>`to_char(due_at + interval '8 hours', 'YYYY-MM-DD')`.as("due")])
    .where("id", "=", assignmentId)
    .where("archived_at", "is", null)
    .executeTakeFirst();
  if (!a) return { ok: true, note: "任务已撤回，未提醒" };
  const { rows } = await memberStates(d, assignmentId, { unitId: a.unit_id, pageSize: 1_000_000 });
  const late = rows.filter((r) => r.state !== "completed");
  if (!late.length) return { ok: true, note: "全部已完成，无需提醒" };
  const day = chinaDay(now);
  const overdue = day > a.due;
  const ids = late.map((r) => r.id);
  const title = overdue ? `学习任务已逾期：${a.title}` : `学习提醒：${a.title}`;
  const body = overdue ? `「${a.title}」已于 ${a.due} 截止，你还未完成，请尽快补学。` : `「${a.title}」截止日期 ${a.due}，你还未完成，请抓紧时间。`;
  await sql`WITH fresh AS (
       INSERT INTO reminder (unit_id, assignment_id, member_id, channel, day_key)
       SELECT ${a.unit_id}, ${assignmentId}, x, 'inapp', ${day} FROM unnest(${ids}::int[]) AS x
       ON CONFLICT (assignment_id, member_id, channel, day_key) DO NOTHING RETURNING member_id
     )
     INSERT INTO notification (member_id, kind, title, body, link) SELECT member_id, 'reminder', ${title}, ${body}, '/learn' FROM fresh`.execute(k);
  return { ok: true };
}

/** The 每日一案 of a China day, as the daily set draws it (lib/daily/daily-set.ts): rotation by day number. */
async function caseTitleOfDay(d: Db, day: string): Promise<string | null> {
  const n = Math.round(Date.parse(`${day}T00:00:00Z`) / 86_400_000);
  const {
    rows: [row],
  } = await sql<TableRow<"case_study", "title">>`WITH cases AS (
       SELECT DISTINCT v.payload->>'case' AS code FROM question q JOIN question_version v ON v.question_id = q.id AND v.version = q.current_version
       WHERE q.status = 'PUBLISHED' AND q.type = 'scenario' AND v.voided_at IS NULL AND v.payload->>'case' IS NOT NULL
     ), ranked AS (SELECT code, row_number() OVER (ORDER BY code) - 1 AS i, count(*) OVER () AS n FROM cases)
     SELECT cs.title FROM ranked r JOIN case_study cs ON cs.code = r.code WHERE r.i = ${n}::int % r.n`.execute(kysely(d));
  return row?.title ?? null;
}

/** The day's question to the unit's own group bot, at most once. */
async function push(d: Db, job: JobRow, ctx: RunContext): Promise<Outcome> {
  const unitId = Number(job.payload.unitId);
  const day = String(job.payload.day);
  const k = kysely(d);
  const unit = await k
    .selectFrom("org_unit")
    .select(["name", "webhook_url", sql<boolean>`webhook_paused_at IS NOT NULL`.as("paused")])
    .where("id", "=", unitId)
    .executeTakeFirst();
  if (!unit?.webhook_url || unit.paused) return { ok: true, note: "群机器人未设置或已暂停，未推送" };
  const title = await caseTitleOfDay(d, day);
  // Committed before the call: a run taken over after a crash finds it and does not send twice.
  const { rows: marked } = await sql`UPDATE job SET sent_at = ${utc(ctx.now)} WHERE id = ${job.id}::bigint AND sent_at IS NULL RETURNING id`.execute(k);
  if (!marked.length) return { ok: true, note: "上次运行中断时已在发送，为免重复未再发送" };
  const error = await sendWebhook(
    unit.webhook_url,
    {
      msgtype: "text",
      text: {
        content: `【每日一练】${day}${title ? ` 今日案例：${title}。` : "。"}打开微信使用规范学堂，2 分钟完成今天的 5 道题和 1 个案例。`,
      },
    },
    ctx.transport,
  );
  if (!error) {
    await k.updateTable("org_unit").set({ webhook_failures: 0 }).where("id", "=", unitId).execute();
    return { ok: true };
  }
  // Not delivered: the retry may send; count the failure and pause a bot that keeps failing.
  await sql`WITH j AS (UPDATE job SET sent_at = NULL WHERE id = ${job.id}::bigint),
     u AS (
       UPDATE org_unit SET webhook_failures = webhook_failures + 1,
         webhook_paused_at = CASE WHEN webhook_failures + 1 >= ${sql.lit(PAUSE_AFTER_FAILURES)} THEN ${utc(ctx.now)} ELSE webhook_paused_at END
       WHERE id = ${unitId} AND webhook_paused_at IS NULL RETURNING id, name, webhook_paused_at IS NOT NULL AS paused
     )
     INSERT INTO notification (member_id, kind, title, body, link)
     SELECT m.id, 'webhook', '群机器人已暂停推送', '「' || u.name || ${sql.lit(`」的群机器人连续 ${PAUSE_AFTER_FAILURES} 次发送失败（`)} || ${error} || '），已暂停每日推送。请检查机器人地址后重新保存。', '/branch'
     FROM u JOIN member m ON m.unit_id = u.id AND m.role = 'SECRETARY' AND m.active WHERE u.paused`.execute(k);
  return { ok: false, error };
}

/** Monday's notice to each secretary of the unit: last week's daily practice in figures. Once (sent_at). */
async function summary(d: Db, job: JobRow, now: Date): Promise<Outcome> {
  const day = String(job.payload.day);
  const unitId = Number(job.payload.unitId);
  const { rows } = await sql`WITH mark AS (UPDATE job SET sent_at = ${utc(now)} WHERE id = ${job.id}::bigint AND sent_at IS NULL RETURNING id),
     week AS (SELECT ${day}::date - 7 AS from_day, ${day}::date - 1 AS to_day),
     mem AS (SELECT m.id FROM member m JOIN org_unit u ON u.id = m.unit_id WHERE u.path @> ARRAY[${unitId}::int] AND m.active AND m.role = 'CADRE'),
     fig AS (
       SELECT (SELECT count(*) FROM mem)::int AS members,
              (SELECT count(DISTINCT ds.member_id) FROM daily_set ds, week w WHERE ds.member_id IN (SELECT id FROM mem) AND ds.completed_at IS NOT NULL AND ds.day BETWEEN w.from_day AND w.to_day)::int AS practised,
              (SELECT coalesce(sum(p.points), 0) FROM point_event p, week w WHERE p.member_id IN (SELECT id FROM mem) AND p.day BETWEEN w.from_day AND w.to_day)::int AS points
     )
     INSERT INTO notification (member_id, kind, title, body, link)
     SELECT s.id, 'summary', '每周学习小结',
            '上周本单位 ' || fig.members || ' 名成员中，' || fig.practised || ' 人完成过每日一练，共获得学习积分 ' || fig.points || ' 分。', '/branch'
     FROM mark, fig, member s WHERE s.unit_id = ${unitId} AND s.role = 'SECRETARY' AND s.active
     RETURNING id`.execute(kysely(d));
  return { ok: true, ...(rows.length ? {} : { note: "无需发送或已发送" }) };
}

/** A name for this node in job rows (host-independent, unique per process). */
export const nodeWorkerId = () => `node-${process.pid}-${randomBytes(3).toString("hex")}`;

export type JobListRow = TableRow<"job", "id" | "kind" | "status" | "attempts"> & {
  label: string;
  /** What it is for, in words: the assignment's title or the unit's name, and the China day. */
  subject: string;
  day: string;
  runAt: Col<"job", "run_at">;
  lastRunAt: Col<"job", "last_run_at">;
  finishedAt: Col<"job", "finished_at">;
  lastError: Col<"job", "last_error">;
};

/** For admins: the latest jobs, newest first, named in words. One statement. */
export async function listJobs(d: Db, limit = 200): Promise<JobListRow[]> {
  const { rows } = await sql<
    Omit<JobListRow, "label">
  >`SELECT j.id::text, j.kind, coalesce(a.title, u.name, '—') AS subject, split_part(j.key, ':', 3) AS day, j.status, j.attempts,
            j.run_at AS "runAt", j.last_run_at AS "lastRunAt", j.finished_at AS "finishedAt", j.last_error AS "lastError"
     FROM job j
     LEFT JOIN assignment a ON j.kind = 'remind' AND a.id = (j.payload->>'assignmentId')::int
     LEFT JOIN org_unit u ON j.kind <> 'remind' AND u.id = (j.payload->>'unitId')::int
     ORDER BY j.id DESC LIMIT ${limit}`.execute(kysely(d));
  return rows.map((r) => ({ ...r, label: JOB_KIND_LABEL[r.kind] ?? r.kind }));
}

/**
 * Runs the scheduler in this process: a tick a minute (never two at once in one process). Every
 * node may run it; the job table makes each job run once. Off with SCHEDULER=off.
 */
export function startScheduler(d: Db, log: (msg: string) => void = console.error): () => void {
  const worker = nodeWorkerId();
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await runDue(d, { worker, now: new Date() });
    } catch (e) {
      log(`[scheduler] ${(e as Error).message}`);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), 60_000);
  timer.unref();
  void tick();
  return () => clearInterval(timer);
}
