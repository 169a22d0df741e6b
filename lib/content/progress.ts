/**
 * Lesson progress per member: started on first view, learned when marked (or scrolled to the
 * end). Each write is one statement; only live (non-archived) lessons can be started.
 */
import { sql } from "kysely";
import type { Db } from "../db/client";
import { kysely, runPrepared, type TableRow } from "../db/kysely";
import { CHINA_TODAY_SQL, POINT_RULES } from "../daily/points";

/** Records a view. Returns false when the lesson does not exist (or is archived). */
export async function recordVisit(d: Db, memberId: number, lessonId: string): Promise<boolean> {
  const { rows } = await sql<TableRow<"lesson_progress", "lesson_id">>`INSERT INTO lesson_progress (member_id, lesson_id)
     SELECT ${memberId}, id FROM lesson WHERE id = ${lessonId} AND archived_at IS NULL
     ON CONFLICT (member_id, lesson_id) DO UPDATE SET last_seen_at = now()
     RETURNING lesson_id`.execute(kysely(d));
  return rows.length === 1;
}

/** Marks a live lesson learned, in `moduleSlug` when given (idempotent: the first completion time is kept). */
export async function markLearned(d: Db, memberId: number, lessonId: string, moduleSlug?: string): Promise<boolean> {
  // The lesson's points go into the ledger in the same statement, once per member and lesson.
  const slug = moduleSlug ?? null;
  const { rows } = await sql<TableRow<"lesson_progress", "lesson_id">>`WITH lp AS (
       INSERT INTO lesson_progress (member_id, lesson_id, completed_at)
       SELECT ${memberId}, l.id, now() FROM lesson l JOIN course_module m ON m.slug = l.module_slug AND m.archived_at IS NULL
       WHERE l.id = ${lessonId} AND l.archived_at IS NULL AND (${slug}::text IS NULL OR l.module_slug = ${slug})
       ON CONFLICT (member_id, lesson_id) DO UPDATE
         SET completed_at = coalesce(lesson_progress.completed_at, now()), last_seen_at = now()
       RETURNING lesson_id
     ), pts AS (
       INSERT INTO point_event (member_id, event_key, kind, points, day)
       SELECT ${memberId}, 'lesson:' || lesson_id, 'lesson', ${POINT_RULES.lesson.points}, ${sql.raw(CHINA_TODAY_SQL)} FROM lp
       ON CONFLICT (member_id, event_key) DO NOTHING
     )
     SELECT lesson_id FROM lp`.execute(kysely(d));
  return rows.length === 1;
}

export type ModuleProgress = TableRow<"course_module", "slug" | "title" | "summary" | "position"> & {
  /** Live lessons in the module, and how many of them the member has learned. */
  lessons: number;
  learned: number;
};

export type CourseHome = {
  course: TableRow<"course", "id" | "title" | "description"> | null;
  /** Per-module lesson and learned counts for the member, in course order. */
  modules: ModuleProgress[];
  /** Where to pick up: the lesson seen last if not yet learned, else the first one not learned. */
  resume: (TableRow<"lesson", "id" | "title"> & { moduleSlug: TableRow<"lesson", "module_slug">["module_slug"] }) | null;
};

/**
 * What the cadre home shows of a course, in one named statement: the course, his progress per
 * module and the lesson to resume (three statements before; the home runs on every visit).
 */
export async function courseHome(d: Db, memberId: number, courseId: string): Promise<CourseHome> {
  const [row] = await runPrepared(
    d,
    "course-home", // every cadre home: parsed once per connection
    sql<CourseHome>`WITH mods AS (
       SELECT m.slug, m.title, m.summary, m.position,
              count(l.id)::int AS lessons,
              count(p.completed_at)::int AS learned
       FROM course_module m
       LEFT JOIN lesson l ON l.module_slug = m.slug AND l.archived_at IS NULL
       LEFT JOIN lesson_progress p ON p.lesson_id = l.id AND p.member_id = ${memberId}
       WHERE m.course_id = ${courseId} AND m.archived_at IS NULL
       GROUP BY m.slug
     ), resume AS (
       SELECT l.id, l.module_slug AS "moduleSlug", l.title
       FROM lesson l
       JOIN course_module m ON m.slug = l.module_slug AND m.course_id = ${courseId} AND m.archived_at IS NULL
       LEFT JOIN lesson_progress p ON p.lesson_id = l.id AND p.member_id = ${memberId}
       WHERE l.archived_at IS NULL AND p.completed_at IS NULL
       ORDER BY (p.last_seen_at IS NULL), p.last_seen_at DESC, m.position, l.position
       LIMIT 1
     )
     SELECT (SELECT json_build_object('id', c.id, 'title', c.title, 'description', c.description) FROM course c WHERE c.id = ${courseId}) AS course,
            coalesce((SELECT json_agg(mods ORDER BY mods.position) FROM mods), '[]'::json) AS modules,
            (SELECT row_to_json(resume) FROM resume) AS resume`,
  );
  return row;
}
