// Imports only lib/auth/caller.ts, key-access.ts and Kysely (no framework): the benchmark's raw
// node+pg server loads this file.
import { type RawBuilder, sql } from "kysely";
import { callerCte, callerKind, type Caller } from "../auth/caller";
import { withheldQuestionsOf } from "./key-access";
import type { Col } from "../db/kysely";

/** The statement's one row: what it found (computed flags) and the response's new revision. */
export type SaveRow = {
  kind: Col<"attempt", "kind"> | null;
  revision: Col<"response", "revision"> | null;
  authenticated: boolean;
  pending: boolean;
  open: boolean;
  in_time: boolean;
  withheld: boolean | null;
};

/** What one save writes: the answer as given and as scored (score.ts). */
export interface SaveValues {
  publicId: string;
  versionId: number;
  /** The answer as JSON text. */
  answer: string;
  path: string[];
  correct: boolean;
  score: number;
  maxScore: number;
  final: boolean;
  misconceptions: string[];
}

/**
 * The hot path's one statement: authenticates the caller (lib/auth/caller.ts), checks the attempt
 * is his, open, in time and has this question version on its paper, and upserts the response —
 * nothing for a session that must first change its initial password (`pending`). A practice item
 * already answered stays locked; an identical retry changes nothing.
 * `withheld`: in practice or review, the member's open exam holds this question, so no feedback
 * may be given (key-access.ts); computed only for those kinds, so an exam save does not pay for it.
 * One text per kind of credential (prepared as `saveResponseStatement(c)`). Shared with the
 * benchmark's raw node+pg reference server so both run exactly the same SQL.
 */
export function saveResponseQuery(c: Caller, v: SaveValues): RawBuilder<SaveRow> {
  return sql<SaveRow>`WITH ${callerCte(c)}, a AS (
     SELECT id, kind, status = 'IN_PROGRESS' AS open, (deadline_at IS NULL OR deadline_at > now()) AS in_time
     FROM attempt WHERE public_id = ${v.publicId} AND member_id = (SELECT id FROM caller WHERE NOT pending) AND ${v.versionId}::int = ANY(paper)
   ), up AS (
     INSERT INTO response (attempt_id, question_version_id, answer, path, correct, score, max_score, final, misconceptions)
     SELECT a.id, ${v.versionId}::int, ${v.answer}::jsonb, ${v.path}::text[], ${v.correct}, ${v.score}, ${v.maxScore}, ${v.final}, ${v.misconceptions}::text[]
     FROM a WHERE a.open AND a.in_time
     ON CONFLICT (attempt_id, question_version_id) DO UPDATE SET
       answer = EXCLUDED.answer, path = EXCLUDED.path, correct = EXCLUDED.correct, score = EXCLUDED.score,
       final = EXCLUDED.final, misconceptions = EXCLUDED.misconceptions, answered_at = now(), revision = response.revision + 1
     WHERE NOT (response.final AND (SELECT kind FROM a) IN ('PRACTICE', 'REVIEW'))
       AND (response.answer IS DISTINCT FROM EXCLUDED.answer)
     RETURNING revision
   )
   SELECT EXISTS (SELECT 1 FROM caller) AS authenticated, coalesce((SELECT pending FROM caller), false) AS pending, (SELECT kind FROM a) AS kind, (SELECT open FROM a) AS open,
          (SELECT in_time FROM a) AS in_time, (SELECT revision FROM up) AS revision,
          CASE WHEN (SELECT kind FROM a) IN ('PRACTICE', 'REVIEW')
               THEN (SELECT question_id FROM question_version WHERE id = ${v.versionId}::int) IN (${withheldQuestionsOf(sql`(SELECT id FROM caller)`)})
               ELSE false END AS withheld`;
}

/** The prepared-statement name that goes with `saveResponseQuery(c, …)` (one text per name). */
export const saveResponseStatement = (c: Caller) => `save-response-${callerKind(c)}`;
