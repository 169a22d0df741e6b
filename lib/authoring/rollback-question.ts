import type { Db } from "../db/client";
import { UserError } from "../errors";
import { recordAudit } from "../audit/record";
import { versionData } from "../assessment/bank";
import { getVersionPayload } from "./get-question";
import { insertVersion, lockQuestion, validated, write, type SaveResult } from "./questions";

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
