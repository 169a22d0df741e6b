/**
 * What every write to a question shares, and the review flag the content sync sets. The writes
 * themselves are one per file beside this one: create-question, edit-question (every save is a new
 * immutable version), rollback-question, question-status (publish, archive, restore),
 * clear-question-flag; the reads are list-questions and get-question. Every write records an audit
 * entry in the same transaction.
 *
 * The content/ rule (docs/decisions/005): once an admin writes to a question — even one that came
 * from content/ — its origin becomes "admin" and the content sync no longer changes it; when its
 * file later changes, the sync only flags it for review. Versions written here carry the author
 * (created_by_id), which is how the sync tells its own versions from an admin's.
 */
import type { Db } from "../db/client";
import { sql } from "kysely";
import type { Col, TableRow } from "../db/kysely";
import type { TQuestion } from "../content/schema";
import { NotFoundError, UserError } from "../errors";
import { recordAudit } from "../audit/record";
import { versionData } from "../assessment/bank";
import { checkReferences } from "./references";
import { withTx, isUniqueViolation, type Tx } from "../db/tx";
import { validateQuestion, type Problem } from "./validate";

/** A write refused because the question has problems; the editor lists every one. */
export class QuestionProblems extends UserError {
  constructor(readonly problems: Problem[]) {
    super(
      `题目有 ${problems.length} 处问题：${problems
        .slice(0, 3)
        .map((p) => `${p.label}：${p.message}`)
        .join("；")}${problems.length > 3 ? "……" : ""}`,
    );
  }
}

type Locked = TableRow<"question", "id" | "origin" | "status" | "current_version"> &
  TableRow<"question_version", "content_hash"> & {
    max_version: Col<"question_version", "version">;
    version_id: Col<"question_version", "id">;
    /** jsonb: the schema says only "JSON"; what is stored is a validated question. */
    payload: TQuestion;
  };

/** Locks the question row for the rest of the transaction (concurrent saves queue, then see the new version). */
export async function lockQuestion(t: Tx, id: string): Promise<Locked> {
  const {
    rows: [row],
  } = await sql<Locked>`SELECT q.id, q.origin, q.status::text AS status, q.current_version, v.id AS version_id, v.content_hash, v.payload,
            (SELECT max(version) FROM question_version WHERE question_id = q.id) AS max_version
     FROM question q JOIN question_version v ON v.question_id = q.id AND v.version = q.current_version
     WHERE q.id = ${id} FOR UPDATE OF q`.execute(t.k);
  if (!row) throw new NotFoundError();
  return row;
}

/** Validates for saving: a published question (or one being published) must pass every check. */
export async function validated(d: Db, input: unknown, strict: boolean): Promise<TQuestion> {
  const v = validateQuestion(input, { graph: strict });
  if (!v.ok) throw new QuestionProblems(v.problems);
  const refs = await checkReferences(d, v.question);
  if (refs.length) throw new QuestionProblems(refs);
  return v.question;
}

/** A new version row of the question, written by the admin `actorId` (which tells it from the sync's). */
export async function insertVersion(t: Tx, q: TQuestion, version: number, actorId: number): Promise<number> {
  const data = versionData(q);
  const row = await t.prisma.questionVersion.create({
    data: { questionId: q.id, version, ...data, createdById: actorId },
    select: { id: true },
  });
  return row.id;
}

/** One transaction; two saves that raced to the same version number come back as a message to retry. */
export const write = async <T>(d: Db, fn: (t: Tx) => Promise<T>): Promise<T> => {
  try {
    return await withTx(d, fn);
  } catch (e) {
    if (isUniqueViolation(e)) throw new UserError("题目刚被他人修改，请刷新后重试");
    throw e;
  }
};

export interface SaveResult {
  id: string;
  version: number;
  versionId: number;
  /** False when the text equals the current version: nothing was written. */
  changed: boolean;
}

/**
 * Flags for review every live question whose current version cites a rule — as its own rule, a
 * scenario ending's rule or a drafting rubric item. For the content sync, when a rule's text
 * changes: call it inside the sync's transaction (`t`) or with the database (then it runs in a
 * transaction of its own, the flags and their audit entry together). Returns how many questions
 * were flagged; records one audit entry (actor: the system).
 */
export async function flagQuestionsForRule(d: Db | Pick<Tx, "prisma" | "k">, code: string, reason: string): Promise<number> {
  if ("raw" in d) return withTx(d, (t) => flagQuestionsForRule(t, code, reason));
  const { numAffectedRows } = await sql`UPDATE question q SET flagged_at = now(), flag_reason = ${reason}
     FROM question_version v
     WHERE v.question_id = q.id AND v.version = q.current_version AND q.status <> 'ARCHIVED'
       AND (v.rules @> ARRAY[${code}::text]
            OR (v.type = 'scenario' AND EXISTS (SELECT 1 FROM jsonb_array_elements(v.payload->'endings') e WHERE e->'rules' ? ${code}))
            OR (v.type = 'drafting' AND v.payload->'rubric' ? ${code}))`.execute(d.k);
  const n = Number(numAffectedRows ?? 0);
  if (n > 0) await recordAudit(d, { actorId: null, action: "question.flag", entity: "rule", entityId: code, after: { reason, questions: n } });
  return n;
}
