/**
 * Replays of a finished scenario (issue 14 §3): "再玩一次" / "换一种选择" walk the same question
 * version along another path and show where it ends, without touching the score. Key material:
 * refused unless the item's key may be shown to the member (key-access.ts).
 */
import type { Db } from "../db/client";
import { NotFoundError, UserError } from "../errors";
import { sql } from "kysely";
import { kysely, type Col, type TableRow } from "../db/kysely";
import { withheldQuestionsOf } from "./key-access";
import { INSTANT_FEEDBACK, mayShowKey } from "./key-access";
import { scenarioDebrief, type ScenarioDebrief } from "./scenario-debrief";
import { publicQuestion, type PublicQuestion } from "./public-view";
import { AnswerError, scoreAnswer, SCENARIO_OUTCOME_SHARE, walkScenario } from "./score";
import { getVersions } from "./versions";

export interface ReplayResult {
  question: Extract<PublicQuestion, { type: "scenario" }>;
  /** Once the replay reaches an ending: how it would have scored (not recorded). */
  verdict: { outcome: string; score: number; maxScore: number; misconceptions: string[] } | null;
  debrief: ScenarioDebrief | null;
}

/**
 * Plays a scenario of one of the member's attempts along `path` without saving anything: allowed
 * once the item's key may be shown to him (answered in practice, or the attempt handed in) and
 * his open exam does not hold the same question. One query, then pure work on the cached version.
 */
export async function replayScenario(d: Db, memberId: number, publicId: string, versionId: number, path: string[]): Promise<ReplayResult> {
  type Row = TableRow<"attempt", "kind"> & { submitted: boolean; final: Col<"response", "final"> | null; withheld: boolean };
  const {
    rows: [row],
  } = await sql<Row>`SELECT a.kind, a.status = 'SUBMITTED' AS submitted, r.final,
            v.question_id IN (${withheldQuestionsOf(memberId)}) AS withheld
     FROM attempt a JOIN question_version v ON v.id = ${versionId}
     LEFT JOIN response r ON r.attempt_id = a.id AND r.question_version_id = v.id
     WHERE a.public_id = ${publicId} AND a.member_id = ${memberId} AND ${versionId} = ANY(a.paper)`.execute(kysely(d));
  if (!row) throw new NotFoundError();
  const allowed = mayShowKey({
    submitted: row.submitted,
    instantFeedback: (INSTANT_FEEDBACK as readonly string[]).includes(row.kind),
    answered: Boolean(row.final),
    withheld: row.withheld,
  });
  if (!allowed) throw new UserError(row.withheld ? "此题也在你尚未交卷的考试中，交卷后才能重玩" : "先走完这个情景，才能重玩或换一种选择");
  const v = (await getVersions(d, [versionId])).get(versionId);
  if (!v || v.payload.type !== "scenario") throw new NotFoundError();
  const q = v.payload;
  let ended = false;
  try {
    ended = Boolean(walkScenario(q, path).ending);
  } catch (e) {
    if (e instanceof AnswerError) throw new UserError(e.message);
    throw e;
  }
  const question = publicQuestion(q, { path, showEnding: true }) as ReplayResult["question"];
  if (!ended) return { question, verdict: null, debrief: null };
  const s = scoreAnswer(q, { type: "scenario", path });
  const outcome = walkScenario(q, path).ending!.outcome;
  return {
    question,
    verdict: { outcome, score: s.maxScore * SCENARIO_OUTCOME_SHARE[outcome], maxScore: s.maxScore, misconceptions: s.misconceptions },
    debrief: scenarioDebrief(q, path),
  };
}
