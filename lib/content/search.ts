/**
 * Course search ranked by relevance (decision 007, revised in 014): the query and every rule,
 * case and lesson are cut into words by the checker's segmenter (jieba with the domain
 * dictionary), and rows are ranked by BM25 with the title weighted above the text, plus a bonus
 * when the whole query appears as written. A row matches when it contains any of the query's
 * words, so a question such as "领导发红包怎么办" finds the red-packet rules first instead of
 * nothing (the old search required every space-separated term as a substring).
 *
 * The catalogue is small (~100 rows) and changes only with a content release, so the word index
 * is built in memory and rebuilt when the rows' content hashes change (one light statement per
 * search checks them). Server-only: the segmenter is native.
 */
import { sql } from "kysely";
import type { Db } from "../db/client";
import { kysely, type Col } from "../db/kysely";
import { searchSegment } from "../checker/segment";

export interface SearchHit {
  kind: "rule" | "lesson" | "case";
  key: string;
  title: string;
  href: string;
  snippet: string;
}

/** A rule, case or lesson as ROWS reads it (the columns are the rule's; case and lesson have the same types). */
type Row = {
  key: Col<"rule", "code">;
  kind: SearchHit["kind"];
  title: string;
  href: string;
  /** What the snippet is cut from. */
  display: Col<"rule", "summary">;
  /** Everything searchable (title, code, text, keywords). */
  text: Col<"rule", "search_text">;
  ord: Col<"rule", "position">;
  hash: Col<"rule", "content_hash">;
};

interface Doc extends Row {
  titleTf: Map<string, number>;
  textTf: Map<string, number>;
  length: number;
}

interface Index {
  signature: string;
  docs: Doc[];
  df: Map<string, number>;
  avgLength: number;
}

/** Words that carry no topic: question words and particles (领导发红包怎么办 → 领导 发 红包). */
const STOP = new Set(
  "的 了 吗 呢 吧 啊 呀 么 和 与 及 或 是 在 有 也 都 就 还 要 能 会 可以 怎么 怎么办 怎样 如何 什么 为什么 哪些 哪个 是否 可不可以 能不能 不能 我 你 他 她 们 这 那 这个 那个 一个 可以吗 吗？ 请问".split(
    " ",
  ),
);

/** Words of a text for the index: lower-cased, punctuation and stop words dropped. */
export function searchWords(text: string): string[] {
  const out: string[] = [];
  for (const t of searchSegment(text.toLowerCase())) {
    const w = t.trim();
    if (!w || /^[\p{P}\p{S}\s]+$/u.test(w) || STOP.has(w)) continue;
    out.push(w);
  }
  return out;
}

function tf(words: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const w of words) m.set(w, (m.get(w) ?? 0) + 1);
  return m;
}

const SIGNATURE = sql<Pick<Row, "kind" | "key" | "hash">>`
  SELECT 'rule' AS kind, code AS key, content_hash AS hash FROM rule WHERE archived_at IS NULL
  UNION ALL SELECT 'case', code, content_hash FROM case_study WHERE archived_at IS NULL
  UNION ALL SELECT 'lesson', id, content_hash FROM lesson WHERE archived_at IS NULL
  ORDER BY 1, 2`;

const ROWS = sql<Row>`
  SELECT 'rule' AS kind, code AS key, code || ' ' || title AS title, '/rules/' || code AS href, summary AS display,
         search_text AS text, position AS ord, content_hash AS hash
    FROM rule WHERE archived_at IS NULL
  UNION ALL
  SELECT 'case', c.code, c.code || ' ' || c.title,
         coalesce((SELECT '/learn/' || l.module_slug || '/' || l.id FROM lesson l
                   WHERE l.cases @> ARRAY[c.code] AND l.archived_at IS NULL
                   ORDER BY (l.module_slug = 'cases') DESC, l.position LIMIT 1), '/rules/' || c.rules[1]),
         c.facts, c.search_text, 100, c.content_hash
    FROM case_study c WHERE c.archived_at IS NULL
  UNION ALL
  SELECT 'lesson', id, title, '/learn/' || module_slug || '/' || id, body->>'explanation', search_text, 200 + position, content_hash
    FROM lesson WHERE archived_at IS NULL`;

let cached: Index | null = null;

async function index(d: Db): Promise<Index> {
  const sig = (await SIGNATURE.execute(kysely(d))).rows.map((r) => `${r.kind}:${r.key}:${r.hash}`).join("|");
  if (cached && cached.signature === sig) return cached;
  const { rows } = await ROWS.execute(kysely(d));
  const docs: Doc[] = rows.map((r) => {
    const titleWords = searchWords(r.title);
    const textWords = searchWords(r.text);
    return { ...r, titleTf: tf(titleWords), textTf: tf(textWords), length: textWords.length };
  });
  const df = new Map<string, number>();
  for (const doc of docs) for (const w of new Set([...doc.titleTf.keys(), ...doc.textTf.keys()])) df.set(w, (df.get(w) ?? 0) + 1);
  const avgLength = docs.reduce((a, doc) => a + doc.length, 0) / Math.max(1, docs.length);
  cached = { signature: sig, docs, df, avgLength };
  return cached;
}

const K1 = 1.2;
const B = 0.75;
const TITLE_WEIGHT = 3;

/**
 * Rules, cases and lessons for a query, most relevant first. A query with no word of two or more
 * characters (红%包, 包) is matched as written, literally.
 */
export async function search(d: Db, q: string, limit = 50): Promise<SearchHit[]> {
  const query = q.trim().toLowerCase().slice(0, 50);
  if (!query) return [];
  const ix = await index(d);
  const words = [...new Set(searchWords(query))].filter((w) => [...w].length >= 2 || /^[a-z0-9]+$/.test(w));
  const n = ix.docs.length;
  const scored: { doc: Doc; score: number; best: string }[] = [];
  for (const doc of ix.docs) {
    let score = 0;
    let best = "";
    let bestIdf = -1;
    if (words.length === 0) {
      if (!doc.text.toLowerCase().includes(query) && !doc.title.toLowerCase().includes(query)) continue;
      score = 1;
      best = query;
    } else {
      for (const w of words) {
        const inTitle = doc.titleTf.get(w) ?? 0;
        const inText = doc.textTf.get(w) ?? 0;
        if (!inTitle && !inText) continue;
        const df = ix.df.get(w) ?? 0;
        const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
        const f = TITLE_WEIGHT * inTitle + inText;
        score += (idf * (f * (K1 + 1))) / (f + K1 * (1 - B + (B * doc.length) / Math.max(1, ix.avgLength)));
        if (idf > bestIdf) {
          bestIdf = idf;
          best = w;
        }
      }
      if (score === 0) continue;
      // The whole query as written, in the title or the text.
      if (doc.title.toLowerCase().includes(query)) score += 3;
      else if (doc.text.toLowerCase().includes(query)) score += 1;
      // A rule code typed as the query (V3, p5) is that rule.
      if (doc.kind === "rule" && doc.key.toLowerCase() === query) score += 10;
    }
    scored.push({ doc, score, best });
  }
  scored.sort((a, b) => b.score - a.score || a.doc.ord - b.doc.ord);
  return scored.slice(0, limit).map(({ doc, best }) => ({
    kind: doc.kind,
    key: doc.key,
    title: doc.title,
    href: doc.href,
    snippet: snippet(doc.display ?? "", best),
  }));
}

function snippet(text: string, term: string): string {
  const i = term ? text.toLowerCase().indexOf(term) : -1;
  if (i < 0) return text.slice(0, 80);
  const start = Math.max(0, i - 30);
  return (start > 0 ? "…" : "") + text.slice(start, start + 90) + (start + 90 < text.length ? "…" : "");
}
