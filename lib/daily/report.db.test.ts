import { beforeAll, expect, test } from "vitest";
import { db } from "../db/client";
import { loadContent } from "../content/load";
import { syncQuestionBank } from "../assessment/bank";
import { ensureQuizzes } from "../assessment/quizzes";
import { getAttempt } from "../assessment/attempts";
import { answerForVersion, makeMember, makeTree } from "../test/factories";
import { answerDaily, startDailySet } from "./daily-set";
import { learningReport } from "./report";

const content = loadContent();
beforeAll(async () => {
  await syncQuestionBank(db(), content.questions);
  await ensureQuizzes(db(), content.course);
});

test("the 学习报告 figures are the ledger's and the daily sets'", async () => {
  const d = db();
  const t = await makeTree(d);
  const m = await makeMember(d, t.branchA);
  for (const day of ["2026-12-01", "2026-12-02"]) {
    const now = new Date(`${day}T09:00:00+08:00`);
    const set = await startDailySet(d, m.id, now);
    for (const it of (await getAttempt(d, m.id, set.publicId)).items)
      await answerDaily(d, m.id, set.publicId, it.versionId, await answerForVersion(d, it.versionId, false), now);
  }
  const r = await learningReport(d, m.id, new Date("2026-12-02T20:00:00+08:00"));
  expect(r).toMatchObject({
    name: m.name,
    unitName: "甲支部",
    points: 10,
    streak: 2,
    daysPractised: 2,
    lessonsLearned: 0,
    certificateCode: null,
    day: "2026-12-02",
  });
});
