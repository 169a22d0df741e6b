/**
 * Reads the API needs beyond the domain's own: who the caller is with his unit path by name, the
 * quizzes with his attempt counts, and his submitted results page by page. Every query is scoped
 * to the caller inside the SQL.
 */
import type { Db } from "../db/client";
import type { QuizKind } from "../generated/prisma/enums";
import type { Viewer } from "../auth/viewer";
import { listQuizzes } from "../assessment/quizzes";
import type { z } from "zod";
import type { ZMe, ZQuizList, ZResultPage } from "./schemas";
import { ROLE_LABEL } from "../labels";

export async function describeMe(d: Db, v: Viewer): Promise<z.infer<typeof ZMe>> {
  const units = await d.raw.query<{ id: number; name: string }>(`SELECT id, name FROM org_unit WHERE id = ANY($1::int[])`, [v.unitPath]);
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
    d.raw.query<{ quiz_id: string; submitted: number; best: number | null; open_id: string | null }>(
      `SELECT quiz_id,
              count(*) FILTER (WHERE status = 'SUBMITTED')::int AS submitted,
              max(percent) FILTER (WHERE status = 'SUBMITTED') AS best,
              max(public_id) FILTER (WHERE status = 'IN_PROGRESS') AS open_id
       FROM attempt WHERE member_id = $1 GROUP BY quiz_id`,
      [memberId],
    ),
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

interface ResultRow {
  public_id: string;
  quiz_id: string;
  quiz_title: string;
  kind: QuizKind;
  started_at: Date;
  submitted_at: Date;
  score: number;
  max_score: number;
  percent: number;
  passed: boolean | null;
  rule_breakdown: Record<string, { score: number; max: number }> | null;
}

const byCode = new Intl.Collator("en", { numeric: true });

/**
 * The caller's submitted attempts, newest first, keyset-paginated: the cursor is the last item's
 * attempt id, so pages stay stable while new results arrive. Null for a cursor that is not one of
 * the caller's submitted attempts.
 */
export async function listMyResults(d: Db, memberId: number, page: { cursor?: string; limit: number }): Promise<z.infer<typeof ZResultPage> | null> {
  if (page.cursor) {
    const found = await d.raw.query(`SELECT 1 FROM attempt WHERE public_id = $1 AND member_id = $2 AND status = 'SUBMITTED'`, [page.cursor, memberId]);
    if (!found.length) return null;
  }
  // The cursor row is compared inside the statement: no timestamp makes a round trip through JS.
  const rows = await d.raw.query<ResultRow>(
    `SELECT a.public_id, a.quiz_id, q.title AS quiz_title, a.kind, a.started_at, a.submitted_at,
            a.score, a.max_score, a.percent, a.passed, a.rule_breakdown
     FROM attempt a JOIN quiz q ON q.id = a.quiz_id
     WHERE a.member_id = $1 AND a.status = 'SUBMITTED'
       AND ($2::text IS NULL OR (a.submitted_at, a.id) < (SELECT c.submitted_at, c.id FROM attempt c WHERE c.public_id = $2 AND c.member_id = $1))
     ORDER BY a.submitted_at DESC, a.id DESC
     LIMIT $3`,
    [memberId, page.cursor ?? null, page.limit + 1],
  );
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
