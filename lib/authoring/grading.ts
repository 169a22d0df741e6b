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
 *   score changed are notified; the result page lists both kinds of change (attemptNotes).
 *
 * Each is one transaction with its audit entry: a failure changes nothing. Unit aggregates
 * (lib/tracking) are derived data and are recomputed afterwards for the assignments concerned.
 *
 * This module holds what both share (recomputing attempts, loading the version, the notes the
 * result page shows); the two verbs are void-version.ts and regrade-version.ts.
 */
import type { Db } from "../db/client";
import type { TQuestion } from "../content/schema";
import { NotFoundError } from "../errors";
import { recomputeAssignment } from "../tracking/aggregates";
import { type Tx } from "../db/tx";

export const VOID_NOTE_KIND = "question-void";
export const REGRADE_NOTE_KIND = "question-regrade";

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
export async function recomputeAttempts(
  t: Pick<Tx, "q" | "x">,
  versionIds: number[],
  rules: string[],
  note: { kind: string; title: string; body: string; onlyChanged: boolean } | null,
): Promise<{ attempts: number; changed: number; notified: number; quizIds: string[]; lastSubmitted: Date | null }> {
  const ruleList = [...new Set(rules)];
  const params: unknown[] = [versionIds, note !== null, note?.kind ?? "", note?.title ?? "", note?.body ?? "", note?.onlyChanged ?? false, ruleList];
  const perRule = ruleList.map((rule, i) => {
    params.push(rule);
    const p = `$${params.length}`;
    return {
      cols: `count(*) FILTER (WHERE v.rules @> ARRAY[${p}::text]) AS n${i},
             sum(coalesce(r.score, 0)::float8) FILTER (WHERE v.rules @> ARRAY[${p}::text]) AS s${i},
             sum(v.max_score::float8) FILTER (WHERE v.rules @> ARRAY[${p}::text]) AS m${i}`,
      entry: `${p}::text, CASE WHEN tot.n${i} > 0 THEN jsonb_build_object('score', tot.s${i}, 'max', tot.m${i}) END`,
    };
  });
  // Sorting and hashing 100,000 attempts' items fits in memory instead of spilling to disk.
  await t.x(`SET LOCAL work_mem = '64MB'`);
  const [r] = await t.q<{ attempts: number; changed: number; notified: number; quiz_ids: string[] | null; last_submitted: Date | null }>(
    `WITH affected AS (
       SELECT a.id, a.paper, a.quiz_id, a.score AS old_score, a.rule_breakdown FROM attempt a
       WHERE a.status = 'SUBMITTED' AND a.paper && $1::int[]
     ), tot AS (
       SELECT t.id AS attempt_id, sum(coalesce(r.score, 0)::float8) AS s, sum(v.max_score::float8) AS m
              ${perRule.map((x) => `, ${x.cols}`).join("")}
       FROM affected t CROSS JOIN unnest(t.paper) p(vid)
       JOIN question_version v ON v.id = p.vid AND v.voided_at IS NULL
       LEFT JOIN response r ON r.attempt_id = t.id AND r.question_version_id = v.id AND r.final
       GROUP BY t.id
     ), upd AS (
       UPDATE attempt a SET
         score = coalesce(tot.s, 0), max_score = coalesce(tot.m, 0),
         percent = CASE WHEN coalesce(tot.m, 0) > 0 THEN round((100 * tot.s / tot.m)::numeric, 1)::float8 ELSE 0 END,
         passed = CASE WHEN q.pass_percent IS NULL THEN NULL ELSE coalesce(tot.m, 0) > 0 AND 100 * tot.s / tot.m >= q.pass_percent END,
         rule_breakdown = (coalesce(t.rule_breakdown, '{}'::jsonb) - $7::text[])
                          ${perRule.length ? `|| jsonb_strip_nulls(jsonb_build_object(${perRule.map((x) => x.entry).join(", ")}))` : ""}
       FROM affected t LEFT JOIN tot ON tot.attempt_id = t.id JOIN quiz q ON q.id = t.quiz_id
       WHERE a.id = t.id
       RETURNING a.member_id, a.public_id, a.quiz_id, a.submitted_at, t.old_score, a.score
     ), note AS (
       INSERT INTO notification (member_id, kind, title, body, link)
       SELECT DISTINCT ON (u.member_id) u.member_id, $3, $4, replace($5, '{quiz}', z.title), '/attempt/' || u.public_id
       FROM upd u JOIN quiz z ON z.id = u.quiz_id
       WHERE $2::boolean AND (NOT $6::boolean OR u.old_score IS DISTINCT FROM u.score)
       ORDER BY u.member_id, u.submitted_at DESC
       RETURNING 1
     )
     SELECT count(*)::int AS attempts, (count(*) FILTER (WHERE old_score IS DISTINCT FROM score))::int AS changed,
            (SELECT count(*)::int FROM note) AS notified, array_agg(DISTINCT quiz_id) AS quiz_ids, max(submitted_at) AS last_submitted
     FROM upd`,
    params,
  );
  return { attempts: r.attempts, changed: r.changed, notified: r.notified, quizIds: r.quiz_ids ?? [], lastSubmitted: r.last_submitted };
}

/**
 * Unit aggregates (lib/tracking) are derived from attempts: an assignment's exam results and the
 * per-rule points of every attempt submitted since it started. Rebuilt for each live assignment
 * the change can reach, after the transaction; a failure here leaves them to the next rebuild.
 */
export async function refreshAggregates(d: Db, r: { quizIds: string[]; lastSubmitted: Date | null }): Promise<void> {
  if (!r.quizIds.length) return;
  try {
    const rows = await d.raw.query<{ id: number }>(`SELECT id FROM assignment WHERE archived_at IS NULL AND (quiz_id = ANY($1::text[]) OR starts_at <= $2)`, [
      r.quizIds,
      r.lastSubmitted,
    ]);
    for (const a of rows) await recomputeAssignment(d, a.id);
  } catch (e) {
    console.error("[authoring] unit aggregates not refreshed after a void/regrade", e);
  }
}

export const snippet = (s: string) => (s.length > 24 ? `${s.slice(0, 24)}…` : s);

export interface VersionRow {
  id: number;
  question_id: string;
  version: number;
  type: TQuestion["type"];
  payload: TQuestion;
  voided_at: Date | null;
  content_hash: string;
  rules: string[];
}

export async function loadVersion(d: Db, versionId: number): Promise<VersionRow> {
  const [v] = await d.raw.query<VersionRow>(
    `SELECT id, question_id, version, type, payload, voided_at, content_hash, rules FROM question_version WHERE id = $1`,
    [versionId],
  );
  if (!v) throw new NotFoundError();
  return v;
}

export interface AttemptNote {
  /** 1-based position of the item in the paper. */
  position: number;
  kind: "voided" | "regraded";
  at: Date;
  reason: string | null;
}

/**
 * What changed in one of a member's attempts after it was submitted: items voided and items
 * regraded, with when and why. For the result page: scoped to the member inside the query.
 */
export async function attemptNotes(d: Db, memberId: number, publicId: string): Promise<AttemptNote[]> {
  return d.raw.query<AttemptNote>(
    `SELECT p.ord::int AS position, CASE e.action WHEN 'question.void' THEN 'voided' ELSE 'regraded' END AS kind,
            e.at, e.after->>'reason' AS reason
     FROM attempt a CROSS JOIN unnest(a.paper) WITH ORDINALITY p(vid, ord)
     JOIN audit_event e ON e.entity = 'question_version' AND e.entity_id = p.vid::text AND e.action IN ('question.void', 'question.regrade')
     WHERE a.public_id = $1 AND a.member_id = $2 AND a.status = 'SUBMITTED' AND a.started_at < e.at
       AND (e.action = 'question.regrade' OR EXISTS (SELECT 1 FROM question_version v WHERE v.id = p.vid AND v.voided_at IS NOT NULL))
     ORDER BY p.ord, e.at`,
    [publicId, memberId],
  );
}
