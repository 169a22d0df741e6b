/** Reading one attempt of a member (lib/assessment/attempts.ts). */
import { sql } from "kysely";
import type { Db } from "../db/client";
import { kysely, type TableRow } from "../db/kysely";
import { NotFoundError } from "../errors";

/** The attempt row as read (`id::text`); `rule_breakdown` is the JSON submitAttempt builds. */
export type AttemptRow = TableRow<
  "attempt",
  | "id"
  | "public_id"
  | "member_id"
  | "quiz_id"
  | "kind"
  | "status"
  | "paper"
  | "started_at"
  | "deadline_at"
  | "submitted_at"
  | "score"
  | "max_score"
  | "percent"
  | "passed"
> & { rule_breakdown: RuleBreakdown | null };

export type RuleBreakdown = Record<string, { score: number; max: number }>;

/** The member's attempt `publicId`; NotFoundError when there is none (or it is someone else's). */
export async function loadAttempt(d: Db, memberId: number, publicId: string): Promise<AttemptRow> {
  const {
    rows: [row],
  } = await sql<AttemptRow>`SELECT id::text, public_id, member_id, quiz_id, kind, status, paper, started_at, deadline_at, submitted_at,
            score, max_score, percent, passed, rule_breakdown
     FROM attempt WHERE public_id = ${publicId} AND member_id = ${memberId}`.execute(kysely(d));
  if (!row) throw new NotFoundError();
  return row;
}
