/**
 * Question versions by id. Versions are immutable, so their payloads are cached per process
 * (safe with many app nodes: no node can hold a stale copy of something that never changes).
 * Only `voidedAt` changes, and it is read from the database where totals are computed.
 */
import { sql } from "kysely";
import type { Db } from "../db/client";
import { kysely, type Col, type TableRow } from "../db/kysely";
import type { TQuestion } from "../content/schema";

/** A version as read; `type` and `payload` are the question as content/schema.ts checked it. */
export type VersionRow = TableRow<"question_version", "id" | "rules"> & {
  questionId: Col<"question_version", "question_id">;
  type: TQuestion["type"];
  maxScore: Col<"question_version", "max_score">;
  moduleSlug: Col<"question", "module_slug">;
  payload: TQuestion;
};

const CACHE_LIMIT = 10_000;
const cache = new Map<number, VersionRow>();

export async function getVersions(d: Db, ids: number[]): Promise<Map<number, VersionRow>> {
  const missing = [...new Set(ids)].filter((id) => !cache.has(id));
  if (missing.length) {
    const { rows } =
      await sql<VersionRow>`SELECT v.id, v.question_id AS "questionId", v.type, v.rules, v.max_score AS "maxScore", q.module_slug AS "moduleSlug", v.payload
       FROM question_version v JOIN question q ON q.id = v.question_id WHERE v.id = ANY(${missing}::int[])`.execute(kysely(d));
    if (cache.size + rows.length > CACHE_LIMIT) cache.clear();
    for (const r of rows) cache.set(r.id, r);
  }
  return new Map(ids.filter((id) => cache.has(id)).map((id) => [id, cache.get(id)!]));
}
