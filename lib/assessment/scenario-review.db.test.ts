/**
 * After a scenario's ending: the review of the path taken and of the best path (in the reveal),
 * and replays that walk other paths without touching the score — only where the key may be shown.
 */
import { beforeAll, expect, test } from "vitest";
import { loadContent } from "../content/load";
import { bestScenarioPath } from "../content/scenario-graph";
import type { TScenarioQuestion } from "../content/schema";
import { db } from "../db/client";
import { makeMember, makeTree } from "../test/factories";
import { getAttempt, saveResponse, startAttempt } from "./attempts";
import { syncQuestionBank } from "./bank";
import { ensureQuizzes, EXAM_ID } from "./quizzes";
import { startQuestionPractice } from "./records";
import { replayScenario } from "./scenario-review";

const content = loadContent();
const c6 = content.questions.find((q): q is TScenarioQuestion => q.id === "c6-malin-moments-and-family")!;

beforeAll(async () => {
  await syncQuestionBank(db(), content.questions);
  await ensureQuizzes(db(), content.course);
});

async function cadre() {
  const t = await makeTree(db());
  return makeMember(db(), t.branchA);
}

test("a finished practice scenario reveals the path taken and the best path, each choice with its consequence and rules", async () => {
  const d = db();
  const m = await cadre();
  const { publicId } = await startQuestionPractice(d, m.id, c6.id);
  const versionId = (await getAttempt(d, m.id, publicId)).items[0].versionId;
  // A detour: the complaint post, then everything right — the story remembers it.
  const path = ["complain-post", "delete-and-mend", "family-redpacket", "decline-and-remind", "grouped"];
  const saved = await saveResponse(d, m.id, publicId, versionId, { type: "scenario", path });
  expect(saved.feedback).toMatchObject({ correct: false, score: 1, maxScore: 2 });
  expect(saved.question?.type === "scenario" && saved.question.node.ending?.id).toBe("ending-mended");
  const debrief = saved.feedback!.reveal.debrief!;
  expect(debrief.taken.map((s) => s.choice.id)).toEqual(path);
  expect(debrief.taken[0]).toMatchObject({ mark: "mistake", misconception: "朋友圈是私人空间，发什么是个人自由" });
  expect(debrief.best.map((s) => s.choice.id)).toEqual(bestScenarioPath(c6)!.choices.map((c) => c.choice.id));
  for (const s of debrief.best) {
    expect(s.mark).toBe("best");
    expect(s.feedback).toBeTruthy();
    expect(s.rules.length).toBeGreaterThan(0);
  }
  expect(debrief.bestEnding).toEqual({ title: "生活有温度，言行有底线", outcome: "good" });
  // The same review on reload.
  const view = await getAttempt(d, m.id, publicId);
  expect(view.items[0].reveal?.debrief).toEqual(debrief);
});

test("replays walk other paths to their endings without changing the stored answer or score", async () => {
  const d = db();
  const m = await cadre();
  const { publicId } = await startQuestionPractice(d, m.id, c6.id);
  const versionId = (await getAttempt(d, m.id, publicId)).items[0].versionId;
  // Before the ending: no replay (it would show endings the learner has not earned yet).
  await saveResponse(d, m.id, publicId, versionId, { type: "scenario", path: ["life-post"] });
  await expect(replayScenario(d, m.id, publicId, versionId, [])).rejects.toThrow("先走完这个情景");
  // A mid-path answer may still change; this one ends badly.
  const first = ["complain-post", "defend"];
  await saveResponse(d, m.id, publicId, versionId, { type: "scenario", path: first });
  const fresh = { publicId };
  const vid = versionId;

  const start = await replayScenario(d, m.id, fresh.publicId, vid, []);
  expect(start.question.node.step?.id).toBe("s1-weekend-post");
  expect(start.verdict).toBeNull();
  const best = bestScenarioPath(c6)!.choices.map((c) => c.choice.id);
  const replay = await replayScenario(d, m.id, fresh.publicId, vid, best);
  expect(replay.verdict).toMatchObject({ outcome: "good", score: 2, maxScore: 2 });
  expect(replay.question.node.ending?.title).toBe("生活有温度，言行有底线");
  // Branch from step 2 of the first play: the prefix is kept.
  const branch = await replayScenario(d, m.id, fresh.publicId, vid, ["complain-post"]);
  expect(branch.question.node.step?.id).toBe("s2-complaint-fallout");

  const after = await getAttempt(d, m.id, fresh.publicId);
  expect(after.items[0].response).toMatchObject({ answer: { type: "scenario", path: first }, score: 0, correct: false });
  await expect(replayScenario(d, m.id, fresh.publicId, vid, ["no-such-choice"])).rejects.toThrow("该步骤没有这个选项");
});

test("no replay of someone else's attempt, of an item outside the paper, or of a scenario on the open exam", async () => {
  const d = db();
  const m = await cadre();
  const other = await cadre();
  const { publicId } = await startQuestionPractice(d, m.id, c6.id);
  const vid = (await getAttempt(d, m.id, publicId)).items[0].versionId;
  await saveResponse(d, m.id, publicId, vid, { type: "scenario", path: bestScenarioPath(c6)!.choices.map((c) => c.choice.id) });
  await expect(replayScenario(d, other.id, publicId, vid, [])).rejects.toThrow();
  await expect(replayScenario(d, m.id, publicId, vid + 100_000, [])).rejects.toThrow();
  expect((await replayScenario(d, m.id, publicId, vid, [])).question.node.step).not.toBeNull();

  // The same scenario sits on his open exam: its endings stay hidden until he hands it in.
  await startAttempt(d, m.id, EXAM_ID, { paper: [vid] });
  await expect(replayScenario(d, m.id, publicId, vid, [])).rejects.toThrow("尚未交卷的考试");
  expect((await getAttempt(d, m.id, publicId)).items[0].reveal).toBeNull();
});
