/** Regrading a version against a corrected key: see lib/authoring/grading.ts for what void and regrade share. */
import { sql } from "kysely";
import type { Db } from "../db/client";
import type { TableRow } from "../db/kysely";
import { UserError } from "../errors";
import { versionData } from "../assessment/bank";
import { AnswerError, scoreAnswer, type TAnswer } from "../assessment/score";
import { diffQuestions } from "./diff";
import { QuestionProblems, lockQuestion } from "./questions";
import { checkReferences } from "./references";
import { withTx } from "../db/tx";
import { validateQuestion } from "./validate";
import { REGRADE_NOTE_KIND, loadVersion, refreshAggregates, settleVersionChange, snippet } from "./grading";

export interface RegradeResult {
  newVersion: number;
  newVersionId: number;
  responses: number;
  /** Responses whose score or verdict changed. */
  changedResponses: number;
  attempts: number;
  changedAttempts: number;
  notified: number;
  ms: number;
}

export const REGRADE_BATCH = 5_000;

/**
 * Regrades every stored answer to a version against a corrected text (same question, same type).
 * The corrected text becomes a new version (the current one if the old one was current); answers
 * and papers move to it, so the result page shows the corrected key beside the new score.
 * An answer the corrected version cannot score (an option removed, a scenario path cut) aborts the
 * whole regrade: nothing is written.
 */
export async function regradeVersion(d: Db, actorId: number, versionId: number, correctedInput: unknown, reason: string): Promise<RegradeResult> {
  const why = reason.trim();
  if (!why) throw new UserError("请填写重新评分的原因");
  const old = await loadVersion(d, versionId);
  if (old.voided_at) throw new UserError("该版本已作废，不再计分，无需重新评分");
  const valid = validateQuestion(correctedInput);
  if (!valid.ok) throw new QuestionProblems(valid.problems);
  const corrected = valid.question;
  if (corrected.id !== old.question_id) throw new QuestionProblems([{ path: "id", label: "标识", message: "题目标识不能修改" }]);
  if (corrected.type !== old.type) throw new QuestionProblems([{ path: "type", label: "题型", message: "重新评分不能改变题型" }]);
  const refs = await checkReferences(d, corrected);
  if (refs.length) throw new QuestionProblems(refs);
  const data = versionData(corrected);
  if (data.contentHash === old.content_hash) throw new UserError("更正后的题目与原版本完全相同");

  const started = performance.now();
  const result = await withTx(
    d,
    async (t) => {
      const q = await lockQuestion(t, old.question_id);
      const newVersion = q.max_version + 1;
      const created = await t.prisma.questionVersion.create({
        data: { questionId: old.question_id, version: newVersion, ...data, createdById: actorId },
        select: { id: true },
      });
      const newVersionId = created.id;
      if (q.current_version === old.version) {
        await t.prisma.question.update({ where: { id: old.question_id }, data: { currentVersion: newVersion, origin: "admin" } });
      }

      // Rescore in batches read through one cursor (one ordered scan, whatever the number of answers).
      await sql`DECLARE regrade_answers NO SCROLL CURSOR FOR
                 SELECT attempt_id::text, answer, score, correct FROM response WHERE question_version_id = ${sql.lit(Number(versionId))}`.execute(t.k);
      let responses = 0;
      let changedResponses = 0;
      const unscorable: string[] = [];
      for (;;) {
        // answer: jsonb, as scored and stored by lib/assessment
        const { rows: batch } = await sql<
          TableRow<"response", "attempt_id" | "score" | "correct"> & { answer: TAnswer }
        >`FETCH ${sql.lit(REGRADE_BATCH)} FROM regrade_answers`.execute(t.k);
        if (!batch.length) break;
        const rows = batch.map((r) => {
          try {
            const s = scoreAnswer(corrected, r.answer);
            if (s.score !== r.score || s.correct !== r.correct) changedResponses++;
            return { attempt_id: r.attempt_id, score: s.score, correct: s.correct, final: s.final, mis: s.misconceptions };
          } catch (e) {
            if (!(e instanceof AnswerError)) throw e;
            unscorable.push(r.attempt_id);
            return null;
          }
        });
        if (!unscorable.length) {
          await sql`UPDATE response r SET question_version_id = ${newVersionId}, score = x.score, correct = x.correct, final = x.final,
                    misconceptions = ARRAY(SELECT jsonb_array_elements_text(x.mis)), max_score = ${data.maxScore}
             FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS x(attempt_id bigint, score float8, correct boolean, final boolean, mis jsonb)
             WHERE r.attempt_id = x.attempt_id AND r.question_version_id = ${versionId}`.execute(t.k);
        }
        responses += batch.length;
      }
      await sql`CLOSE regrade_answers`.execute(t.k);
      if (unscorable.length) {
        throw new UserError(`有 ${unscorable.length} 份作答无法按更正后的题目评分（例如选项或场景路径被删除），未作任何修改。请保留原有选项标识后再试。`);
      }
      await sql`UPDATE attempt SET paper = array_replace(paper, ${versionId}::int, ${newVersionId}::int) WHERE paper @> ARRAY[${versionId}::int]`.execute(t.k);
      const r = await settleVersionChange(
        t,
        {
          questionId: old.question_id,
          versionIds: [newVersionId],
          rules: [...old.rules, ...corrected.rules],
          started,
          note: {
            kind: REGRADE_NOTE_KIND,
            title: "有一道题已重新评分",
            body: `“${snippet(corrected.stem)}”一题的答案有误，已按更正后的答案重新评分（${why}）。你在《{quiz}》中的成绩已更新。`,
            onlyChanged: true,
          },
        },
        ({ attempts, changed, notified, mistakesClosed, ms }) => ({
          actorId,
          action: "question.regrade",
          entity: "question_version",
          entityId: String(newVersionId),
          before: { questionId: old.question_id, version: old.version, versionId },
          after: {
            questionId: old.question_id,
            version: newVersion,
            versionId: newVersionId,
            reason: why,
            changes: diffQuestions(old.payload, corrected).map((c) => c.label),
            responses,
            changedResponses,
            attempts,
            changedAttempts: changed,
            notified,
            mistakesClosed,
            ms,
          },
        }),
      );
      return {
        newVersion,
        newVersionId,
        responses,
        changedResponses,
        attempts: r.attempts,
        changedAttempts: r.changed,
        notified: r.notified,
        ms: r.ms,
        quizIds: r.quizIds,
        lastSubmitted: r.lastSubmitted,
      };
    },
    { timeout: 600_000 },
  );
  await refreshAggregates(d, result);
  const { quizIds: _q, lastSubmitted: _l, ...out } = result;
  return out;
}
