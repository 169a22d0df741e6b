/**
 * Import of questions, JSON (a ZQuestionFile document, every type) or the XLSX sheet
 * (transfer-sheet.ts). Fields a row cannot express (出处, 难度) are kept from the question's current
 * version when it already exists.
 *
 * An import is validated as a whole — schema, scenario graph, references, duplicate ids — before
 * anything is written; every problem is reported with its JSON path or row and column. A file with
 * any problem writes nothing; a good one is written in one transaction with its audit entries.
 */
import { sql } from "kysely";
import type { Db } from "../db/client";
import { kysely } from "../db/kysely";
import type { TQuestion } from "../content/schema";
import { UserError } from "../errors";
import { recordAudit, type AuditEntry } from "../audit/record";
import { versionData } from "../assessment/bank";
import { knownReferences, referenceProblems } from "./references";
import { withTx, isUniqueViolation } from "../db/tx";
import { lockQuestion } from "./questions";
import { validateQuestion, type Problem } from "./validate";

import { MAX_IMPORT_BYTES, MAX_IMPORT_QUESTIONS, type Candidate, type ImportProblem, type ImportReport } from "./transfer-report";
import { xlsxCandidates } from "./transfer-sheet";

export { MAX_IMPORT_BYTES, MAX_IMPORT_QUESTIONS, type ImportProblem, type ImportReport } from "./transfer-report";

function jsonCandidates(text: string, problems: ImportProblem[]): Candidate[] {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    problems.push({ where: "文件", field: "JSON", message: `不是合法的 JSON：${(e as Error).message}` });
    return [];
  }
  const list = Array.isArray(doc) ? doc : (doc as { questions?: unknown })?.questions;
  if (!Array.isArray(list)) {
    problems.push({ where: "文件", field: "questions", message: '应为 { "questions": [ … ] } 格式的题目文件' });
    return [];
  }
  const prefix = Array.isArray(doc) ? "" : "questions";
  return list.map((input, i) => ({ input, where: `${prefix}[${i}]` }));
}

const fmtJsonPath = (prefix: string, path: string) =>
  `${prefix}${
    path
      ? path
          .split(".")
          .map((p) => (/^\d+$/.test(p) ? `[${p}]` : `.${p}`))
          .join("")
      : ""
  }`;

function locate(c: Candidate, p: Problem): ImportProblem {
  if (c.column) return { where: c.where, field: c.column(p.path) ?? p.label, message: p.message };
  return { where: fmtJsonPath(c.where, p.path), field: p.label, message: p.message };
}

/** Fields the sheet cannot express are kept from the existing question of the same type. */
function mergeKept(input: Record<string, unknown>, existing: TQuestion | undefined): Record<string, unknown> {
  if (!existing || existing.type !== input.type) return input;
  return { ...input, difficulty: existing.difficulty, ...(existing.citation ? { citation: existing.citation } : {}) };
}

export type ImportFormat = "json" | "xlsx";

/** Which format a file is: by its first bytes, cross-checked with its name. */
export function detectFormat(name: string, bytes: Uint8Array): ImportFormat | { error: string } {
  const zip = bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (ext === "xlsx") return zip ? "xlsx" : { error: "文件扩展名是 .xlsx，但内容不是 XLSX 工作簿" };
  if (ext === "json") return zip ? { error: "文件扩展名是 .json，但内容是压缩包" } : "json";
  return { error: "只能导入 .json 或 .xlsx 文件" };
}

/**
 * Validates a file as a whole and, with `apply`, writes it in one transaction: new questions are
 * created (origin admin, as drafts unless `publish`), changed ones get a new version, unchanged
 * ones are left alone. With any problem nothing is written and every problem is reported.
 */
export async function importQuestions(
  d: Db,
  actorId: number,
  file: { name: string; bytes: Uint8Array },
  opts: { apply: boolean; publish?: boolean },
): Promise<ImportReport> {
  const problems: ImportProblem[] = [];
  const plan: ImportReport["plan"] = { create: [], update: [], unchanged: [] };
  if (file.bytes.length > MAX_IMPORT_BYTES) throw new UserError(`文件过大：不能超过 ${MAX_IMPORT_BYTES / 1024 / 1024} MB`);
  if (file.bytes.length === 0) throw new UserError("文件是空的");
  const format = detectFormat(file.name, file.bytes);
  if (typeof format !== "string") throw new UserError(format.error);
  const report = (total: number): ImportReport => ({ format, total, problems, plan, applied: false });

  const candidates =
    format === "json" ? jsonCandidates(new TextDecoder("utf-8", { fatal: false }).decode(file.bytes), problems) : await xlsxCandidates(file.bytes, problems);
  if (candidates.length > MAX_IMPORT_QUESTIONS) throw new UserError(`一次最多导入 ${MAX_IMPORT_QUESTIONS} 道题，文件中有 ${candidates.length} 道`);
  if (!candidates.length && !problems.length) problems.push({ where: "文件", field: "题目", message: "文件中没有题目" });

  // Current versions of the ids in the file (for the plan, and for what a sheet cannot express).
  const ids = candidates.map((c) => (c.input as { id?: unknown })?.id).filter((x): x is string => typeof x === "string");
  const existing = new Map(
    (
      await kysely(d)
        .selectFrom("question as q")
        .innerJoin("question_version as v", (j) => j.onRef("v.question_id", "=", "q.id").onRef("v.version", "=", "q.current_version"))
        .select(["q.id", "q.status", "v.content_hash as hash", "v.payload"])
        .where(sql<boolean>`q.id = ANY(${ids}::text[])`)
        .$narrowType<{ payload: TQuestion }>() // jsonb: what is stored is a validated question
        .execute()
    ).map((r) => [r.id, r]),
  );

  const known = await knownReferences(d);
  const valid: { q: TQuestion; where: string }[] = [];
  const seen = new Map<string, string>();
  for (const c of candidates) {
    const input = c.column ? mergeKept(c.input as Record<string, unknown>, existing.get((c.input as { id: string }).id)?.payload) : c.input;
    const v = validateQuestion(input);
    if (!v.ok) {
      problems.push(...v.problems.map((p) => locate(c, p)));
      continue;
    }
    const refs = referenceProblems(v.question, known);
    if (refs.length) {
      problems.push(...refs.map((p) => locate(c, p)));
      continue;
    }
    const dup = seen.get(v.question.id);
    if (dup) {
      problems.push(locate(c, { path: "id", label: "标识", message: `标识「${v.question.id}」与 ${dup} 重复` }));
      continue;
    }
    seen.set(v.question.id, c.where);
    valid.push({ q: v.question, where: c.where });
  }
  for (const { q } of valid) {
    const row = existing.get(q.id);
    if (!row) plan.create.push(q.id);
    else if (row.hash === versionData(q).contentHash) plan.unchanged.push(q.id);
    else plan.update.push(q.id);
  }
  if (problems.length || !opts.apply) return report(candidates.length);

  try {
    await withTx(
      d,
      async (t) => {
        const audits: AuditEntry[] = [];
        for (const { q } of valid) {
          const data = versionData(q);
          const row = existing.get(q.id);
          if (!row) {
            await t.prisma.question.create({
              data: {
                id: q.id,
                origin: "admin",
                status: opts.publish ? "PUBLISHED" : "DRAFT",
                moduleSlug: q.module,
                type: q.type,
                currentVersion: 1,
                versions: { create: { version: 1, ...data, createdById: actorId } },
              },
            });
            audits.push({
              actorId,
              action: "question.create",
              entity: "question",
              entityId: q.id,
              after: { version: 1, via: "import", type: q.type, module: q.module },
            });
          } else if (row.hash !== data.contentHash) {
            const cur = await lockQuestion(t, q.id);
            const version = cur.max_version + 1;
            await t.prisma.questionVersion.create({ data: { questionId: q.id, version, ...data, createdById: actorId } });
            await t.prisma.question.update({ where: { id: q.id }, data: { currentVersion: version, origin: "admin", moduleSlug: q.module, type: q.type } });
            audits.push({
              actorId,
              action: "question.edit",
              entity: "question",
              entityId: q.id,
              before: { version: cur.current_version },
              after: { version, via: "import", contentHash: data.contentHash },
            });
          }
        }
        audits.push({
          actorId,
          action: "question.import",
          entity: "question",
          after: {
            file: file.name.slice(0, 200),
            format,
            created: plan.create.length,
            updated: plan.update.length,
            unchanged: plan.unchanged.length,
            published: Boolean(opts.publish),
          },
        });
        for (const a of audits) await recordAudit(t, a);
      },
      { timeout: 300_000 },
    );
  } catch (e) {
    if (isUniqueViolation(e)) throw new UserError("导入期间题目被他人修改，未作任何修改，请重新导入");
    throw e;
  }
  return { ...report(candidates.length), applied: true };
}
