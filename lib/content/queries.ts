/**
 * Reads for the lesson reader, the rule catalogue and search. Archived rows are never shown.
 */
import type { Db } from "../db/client";
import type { TCitation, TExample } from "./schema";

export const COURSE_ID = "wechat-conduct";

export interface LessonBody {
  explanation: string;
  quotes: { text: string; citation: TCitation }[];
  examples: TExample[];
  why: string;
}

export async function getCourse(d: Db, id = COURSE_ID) {
  return d.prisma.course.findUnique({ where: { id }, select: { id: true, title: true, description: true } });
}

/** A module with its lessons and the member's state for each. */
export async function getModule(d: Db, slug: string, memberId: number) {
  const mod = await d.prisma.courseModule.findFirst({
    where: { slug, archivedAt: null },
    select: {
      slug: true,
      title: true,
      summary: true,
      position: true,
      lessons: {
        where: { archivedAt: null },
        orderBy: { position: "asc" },
        select: {
          id: true,
          title: true,
          rules: true,
          readingMinutes: true,
          progress: { where: { memberId }, select: { completedAt: true, startedAt: true } },
        },
      },
    },
  });
  if (!mod) return null;
  return {
    ...mod,
    lessons: mod.lessons.map(({ progress, ...l }) => ({
      ...l,
      state: progress[0]?.completedAt ? ("learned" as const) : progress[0] ? ("started" as const) : ("new" as const),
    })),
  };
}

export async function listRules(d: Db) {
  return d.prisma.rule.findMany({
    where: { archivedAt: null },
    orderBy: { position: "asc" },
    select: { code: true, group: true, title: true, summary: true },
  });
}

export async function getRule(d: Db, code: string) {
  const rule = await d.prisma.rule.findFirst({
    where: { code, archivedAt: null },
    select: { code: true, group: true, title: true, summary: true, quote: true, citation: true, keywords: true },
  });
  if (!rule) return null;
  const [lessons, cases] = await Promise.all([
    d.prisma.lesson.findMany({
      where: { rules: { has: code }, archivedAt: null },
      select: { id: true, title: true, moduleSlug: true },
      orderBy: [{ module: { position: "asc" } }, { position: "asc" }],
    }),
    d.prisma.case.findMany({ where: { rules: { has: code }, archivedAt: null }, select: { code: true, title: true }, orderBy: { code: "asc" } }),
  ]);
  return { ...rule, citation: rule.citation as unknown as TCitation, lessons, cases };
}

export interface SearchHit {
  kind: "rule" | "lesson" | "case";
  key: string;
  title: string;
  href: string;
  snippet: string;
}

/**
 * Substring search over rules, lessons and cases. Chinese has no spaces for a tokenizer, and
 * PostgreSQL ships no Chinese text-search parser (zhparser is not available on PGlite or stock
 * servers); trigram indexes need 3 characters while most Chinese queries are 2 ("红包", "截屏").
 * The catalogue is small (hundreds of rows), so a scan of a lower-cased search column is
 * sub-millisecond and finds every occurrence. Titles rank first. See docs/decisions/004.
 */
export async function search(d: Db, q: string, limit = 50): Promise<SearchHit[]> {
  const terms = q.toLowerCase().split(/\s+/).filter(Boolean).slice(0, 5);
  if (!terms.length) return [];
  const like = terms.map((t) => `%${t.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  const rows = await d.raw.query<SearchHit & { text: string; rank: number; ord: number }>(
    `SELECT * FROM (
       SELECT 'rule' AS kind, code AS key, code || ' ' || title AS title, '/rules/' || code AS href, summary AS text,
              (lower(title) LIKE ALL($1) OR lower(code) = ANY($2))::int AS rank, position AS ord
       FROM rule WHERE archived_at IS NULL AND search_text LIKE ALL($1)
       UNION ALL
       SELECT 'case', code, code || ' ' || title,
              coalesce((SELECT '/learn/' || l.module_slug || '/' || l.id FROM lesson l
                        WHERE l.cases @> ARRAY[c.code] AND l.archived_at IS NULL
                        ORDER BY (l.module_slug = 'cases') DESC, l.position LIMIT 1), '/rules/' || c.rules[1]),
              facts, (lower(title) LIKE ALL($1))::int, 100
       FROM case_study c WHERE c.archived_at IS NULL AND c.search_text LIKE ALL($1)
       UNION ALL
       SELECT 'lesson', id, title, '/learn/' || module_slug || '/' || id, body->>'explanation', (lower(title) LIKE ALL($1))::int, 200 + position
       FROM lesson WHERE archived_at IS NULL AND search_text LIKE ALL($1)
     ) hits ORDER BY rank DESC, ord LIMIT $3`,
    [like, terms, limit],
  );
  return rows.map(({ text, rank: _rank, ord: _ord, ...h }) => ({ ...h, snippet: snippet(text, terms[0]) }));
}

function snippet(text: string, term: string): string {
  const i = text.toLowerCase().indexOf(term);
  if (i < 0) return text.slice(0, 80);
  const start = Math.max(0, i - 30);
  return (start > 0 ? "…" : "") + text.slice(start, start + 90) + (start + 90 < text.length ? "…" : "");
}

export const RULE_GROUP_LABEL = {
  redline: "纪律红线",
  guide: "使用指南",
  message: "公务消息基本要求",
  usage: "公务微信使用规则",
  principle: "聊微信十大原则",
  local: "各地规定",
} as const;
