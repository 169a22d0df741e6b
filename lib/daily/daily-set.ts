/**
 * 每日一练 (docs/decisions/019): five items and one case a day per cadre, China days.
 *
 * The set is an attempt of the "daily" quiz, kind REVIEW (instant feedback, hidden from the quiz
 * list), so showing keys, locking answered items, scoring and the mistake book are the ones every
 * paper uses; a daily_set row per member and day adds the day's bookkeeping. The items:
 *   1. mistakes due for review (spaced repetition: a right answer pushes the next review out along
 *      REVIEW_LADDER, a wrong one brings it back tomorrow), oldest due first;
 *   2. then one item per rule he has never practised, then per rule he scores worst on, preferring
 *      questions he has never met;
 *   3. plus the 每日一案: the scenario of one of the seven cases, the same for everyone on a day
 *      (so a branch can talk about it), rotating by the day's number.
 * Never an item on his open exam paper (key-access.ts): those are left out of the draw, and an item
 * that an exam opened later has put on its paper earns no points and moves no review (the points
 * would tell whether he was right).
 */
import { randomBytes } from "node:crypto";
import { sql } from "kysely";
import type { Db } from "../db/client";
import { kysely, runPrepared, type Col, type TableRow } from "../db/kysely";
import { withheldQuestionsOf } from "../assessment/key-access";
import { saveResponse, submitAttempt, type SaveResult } from "../assessment/attempts";
import type { TAnswer } from "../assessment/score";
import { getVersions } from "../assessment/versions";
import { DAILY_ID } from "../assessment/quizzes";
import { NotFoundError, UserError } from "../errors";
import { chinaDay } from "../tracking/time";
import { POINT_RULES, STREAK_BONUS_EVERY } from "./points";

export { DAILY_ID };
export const DAILY_ITEMS = 5;
/** Days until a mistake answered right comes back, by how often it was answered right in a row (a wrong answer: tomorrow). */
export const REVIEW_LADDER = [2, 4, 7, 15, 30] as const;

const DAY_MS = 24 * 3600_000;
/** Days since 1970-01-01 of a China date: what the 每日一案 rotates by. */
const dayNumber = (day: string) => Math.round(Date.parse(`${day}T00:00:00Z`) / DAY_MS);

export interface TodaySet {
  publicId: string;
  items: number;
  answered: number;
  completed: boolean;
  caseCode: string | null;
}

/** SQL: today's set (a member, a China day) and the member's open daily attempts of earlier days. */
const today = (
  memberId: number,
  day: string,
) => sql<TodayRow>`SELECT a.public_id, ds.items, cardinality(ds.answered)::int AS answered, ds.completed_at IS NOT NULL AS completed, ds.case_code,
       (SELECT coalesce(array_agg(o.public_id), '{}') FROM attempt o
        WHERE o.member_id = ${memberId} AND o.quiz_id = ${sql.lit(DAILY_ID)} AND o.status = 'IN_PROGRESS' AND o.id IS DISTINCT FROM ds.attempt_id) AS stale
  FROM (SELECT 1) one LEFT JOIN daily_set ds ON ds.member_id = ${memberId} AND ds.day = ${day}::date LEFT JOIN attempt a ON a.id = ds.attempt_id`;

// A value used several times is a placeholder each time, each with its cast (`${vid}` below):
// PostgreSQL types each placeholder on its own. Constants of the code are literals (`sql.lit`).
type TodayRow = {
  public_id: Col<"attempt", "public_id"> | null;
  items: Col<"daily_set", "items">;
  answered: number;
  completed: boolean;
  case_code: Col<"daily_set", "case_code">;
  stale: Col<"attempt", "public_id">[];
};

const toSet = (r: TodayRow): TodaySet | null =>
  r.public_id ? { publicId: r.public_id, items: r.items, answered: r.answered, completed: r.completed, caseCode: r.case_code } : null;

/** Today's set, or null before he opens it. One statement. */
export async function todaySet(d: Db, memberId: number, now = new Date()): Promise<TodaySet | null> {
  const {
    rows: [row],
  } = await today(memberId, chinaDay(now)).execute(kysely(d));
  return toSet(row);
}

/**
 * Opens today's set, or returns it when already drawn (a reload, a second tab, a double click).
 * One statement when it exists; otherwise the draw-and-insert statement, after handing in an
 * unfinished set of an earlier day so its wrong answers reach the mistake book.
 */
export async function startDailySet(d: Db, memberId: number, now = new Date()): Promise<TodaySet> {
  const day = chinaDay(now);
  const k = kysely(d);
  const {
    rows: [row],
  } = await today(memberId, day).execute(k);
  const existing = toSet(row);
  if (existing) return existing;
  for (const publicId of row.stale) await submitAttempt(d, memberId, publicId);
  await draw(memberId, day, randomBytes(12).toString("base64url"), dayNumber(day), `${memberId}:${DAILY_ID}:${day}`, DAILY_ITEMS).execute(k);
  // Read back rather than trust the insert: a concurrent start may have drawn the set first.
  const {
    rows: [after],
  } = await today(memberId, day).execute(k);
  const set = toSet(after);
  if (!set) throw new UserError("题库中暂无可用题目");
  return set;
}

/**
 * The draw: the member, the China day, a new public id, the day's number, the open key, how many
 * items. Inserts the attempt and the daily_set row together; a concurrent draw of the same day
 * loses on attempt.open_key and inserts nothing.
 */
const draw = (memberId: number, day: string, publicId: string, dayNo: number, openKey: string, items: number) => {
  const [member, on, n] = [sql`${memberId}::int`, sql`${day}::date`, sql`${items}::int`];
  return sql`WITH wh AS (${withheldQuestionsOf(memberId)}),
  cur AS (
    SELECT q.id AS qid, v.id AS vid, v.rules, q.type, v.payload->>'case' AS case_code
    FROM question q JOIN question_version v ON v.question_id = q.id AND v.version = q.current_version
    WHERE q.status = 'PUBLISHED' AND v.voided_at IS NULL AND q.type IN ('single', 'multiple', 'truefalse', 'scenario')
      AND q.id NOT IN (SELECT question_id FROM wh)
  ),
  mine AS (
    SELECT v.question_id, v.rules, r.score / nullif(r.max_score, 0) AS rate
    FROM attempt a JOIN response r ON r.attempt_id = a.id AND r.final JOIN question_version v ON v.id = r.question_version_id
    WHERE a.member_id = ${member}
  ),
  rule_rate AS (SELECT unnest(rules) AS rule, avg(rate) AS rate FROM mine GROUP BY 1),
  due AS (
    SELECT c.vid, c.qid, row_number() OVER (ORDER BY coalesce(m.review_due_on, m.wrong_at::date), m.wrong_at) AS ord
    FROM mistake m JOIN cur c ON c.qid = m.question_id AND c.type <> 'scenario'
    WHERE m.member_id = ${member} AND m.cleared_at IS NULL AND (m.review_due_on IS NULL OR m.review_due_on <= ${on})
    ORDER BY ord LIMIT ${n}
  ),
  fresh AS (
    SELECT c.vid, w.rule, w.rate, c.qid IN (SELECT question_id FROM mine) AS seen
    FROM cur c CROSS JOIN LATERAL (
      SELECT ru AS rule, rr.rate FROM unnest(c.rules) ru LEFT JOIN rule_rate rr ON rr.rule = ru ORDER BY rr.rate NULLS FIRST, random() LIMIT 1
    ) w
    WHERE c.type <> 'scenario' AND c.qid NOT IN (SELECT qid FROM due)
  ),
  ranked AS (
    SELECT vid, row_number() OVER (ORDER BY per_rule, rate NULLS FIRST, seen, random()) AS ord
    FROM (SELECT *, row_number() OVER (PARTITION BY rule ORDER BY seen, random()) AS per_rule FROM fresh) f
  ),
  five AS (
    SELECT vid, tier, ord FROM (SELECT vid, 0 AS tier, ord FROM due UNION ALL SELECT vid, 1, ord FROM ranked WHERE ord <= ${n}) x
    ORDER BY tier, ord LIMIT ${n}
  ),
  cases AS (
    SELECT vid, case_code, row_number() OVER (ORDER BY case_code) - 1 AS i, count(*) OVER () AS n
    FROM (SELECT DISTINCT ON (case_code) vid, case_code FROM cur WHERE type = 'scenario' AND case_code IS NOT NULL ORDER BY case_code, qid) c
  ),
  day_case AS (SELECT vid, case_code FROM cases ORDER BY (i - ${dayNo}::int % n + n) % n LIMIT 1),
  paper AS (
    SELECT array_agg(vid ORDER BY tier, ord) AS ids FROM (SELECT vid, tier, ord FROM five UNION ALL SELECT vid, 2, 1 FROM day_case) x
  ),
  ins_a AS (
    INSERT INTO attempt (public_id, member_id, quiz_id, kind, open_key, paper)
    SELECT ${publicId}::text, ${member}, ${sql.lit(DAILY_ID)}, 'REVIEW', ${openKey}::text, ids FROM paper
    WHERE cardinality(ids) > 0 AND NOT EXISTS (SELECT 1 FROM daily_set WHERE member_id = ${member} AND day = ${on})
    ON CONFLICT (open_key) DO NOTHING RETURNING id, paper
  )
  INSERT INTO daily_set (member_id, day, attempt_id, case_code, items)
  SELECT ${member}, ${on}, id, (SELECT case_code FROM day_case), cardinality(paper) FROM ins_a
  ON CONFLICT (member_id, day) DO NOTHING`;
};

/**
 * After an answer in today's set (the attempt's public id, the member, the question version,
 * whether it was right and shown, whether withheld, the points for it, the China day), in one
 * statement:
 *   - the set counts it (the row's own UPDATE, so concurrent answers serialise on the row and the
 *     set completes once, with the streak of yesterday + 1);
 *   - a due mistake on that question moves along the review ladder (once a day);
 *   - the points it earns go into the ledger under their event keys (never twice).
 * Nothing happens for a set of another day: finishing yesterday's set after midnight is practice.
 */
const afterAnswer = (a: { publicId: string; memberId: number; versionId: number; right: boolean; withheld: boolean; points: number; day: string }) => {
  const [vid, right, points] = [sql`${a.versionId}::int`, sql`${a.right}::boolean`, sql`${a.points}::int`];
  return sql<AnswerRow>`WITH s AS (
    UPDATE daily_set ds SET
      answered = CASE WHEN ${vid} = ANY(ds.answered) THEN ds.answered ELSE ds.answered || ${vid} END,
      correct = CASE WHEN NOT ${right} OR ${vid} = ANY(ds.correct) THEN ds.correct ELSE ds.correct || ${vid} END,
      completed_at = CASE WHEN ds.completed_at IS NULL AND cardinality(ds.answered) + (NOT ${vid} = ANY(ds.answered))::int >= ds.items
                          THEN now() ELSE ds.completed_at END,
      streak = CASE WHEN ds.completed_at IS NULL AND cardinality(ds.answered) + (NOT ${vid} = ANY(ds.answered))::int >= ds.items
                    THEN 1 + coalesce((SELECT p.streak FROM daily_set p WHERE p.member_id = ds.member_id AND p.day = ds.day - 1 AND p.completed_at IS NOT NULL), 0)
                    ELSE ds.streak END
    FROM attempt a
    WHERE a.id = ds.attempt_id AND a.public_id = ${a.publicId} AND ds.member_id = ${a.memberId} AND ds.day = ${a.day}::date AND ${vid} = ANY(a.paper)
    RETURNING ds.day, ds.completed_at IS NOT NULL AS completed, ds.streak, ds.items, cardinality(ds.answered)::int AS answered
  ),
  sched AS (
    UPDATE mistake m SET
      review_step = CASE WHEN ${right} THEN m.review_step + 1 ELSE 0 END,
      review_due_on = s.day + CASE WHEN ${right} THEN (ARRAY[${sql.join(REVIEW_LADDER.map((n) => sql.lit(n)))}])[least(m.review_step, ${sql.lit(REVIEW_LADDER.length - 1)}) + 1] ELSE 1 END,
      reviewed_on = s.day
    FROM s, question_version v
    WHERE v.id = ${vid} AND m.member_id = ${a.memberId} AND m.question_id = v.question_id AND m.cleared_at IS NULL
      AND m.reviewed_on IS DISTINCT FROM s.day AND NOT ${a.withheld}::boolean
    RETURNING m.question_id
  ),
  pts AS (
    INSERT INTO point_event (member_id, event_key, kind, points, day)
    SELECT ${a.memberId}::int, e.key, e.kind, e.points, s.day FROM s CROSS JOIN LATERAL (VALUES
      ('right:' || to_char(s.day, 'YYYY-MM-DD') || ':' || ${vid}, CASE WHEN ${points} = ${sql.lit(POINT_RULES.dailyCase.points)} THEN 'daily_case' ELSE 'daily_right' END,
       CASE WHEN ${right} THEN ${points} END),
      ('daily:' || to_char(s.day, 'YYYY-MM-DD'), 'daily_done', CASE WHEN s.completed THEN ${sql.lit(POINT_RULES.dailyDone.points)} END),
      ('streak:' || to_char(s.day, 'YYYY-MM-DD'), 'streak',
       CASE WHEN s.completed AND s.streak > 0 AND s.streak % ${sql.lit(STREAK_BONUS_EVERY)} = 0 THEN ${sql.lit(POINT_RULES.streak.points)} END)
    ) e(key, kind, points) WHERE e.points IS NOT NULL
    ON CONFLICT (member_id, event_key) DO NOTHING RETURNING points
  )
  SELECT s.answered, s.items, s.completed, s.streak, (SELECT coalesce(sum(points), 0)::int FROM pts) AS earned,
         (SELECT count(*)::int FROM sched) AS rescheduled
  FROM s`;
};

type AnswerRow = TableRow<"daily_set", "items" | "streak"> & { answered: number; completed: boolean; earned: number };

export interface DailyAnswerResult extends SaveResult {
  daily?: AnswerRow;
}

/**
 * Saves an answer in a daily set (the practice hot path: one statement) and, once the item is
 * final, does the day's bookkeeping (one more). Two statements per answer.
 */
export async function answerDaily(d: Db, memberId: number, publicId: string, versionId: number, answer: TAnswer, now = new Date()): Promise<DailyAnswerResult> {
  const result = await saveResponse(d, memberId, publicId, versionId, answer);
  const v = (await getVersions(d, [versionId])).get(versionId);
  if (!v) throw new NotFoundError();
  // Objective items are final when saved; a scenario when it reaches an ending (feedback, unless withheld).
  const final = Boolean(result.feedback) || (Boolean(result.keyWithheld) && v.type !== "scenario");
  if (!final) return result;
  const withheld = Boolean(result.keyWithheld);
  const right = !withheld && Boolean(result.feedback?.correct);
  const points = v.type === "scenario" ? POINT_RULES.dailyCase.points : POINT_RULES.dailyRight.points;
  const {
    rows: [row],
  } = await afterAnswer({ publicId, memberId, versionId, right, withheld, points, day: chinaDay(now) }).execute(kysely(d));
  return row ? { ...result, daily: { answered: row.answered, items: row.items, completed: row.completed, streak: row.streak, earned: row.earned } } : result;
}

export interface DailyStatus {
  today: TodaySet | null;
  /** Consecutive China days with a completed set, up to today (or yesterday, while today is open). */
  streak: number;
  pointsToday: number;
  pointsTotal: number;
}

/** What the home card shows. One statement. */
export async function dailyStatus(d: Db, memberId: number, now = new Date()): Promise<DailyStatus> {
  const day = chinaDay(now);
  const [r] = await runPrepared(
    d,
    "daily-status", // every cadre home
    sql<TodayRow & TableRow<"daily_set", "streak"> & { points_today: number; points_total: number }>`SELECT t.*,
       coalesce((SELECT s.streak FROM daily_set s WHERE s.member_id = ${memberId} AND s.day >= ${day}::date - 1 AND s.completed_at IS NOT NULL
                 ORDER BY s.day DESC LIMIT 1), 0) AS streak,
       (SELECT coalesce(sum(points) FILTER (WHERE day = ${day}::date), 0)::int FROM point_event WHERE member_id = ${memberId}) AS points_today,
       (SELECT coalesce(sum(points), 0)::int FROM point_event WHERE member_id = ${memberId}) AS points_total
     FROM (${today(memberId, day)}) t`,
  );
  return { today: toSet(r), streak: r.streak, pointsToday: r.points_today, pointsTotal: r.points_total };
}
