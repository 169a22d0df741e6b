/**
 * Attempts: start, read, save an answer, submit. Scoring happens here, on the server, from the
 * pinned question versions. Every write is idempotent and scoped to its member inside the SQL:
 * - start: one open attempt per member and quiz (unique open_key): a double click returns it;
 * - save: one row per attempt and question version (upsert), refused after the deadline, locked
 *   once answered where feedback was shown (practice);
 * - submit: one UPDATE that only moves IN_PROGRESS → SUBMITTED, so two tabs or two app nodes
 *   submitting at once produce one result.
 */
import { randomBytes } from "node:crypto";
import { isDeepStrictEqual } from "node:util";
import { sql } from "kysely";
import type { Db } from "../db/client";
import { kysely, type TableRow } from "../db/kysely";
import type { QuizKind } from "../generated/prisma/enums";
import { NotFoundError, PasswordChangePendingError, UnauthenticatedError, UserError } from "../errors";
import { assertCaller, callerParam, type Caller } from "../auth/caller";
import { publicQuestion, reveal, type PublicQuestion, type Reveal } from "./public-view";
import { AnswerError, scoreAnswer, type Scored, type TAnswer } from "./score";
import { ZBlueprint, OBJECTIVE, PRE_ID, POST_ID } from "./quizzes";
import { getVersions } from "./versions";
import { mayShowKey, withheldQuestions } from "./key-access";
import { withheldQuestionsOf } from "./withheld";
import { afterSubmit } from "./mistakes";
import { awardExamPass } from "../daily/points";
import { onAttemptSubmitted } from "../tracking/aggregates";
import { saveResponseSql, saveResponseStatement, type SaveRow } from "./save-sql";

/** Kinds that show the key right after each answer. */
export const INSTANT_FEEDBACK: QuizKind[] = ["PRACTICE", "REVIEW"];

/** The attempt row as read (`id::text`); `rule_breakdown` is the JSON submitAttempt builds. */
type AttemptRow = TableRow<
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

type RuleBreakdown = Record<string, { score: number; max: number }>;

const newPublicId = () => randomBytes(12).toString("base64url");

/**
 * Draws a paper by blueprint: one query, random per module. `exclude`d questions are never drawn
 * (an open exam's items, while it is open); `avoid`ed ones only when the module has nothing else
 * left (what the member already met).
 */
export async function drawPaper(d: Db, blueprint: unknown, opts: { avoid?: string[]; exclude?: string[] } = {}): Promise<number[]> {
  const bp = ZBlueprint.parse(blueprint);
  const modules = Object.entries(bp.perModule).filter(([, n]) => n > 0);
  if (!modules.length) return [];
  const [slugs, counts, types, avoid, exclude] = [
    modules.map(([m]) => m),
    modules.map(([, n]) => n),
    bp.types ?? [...OBJECTIVE],
    opts.avoid ?? [],
    opts.exclude ?? [],
  ];
  const { rows } = await sql<TableRow<"question_version", "id"> & TableRow<"question", "module_slug">>`SELECT id, module_slug FROM (
       SELECT v.id, q.module_slug, row_number() OVER (PARTITION BY q.module_slug ORDER BY (q.id = ANY(${avoid}::text[])), random()) AS rn
       FROM question q JOIN question_version v ON v.question_id = q.id AND v.version = q.current_version
       WHERE q.status = 'PUBLISHED' AND q.module_slug = ANY(${slugs}::text[]) AND q.type = ANY(${types}::text[]) AND v.voided_at IS NULL
         AND NOT (q.id = ANY(${exclude}::text[]))
     ) x JOIN unnest(${slugs}::text[], ${counts}::int[]) AS want(slug, n) ON want.slug = x.module_slug
     WHERE x.rn <= want.n`.execute(kysely(d));
  // Course order of modules, questions shuffled within each.
  const order = new Map(modules.map(([m], i) => [m, i]));
  return rows.sort((a, b) => order.get(a.module_slug)! - order.get(b.module_slug)!).map((r) => r.id);
}

/** Questions a member already met in the other self-assessment, so PRE and POST differ. */
async function seenInCounterpart(d: Db, memberId: number, quizId: string): Promise<string[]> {
  const other = quizId === PRE_ID ? POST_ID : quizId === POST_ID ? PRE_ID : null;
  if (!other) return [];
  const { rows } = await sql<
    TableRow<"question_version", "question_id">
  >`SELECT DISTINCT v.question_id FROM attempt a CROSS JOIN unnest(a.paper) p(vid) JOIN question_version v ON v.id = p.vid
     WHERE a.member_id = ${memberId} AND a.quiz_id = ${other}`.execute(kysely(d));
  return rows.map((r) => r.question_id);
}

/** Every question the member has met on any paper: an exam prefers the others (their keys were never shown to him). */
async function metAnywhere(d: Db, memberId: number): Promise<string[]> {
  const { rows } = await sql<
    TableRow<"question_version", "question_id">
  >`SELECT DISTINCT v.question_id FROM attempt a CROSS JOIN unnest(a.paper) p(vid) JOIN question_version v ON v.id = p.vid
     WHERE a.member_id = ${memberId}`.execute(kysely(d));
  return rows.map((r) => r.question_id);
}

/** A given paper (review, retake, one scenario) without the questions the member's open exam withholds. */
async function withoutWithheld(d: Db, memberId: number, paper: number[]): Promise<number[]> {
  const { rows } = await sql<
    TableRow<"question_version", "id">
  >`SELECT v.id FROM unnest(${paper}::int[]) WITH ORDINALITY p(vid, ord) JOIN question_version v ON v.id = p.vid
     WHERE v.question_id NOT IN (${withheldQuestionsOf(memberId)}) ORDER BY p.ord`.execute(kysely(d));
  return rows.map((r) => r.id);
}

export async function startAttempt(d: Db, memberId: number, quizId: string, opts: { paper?: number[] } = {}): Promise<{ publicId: string; resumed: boolean }> {
  const quiz = await d.prisma.quiz.findFirst({ where: { id: quizId, archivedAt: null } });
  if (!quiz) throw new NotFoundError();
  const openKey = `${memberId}:${quizId}`;
  await finalizeExpired(d, memberId, quizId);
  const open = await d.prisma.attempt.findUnique({ where: { openKey }, select: { publicId: true } });
  if (open) return { publicId: open.publicId, resumed: true };
  if (quiz.maxAttempts) {
    const used = await d.prisma.attempt.count({ where: { memberId, quizId, status: "SUBMITTED" } });
    if (used >= quiz.maxAttempts) throw new UserError(`已用完全部 ${quiz.maxAttempts} 次考试机会`);
  }
  const paper = await paperFor(d, memberId, quiz, opts.paper);
  const limit = quiz.timeLimitSec;
  const { rows } = await sql<TableRow<"attempt", "public_id">>`INSERT INTO attempt (public_id, member_id, quiz_id, kind, open_key, paper, deadline_at)
     VALUES (${newPublicId()}, ${memberId}, ${quizId}, ${quiz.kind}::"QuizKind", ${openKey}, ${paper}::int[], CASE WHEN ${limit}::int IS NULL THEN NULL ELSE now() + make_interval(secs => ${limit}::int) END)
     ON CONFLICT (open_key) DO NOTHING RETURNING public_id`.execute(kysely(d));
  if (rows[0]) return { publicId: rows[0].public_id, resumed: false };
  // Lost a race with a concurrent start (double click, second tab): that attempt is ours too.
  const winner = await d.prisma.attempt.findUniqueOrThrow({ where: { openKey }, select: { publicId: true } });
  return { publicId: winner.publicId, resumed: true };
}

/**
 * The paper of a new attempt. An exam avoids what the member already met; anything else leaves
 * out the questions of his open exam (key-access.ts), so that it cannot be looked up meanwhile.
 */
async function paperFor(d: Db, memberId: number, quiz: { id: string; kind: QuizKind; blueprint: unknown }, given?: number[]): Promise<number[]> {
  if (quiz.kind === "EXAM") {
    const paper =
      given ?? (await drawPaper(d, quiz.blueprint, { avoid: await metAnywhere(d, memberId), exclude: [...(await withheldQuestions(d, memberId))] }));
    if (!paper.length) throw new UserError("题库中暂无可用题目");
    return paper;
  }
  const withheld = [...(await withheldQuestions(d, memberId))];
  const paper = given
    ? withheld.length
      ? await withoutWithheld(d, memberId, given)
      : given
    : await drawPaper(d, quiz.blueprint, { avoid: await seenInCounterpart(d, memberId, quiz.id), exclude: withheld });
  if (!paper.length) throw new UserError(given?.length ? "这些题目也在你尚未交卷的考试中，请交卷后再练习" : "题库中暂无可用题目");
  return paper;
}

async function loadAttempt(d: Db, memberId: number, publicId: string): Promise<AttemptRow> {
  const {
    rows: [row],
  } = await sql<AttemptRow>`SELECT id::text, public_id, member_id, quiz_id, kind, status, paper, started_at, deadline_at, submitted_at,
            score, max_score, percent, passed, rule_breakdown
     FROM attempt WHERE public_id = ${publicId} AND member_id = ${memberId}`.execute(kysely(d));
  if (!row) throw new NotFoundError();
  return row;
}

/** Submits the member's open attempts on a quiz whose time ran out (answers saved in time count). */
async function finalizeExpired(d: Db, memberId: number, quizId?: string) {
  const { rows: expired } = await sql<
    TableRow<"attempt", "public_id">
  >`SELECT public_id FROM attempt WHERE member_id = ${memberId} AND status = 'IN_PROGRESS' AND deadline_at < now()
     ${quizId ? sql`AND quiz_id = ${quizId}` : sql``}`.execute(kysely(d));
  for (const a of expired) await submitAttempt(d, memberId, a.public_id);
}

export interface AttemptItem {
  position: number;
  versionId: number;
  rules: string[];
  module: string;
  maxScore: number;
  question: PublicQuestion;
  response: { answer: unknown; final: boolean; correct?: boolean; score?: number; misconceptions?: string[]; findings?: unknown } | null;
  reveal: Reveal | null;
  /** Answered, but its key is withheld: the same question sits on the member's open exam (key-access.ts). */
  keyWithheld?: true;
}

export interface AttemptView {
  id: string;
  quizId: string;
  quizTitle: string;
  kind: QuizKind;
  status: "IN_PROGRESS" | "SUBMITTED";
  startedAt: string;
  deadlineAt: string | null;
  submittedAt: string | null;
  /** Seconds left on the server's clock (null when untimed). */
  secondsLeft: number | null;
  instantFeedback: boolean;
  result: {
    score: number;
    maxScore: number;
    percent: number;
    passed: boolean | null;
    passPercent: number | null;
    ruleBreakdown: Record<string, { score: number; max: number }>;
  } | null;
  items: AttemptItem[];
}

/** The attempt as the browser may see it: keys only where already answered with feedback, or after submission. */
export async function getAttempt(d: Db, memberId: number, publicId: string): Promise<AttemptView> {
  let a = await loadAttempt(d, memberId, publicId);
  if (a.status === "IN_PROGRESS" && a.deadline_at && a.deadline_at < new Date()) {
    await submitAttempt(d, memberId, publicId);
    a = await loadAttempt(d, memberId, publicId);
  }
  const [versions, responses, quiz, withheld] = await Promise.all([
    getVersions(d, a.paper),
    sql<
      TableRow<"response", "question_version_id" | "final" | "correct" | "score" | "misconceptions" | "path"> & { answer: TAnswer }
    >`SELECT question_version_id, answer, final, correct, score, misconceptions, path FROM response WHERE attempt_id = ${a.id}`
      .execute(kysely(d))
      .then((r) => r.rows),
    d.prisma.quiz.findUniqueOrThrow({ where: { id: a.quiz_id }, select: { title: true, passPercent: true } }),
    withheldQuestions(d, memberId),
  ]);
  const byVersion = new Map(responses.map((r) => [r.question_version_id, r]));
  const submitted = a.status === "SUBMITTED";
  const instant = INSTANT_FEEDBACK.includes(a.kind);
  const items = a.paper.map((vid, i): AttemptItem => {
    const v = versions.get(vid)!;
    const r = byVersion.get(vid);
    const shown = { submitted, instantFeedback: instant, answered: Boolean(r?.final) };
    const keyWithheld = withheld.has(v.questionId) && mayShowKey({ ...shown, withheld: false });
    const showKey = mayShowKey({ ...shown, withheld: keyWithheld });
    const findings = v.type === "drafting" && r && showKey ? scoreAnswer(v.payload, r.answer).findings : undefined;
    return {
      position: i + 1,
      versionId: vid,
      rules: v.rules,
      module: v.moduleSlug,
      maxScore: v.maxScore,
      question: publicQuestion(v.payload, { path: r?.path, showEnding: showKey }),
      response: r
        ? showKey
          ? { answer: r.answer, final: r.final, correct: r.correct, score: r.score, misconceptions: r.misconceptions, findings }
          : { answer: r.answer, final: r.final }
        : null,
      reveal: showKey ? reveal(v.payload, r?.path ?? []) : null,
      ...(keyWithheld ? { keyWithheld } : {}),
    };
  });
  return {
    id: a.public_id,
    quizId: a.quiz_id,
    quizTitle: quiz.title,
    kind: a.kind,
    status: a.status,
    startedAt: a.started_at.toISOString(),
    deadlineAt: a.deadline_at?.toISOString() ?? null,
    submittedAt: a.submitted_at?.toISOString() ?? null,
    secondsLeft: a.deadline_at && !submitted ? Math.max(0, Math.floor((a.deadline_at.getTime() - Date.now()) / 1000)) : null,
    instantFeedback: instant,
    result: submitted
      ? {
          score: a.score ?? 0,
          maxScore: a.max_score ?? 0,
          percent: a.percent ?? 0,
          passed: a.passed,
          passPercent: quiz.passPercent,
          ruleBreakdown: a.rule_breakdown ?? {},
        }
      : null,
    items,
  };
}

export interface SaveResult {
  saved: true;
  revision: number;
  /** Practice/review only: the verdict and the key, right away. */
  feedback?: { correct: boolean; score: number; maxScore: number; misconceptions: string[]; reveal: Reveal; findings?: unknown };
  /** Scenarios: where the story goes next. */
  question?: PublicQuestion;
  /** Practice/review: no feedback, because the member's open exam holds this question (key-access.ts). */
  keyWithheld?: true;
}

/**
 * The hot path: validate and score the answer against the pinned version (cached), then one
 * statement that authenticates the caller (a member id when he is already known, else his session
 * or token: lib/auth/caller.ts), checks ownership, state, deadline and paper membership and
 * upserts the row. An unknown credential is an UnauthenticatedError, after writing nothing.
 */
export async function saveResponse(d: Db, who: number | Caller, publicId: string, versionId: number, answer: TAnswer): Promise<SaveResult> {
  const caller: Caller = typeof who === "number" ? { memberId: who } : who;
  const v = (await getVersions(d, [versionId])).get(versionId);
  if (!v) {
    await assertCaller(d, caller);
    throw new NotFoundError();
  }
  let s: Scored;
  try {
    s = scoreAnswer(v.payload, answer);
  } catch (e) {
    if (!(e instanceof AnswerError)) throw e;
    await assertCaller(d, caller);
    throw new UserError(e.message);
  }
  const [row] = await d.raw.query<SaveRow>(
    saveResponseSql(caller),
    [publicId, callerParam(caller), versionId, JSON.stringify(answer), s.path, s.correct, s.score, s.maxScore, s.final, s.misconceptions],
    saveResponseStatement(caller),
  );
  if (!row?.authenticated) throw new UnauthenticatedError();
  if (row.pending) throw new PasswordChangePendingError();
  if (!row.kind) throw new NotFoundError();
  if (!row.open) throw new UserError("本次作答已提交，不能再修改");
  if (!row.in_time) throw new UserError("作答时间已到，答案未保存；请提交试卷");
  const instantKind = INSTANT_FEEDBACK.includes(row.kind);
  // Feedback now, unless the member's open exam holds this question (key-access.ts).
  const instant = instantKind && !row.withheld;
  // revision null: the same answer again (a retry) or an already-answered practice item: nothing changed.
  if (row.revision === null && instantKind) {
    const {
      rows: [stored],
    } = await sql<
      TableRow<"response", "final"> & { answer: TAnswer }
    >`SELECT r.answer, r.final FROM response r JOIN attempt a ON a.id = r.attempt_id WHERE a.public_id = ${publicId} AND r.question_version_id = ${versionId}`.execute(
      kysely(d),
    );
    // Deep equality, not JSON text: jsonb stores keys in its own order ({path, type} for a scenario).
    if (stored && !isDeepStrictEqual(stored.answer, answer) && stored.final) throw new UserError("本题已作答，练习中不能修改答案");
  }
  const result: SaveResult = { saved: true, revision: row.revision ?? 0, ...(row.withheld ? { keyWithheld: true as const } : {}) };
  if (v.type === "scenario") result.question = publicQuestion(v.payload, { path: s.path, showEnding: instant });
  if (instant && s.final) {
    result.feedback = {
      correct: s.correct,
      score: s.score,
      maxScore: s.maxScore,
      misconceptions: s.misconceptions,
      reveal: reveal(v.payload, s.path),
      findings: s.findings,
    };
  }
  return result;
}

/**
 * Submits: one statement computes the totals and per-rule breakdown from the stored responses
 * (voided versions do not count; unanswered items count as 0) and closes the attempt. Idempotent:
 * a second submit finds it closed and returns the same result.
 */
export async function submitAttempt(d: Db, memberId: number, publicId: string): Promise<AttemptRow> {
  const { rows } = await sql<AttemptRow>`WITH target AS (
       SELECT id, paper, quiz_id, deadline_at FROM attempt
       WHERE public_id = ${publicId} AND member_id = ${memberId} AND status = 'IN_PROGRESS' FOR UPDATE
     ), items AS (
       SELECT v.rules, v.max_score::float8 AS max, coalesce(r.score, 0)::float8 AS score
       FROM target t CROSS JOIN unnest(t.paper) p(vid)
       JOIN question_version v ON v.id = p.vid AND v.voided_at IS NULL
       LEFT JOIN response r ON r.attempt_id = t.id AND r.question_version_id = v.id AND r.final
     ), tot AS (
       SELECT coalesce(sum(score), 0) AS s, coalesce(sum(max), 0) AS m FROM items
     ), rb AS (
       SELECT coalesce(jsonb_object_agg(rule, jsonb_build_object('score', s, 'max', m)), '{}'::jsonb) AS j
       FROM (SELECT unnest(rules) AS rule, sum(score) AS s, sum(max) AS m FROM items GROUP BY 1) x
     )
     UPDATE attempt a SET
       status = 'SUBMITTED', open_key = NULL,
       submitted_at = least(now(), coalesce(target.deadline_at, now())),
       score = tot.s, max_score = tot.m,
       percent = CASE WHEN tot.m > 0 THEN round((100 * tot.s / tot.m)::numeric, 1)::float8 ELSE 0 END,
       passed = CASE WHEN q.pass_percent IS NULL THEN NULL ELSE tot.m > 0 AND 100 * tot.s / tot.m >= q.pass_percent END,
       rule_breakdown = rb.j
     FROM target, tot, rb, quiz q
     WHERE a.id = target.id AND q.id = target.quiz_id AND a.status = 'IN_PROGRESS'
     RETURNING a.id::text, a.public_id, a.member_id, a.quiz_id, a.kind, a.status, a.paper, a.started_at, a.deadline_at,
               a.submitted_at, a.score, a.max_score, a.percent, a.passed, a.rule_breakdown`.execute(kysely(d));
  if (rows[0]) {
    await afterSubmit(d, memberId, rows[0].id);
    if (rows[0].passed) await awardExamPass(d, memberId, rows[0].id);
    // Completion and unit aggregates. Safe to repeat; a failure here must not undo a saved
    // submission (the branch page and the cadre's home repair missed updates).
    await onAttemptSubmitted(d, memberId, rows[0].id).catch((e) => console.error("[tracking] onAttemptSubmitted", e));
    return rows[0];
  }
  return loadAttempt(d, memberId, publicId); // already submitted (or not ours → NotFoundError)
}
