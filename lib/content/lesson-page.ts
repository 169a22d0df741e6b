/**
 * Everything the lesson reader needs, fast (issue 8): one statement per request — authenticating
 * the reader's credential (lib/auth/caller.ts) and reading the lesson's place in the course, its
 * neighbours, the reader's progress and its content version, recording the visit in the same
 * statement — and the rendered lesson body from an in-process cache.
 *
 * The cache key is the content version (lesson content_hash and updated_at, and the content_hash
 * of each case shown), read from the database on every request: a node never serves a body older
 * than the row, so the cache is safe with any number of nodes and needs no invalidation.
 */
import { sql } from "kysely";
import { callerCte, callerKind, type Caller } from "../auth/caller";
import type { Db } from "../db/client";
import { kysely, runPrepared, type Col } from "../db/kysely";
import type { Role, UnitKind } from "../generated/prisma/enums";
import { path } from "../html/escape";
import { renderLessonBody, renderLessonMain, type LessonBody, type LessonCase, type LessonFrame } from "./lesson-html";

// The row of frame(), a prepared text per kind of caller (lib/auth/caller.ts).
type FrameRow = {
  reader_name: Col<"member", "name">;
  reader_role: Col<"member", "role">;
  reader_must_change_password: Col<"member", "must_change_password">;
  reader_unit_kind: Col<"org_unit", "kind">;
  reader_unread: number;
  /** The lesson's columns: null when there is no such live lesson in that module. */
  id: Col<"lesson", "id"> | null;
  module_slug: Col<"lesson", "module_slug">;
  module_title: Col<"course_module", "title">;
  title: Col<"lesson", "title">;
  rules: Col<"lesson", "rules">;
  reading_minutes: Col<"lesson", "reading_minutes">;
  version: string;
  learned: boolean;
  /** Every live lesson in course order: [id, module slug, title]. */
  course_order: [Col<"lesson", "id">, Col<"lesson", "module_slug">, Col<"lesson", "title">][];
};

// The visit upsert is lib/content/progress.ts recordVisit, inlined as a data-modifying CTE so that
// opening a lesson costs one round trip. Its RETURNING row is the reader's progress after the
// visit (the main query's snapshot predates it); without a visit the progress row is read.
// A lesson seen in the last minute is not written again (as an API token's last use): reloads
// then cost no commit and no wait on the row's lock, and "where you left off" is a minute exact.
// The course order comes as one JSON array (a few dozen lessons): planning and running that is
// several times cheaper than window functions for position and neighbours (measured: the plan,
// not the execution, dominated).
// The reader comes first: no row at all means no live credential; a row with a null lesson means
// no such lesson. A reader who must change his password first is sent there, and his visit is
// not recorded.
const frame = (c: Caller, moduleSlug: string, lessonId: string, recordVisit: boolean) => sql<FrameRow>`
WITH ${callerCte(c)}, reader AS (
  SELECT m.id, m.name, m.role, m.must_change_password, u.kind AS unit_kind,
         (SELECT count(*)::int FROM notification n WHERE n.member_id = m.id AND n.read_at IS NULL) AS unread
  FROM caller JOIN member m ON m.id = caller.id JOIN org_unit u ON u.id = m.unit_id
), visit AS (
  INSERT INTO lesson_progress (member_id, lesson_id)
  SELECT r.id, l.id FROM reader r JOIN lesson l ON l.id = ${lessonId} AND l.module_slug = ${moduleSlug} AND l.archived_at IS NULL
  WHERE ${recordVisit}::boolean AND NOT r.must_change_password
    AND NOT EXISTS (SELECT 1 FROM lesson_progress q WHERE q.member_id = r.id AND q.lesson_id = ${lessonId} AND q.last_seen_at > now() - interval '1 minute')
  ON CONFLICT (member_id, lesson_id) DO UPDATE SET last_seen_at = now()
  RETURNING completed_at
), frame AS (
SELECT l.id, l.module_slug, l.title, l.rules, l.reading_minutes, m.title AS module_title,
       l.id || ':' || l.content_hash || ':' || to_char(l.updated_at AT TIME ZONE 'UTC', 'YYYYMMDDHH24MISSUS') || ':' ||
         coalesce((SELECT string_agg(c.code || '=' || c.content_hash, ',' ORDER BY c.code) FROM case_study c WHERE c.code = ANY(l.cases)), '') AS version,
       coalesce((SELECT completed_at FROM visit), p.completed_at) IS NOT NULL AS learned,
       (SELECT json_agg(json_build_array(o.id, o.module_slug, o.title) ORDER BY om.position, o.position)
        FROM lesson o JOIN course_module om ON om.slug = o.module_slug
        WHERE o.archived_at IS NULL AND om.archived_at IS NULL) AS course_order
FROM lesson l
JOIN course_module m ON m.slug = l.module_slug AND m.archived_at IS NULL
LEFT JOIN lesson_progress p ON p.lesson_id = l.id AND p.member_id = (SELECT id FROM reader)
WHERE l.id = ${lessonId} AND l.module_slug = ${moduleSlug} AND l.archived_at IS NULL
)
SELECT r.name AS reader_name, r.role AS reader_role, r.must_change_password AS reader_must_change_password,
       r.unit_kind AS reader_unit_kind, r.unread AS reader_unread, f.*
FROM reader r LEFT JOIN frame f ON true`;

// Only on a cache miss: the content itself, with the same version expression. `body` is the
// lesson's JSON as content/ gives it (lib/content/lesson-html.ts), `case_rows` the cases shown.
type BodyRow = { cases: Col<"lesson", "cases">; body: LessonBody; version: string; case_rows: LessonCase[] | string };
const body = (lessonId: string) => sql<BodyRow>`
SELECT l.body, l.cases,
       l.id || ':' || l.content_hash || ':' || to_char(l.updated_at AT TIME ZONE 'UTC', 'YYYYMMDDHH24MISSUS') || ':' ||
         coalesce((SELECT string_agg(c.code || '=' || c.content_hash, ',' ORDER BY c.code) FROM case_study c WHERE c.code = ANY(l.cases)), '') AS version,
       coalesce((SELECT json_agg(json_build_object('code', c.code, 'title', c.title, 'facts', c.facts, 'outcome', c.outcome,
                                                   'positive', c.positive, 'citation', c.citation))
                 FROM case_study c WHERE c.code = ANY(l.cases)), '[]'::json) AS case_rows
FROM lesson l WHERE l.id = ${lessonId}`;

/** Statements per lesson read once the body is cached (decision 011): session, lesson and visit in one. */
export const LESSON_READ_STATEMENTS = 1;

const CACHE_LIMIT = 2_000; // lessons × versions alive at once; a few hundred kB at most
const bodies = new Map<string, string>();

/** Cache statistics, for tests. */
export const lessonBodyCache = {
  get size() {
    return bodies.size;
  },
  clear: () => bodies.clear(),
};

async function lessonBodyHtml(d: Db, lessonId: string, version: string): Promise<string> {
  const hit = bodies.get(version);
  if (hit !== undefined) return hit;
  const {
    rows: [row],
  } = await body(lessonId).execute(kysely(d));
  if (!row) throw new Error(`lesson ${lessonId} vanished between two statements`);
  const caseRows: LessonCase[] = typeof row.case_rows === "string" ? JSON.parse(row.case_rows) : row.case_rows;
  const cases = row.cases.map((code) => caseRows.find((k) => k.code === code)).filter((k) => k !== undefined);
  const html = renderLessonBody(row.body, cases);
  // Stored under the version actually read: if content changed in between, the next request's key finds it.
  if (bodies.size >= CACHE_LIMIT) bodies.clear();
  bodies.set(row.version, html);
  return html;
}

export interface LessonPage {
  frame: LessonFrame;
  html: string;
}

export interface LessonReader {
  name: string;
  role: Role;
  mustChangePassword: boolean;
  /** For the shell: the secretary's tab name and the bell. */
  unitKind: UnitKind;
  unread: number;
}

/**
 * Who reads, and the lesson reader's <article> for him: null when the credential names no live
 * session or token (or, for `{ memberId }`, no member); `page` null when the lesson does not
 * exist (or is archived, or is in another module) or the reader must change his password first.
 * With `recordVisit` the visit is recorded in the same statement (resume where you left off).
 */
export async function readLesson(
  d: Db,
  moduleSlug: string,
  lessonId: string,
  caller: Caller,
  opts: { recordVisit: boolean },
): Promise<{ reader: LessonReader; page: LessonPage | null } | null> {
  const [r] = await runPrepared(d, `lesson-frame-${callerKind(caller)}`, frame(caller, moduleSlug, lessonId, opts.recordVisit));
  if (!r) return null;
  const reader: LessonReader = {
    name: r.reader_name,
    role: r.reader_role,
    mustChangePassword: r.reader_must_change_password,
    unitKind: r.reader_unit_kind,
    unread: r.reader_unread,
  };
  if (r.id === null || reader.mustChangePassword) return { reader, page: null };
  return { reader, page: await pageOf({ ...r, id: r.id }, d) };
}

async function pageOf(r: FrameRow & { id: string }, d: Db): Promise<LessonPage> {
  const order = typeof r.course_order === "string" ? (JSON.parse(r.course_order) as FrameRow["course_order"]) : (r.course_order ?? []);
  const inModule = order.filter((o) => o[1] === r.module_slug);
  const i = order.findIndex((o) => o[0] === r.id);
  const link = (o?: [string, string, string]) => (o ? { href: path("learn", o[1], o[0]), title: o[2] } : null);
  const frame: LessonFrame = {
    id: r.id,
    title: r.title,
    module: { slug: r.module_slug, title: r.module_title },
    rules: r.rules,
    readingMinutes: r.reading_minutes,
    indexInModule: inModule.findIndex((o) => o[0] === r.id) + 1,
    lessonsInModule: inModule.length,
    learned: r.learned,
    prev: i > 0 ? link(order[i - 1]) : null,
    next: link(order[i + 1]),
  };
  return { frame, html: renderLessonMain(frame, await lessonBodyHtml(d, r.id, r.version)) };
}
