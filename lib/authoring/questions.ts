/**
 * Authoring questions in the admin UI: create, edit (every save is a new immutable version),
 * publish, archive, restore, roll back, review flags. Every write records an audit entry in the
 * same transaction.
 *
 * The content/ rule (docs/decisions/005): once an admin writes to a question — even one that came
 * from content/ — its origin becomes "admin" and the content sync no longer changes it; when its
 * file later changes, the sync only flags it for review. Versions written here carry the author
 * (created_by_id), which is how the sync tells its own versions from an admin's.
 */
import { randomBytes } from "node:crypto";
import { z } from "zod";
import type { Db } from "../db/client";
import type { Prisma } from "../generated/prisma/client";
import type { QuestionStatus } from "../generated/prisma/enums";
import { storable } from "../security/storable";
import type { TQuestion } from "../content/schema";
import { ZRuleCode, ZSlug } from "../content/schema";
import { NotFoundError, UserError } from "../errors";
import { recordAudit } from "../audit/record";
import { versionData } from "../assessment/bank";
import { diffQuestions } from "./diff";
import { checkReferences } from "./references";
import { withTx, isUniqueViolation, type Tx } from "../db/tx";
import { QUESTION_TYPES, validateQuestion, type Problem } from "./validate";
import { QUESTION_STATUS_LABEL, type AuditAction } from "../labels";

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

/**
 * The identifier of a question authored in the UI, made for the admin (who should not have to
 * invent an ASCII slug): "q-" and the day, then random hex, e.g. q-20261202-3fa9c1. A clash is
 * reported by createQuestion like any other and the form can simply be saved again.
 */
export function newQuestionId(now = new Date()): string {
  return `q-${now.toISOString().slice(0, 10).replace(/-/g, "")}-${randomBytes(3).toString("hex")}`;
}

/* ------------------------------------------------------------------ reading */

const emptyToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);

export const ZQuestionListQuery = z.object({
  module: z.preprocess(emptyToUndefined, ZSlug.optional()),
  type: z.preprocess(emptyToUndefined, z.enum(QUESTION_TYPES).optional()),
  rule: z.preprocess(emptyToUndefined, ZRuleCode.optional()),
  status: z.preprocess(emptyToUndefined, z.enum(["DRAFT", "PUBLISHED", "ARCHIVED"]).optional()),
  flagged: z.preprocess((v) => (v === "1" || v === "true" || v === true ? true : undefined), z.literal(true).optional()),
  q: z.preprocess(emptyToUndefined, z.string().trim().max(50, "关键词不能超过 50 个字").refine(storable, "关键词含有无法识别的字符").optional()),
  page: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(10_000).default(1)),
});
export type TQuestionListQuery = z.infer<typeof ZQuestionListQuery>;

export interface QuestionListRow {
  id: string;
  origin: string;
  status: QuestionStatus;
  type: TQuestion["type"];
  moduleSlug: string;
  moduleTitle: string | null;
  currentVersion: number;
  stem: string;
  rules: string[];
  flaggedAt: Date | null;
  flagReason: string | null;
  voided: boolean;
  updatedAt: Date;
  updatedBy: string | null;
}

export const PAGE_SIZE = 30;

/** The bank, filtered; newest change first. Every filter is a bound parameter or absent. */
export async function listQuestions(d: Db, f: Partial<TQuestionListQuery> = {}): Promise<{ rows: QuestionListRow[]; total: number }> {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: (p: string) => string, value: unknown) => {
    params.push(value);
    where.push(sql(`$${params.length}`));
  };
  if (f.module) add((p) => `q.module_slug = ${p}`, f.module);
  if (f.type) add((p) => `q.type = ${p}`, f.type);
  if (f.rule) add((p) => `v.rules @> ARRAY[${p}::text]`, f.rule);
  if (f.status) add((p) => `q.status = ${p}::"QuestionStatus"`, f.status);
  if (f.flagged) where.push("q.flagged_at IS NOT NULL");
  if (f.q) add((p) => `(q.id ILIKE ${p} OR v.payload->>'stem' ILIKE ${p})`, `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  const page = f.page ?? 1;
  const from = `FROM question q JOIN question_version v ON v.question_id = q.id AND v.version = q.current_version`;
  const filter = where.length ? `WHERE ${where.join(" AND ")}` : "";
  const [rows, [count]] = await Promise.all([
    d.raw.query<QuestionListRow>(
      `SELECT q.id, q.origin, q.status, q.type, q.module_slug AS "moduleSlug", m.title AS "moduleTitle",
              q.current_version AS "currentVersion", v.payload->>'stem' AS stem, v.rules,
              q.flagged_at AS "flaggedAt", q.flag_reason AS "flagReason", v.voided_at IS NOT NULL AS voided,
              v.created_at AS "updatedAt", mb.name AS "updatedBy"
       ${from} LEFT JOIN course_module m ON m.slug = q.module_slug LEFT JOIN member mb ON mb.id = v.created_by_id
       ${filter}
       ORDER BY (q.flagged_at IS NOT NULL) DESC, v.created_at DESC, q.id
       LIMIT ${PAGE_SIZE} OFFSET ${(page - 1) * PAGE_SIZE}`,
      params,
    ),
    d.raw.query<{ n: number }>(`SELECT count(*)::int AS n ${from} ${filter}`, params),
  ]);
  return { rows, total: count.n };
}

export interface VersionInfo {
  id: number;
  version: number;
  type: string;
  rules: string[];
  contentHash: string;
  createdAt: Date;
  createdBy: string | null;
  voidedAt: Date | null;
  /** Final answers stored against this version. */
  answered: number;
  /** Attempts whose paper holds this version (submitted or not). */
  attempts: number;
}

export interface QuestionDetail {
  id: string;
  origin: string;
  status: QuestionStatus;
  type: TQuestion["type"];
  moduleSlug: string;
  /** The module's Chinese title (the slug where the module is gone). */
  moduleTitle: string;
  currentVersion: number;
  flaggedAt: Date | null;
  flagReason: string | null;
  createdAt: Date;
  /** The current version as authored (with its key: admin eyes only). */
  payload: TQuestion;
  currentVersionId: number;
  versions: VersionInfo[];
}

export async function getQuestion(d: Db, id: string): Promise<QuestionDetail> {
  const q = await d.prisma.question.findUnique({ where: { id } });
  if (!q) throw new NotFoundError();
  const versions = await d.raw.query<VersionInfo & { payload: TQuestion }>(
    `SELECT v.id, v.version, v.type, v.rules, v.content_hash AS "contentHash", v.created_at AS "createdAt",
            m.name AS "createdBy", v.voided_at AS "voidedAt", v.payload,
            (SELECT count(*)::int FROM response r WHERE r.question_version_id = v.id AND r.final) AS answered,
            (SELECT count(*)::int FROM attempt a WHERE a.paper @> ARRAY[v.id]) AS attempts
     FROM question_version v LEFT JOIN member m ON m.id = v.created_by_id
     WHERE v.question_id = $1 ORDER BY v.version DESC`,
    [id],
  );
  const current = versions.find((v) => v.version === q.currentVersion);
  if (!current) throw new Error(`question ${id} has no version ${q.currentVersion}`);
  const mod = await d.prisma.courseModule.findUnique({ where: { slug: q.moduleSlug }, select: { title: true } });
  return {
    id: q.id,
    origin: q.origin,
    status: q.status,
    type: q.type as TQuestion["type"],
    moduleSlug: q.moduleSlug,
    moduleTitle: mod?.title ?? q.moduleSlug,
    currentVersion: q.currentVersion,
    flaggedAt: q.flaggedAt,
    flagReason: q.flagReason,
    createdAt: q.createdAt,
    payload: current.payload,
    currentVersionId: current.id,
    versions: versions.map(({ payload: _p, ...v }) => v),
  };
}

/** One version's payload (for diff, rollback, regrade and preview). */
export async function getVersionPayload(d: Db, questionId: string, version: number): Promise<{ id: number; payload: TQuestion; voidedAt: Date | null }> {
  const v = await d.prisma.questionVersion.findUnique({
    where: { questionId_version: { questionId, version } },
    select: { id: true, payload: true, voidedAt: true },
  });
  if (!v) throw new NotFoundError();
  return { id: v.id, payload: v.payload as unknown as TQuestion, voidedAt: v.voidedAt };
}

/* ------------------------------------------------------------------ writing */

interface Locked {
  id: string;
  origin: string;
  status: QuestionStatus;
  current_version: number;
  max_version: number;
  version_id: number;
  content_hash: string;
  payload: TQuestion;
}

/** Locks the question row for the rest of the transaction (concurrent saves queue, then see the new version). */
async function lockQuestion(t: Tx, id: string): Promise<Locked> {
  const [row] = await t.q<Locked>(
    `SELECT q.id, q.origin, q.status::text AS status, q.current_version, v.id AS version_id, v.content_hash, v.payload,
            (SELECT max(version) FROM question_version WHERE question_id = q.id) AS max_version
     FROM question q JOIN question_version v ON v.question_id = q.id AND v.version = q.current_version
     WHERE q.id = $1 FOR UPDATE OF q`,
    [id],
  );
  if (!row) throw new NotFoundError();
  return row;
}

/** Validates for saving: a published question (or one being published) must pass every check. */
async function validated(d: Db, input: unknown, strict: boolean): Promise<TQuestion> {
  const v = validateQuestion(input, { graph: strict });
  if (!v.ok) throw new QuestionProblems(v.problems);
  const refs = await checkReferences(d, v.question);
  if (refs.length) throw new QuestionProblems(refs);
  return v.question;
}

async function insertVersion(t: Tx, q: TQuestion, version: number, actorId: number): Promise<number> {
  const data = versionData(q);
  const row = await t.prisma.questionVersion.create({
    data: { questionId: q.id, version, ...data, createdById: actorId },
    select: { id: true },
  });
  return row.id;
}

const write = async <T>(d: Db, fn: (t: Tx) => Promise<T>): Promise<T> => {
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

/** A new question, authored in the UI: origin admin, a draft, version 1. */
export async function createQuestion(d: Db, actorId: number, input: unknown): Promise<SaveResult> {
  const q = await validated(d, input, false);
  return write(d, async (t) => {
    const exists = await t.prisma.question.findUnique({ where: { id: q.id }, select: { id: true } });
    if (exists) throw new QuestionProblems([{ path: "id", label: "标识", message: `标识「${q.id}」已被其他题目使用` }]);
    await t.prisma.question.create({ data: { id: q.id, origin: "admin", status: "DRAFT", moduleSlug: q.module, type: q.type, currentVersion: 1 } });
    const versionId = await insertVersion(t, q, 1, actorId);
    await recordAudit(t, {
      actorId,
      action: "question.create",
      entity: "question",
      entityId: q.id,
      after: { version: 1, versionId, type: q.type, module: q.module, rules: q.rules },
    });
    return { id: q.id, version: 1, versionId, changed: true };
  });
}

/**
 * Saves an edit as a new immutable version and makes it current. Attempts keep the version they
 * pinned, so no old score changes meaning. `expectedVersion` guards against overwriting someone
 * else's edit made since the editor was opened.
 */
export async function editQuestion(d: Db, actorId: number, id: string, input: unknown, opts: { expectedVersion?: number } = {}): Promise<SaveResult> {
  const before = await d.prisma.question.findUnique({ where: { id }, select: { status: true } });
  if (!before) throw new NotFoundError();
  if ((input as { id?: unknown })?.id !== id) throw new QuestionProblems([{ path: "id", label: "标识", message: "题目标识不能修改" }]);
  const q = await validated(d, input, before.status === "PUBLISHED");
  return write(d, async (t) => {
    const cur = await lockQuestion(t, id);
    if (opts.expectedVersion !== undefined && opts.expectedVersion !== cur.current_version) {
      throw new UserError(`题目已被他人修改（当前为第 ${cur.current_version} 版），请刷新后再编辑`);
    }
    if (cur.status === "PUBLISHED" && q.type === "scenario") {
      const again = validateQuestion(q);
      if (!again.ok) throw new QuestionProblems(again.problems);
    }
    const data = versionData(q);
    if (data.contentHash === cur.content_hash) return { id, version: cur.current_version, versionId: cur.version_id, changed: false };
    const version = cur.max_version + 1;
    const versionId = await insertVersion(t, q, version, actorId);
    await t.prisma.question.update({ where: { id }, data: { currentVersion: version, origin: "admin", moduleSlug: q.module, type: q.type } });
    const changes = diffQuestions(cur.payload, q).map((c) => c.label);
    await recordAudit(t, {
      actorId,
      action: "question.edit",
      entity: "question",
      entityId: id,
      before: { version: cur.current_version, versionId: cur.version_id, contentHash: cur.content_hash },
      after: { version, versionId, contentHash: data.contentHash, changes },
    });
    return { id, version, versionId, changed: true };
  });
}

/** Rollback: a new version equal to an old one (history is never rewritten). */
export async function rollbackQuestion(d: Db, actorId: number, id: string, toVersion: number): Promise<SaveResult> {
  const old = await getVersionPayload(d, id, toVersion);
  const status = (await d.prisma.question.findUniqueOrThrow({ where: { id }, select: { status: true } })).status;
  const q = await validated(d, old.payload, status === "PUBLISHED");
  return write(d, async (t) => {
    const cur = await lockQuestion(t, id);
    const data = versionData(q);
    if (data.contentHash === cur.content_hash) throw new UserError(`当前版本与第 ${toVersion} 版内容相同，无需回滚`);
    const version = cur.max_version + 1;
    const versionId = await insertVersion(t, q, version, actorId);
    await t.prisma.question.update({ where: { id }, data: { currentVersion: version, origin: "admin", moduleSlug: q.module, type: q.type } });
    await recordAudit(t, {
      actorId,
      action: "question.rollback",
      entity: "question",
      entityId: id,
      before: { version: cur.current_version, versionId: cur.version_id },
      after: { version, versionId, copyOf: toVersion, contentHash: data.contentHash },
    });
    return { id, version, versionId, changed: true };
  });
}

async function setStatus(d: Db, actorId: number, id: string, to: QuestionStatus, allowedFrom: QuestionStatus[], action: AuditAction) {
  return write(d, async (t) => {
    const cur = await lockQuestion(t, id);
    if (!allowedFrom.includes(cur.status)) {
      throw new UserError(`题目当前为「${QUESTION_STATUS_LABEL[cur.status]}」，不能${({ PUBLISHED: "发布", ARCHIVED: "归档", DRAFT: "恢复" } as const)[to]}`);
    }
    await t.prisma.question.update({ where: { id }, data: { status: to, origin: "admin" } });
    await recordAudit(t, {
      actorId,
      action,
      entity: "question",
      entityId: id,
      before: { status: cur.status, version: cur.current_version },
      after: { status: to, version: cur.current_version },
    });
    return cur;
  });
}

/** Publishes the current version after every check: schema, scenario graph, references, not voided. */
export async function publishQuestion(d: Db, actorId: number, id: string): Promise<void> {
  const detail = await getQuestion(d, id);
  await validated(d, detail.payload, true);
  const current = detail.versions.find((v) => v.version === detail.currentVersion);
  if (current?.voidedAt) throw new UserError("当前版本已作废，请先编辑生成新版本再发布");
  await setStatus(d, actorId, id, "PUBLISHED", ["DRAFT"], "question.publish");
}

/** Archived questions are never drawn into new papers; answered attempts keep them. */
export async function archiveQuestion(d: Db, actorId: number, id: string): Promise<void> {
  await setStatus(d, actorId, id, "ARCHIVED", ["DRAFT", "PUBLISHED"], "question.archive");
}

/** Back to a draft: it must be checked and published again before cadres see it. */
export async function restoreQuestion(d: Db, actorId: number, id: string): Promise<void> {
  await setStatus(d, actorId, id, "DRAFT", ["ARCHIVED"], "question.restore");
}

/** "I have reviewed it": clears the review flag. */
export async function clearQuestionFlag(d: Db, actorId: number, id: string): Promise<void> {
  await write(d, async (t) => {
    const q = await t.prisma.question.findUnique({ where: { id }, select: { flaggedAt: true, flagReason: true } });
    if (!q) throw new NotFoundError();
    if (!q.flaggedAt) throw new UserError("该题没有待核对的标记");
    await t.prisma.question.update({ where: { id }, data: { flaggedAt: null, flagReason: null } });
    await recordAudit(t, {
      actorId,
      action: "question.review",
      entity: "question",
      entityId: id,
      before: { flaggedAt: q.flaggedAt.toISOString(), flagReason: q.flagReason },
    });
  });
}

type RawExec = { $executeRawUnsafe: Prisma.TransactionClient["$executeRawUnsafe"]; auditEvent: Prisma.TransactionClient["auditEvent"] };

/**
 * Flags for review every live question whose current version cites a rule — as its own rule, a
 * scenario ending's rule or a drafting rubric item. For the content sync, when a rule's text
 * changes: call it inside the sync's transaction (`tx`) or with the database. Returns how many
 * questions were flagged; records one audit entry (actor: the system).
 */
export async function flagQuestionsForRule(d: Db | RawExec, code: string, reason: string): Promise<number> {
  const c: RawExec = "prisma" in d ? d.prisma : d;
  const n = await c.$executeRawUnsafe(
    `UPDATE question q SET flagged_at = now(), flag_reason = $2
     FROM question_version v
     WHERE v.question_id = q.id AND v.version = q.current_version AND q.status <> 'ARCHIVED'
       AND (v.rules @> ARRAY[$1::text]
            OR (v.type = 'scenario' AND EXISTS (SELECT 1 FROM jsonb_array_elements(v.payload->'endings') e WHERE e->'rules' ? $1))
            OR (v.type = 'drafting' AND v.payload->'rubric' ? $1))`,
    code,
    reason,
  );
  if (n > 0) await recordAudit({ prisma: c }, { actorId: null, action: "question.flag", entity: "rule", entityId: code, after: { reason, questions: n } });
  return n;
}
