/**
 * Everything the app holds about one member, for him to download (his right to his own record):
 * profile, lesson progress, submitted attempts with their answers, scores and per-rule breakdown,
 * the mistake book, completions, certificates and notifications. Only his own rows: every query
 * is keyed on his id. Open attempts are listed without answers (their keys are not yet public), and
 * nothing tells right from wrong on a question his open exam holds (lib/assessment/key-access.ts).
 */
import { sql } from "kysely";
import type { Db } from "../db/client";
import { kysely, type Col } from "../db/kysely";
import { withheldQuestionsOf } from "../assessment/key-access";

export async function myRecord(d: Db, memberId: number) {
  const k = kysely(d);
  // Items of his open exam: whether he got them right, and the misconception they showed, wait until he hands it in.
  const withheld = withheldQuestionsOf(memberId);
  const profile = await k
    .selectFrom("member as m")
    .innerJoin("org_unit as u", "u.id", "m.unit_id")
    .select(["m.username", "m.name", "m.phone", "m.role", "u.name as unit", "m.created_at as createdAt"])
    .where("m.id", "=", memberId)
    .executeTakeFirst();
  const [lessons, attempts, mistakes, completions, certificates, notifications] = await Promise.all([
    k
      .selectFrom("lesson_progress as p")
      .innerJoin("lesson as l", "l.id", "p.lesson_id")
      .select(["p.lesson_id as lesson", "l.title", "p.started_at as startedAt", "p.completed_at as completedAt"])
      .where("p.member_id", "=", memberId)
      .orderBy("p.started_at")
      .execute(),
    k
      .selectFrom("attempt as a")
      .select([
        "a.public_id as id",
        "a.quiz_id as quiz",
        "a.kind",
        "a.status",
        "a.started_at as startedAt",
        "a.submitted_at as submittedAt",
        "a.score",
        "a.max_score as maxScore",
        "a.percent",
        "a.passed",
        "a.rule_breakdown as ruleBreakdown",
        // Answers of a submitted attempt only; right/wrong withheld while his open exam holds the question.
        sql<unknown[] | null>`CASE WHEN a.status = 'SUBMITTED' THEN (
            SELECT coalesce(jsonb_agg(jsonb_build_object('question', v.question_id, 'version', v.version, 'answer', r.answer,
                     'correct', CASE WHEN w.question_id IS NULL THEN r.correct END,
                     'score', CASE WHEN w.question_id IS NULL THEN r.score END, 'answeredAt', r.answered_at) ORDER BY r.answered_at), '[]'::jsonb)
            FROM response r JOIN question_version v ON v.id = r.question_version_id
            LEFT JOIN (${withheld}) w ON w.question_id = v.question_id
            WHERE r.attempt_id = a.id)
          END`.as("responses"),
      ])
      .where("a.member_id", "=", memberId)
      .orderBy("a.started_at")
      .execute(),
    k
      .selectFrom("mistake")
      .select([
        "question_id as question",
        "rules",
        sql<Col<"mistake", "misconception">>`CASE WHEN question_id IN (${withheld}) THEN NULL ELSE misconception END`.as("misconception"),
        "wrong_at as wrongAt",
        "right_count as rightCount",
        "cleared_at as clearedAt",
      ])
      .where("member_id", "=", memberId)
      .orderBy("wrong_at")
      .execute(),
    k.selectFrom("assignment_completion").selectAll().where("member_id", "=", memberId).execute(),
    k.selectFrom("certificate").selectAll().where("member_id", "=", memberId).execute(),
    k.selectFrom("notification").selectAll().where("member_id", "=", memberId).orderBy("id").execute(),
  ]);
  return { exportedAt: new Date().toISOString(), profile, lessons, attempts, mistakes, completions, certificates, notifications };
}
