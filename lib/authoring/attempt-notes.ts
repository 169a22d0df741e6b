/** What a cadre's result page says about items voided or regraded after the attempt (lib/authoring/grading.ts). */
import { sql } from "kysely";
import type { Db } from "../db/client";
import { kysely, type TableRow } from "../db/kysely";

export type AttemptNote = TableRow<"audit_event", "at"> & {
  /** 1-based position of the item in the paper. */
  position: number;
  kind: "voided" | "regraded";
  /** The reason the admin gave (the audit entry's after.reason). */
  reason: string | null;
};

/**
 * What changed in one of a member's attempts after it was submitted: items voided and items
 * regraded, with when and why. For the result page: scoped to the member inside the query.
 */
export async function attemptNotes(d: Db, memberId: number, publicId: string): Promise<AttemptNote[]> {
  const { rows } = await sql<AttemptNote>`SELECT p.ord::int AS position, CASE e.action WHEN 'question.void' THEN 'voided' ELSE 'regraded' END AS kind,
            e.at, e.after->>'reason' AS reason
     FROM attempt a CROSS JOIN unnest(a.paper) WITH ORDINALITY p(vid, ord)
     JOIN audit_event e ON e.entity = 'question_version' AND e.entity_id = p.vid::text AND e.action IN ('question.void', 'question.regrade')
     WHERE a.public_id = ${publicId} AND a.member_id = ${memberId} AND a.status = 'SUBMITTED' AND a.started_at < e.at
       AND (e.action = 'question.regrade' OR EXISTS (SELECT 1 FROM question_version v WHERE v.id = p.vid AND v.voided_at IS NOT NULL))
     ORDER BY p.ord, e.at`.execute(kysely(d));
  return rows;
}
