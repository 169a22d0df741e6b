/** A question's life: a draft is published once it passes every check, archived, and restored to a draft. */
import type { Db } from "../db/client";
import type { QuestionStatus } from "../generated/prisma/enums";
import { UserError } from "../errors";
import { recordAudit } from "../audit/record";
import { QUESTION_STATUS_LABEL, type AuditAction } from "../labels";
import { getQuestion } from "./get-question";
import { lockQuestion, validated, write } from "./questions";

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
