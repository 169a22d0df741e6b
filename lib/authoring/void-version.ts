/** Voiding a version: see lib/authoring/grading.ts for what void and regrade share. */
import { sql } from "kysely";
import type { Db } from "../db/client";
import { UserError } from "../errors";
import { withTx } from "../db/tx";
import { VOID_NOTE_KIND, loadVersion, refreshAggregates, settleVersionChange, snippet } from "./grading";

export interface VoidResult {
  attempts: number;
  notified: number;
  /** Time the transaction took, for the admin's confirmation and the audit entry. */
  ms: number;
}

/** Voids a version: it stops counting in every attempt; totals, pass marks and breakdowns are recomputed. */
export async function voidVersion(d: Db, actorId: number, versionId: number, reason: string): Promise<VoidResult> {
  const why = reason.trim();
  if (!why) throw new UserError("请填写作废原因");
  const v = await loadVersion(d, versionId);
  if (v.voided_at) throw new UserError("该版本已作废");
  const started = performance.now();
  const r = await withTx(
    d,
    async (t) => {
      const { numAffectedRows } = await sql`UPDATE question_version SET voided_at = now() WHERE id = ${versionId} AND voided_at IS NULL`.execute(t.k);
      if (!numAffectedRows) throw new UserError("该版本已作废");
      return settleVersionChange(
        t,
        {
          questionId: v.question_id,
          versionIds: [versionId],
          rules: v.rules,
          started,
          note: {
            kind: VOID_NOTE_KIND,
            title: "有一道题已作废，成绩已重新计算",
            body: `“${snippet(v.payload.stem)}”一题已作废（${why}），不再计分。你在《{quiz}》中的成绩已按其余题目重新计算。`,
            onlyChanged: false,
          },
        },
        ({ attempts, notified, mistakesClosed, ms }) => ({
          actorId,
          action: "question.void",
          entity: "question_version",
          entityId: String(versionId),
          after: { questionId: v.question_id, version: v.version, reason: why, attempts, notified, mistakesClosed, ms },
        }),
      );
    },
    { timeout: 600_000 },
  );
  await refreshAggregates(d, r);
  return { attempts: r.attempts, notified: r.notified, ms: r.ms };
}
