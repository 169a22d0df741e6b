/**
 * Reads the API needs beyond the domain's own: who the caller is with his unit path by name, the
 * quizzes with his attempt counts, and his submitted results page by page. Every query is scoped
 * to the caller inside the SQL.
 */
import { sql } from "kysely";
import type { Db } from "../db/client";
import { kysely, type Col, type TableRow } from "../db/kysely";
import type { Viewer } from "../auth/viewer";
import { listQuizzes } from "../assessment/quizzes";
import type { z } from "zod";
import type { ZMe, ZQuizList, ZResultPage } from "./schemas";
import { ROLE_LABEL } from "../labels";

export async function describeMe(d: Db, v: Viewer): Promise<z.infer<typeof ZMe>> {
  const units = await kysely(d)
    .selectFrom("org_unit")
    .select(["id", "name"])
    .where(sql<boolean>`id = ANY(${v.unitPath}::int[])`)
    .execute();
  const byId = new Map(units.map((u) => [u.id, u.name]));
  return {
    id: v.id,
    username: v.username,
    name: v.name,
    role: v.role,
    roleLabel: ROLE_LABEL[v.role],
    unit: { id: v.unitId, name: v.unitName, path: v.unitPath.map((id) => ({ id, name: byId.get(id) ?? "" })) },
  };
}

/** The quizzes (listQuizzes) with the caller's attempts on each: one query for all of them. */
export async function quizzesFor(d: Db, memberId: number): Promise<z.infer<typeof ZQuizList>> {
  const [quizzes, counts] = await Promise.all([
    listQuizzes(d),
    sql<TableRow<"attempt", "quiz_id"> & { submitted: number; best: Col<"attempt", "percent">; open_id: Col<"attempt", "public_id"> | null }>`SELECT quiz_id,
              count(*) FILTER (WHERE status = 'SUBMITTED')::int AS submitted,
              max(percent) FILTER (WHERE status = 'SUBMITTED') AS best,
              max(public_id) FILTER (WHERE status = 'IN_PROGRESS') AS open_id
       FROM attempt WHERE member_id = ${memberId} GROUP BY quiz_id`
      .execute(kysely(d))
      .then((r) => r.rows),
  ]);
  const byQuiz = new Map(counts.map((c) => [c.quiz_id, c]));
  return {
    quizzes: quizzes.map((q) => {
      const c = byQuiz.get(q.id);
      const submitted = c?.submitted ?? 0;
      return {
        id: q.id,
        kind: q.kind,
        title: q.title,
        description: q.description,
        module: q.moduleSlug,
        timeLimitSec: q.timeLimitSec,
        passPercent: q.passPercent,
        maxAttempts: q.maxAttempts,
        attempts: {
          submitted,
          remaining: q.maxAttempts === null ? null : Math.max(0, q.maxAttempts - submitted),
          bestPercent: c?.best ?? null,
          inProgress: c?.open_id ?? null,
        },
      };
    }),
  };
}

/** A submitted attempt: its time and totals are set; `rule_breakdown` is the JSON submitAttempt builds. */
type ResultRow = TableRow<"attempt", "public_id" | "quiz_id" | "kind" | "started_at" | "passed"> & {
  quiz_title: Col<"quiz", "title">;
  submitted_at: Date;
  score: number;
  max_score: number;
  percent: number;
  rule_breakdown: Record<string, { score: number; max: number }> | null;
};

const byCode = new Intl.Collator("en", { numeric: true });

/**
 * The caller's submitted attempts, newest first, keyset-paginated: the cursor is the last item's
 * attempt id, so pages stay stable while new results arrive. Null for a cursor that is not one of
 * the caller's submitted attempts.
 */
export async function listMyResults(d: Db, memberId: number, page: { cursor?: string; limit: number }): Promise<z.infer<typeof ZResultPage> | null> {
  if (page.cursor) {
    const found = await kysely(d)
      .selectFrom("attempt")
      .select(sql<number>`1`.as("one"))
      .where("public_id", "=", page.cursor)
      .where("member_id", "=", memberId)
      .where(sql<boolean>`status = 'SUBMITTED'`)
      .execute();
    if (!found.length) return null;
  }
  // The cursor row is compared inside the statement: no timestamp makes a round trip through JS.
  const cursor = page.cursor ?? null;
  const { rows } = await sql<ResultRow>`SELECT a.public_id, a.quiz_id, q.title AS quiz_title, a.kind, a.started_at, a.submitted_at,
            a.score, a.max_score, a.percent, a.passed, a.rule_breakdown
     FROM attempt a JOIN quiz q ON q.id = a.quiz_id
     WHERE a.member_id = ${memberId} AND a.status = 'SUBMITTED'
       AND (${cursor}::text IS NULL OR (a.submitted_at, a.id) < (SELECT c.submitted_at, c.id FROM attempt c WHERE c.public_id = ${cursor} AND c.member_id = ${memberId}))
     ORDER BY a.submitted_at DESC, a.id DESC
     LIMIT ${page.limit + 1}`.execute(kysely(d));
  const items = rows.slice(0, page.limit).map((r) => ({
    id: r.public_id,
    quizId: r.quiz_id,
    quizTitle: r.quiz_title,
    kind: r.kind,
    startedAt: r.started_at.toISOString(),
    submittedAt: r.submitted_at.toISOString(),
    score: r.score,
    maxScore: r.max_score,
    percent: r.percent,
    passed: r.passed,
    ruleBreakdown: Object.entries(r.rule_breakdown ?? {})
      .sort(([a], [b]) => byCode.compare(a, b))
      .map(([rule, s]) => ({ rule, score: s.score, max: s.max })),
  }));
  return { items, nextCursor: rows.length > page.limit ? items[items.length - 1].id : null };
}
