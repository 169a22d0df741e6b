import type { Db } from "../db/client";
import { NotFoundError, UserError } from "../errors";
import { recordAudit } from "../audit/record";
import { write } from "./questions";

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
