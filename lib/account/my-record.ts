/**
 * Everything the app holds about one member, for him to download (his right to his own record):
 * profile, lesson progress, submitted attempts with their answers, scores and per-rule breakdown,
 * the mistake book, completions, certificates and notifications. Only his own rows: every query
 * is keyed on his id. Open attempts are listed without answers (their keys are not yet public), and
 * nothing tells right from wrong on a question his open exam holds (lib/assessment/key-access.ts).
 */
import type { Db } from "../db/client";
import { withheldQuestionsSql } from "../assessment/key-access";

/** Items of his open exam: whether he got them right, and the misconception they showed, wait until he hands it in. */
const WITHHELD = withheldQuestionsSql("$1");

export async function myRecord(d: Db, memberId: number) {
  const q = <T = Record<string, unknown>>(sql: string) => d.raw.query<T>(sql, [memberId]);
  const [profile] = await q(
    `SELECT m.username, m.name, m.phone, m.role, u.name AS unit, m.created_at AS "createdAt"
     FROM member m JOIN org_unit u ON u.id = m.unit_id WHERE m.id = $1`,
  );
  const [lessons, attempts, mistakes, completions, certificates, notifications] = await Promise.all([
    q(`SELECT p.lesson_id AS lesson, l.title, p.started_at AS "startedAt", p.completed_at AS "completedAt"
       FROM lesson_progress p JOIN lesson l ON l.id = p.lesson_id WHERE p.member_id = $1 ORDER BY p.started_at`),
    q(`SELECT a.public_id AS id, a.quiz_id AS quiz, a.kind, a.status, a.started_at AS "startedAt", a.submitted_at AS "submittedAt",
              a.score, a.max_score AS "maxScore", a.percent, a.passed, a.rule_breakdown AS "ruleBreakdown",
              CASE WHEN a.status = 'SUBMITTED' THEN (
                SELECT coalesce(jsonb_agg(jsonb_build_object('question', v.question_id, 'version', v.version, 'answer', r.answer,
                         'correct', CASE WHEN w.question_id IS NULL THEN r.correct END,
                         'score', CASE WHEN w.question_id IS NULL THEN r.score END, 'answeredAt', r.answered_at) ORDER BY r.answered_at), '[]'::jsonb)
                FROM response r JOIN question_version v ON v.id = r.question_version_id
                LEFT JOIN (${WITHHELD}) w ON w.question_id = v.question_id
                WHERE r.attempt_id = a.id)
              END AS responses
       FROM attempt a WHERE a.member_id = $1 ORDER BY a.started_at`),
    q(`SELECT question_id AS question, rules, CASE WHEN question_id IN (${WITHHELD}) THEN NULL ELSE misconception END AS misconception,
              wrong_at AS "wrongAt", right_count AS "rightCount", cleared_at AS "clearedAt"
       FROM mistake WHERE member_id = $1 ORDER BY wrong_at`),
    q(`SELECT * FROM assignment_completion WHERE member_id = $1`),
    q(`SELECT * FROM certificate WHERE member_id = $1`),
    q(`SELECT * FROM notification WHERE member_id = $1 ORDER BY 1`),
  ]);
  return { exportedAt: new Date().toISOString(), profile, lessons, attempts, mistakes, completions, certificates, notifications };
}
