// Imports only lib/auth/caller.ts and key-access.ts (free of runtime imports): the benchmark's raw
// node+pg server loads this file.
import { callerCte, callerKind, perCallerKind, type Caller } from "../auth/caller";
import { withheldQuestionsSql } from "./key-access";
import type { Col } from "../db/kysely";

/**
 * The hot path's one statement: authenticates the caller (`$2`, see lib/auth/caller.ts), checks
 * the attempt is his, open, in time and has this question version on its paper, and upserts the
 * response — nothing for a session that must first change its initial password (`pending`). A practice item already answered stays locked; an identical retry changes nothing.
 * `withheld`: in practice or review, the member's open exam holds this question, so no feedback
 * may be given (key-access.ts); computed only for those kinds, so an exam save does not pay for it.
 * Shared with the benchmark's raw node+pg reference server so both run exactly the same SQL.
 */
const sql = (c: Caller) => `WITH ${callerCte(c, 2)}, a AS (
     SELECT id, kind, status = 'IN_PROGRESS' AS open, (deadline_at IS NULL OR deadline_at > now()) AS in_time
     FROM attempt WHERE public_id = $1 AND member_id = (SELECT id FROM caller WHERE NOT pending) AND $3 = ANY(paper)
   ), up AS (
     INSERT INTO response (attempt_id, question_version_id, answer, path, correct, score, max_score, final, misconceptions)
     SELECT a.id, $3, $4::jsonb, $5::text[], $6, $7, $8, $9, $10::text[] FROM a WHERE a.open AND a.in_time
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
               THEN (SELECT question_id FROM question_version WHERE id = $3) IN (${withheldQuestionsSql("(SELECT id FROM caller)")})
               ELSE false END AS withheld`;

// One text per kind of credential (the credential itself is the parameter $2).
export const saveResponseSql = perCallerKind(sql);
/** The prepared-statement name that goes with `saveResponseSql(c)` (one text per name). */
export const saveResponseStatement = (c: Caller) => `save-response-${callerKind(c)}`;

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
