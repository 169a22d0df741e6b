/**
 * `withheldQuestionsSql` (key-access.ts) as a Kysely fragment, the member a parameter: the same
 * text — the hot path's prepared statements embed it as text — cut where the member goes.
 */
import { type RawBuilder, sql } from "kysely";
import type { TableRow } from "../db/kysely";
import { withheldQuestionsSql } from "./key-access";

const [head, tail] = withheldQuestionsSql("\u0000").split("\u0000");

export function withheldQuestionsOf(memberId: number): RawBuilder<TableRow<"question_version", "question_id">> {
  return sql`${sql.raw(head)}${memberId}${sql.raw(tail)}`;
}
