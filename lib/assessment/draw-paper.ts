/**
 * The paper of an attempt: drawn by blueprint, or given (review, retake, one scenario) — never
 * with a question the member's open exam holds (key-access.ts).
 */
import { type RawBuilder, sql } from "kysely";
import type { Db } from "../db/client";
import { kysely, type TableRow } from "../db/kysely";
import type { QuizKind } from "../generated/prisma/enums";
import { UserError } from "../errors";
import { ZBlueprint, OBJECTIVE, PRE_ID, POST_ID } from "./quizzes";
import { withheldQuestionsOf } from "./key-access";

/** SQL selecting question ids (a subquery): what a draw avoids or excludes. */
type QuestionIds = RawBuilder<unknown>;
const NONE: QuestionIds = sql`SELECT NULL::text WHERE false`;

/**
 * Draws a paper by blueprint: one query, random per module. `exclude`d questions are never drawn
 * (an open exam's items, while it is open); `avoid`ed ones only when the module has nothing else
 * left (what the member already met).
 */
export async function drawPaper(d: Db, blueprint: unknown, opts: { avoid?: QuestionIds; exclude?: QuestionIds } = {}): Promise<number[]> {
  const bp = ZBlueprint.parse(blueprint);
  const modules = Object.entries(bp.perModule).filter(([, n]) => n > 0);
  if (!modules.length) return [];
  const [slugs, counts, types, avoid, exclude] = [
    modules.map(([m]) => m),
    modules.map(([, n]) => n),
    bp.types ?? [...OBJECTIVE],
    opts.avoid ?? NONE,
    opts.exclude ?? NONE,
  ];
  const { rows } = await sql<TableRow<"question_version", "id"> & TableRow<"question", "module_slug">>`SELECT id, module_slug FROM (
       SELECT v.id, q.module_slug, row_number() OVER (PARTITION BY q.module_slug ORDER BY (q.id IN (${avoid})), random()) AS rn
       FROM question q JOIN question_version v ON v.question_id = q.id AND v.version = q.current_version
       WHERE q.status = 'PUBLISHED' AND q.module_slug = ANY(${slugs}::text[]) AND q.type = ANY(${types}::text[]) AND v.voided_at IS NULL
         AND q.id NOT IN (${exclude})
     ) x JOIN unnest(${slugs}::text[], ${counts}::int[]) AS want(slug, n) ON want.slug = x.module_slug
     WHERE x.rn <= want.n`.execute(kysely(d));
  // Course order of modules, questions shuffled within each.
  const order = new Map(modules.map(([m], i) => [m, i]));
  return rows.sort((a, b) => order.get(a.module_slug)! - order.get(b.module_slug)!).map((r) => r.id);
}

/** SQL: the questions a member already met in the other self-assessment, so PRE and POST differ. */
function seenInCounterpart(memberId: number, quizId: string): QuestionIds {
  const other = quizId === PRE_ID ? POST_ID : quizId === POST_ID ? PRE_ID : null;
  if (!other) return NONE;
  return sql`SELECT v.question_id FROM attempt a CROSS JOIN unnest(a.paper) p(vid) JOIN question_version v ON v.id = p.vid
     WHERE a.member_id = ${memberId} AND a.quiz_id = ${other}`;
}

/** SQL: every question the member has met on any paper: an exam prefers the others (their keys were never shown to him). */
const metAnywhere = (memberId: number): QuestionIds =>
  sql`SELECT v.question_id FROM attempt a CROSS JOIN unnest(a.paper) p(vid) JOIN question_version v ON v.id = p.vid
     WHERE a.member_id = ${memberId}`;

/** A given paper (review, retake, one scenario) without the questions the member's open exam withholds. */
async function withoutWithheld(d: Db, memberId: number, paper: number[]): Promise<number[]> {
  const { rows } = await sql<
    TableRow<"question_version", "id">
  >`SELECT v.id FROM unnest(${paper}::int[]) WITH ORDINALITY p(vid, ord) JOIN question_version v ON v.id = p.vid
     WHERE v.question_id NOT IN (${withheldQuestionsOf(memberId)}) ORDER BY p.ord`.execute(kysely(d));
  return rows.map((r) => r.id);
}

/**
 * The paper of a new attempt. An exam avoids what the member already met; anything else leaves
 * out the questions of his open exam (key-access.ts), so that it cannot be looked up meanwhile.
 */
export async function paperFor(d: Db, memberId: number, quiz: { id: string; kind: QuizKind; blueprint: unknown }, given?: number[]): Promise<number[]> {
  const exclude = withheldQuestionsOf(memberId);
  if (quiz.kind === "EXAM") {
    const paper = given ?? (await drawPaper(d, quiz.blueprint, { avoid: metAnywhere(memberId), exclude }));
    if (!paper.length) throw new UserError("题库中暂无可用题目");
    return paper;
  }
  const paper = given
    ? await withoutWithheld(d, memberId, given)
    : await drawPaper(d, quiz.blueprint, { avoid: seenInCounterpart(memberId, quiz.id), exclude });
  if (!paper.length) throw new UserError(given?.length ? "这些题目也在你尚未交卷的考试中，请交卷后再练习" : "题库中暂无可用题目");
  return paper;
}
