/**
 * Question versions by id. Versions are immutable, so their payloads are cached per process
 * (safe with many app nodes: no node can hold a stale copy of something that never changes).
 * Only `voidedAt` changes, and it is read from the database where totals are computed.
 */
import type { Db } from "../db/client";
import type { TQuestion } from "../content/schema";

export interface VersionRow {
  id: number;
  questionId: string;
  type: TQuestion["type"];
  rules: string[];
  maxScore: number;
  moduleSlug: string;
  payload: TQuestion;
}

const CACHE_LIMIT = 10_000;
const cache = new Map<number, VersionRow>();

export async function getVersions(d: Db, ids: number[]): Promise<Map<number, VersionRow>> {
  const missing = [...new Set(ids)].filter((id) => !cache.has(id));
  if (missing.length) {
    const rows = await d.raw.query<VersionRow>(
      `SELECT v.id, v.question_id AS "questionId", v.type, v.rules, v.max_score AS "maxScore", q.module_slug AS "moduleSlug", v.payload
       FROM question_version v JOIN question q ON q.id = v.question_id WHERE v.id = ANY($1::int[])`,
      [missing],
    );
    if (cache.size + rows.length > CACHE_LIMIT) cache.clear();
    for (const r of rows) cache.set(r.id, r);
  }
  return new Map(ids.filter((id) => cache.has(id)).map((id) => [id, cache.get(id)!]));
}
