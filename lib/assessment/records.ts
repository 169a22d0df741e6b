/**
 * A member's own record: what the quiz centre, the result view and 我的记录 show. Every query is
 * scoped to the member inside the SQL; nothing here reads an answer key (only stems, titles and
 * the member's own scores), so its output may go to the browser as is.
 */
import { sql } from "kysely";
import type { Db } from "../db/client";
import { kysely, type Col, type TableRow } from "../db/kysely";
import type { QuizKind } from "../generated/prisma/enums";
import { NotFoundError, UserError } from "../errors";
import { startAttempt, submitAttempt } from "./attempts";
import { ZBlueprint } from "./quizzes";

/* ------------------------------------------------------------------ the quiz centre */

export interface QuizSummary {
  id: string;
  kind: QuizKind;
  title: string;
  description: string;
  moduleSlug: string | null;
  timeLimitSec: number | null;
  passPercent: number | null;
  maxAttempts: number | null;
  /** Questions per paper, from the blueprint. */
  questionCount: number;
  /** Submitted attempts. */
  attempts: number;
  bestPercent: number | null;
  passed: boolean;
  lastSubmittedAt: Date | null;
  /** The member's unfinished attempt on this quiz, if any (still within its time). */
  openAttemptId: string | null;
}

/** Every quiz a member can start, in course order, with the member's attempts on it. One query. */
export async function quizOverview(d: Db, memberId: number): Promise<QuizSummary[]> {
  type Row = TableRow<"quiz", "id" | "kind" | "title" | "description" | "module_slug" | "time_limit_sec" | "pass_percent" | "max_attempts" | "blueprint"> & {
    attempts: number;
    best: Col<"attempt", "percent">;
    passed: Col<"attempt", "passed">;
    last_at: Col<"attempt", "submitted_at">;
    open_id: Col<"attempt", "public_id"> | null;
  };
  const { rows } = await sql<Row>`SELECT q.id, q.kind, q.title, q.description, q.module_slug, q.time_limit_sec, q.pass_percent, q.max_attempts, q.blueprint,
            count(a.id) FILTER (WHERE a.status = 'SUBMITTED')::int AS attempts,
            max(a.percent) FILTER (WHERE a.status = 'SUBMITTED') AS best,
            bool_or(a.passed) FILTER (WHERE a.status = 'SUBMITTED') AS passed,
            max(a.submitted_at) AS last_at,
            min(a.public_id) FILTER (WHERE a.status = 'IN_PROGRESS' AND (a.deadline_at IS NULL OR a.deadline_at > now())) AS open_id
     FROM quiz q LEFT JOIN attempt a ON a.quiz_id = q.id AND a.member_id = ${memberId}
     WHERE q.archived_at IS NULL AND q.kind <> 'REVIEW'
     GROUP BY q.id ORDER BY q.position`.execute(kysely(d));
  return rows.map((r) => {
    const bp = ZBlueprint.safeParse(r.blueprint);
    return {
      id: r.id,
      kind: r.kind,
      title: r.title,
      description: r.description,
      moduleSlug: r.module_slug,
      timeLimitSec: r.time_limit_sec,
      passPercent: r.pass_percent,
      maxAttempts: r.max_attempts,
      questionCount: bp.success ? Object.values(bp.data.perModule).reduce((n, x) => n + x, 0) : 0,
      attempts: r.attempts,
      bestPercent: r.best,
      passed: Boolean(r.passed),
      lastSubmittedAt: r.last_at,
      openAttemptId: r.open_id,
    };
  });
}

/** An attempt as the member's lists name it: which quiz, of which kind, started when. */
type AttemptHead = TableRow<"attempt", "kind"> & {
  publicId: Col<"attempt", "public_id">;
  quizId: Col<"attempt", "quiz_id">;
  quizTitle: Col<"quiz", "title">;
  startedAt: Col<"attempt", "started_at">;
};

export type OpenAttempt = AttemptHead & {
  deadlineAt: Col<"attempt", "deadline_at">;
  questions: number;
  /** Items finished (a scenario counts once it reaches an ending). */
  answered: number;
};

/** The member's unfinished attempts (including reviews and retakes), newest first. */
export async function openAttempts(d: Db, memberId: number): Promise<OpenAttempt[]> {
  const { rows } = await sql<OpenAttempt>`SELECT a.public_id AS "publicId", a.quiz_id AS "quizId", q.title AS "quizTitle", a.kind, a.started_at AS "startedAt",
            a.deadline_at AS "deadlineAt", cardinality(a.paper) AS questions,
            (SELECT count(*)::int FROM response r WHERE r.attempt_id = a.id AND r.final) AS answered
     FROM attempt a JOIN quiz q ON q.id = a.quiz_id
     WHERE a.member_id = ${memberId} AND a.status = 'IN_PROGRESS' AND (a.deadline_at IS NULL OR a.deadline_at > now())
     ORDER BY a.started_at DESC`.execute(kysely(d));
  return rows;
}

export async function openMistakeCount(d: Db, memberId: number): Promise<number> {
  return d.prisma.mistake.count({ where: { memberId, clearedAt: null } });
}

/**
 * Starts (or resumes) a quiz from the quiz centre. Review quizzes are built from the mistake book
 * or a past attempt, never started bare: for them this is "not found".
 */
export async function startQuiz(d: Db, memberId: number, quizId: string, { examConfirmed = false }: { examConfirmed?: boolean } = {}) {
  const quiz = await d.prisma.quiz.findFirst({ where: { id: quizId, archivedAt: null, kind: { not: "REVIEW" } }, select: { id: true, kind: true } });
  if (!quiz) throw new NotFoundError();
  // An exam costs an attempt and starts a clock: it opens only after its notice was read and
  // confirmed (app/(app)/quiz/exam/[id]), so a stray tap or a replayed form starts nothing.
  if (quiz.kind === "EXAM" && !examConfirmed) throw new UserError("开始考试前，请先阅读考试须知并确认。");
  return startAttempt(d, memberId, quiz.id);
}

/* ------------------------------------------------------------------ one scenario or drafting task, directly */

export type PracticeItem = {
  questionId: Col<"question", "id">;
  type: "scenario" | "drafting";
  moduleSlug: Col<"question", "module_slug">;
  /** From the current version's payload: the stem; for a scenario the case it is built on, its title and the chat it plays in. */
  stem: string;
  caseCode: Col<"case_study", "code"> | null;
  caseTitle: Col<"case_study", "title"> | null;
  setting: string | null;
  chatTitle: string | null;
};

/** The published branching scenarios and drafting tasks, each playable on its own. */
export async function practiceItems(d: Db): Promise<PracticeItem[]> {
  const { rows } = await sql<PracticeItem>`SELECT q.id AS "questionId", q.type, q.module_slug AS "moduleSlug", v.payload->>'stem' AS stem,
            v.payload->>'case' AS "caseCode", c.title AS "caseTitle", v.payload->>'setting' AS setting, v.payload->>'chatTitle' AS "chatTitle"
     FROM question q JOIN question_version v ON v.question_id = q.id AND v.version = q.current_version
     LEFT JOIN case_study c ON c.code = v.payload->>'case'
     WHERE q.status = 'PUBLISHED' AND q.type IN ('scenario', 'drafting') AND v.voided_at IS NULL
     ORDER BY q.type DESC, length(v.payload->>'case'), v.payload->>'case', q.id`.execute(kysely(d));
  return rows;
}

/**
 * Practise one scenario or drafting task on its own: a PRACTICE attempt on its module's practice
 * quiz whose paper is just that question. A member has one open attempt per quiz, so an open
 * attempt on that quiz with the same single question is resumed, and any other is submitted as it
 * stands first (its answers so far count, unanswered ones do not enter the mistake book).
 */
export async function startQuestionPractice(d: Db, memberId: number, questionId: string): Promise<{ publicId: string; resumed: boolean }> {
  const {
    rows: [q],
  } = await sql<{ vid: Col<"question_version", "id">; quiz_id: Col<"quiz", "id"> }>`SELECT v.id AS vid, z.id AS quiz_id
     FROM question q JOIN question_version v ON v.question_id = q.id AND v.version = q.current_version
     JOIN quiz z ON z.id = 'practice-' || q.module_slug AND z.kind = 'PRACTICE' AND z.archived_at IS NULL
     WHERE q.id = ${questionId} AND q.status = 'PUBLISHED' AND q.type IN ('scenario', 'drafting') AND v.voided_at IS NULL`.execute(kysely(d));
  if (!q) throw new NotFoundError();
  const open = await d.prisma.attempt.findUnique({ where: { openKey: `${memberId}:${q.quiz_id}` }, select: { publicId: true, paper: true } });
  if (open) {
    if (open.paper.length === 1 && open.paper[0] === q.vid) return { publicId: open.publicId, resumed: true };
    await submitAttempt(d, memberId, open.publicId);
  }
  return startAttempt(d, memberId, q.quiz_id, { paper: [q.vid] });
}

/* ------------------------------------------------------------------ history */

export type AttemptRecord = AttemptHead & {
  passed: Col<"attempt", "passed">;
  /** Submitted attempts only: never null here, as are the totals (coalesced). */
  submittedAt: Date;
  score: number;
  maxScore: number;
  percent: number;
  questions: number;
};

/** Every submitted attempt of the member, oldest first (the progress line reads left to right). */
export async function attemptHistory(d: Db, memberId: number): Promise<AttemptRecord[]> {
  const { rows } =
    await sql<AttemptRecord>`SELECT a.public_id AS "publicId", a.quiz_id AS "quizId", q.title AS "quizTitle", a.kind, a.started_at AS "startedAt",
            a.submitted_at AS "submittedAt", coalesce(a.score, 0) AS score, coalesce(a.max_score, 0) AS "maxScore",
            coalesce(a.percent, 0) AS percent, a.passed, cardinality(a.paper) AS questions
     FROM attempt a JOIN quiz q ON q.id = a.quiz_id
     WHERE a.member_id = ${memberId} AND a.status = 'SUBMITTED'
     ORDER BY a.submitted_at, a.id`.execute(kysely(d));
  return rows;
}

export type ModuleScore = TableRow<"course_module", "slug" | "title"> & { score: number; max: number };

const moduleBreakdown = (memberId: number, publicIds: string[]) => sql<TableRow<"attempt", "public_id"> & ModuleScore>`
  SELECT a.public_id, m.slug, m.title, m.position, sum(v.max_score)::float8 AS max, sum(coalesce(r.score, 0))::float8 AS score
  FROM attempt a CROSS JOIN unnest(a.paper) p(vid)
  JOIN question_version v ON v.id = p.vid AND v.voided_at IS NULL
  JOIN question q ON q.id = v.question_id
  JOIN course_module m ON m.slug = q.module_slug
  LEFT JOIN response r ON r.attempt_id = a.id AND r.question_version_id = v.id AND r.final
  WHERE a.member_id = ${memberId} AND a.public_id = ANY(${publicIds}::text[])
  GROUP BY a.public_id, m.slug, m.title, m.position
  ORDER BY m.position`;

async function moduleScores(d: Db, memberId: number, publicIds: string[]): Promise<Map<string, ModuleScore[]>> {
  const { rows } = await moduleBreakdown(memberId, publicIds).execute(kysely(d));
  const out = new Map<string, ModuleScore[]>();
  for (const { public_id, ...m } of rows) out.set(public_id, [...(out.get(public_id) ?? []), { slug: m.slug, title: m.title, score: m.score, max: m.max }]);
  return out;
}

/** Score per course module in one of the member's attempts, counted as the total is (voided items left out). */
export async function attemptModuleBreakdown(d: Db, memberId: number, publicId: string): Promise<ModuleScore[]> {
  return (await moduleScores(d, memberId, [publicId])).get(publicId) ?? [];
}

export interface SelfCheck {
  publicId: string;
  percent: number;
  submittedAt: Date;
  modules: ModuleScore[];
}

/**
 * 课前 vs 课后: the member's first submitted pre-course self-assessment (the starting point) and
 * latest post-course one (where he stands now), each with its per-module scores.
 */
export async function prePostComparison(d: Db, memberId: number): Promise<{ pre: SelfCheck | null; post: SelfCheck | null }> {
  type Picked = TableRow<"attempt", "kind" | "public_id"> & { percent: number; submitted_at: Date };
  const { rows: picks } = await sql<Picked>`(SELECT kind, public_id, coalesce(percent, 0) AS percent, submitted_at FROM attempt
      WHERE member_id = ${memberId} AND kind = 'PRE' AND status = 'SUBMITTED' ORDER BY submitted_at, id LIMIT 1)
     UNION ALL
     (SELECT kind, public_id, coalesce(percent, 0) AS percent, submitted_at FROM attempt
      WHERE member_id = ${memberId} AND kind = 'POST' AND status = 'SUBMITTED' ORDER BY submitted_at DESC, id DESC LIMIT 1)`.execute(kysely(d));
  const modules = await moduleScores(
    d,
    memberId,
    picks.map((p) => p.public_id),
  );
  const pick = (kind: "PRE" | "POST"): SelfCheck | null => {
    const p = picks.find((x) => x.kind === kind);
    return p ? { publicId: p.public_id, percent: p.percent, submittedAt: p.submitted_at, modules: modules.get(p.public_id) ?? [] } : null;
  };
  return { pre: pick("PRE"), post: pick("POST") };
}

/* ------------------------------------------------------------------ rules → lessons */

export interface LessonLink {
  id: string;
  title: string;
  href: string;
}

/** For each rule code, the live lessons that teach it (course order). Codes no lesson teaches are absent. */
export async function lessonsTeaching(d: Db, codes: string[]): Promise<Record<string, LessonLink[]>> {
  const wanted = [...new Set(codes)];
  if (!wanted.length) return {};
  const rows = await kysely(d)
    .selectFrom("lesson as l")
    .innerJoin("course_module as m", "m.slug", "l.module_slug")
    .select(["l.id", "l.module_slug", "l.title", "l.rules"])
    .where("l.archived_at", "is", null)
    .where("m.archived_at", "is", null)
    .where(sql<boolean>`l.rules && ${wanted}::text[]`)
    .orderBy("m.position")
    .orderBy("l.position")
    .execute();
  const out: Record<string, LessonLink[]> = {};
  for (const l of rows) {
    for (const code of l.rules) {
      if (!wanted.includes(code)) continue;
      (out[code] ??= []).push({ id: l.id, title: l.title, href: `/learn/${l.module_slug}/${l.id}` });
    }
  }
  return out;
}

/** Rule titles by code, for labels (archived rules keep their title: old results still cite them). */
export async function ruleTitles(d: Db, codes: string[]): Promise<Record<string, string>> {
  const wanted = [...new Set(codes)];
  if (!wanted.length) return {};
  const rows = await d.prisma.rule.findMany({ where: { code: { in: wanted } }, select: { code: true, title: true } });
  return Object.fromEntries(rows.map((r) => [r.code, r.title]));
}

/** Every rule's title by code: a scenario's review and replays name rules the page cannot know in advance. */
export async function allRuleTitles(d: Db): Promise<Record<string, string>> {
  const rows = await d.prisma.rule.findMany({ select: { code: true, title: true } });
  return Object.fromEntries(rows.map((r) => [r.code, r.title]));
}
