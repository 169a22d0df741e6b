/**
 * The completion rule, in one query. For an assignment and its members (everyone active, not a
 * system admin, in the assignment's unit or below), from lesson_progress and attempt:
 *   started   = learned at least one lesson of the course, or submitted the exam at least once;
 *   completed = every live lesson of the course learned AND the exam (if any) passed —
 *               or already recorded as completed (a completion is history and never undone);
 *   score     = best exam percent (null without an exam or before the first attempt);
 *   rules     = per-rule points over every attempt submitted since the assignment started.
 * `completesAt` (when the rule was first met: the later of the last lesson and the first pass) is
 * only set for members who meet it and are not yet recorded.
 */
import { sql } from "kysely";
import type { CamelRow, Col } from "../db/kysely";

export type ContributionRow = CamelRow<"aggregate_contribution", "member_id" | "unit_path" | "started" | "completed" | "score"> & {
  completesAt: Col<"assignment_completion", "completed_at"> | null;
  rules: RulePoints;
};

/** aggregate_contribution.rules (a JSON column): per rule, the points scored and the points at stake. */
export type RulePoints = Record<string, { score: number; max: number }>;

/** The contributions to an assignment of some members (`memberIds`), or of every member (null). */
export const contributionsSql = (assignmentId: number, memberIds: number[] | null) => sql<ContributionRow>`
WITH a AS (
  SELECT id, unit_id, course_id, quiz_id, starts_at FROM assignment WHERE id = ${assignmentId} AND archived_at IS NULL
), lessons AS (
  SELECT l.id FROM a
  JOIN course_module cm ON cm.course_id = a.course_id AND cm.archived_at IS NULL
  JOIN lesson l ON l.module_slug = cm.slug AND l.archived_at IS NULL
), total AS (
  SELECT count(*)::int AS n FROM lessons
), mem AS (
  SELECT m.id, u.path FROM a
  JOIN org_unit u ON u.path @> ARRAY[a.unit_id]
  JOIN member m ON m.unit_id = u.id
  WHERE m.active AND m.role <> 'ADMIN' AND (${memberIds}::int[] IS NULL OR m.id = ANY(${memberIds}::int[]))
), lp AS (
  SELECT p.member_id, count(*)::int AS learned, max(p.completed_at) AS last_learned
  FROM lesson_progress p JOIN mem ON mem.id = p.member_id
  WHERE p.completed_at IS NOT NULL AND p.lesson_id IN (SELECT id FROM lessons)
  GROUP BY p.member_id
), ex AS (
  SELECT t.member_id, max(t.percent)::float8 AS best, min(t.submitted_at) FILTER (WHERE t.passed) AS first_pass, count(*)::int AS n
  FROM a JOIN attempt t ON t.quiz_id = a.quiz_id AND t.status = 'SUBMITTED'
  JOIN mem ON mem.id = t.member_id
  GROUP BY t.member_id
), per_rule AS (
  SELECT t.member_id, e.key AS rule,
         sum((e.value->>'score')::float8) AS score, sum((e.value->>'max')::float8) AS max
  FROM a JOIN attempt t ON t.status = 'SUBMITTED' AND t.submitted_at >= a.starts_at AND t.rule_breakdown IS NOT NULL
  JOIN mem ON mem.id = t.member_id
  CROSS JOIN LATERAL jsonb_each(t.rule_breakdown) e
  GROUP BY t.member_id, e.key
), rb AS (
  SELECT member_id, jsonb_object_agg(rule, jsonb_build_object('score', score, 'max', max)) AS rules
  FROM per_rule GROUP BY member_id
), done AS (
  SELECT c.member_id FROM assignment_completion c JOIN a ON c.assignment_id = a.id
), meets AS (
  SELECT mem.id AS member_id, mem.path,
         (a.course_id IS NULL OR coalesce(lp.learned, 0) >= total.n)
           AND (a.quiz_id IS NULL OR ex.first_pass IS NOT NULL) AS rule_met,
         lp.learned, lp.last_learned, ex.best, ex.first_pass, ex.n AS exams, done.member_id IS NOT NULL AS recorded
  FROM mem CROSS JOIN a CROSS JOIN total
  LEFT JOIN lp ON lp.member_id = mem.id
  LEFT JOIN ex ON ex.member_id = mem.id
  LEFT JOIN done ON done.member_id = mem.id
)
SELECT meets.member_id AS "memberId", meets.path AS "unitPath",
       (coalesce(meets.learned, 0) > 0 OR coalesce(meets.exams, 0) > 0 OR meets.recorded) AS started,
       (meets.recorded OR meets.rule_met) AS completed,
       CASE WHEN meets.rule_met AND NOT meets.recorded
            THEN coalesce(greatest(meets.last_learned, meets.first_pass), now()::timestamp(3)) END AS "completesAt",
       meets.best AS score,
       coalesce(rb.rules, '{}'::jsonb) AS rules
FROM meets LEFT JOIN rb ON rb.member_id = meets.member_id`;

/** Score band of a best percent: [0,60) [60,70) [70,80) [80,90) [90,100]. */
export function scoreBucket(percent: number): number {
  if (percent < 60) return 0;
  if (percent >= 90) return 4;
  return Math.floor((percent - 50) / 10);
}

/**
 * Average of best percents, to one decimal. Percents are stored to one decimal, so their sum in
 * tenths is an integer: recovering it before dividing makes the result independent of the order
 * the floats were added in (SQL's sum and a JavaScript reduce disagreed at a .x5 boundary).
 */
export function averagePercent(sum: number, count: number): number {
  return Math.round(Math.round(sum * 10) / count) / 10;
}

export const SCORE_BUCKET_LABELS = ["60 分以下", "60–69", "70–79", "80–89", "90–100"] as const;

/** The same banding in SQL, for queries that count members per band. */
export const SCORE_BUCKET_SQL = (col: string) => `CASE WHEN ${col} < 60 THEN 0 WHEN ${col} >= 90 THEN 4 ELSE floor((${col} - 50) / 10)::int END`;
