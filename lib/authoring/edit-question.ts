import type { Db } from "../db/client";
import { NotFoundError, UserError } from "../errors";
import { recordAudit } from "../audit/record";
import { versionData } from "../assessment/bank";
import { diffQuestions } from "./diff";
import { validateQuestion } from "./validate";
import { QuestionProblems, insertVersion, lockQuestion, validated, write, type SaveResult } from "./questions";

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
