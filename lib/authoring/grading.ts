/**
 * Void and regrade: correcting what was already answered.
 *
 * - Void a version: it stops counting in every attempt. One statement recomputes score, maximum,
 *   percent, pass and the per-rule breakdown of every submitted attempt whose paper holds it — the
 *   same arithmetic as submitAttempt (voided versions out, unanswered items 0) — and notifies each
 *   cadre affected once.
 * - Regrade a version against a corrected key: the corrected text becomes a new version; every
 *   stored answer to the old one is rescored with lib/assessment/score.ts in batches and moved to
 *   the new version, papers point at it, and the attempts are recomputed as above. Cadres whose
 *   score changed are notified; the result page lists both kinds of change (attempt-notes.ts).
 *
 * Each is one transaction with its audit entry: a failure changes nothing. Unit aggregates
 * (lib/tracking) are derived data and are recomputed afterwards for the assignments concerned.
 *
 * This module holds what both share (loading the version; recomputing attempts, revising the
 * mistake book and writing the audit entry; refreshing unit aggregates); the two verbs are
 * void-version.ts and regrade-version.ts, and what a cadre sees of them afterwards is attempt-notes.ts.
 */
import { sql } from "kysely";
import type { Db } from "../db/client";
import { kysely, type Col } from "../db/kysely";
import type { TQuestion } from "../content/schema";
import { NotFoundError } from "../errors";
import { recomputeAssignment } from "../tracking/aggregates";
import { type Tx } from "../db/tx";
import { recordAudit, type AuditEntry } from "../audit/record";
import { reviseMistakes } from "../assessment/mistakes";

export const VOID_NOTE_KIND = "question-void";
export const REGRADE_NOTE_KIND = "question-regrade";

/** The note each member concerned receives: `{quiz}` in the body stands for the quiz's title. */
export type AttemptNote = { kind: string; title: string; body: string; onlyChanged: boolean };
type Recomputed = { attempts: number; changed: number; notified: number; quizIds: string[]; lastSubmitted: Date | null };

/**
 * Recomputes every submitted attempt whose paper overlaps `versionIds`, from its stored responses,
 * with submitAttempt's arithmetic: score and maximum are the sums over the paper's items whose
 * version is not voided (an unanswered item scores 0); percent rounded to 0.1; passed against the
 * quiz's pass mark. In the per-rule breakdown only the entries of `rules` (the rules the changed
 * versions cite) can change: those are recomputed the same way — sums over the items citing the
 * rule, the entry dropped when no counted item cites it — and the others kept. One grouped pass
 * over the items and one UPDATE (docs/decisions/005), which also notifies the members concerned
 * (all of them, or with `onlyChanged` only those whose score changed).
 */
export async function recomputeAttempts(t: Pick<Tx, "k">, versionIds: number[], rules: string[], note: AttemptNote | null): Promise<Recomputed> {
  const ruleList = [...new Set(rules)];
  const perRule = ruleList.map((rule, i) => {
    const cites = sql`v.rules @> ARRAY[${rule}::text]`;
    const [n, s, m] = ["n", "s", "m"].map((c) => `${c}${i}`);
    return {
      cols: sql`, count(*) FILTER (WHERE ${cites}) AS ${sql.ref(n)},
             sum(coalesce(r.score, 0)::float8) FILTER (WHERE ${cites}) AS ${sql.ref(s)},
             sum(v.max_score::float8) FILTER (WHERE ${cites}) AS ${sql.ref(m)}`,
      entry: sql`${rule}::text, CASE WHEN ${sql.ref(`tot.${n}`)} > 0 THEN jsonb_build_object('score', ${sql.ref(`tot.${s}`)}, 'max', ${sql.ref(`tot.${m}`)}) END`,
    };
  });
  const notify = note !== null;
  const { kind = "", title = "", body = "", onlyChanged = false } = note ?? {};
  // Sorting and hashing 100,000 attempts' items fits in memory instead of spilling to disk.
  await sql`SET LOCAL work_mem = '64MB'`.execute(t.k);
  const {
    rows: [r],
  } = await sql<{
    attempts: number;
    changed: number;
    notified: number;
    quiz_ids: Col<"attempt", "quiz_id">[] | null;
    last_submitted: Col<"attempt", "submitted_at">;
  }>`WITH affected AS (
       SELECT a.id, a.paper, a.quiz_id, a.score AS old_score, a.rule_breakdown FROM attempt a
       WHERE a.status = 'SUBMITTED' AND a.paper && ${versionIds}::int[]
     ), tot AS (
       SELECT t.id AS attempt_id, sum(coalesce(r.score, 0)::float8) AS s, sum(v.max_score::float8) AS m
              ${sql.join(
                perRule.map((x) => x.cols),
                sql``,
              )}
       FROM affected t CROSS JOIN unnest(t.paper) p(vid)
       JOIN question_version v ON v.id = p.vid AND v.voided_at IS NULL
       LEFT JOIN response r ON r.attempt_id = t.id AND r.question_version_id = v.id AND r.final
       GROUP BY t.id
     ), upd AS (
       UPDATE attempt a SET
         score = coalesce(tot.s, 0), max_score = coalesce(tot.m, 0),
         percent = CASE WHEN coalesce(tot.m, 0) > 0 THEN round((100 * tot.s / tot.m)::numeric, 1)::float8 ELSE 0 END,
         passed = CASE WHEN q.pass_percent IS NULL THEN NULL ELSE coalesce(tot.m, 0) > 0 AND 100 * tot.s / tot.m >= q.pass_percent END,
         rule_breakdown = (coalesce(t.rule_breakdown, '{}'::jsonb) - ${ruleList}::text[])
                          ${perRule.length ? sql`|| jsonb_strip_nulls(jsonb_build_object(${sql.join(perRule.map((x) => x.entry))}))` : sql``}
       FROM affected t LEFT JOIN tot ON tot.attempt_id = t.id JOIN quiz q ON q.id = t.quiz_id
       WHERE a.id = t.id
       RETURNING a.member_id, a.public_id, a.quiz_id, a.submitted_at, t.old_score, a.score
     ), note AS (
       INSERT INTO notification (member_id, kind, title, body, link)
       SELECT DISTINCT ON (u.member_id) u.member_id, ${kind}, ${title}, replace(${body}, '{quiz}', z.title), '/attempt/' || u.public_id
       FROM upd u JOIN quiz z ON z.id = u.quiz_id
       WHERE ${notify}::boolean AND (NOT ${onlyChanged}::boolean OR u.old_score IS DISTINCT FROM u.score)
       ORDER BY u.member_id, u.submitted_at DESC
       RETURNING 1
     )
     SELECT count(*)::int AS attempts, (count(*) FILTER (WHERE old_score IS DISTINCT FROM score))::int AS changed,
            (SELECT count(*)::int FROM note) AS notified, array_agg(DISTINCT quiz_id) AS quiz_ids, max(submitted_at) AS last_submitted
     FROM upd`.execute(t.k);
  return { attempts: r.attempts, changed: r.changed, notified: r.notified, quizIds: r.quiz_ids ?? [], lastSubmitted: r.last_submitted };
}

export type Settled = Recomputed & { mistakesClosed: number; ms: number };

/**
 * What void and regrade do in their transaction once the versions have changed: the attempts
 * recomputed (their members notified), the question's mistakes revised, and the audit entry, which
 * carries those figures and the time the change has taken since `started`.
 */
export async function settleVersionChange(
  t: Tx,
  change: { questionId: string; versionIds: number[]; rules: string[]; note: AttemptNote; started: number },
  audit: (s: Settled) => AuditEntry,
): Promise<Settled> {
  const r = await recomputeAttempts(t, change.versionIds, change.rules, change.note);
  const mistakesClosed = await reviseMistakes(t, change.questionId);
  const s = { ...r, mistakesClosed, ms: Math.round(performance.now() - change.started) };
  await recordAudit(t, audit(s));
  return s;
}

/**
 * Unit aggregates (lib/tracking) are derived from attempts: an assignment's exam results and the
 * per-rule points of every attempt submitted since it started. Rebuilt for each live assignment
 * the change can reach, after the transaction; a failure here leaves them to the next rebuild.
 */
export async function refreshAggregates(d: Db, r: { quizIds: string[]; lastSubmitted: Date | null }): Promise<void> {
  if (!r.quizIds.length) return;
  try {
    const rows = await kysely(d)
      .selectFrom("assignment")
      .select("id")
      .where("archived_at", "is", null)
      .where(sql<boolean>`(quiz_id = ANY(${r.quizIds}::text[]) OR starts_at <= ${r.lastSubmitted})`)
      .execute();
    for (const a of rows) await recomputeAssignment(d, a.id);
  } catch (e) {
    console.error("[authoring] unit aggregates not refreshed after a void/regrade", e);
  }
}

export const snippet = (s: string) => (s.length > 24 ? `${s.slice(0, 24)}…` : s);

/** One version as void and regrade read it (type and payload: a validated question). */
export async function loadVersion(d: Db, versionId: number) {
  const v = await kysely(d)
    .selectFrom("question_version")
    .select(["id", "question_id", "version", "type", "payload", "voided_at", "content_hash", "rules"])
    .where("id", "=", versionId)
    .$narrowType<{ type: TQuestion["type"]; payload: TQuestion }>()
    .executeTakeFirst();
  if (!v) throw new NotFoundError();
  return v;
}
