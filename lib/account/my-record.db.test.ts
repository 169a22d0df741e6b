import { beforeAll, expect, test } from "vitest";
import { getAttempt, saveResponse, startAttempt, submitAttempt } from "../assessment/attempts";
import { syncQuestionBank } from "../assessment/bank";
import { EXAM_ID, ensureQuizzes } from "../assessment/quizzes";
import { loadContent } from "../content/load";
import { markLearned } from "../content/progress";
import { syncContent } from "../content/sync";
import { db } from "../db/client";
import { answerForVersion, makeMember, makeTree } from "../test/factories";
import { myRecord } from "./my-record";

const content = loadContent();
beforeAll(async () => {
  await syncContent(db(), content);
  await syncQuestionBank(db(), content.questions);
  await ensureQuizzes(db(), content.course);
});

test("a member's record holds his own progress and answers, and nobody else's", async () => {
  const d = db();
  const t = await makeTree(d);
  const me = await makeMember(d, t.branchA);
  const other = await makeMember(d, t.branchA);
  await markLearned(d, me.id, content.lessons[0].id);
  await markLearned(d, other.id, content.lessons[1].id);
  const { publicId } = await startAttempt(d, me.id, EXAM_ID);
  const item = (await getAttempt(d, me.id, publicId)).items[0];
  await saveResponse(d, me.id, publicId, item.versionId, await answerForVersion(d, item.versionId, true));
  const open = await startAttempt(d, other.id, EXAM_ID);
  await submitAttempt(d, me.id, publicId);

  const r = await myRecord(d, me.id);
  expect(r.profile).toMatchObject({ username: me.username, name: me.name });
  expect(r.lessons.map((l) => l.lesson)).toEqual([content.lessons[0].id]);
  expect(r.attempts).toHaveLength(1);
  expect(r.attempts[0]).toMatchObject({ id: publicId, status: "SUBMITTED" });
  expect((r.attempts[0].responses as unknown[]).length).toBe(1);
  expect(JSON.stringify(r)).not.toContain(other.username);
  expect(JSON.stringify(r)).not.toContain(open.publicId);
});

test("an open attempt is listed without its answers", async () => {
  const d = db();
  const t = await makeTree(d);
  const me = await makeMember(d, t.branchA);
  const { publicId } = await startAttempt(d, me.id, EXAM_ID);
  const r = await myRecord(d, me.id);
  expect(r.attempts[0]).toMatchObject({ id: publicId, status: "IN_PROGRESS", responses: null });
});
