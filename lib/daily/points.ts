/**
 * 学习积分: the published rules, and the ledger read back (docs/decisions/018).
 *
 * Points are written only by the statement that records what earned them (a daily answer, a
 * lesson learned, a submitted exam), as one INSERT … ON CONFLICT DO NOTHING into point_event keyed
 * by (member, event): a retry, a double click or a second app node finds the key taken and awards
 * nothing. Rows are never updated or deleted (a trigger refuses it).
 */
import { sql } from "kysely";
import type { Db } from "../db/client";
import { kysely, type Col, type TableRow } from "../db/kysely";

/** What earns points: shown to cadres on 积分规则, and the only amounts the code awards. */
export const POINT_RULES = {
  dailyRight: { points: 1, title: "每日一练答对一题", note: "每题每天计一次" },
  dailyCase: { points: 3, title: "每日一案处置得当", note: "走到“处置得当”的结局" },
  dailyDone: { points: 5, title: "完成当天的每日一练", note: "5 道题和 1 个案例全部作答" },
  streak: { points: 10, title: "连续学习每满 7 天", note: "按北京时间计日，不设补签" },
  lesson: { points: 2, title: "学完一课", note: "每课只计一次" },
  exam: { points: 20, title: "通过结业考试", note: "每场考试只计一次" },
} as const;

export type PointKind = keyof typeof POINT_RULES;

/** Days in a row that earn the streak bonus. */
export const STREAK_BONUS_EVERY = 7;

/** SQL: the China day of the database's clock (UTC+8, no daylight saving; lib/tracking/time.ts). */
export const CHINA_TODAY_SQL = `((now() AT TIME ZONE 'UTC') + interval '8 hours')::date`;

export const KIND_LABEL: Record<string, string> = {
  daily_right: POINT_RULES.dailyRight.title,
  daily_case: POINT_RULES.dailyCase.title,
  daily_done: POINT_RULES.dailyDone.title,
  streak: POINT_RULES.streak.title,
  lesson: POINT_RULES.lesson.title,
  exam: POINT_RULES.exam.title,
};

/**
 * Awards the exam points for a submitted attempt that passed (internal id), once per member and
 * exam however often he passes it. One statement.
 */
export async function awardExamPass(d: Db, memberId: number, attemptId: string): Promise<void> {
  await sql`INSERT INTO point_event (member_id, event_key, kind, points, day)
     SELECT a.member_id, 'exam:' || a.quiz_id, 'exam', ${POINT_RULES.exam.points}, ${sql.raw(CHINA_TODAY_SQL)}
     FROM attempt a WHERE a.id = ${attemptId}::bigint AND a.member_id = ${memberId} AND a.passed AND a.kind = 'EXAM'
     ON CONFLICT (member_id, event_key) DO NOTHING`.execute(kysely(d));
}

export type PointsSummary = {
  total: number;
  today: number;
  history: (TableRow<"point_event", "kind" | "points"> & { at: Col<"point_event", "earned_at">; label: string })[];
};

/** The member's total, today's (China day `day`) and his latest 50 events. Two statements. */
export async function myPoints(d: Db, memberId: number, day: string): Promise<PointsSummary> {
  const [[sum], history] = await Promise.all([
    kysely(d)
      .selectFrom("point_event")
      .select([
        sql<number>`coalesce(sum(points), 0)::int`.as("total"),
        sql<number>`coalesce(sum(points) FILTER (WHERE day = ${day}::date), 0)::int`.as("today"),
      ])
      .where("member_id", "=", memberId)
      .execute(),
    kysely(d)
      .selectFrom("point_event")
      .select(["earned_at as at", "kind", "points"])
      .where("member_id", "=", memberId)
      .orderBy("earned_at", "desc")
      .orderBy("id", "desc")
      .limit(50)
      .execute(),
  ]);
  return { total: sum.total, today: sum.today, history: history.map((h) => ({ ...h, label: KIND_LABEL[h.kind] ?? h.kind })) };
}
