/**
 * The question bank in the database: content/ questions become versioned rows at start.
 * - A new question gets version 1. A changed one gets a new version; attempts keep theirs.
 * - Content never overwrites an admin's edit: a question whose current version was authored in
 *   the UI (origin "admin") is left alone and flagged for review when its file changes
 *   (docs/decisions/005).
 * - A question removed from content/ is archived: no new attempts draw it; old ones keep it.
 */
import { createHash } from "node:crypto";
import { sql } from "kysely";
import type { Db } from "../db/client";
import { kysely, type Col, type TableRow } from "../db/kysely";
import type { Prisma } from "../generated/prisma/client";
import type { TQuestion } from "../content/schema";
import { MAX_SCORE, misconceptionsOf } from "./score";

export const hashQuestion = (q: TQuestion) => createHash("sha256").update(JSON.stringify(q)).digest("hex").slice(0, 32);

export interface BankReport {
  created: number;
  versioned: number;
  unchanged: number;
  flagged: number;
  archived: number;
}

export function versionData(q: TQuestion) {
  return {
    type: q.type,
    rules: q.rules,
    payload: q as unknown as Prisma.InputJsonValue,
    misconceptions: misconceptionsOf(q),
    maxScore: MAX_SCORE[q.type],
    contentHash: hashQuestion(q),
  };
}

export async function syncQuestionBank(d: Db, questions: TQuestion[]): Promise<BankReport> {
  const report: BankReport = { created: 0, versioned: 0, unchanged: 0, flagged: 0, archived: 0 };
  const existing = new Map(
    (
      await sql<
        TableRow<"question", "id" | "origin" | "status" | "current_version"> & {
          hash: Col<"question_version", "content_hash">;
          synced_hash: Col<"question_version", "content_hash"> | null;
        }
      >`SELECT q.id, q.origin, q.status, q.current_version, v.content_hash AS hash,
                (SELECT cv.content_hash FROM question_version cv WHERE cv.question_id = q.id AND cv.created_by_id IS NULL
                 ORDER BY cv.version DESC LIMIT 1) AS synced_hash
         FROM question q JOIN question_version v ON v.question_id = q.id AND v.version = q.current_version`.execute(kysely(d))
    ).rows.map((r) => [r.id, r]),
  );
  await d.prisma.$transaction(
    async (tx) => {
      for (const q of questions) {
        const data = versionData(q);
        const row = existing.get(q.id);
        if (!row) {
          await tx.question.create({
            data: { id: q.id, origin: "content", moduleSlug: q.module, type: q.type, currentVersion: 1, versions: { create: { version: 1, ...data } } },
          });
          report.created++;
        } else if (row.origin === "admin") {
          if (row.synced_hash !== data.contentHash && row.status !== "ARCHIVED") {
            await tx.question.update({
              where: { id: q.id },
              data: { flaggedAt: new Date(), flagReason: "内容文件中的题目已更新，但该题已在后台修改，未自动覆盖，请人工核对" },
            });
            report.flagged++;
          } else report.unchanged++;
        } else if (row.hash === data.contentHash && row.status === "PUBLISHED") {
          report.unchanged++;
        } else {
          const version = row.hash === data.contentHash ? row.current_version : row.current_version + 1;
          if (version !== row.current_version) await tx.questionVersion.create({ data: { questionId: q.id, version, ...data } });
          await tx.question.update({ where: { id: q.id }, data: { currentVersion: version, status: "PUBLISHED", moduleSlug: q.module, type: q.type } });
          report.versioned++;
        }
      }
      const ids = questions.map((q) => q.id);
      report.archived = await tx.question
        .updateMany({
          where: { origin: "content", status: { not: "ARCHIVED" }, id: { notIn: ids } },
          data: { status: "ARCHIVED" },
        })
        .then((r) => r.count);
    },
    { timeout: 120_000 },
  );
  return report;
}
