import { randomBytes } from "node:crypto";
import type { Db } from "../db/client";
import { recordAudit } from "../audit/record";
import { QuestionProblems, insertVersion, validated, write, type SaveResult } from "./questions";

/**
 * The identifier of a question authored in the UI, made for the admin (who should not have to
 * invent an ASCII slug): "q-" and the day, then random hex, e.g. q-20261202-3fa9c1. A clash is
 * reported by createQuestion like any other and the form can simply be saved again.
 */
export function newQuestionId(now = new Date()): string {
  return `q-${now.toISOString().slice(0, 10).replace(/-/g, "")}-${randomBytes(3).toString("hex")}`;
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
