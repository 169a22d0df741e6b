import { beforeAll, expect, test } from "vitest";
import { db } from "../db/client";
import { loadContent } from "../content/load";
import { syncContent } from "../content/sync";
import { makeMember, makeTree } from "../test/factories";
import { getAttempt } from "./attempts";
import { syncQuestionBank } from "./bank";
import { listMistakes } from "./mistakes";
import { ensureQuizzes } from "./quizzes";
import { REVIEW_SIZE, mistakeReviewPaper, startMistakeReview } from "./review";

const content = loadContent();
beforeAll(async () => {
  await syncContent(db(), content);
  await syncQuestionBank(db(), content.questions);
  await ensureQuizzes(db(), content.course);
});

/** Opens a mistake on each question, oldest first, with the rules and misconception its own wrong option carries. */
async function mistakesOn(memberId: number, questionIds: string[]) {
  for (const [i, id] of questionIds.entries()) {
    await db().raw.query(
      `INSERT INTO mistake (member_id, question_id, rules, misconception, wrong_at)
       SELECT $1, q.id, v.rules, v.misconceptions[1], now() - make_interval(mins => $3)
       FROM question q JOIN question_version v ON v.question_id = q.id AND v.version = q.current_version WHERE q.id = $2`,
      [memberId, id, questionIds.length - i],
    );
  }
}

test("开始复习（N 道）: the review holds one distinct question per mistake, as many as the button says (ux.md m6)", async () => {
  const d = db();
  const m = await makeMember(d, (await makeTree(d)).branchA);
  // 21 mistakes whose stand-ins collide: every choice question on the same misconception, and more.
  const shared = "红包金额不大，收了不算违纪";
  const same = content.questions
    .filter((q) => (q.type === "single" || q.type === "multiple") && q.options.some((o) => o.misconception === shared))
    .map((q) => q.id);
  expect(same.length).toBeGreaterThanOrEqual(5);
  const others = content.questions.filter((q) => (q.type === "single" || q.type === "multiple") && !same.includes(q.id)).map((q) => q.id);
  await mistakesOn(m.id, [...same, ...others].slice(0, 21));
  expect(await listMistakes(d, m.id)).toHaveLength(21);

  for (let round = 0; round < 5; round++) {
    const paper = await mistakeReviewPaper(d, m.id);
    expect(paper).toHaveLength(REVIEW_SIZE); // the oldest 20 of 21, each once
    expect(new Set(paper).size).toBe(paper.length);
  }
  const count = (await mistakeReviewPaper(d, m.id)).length;
  const review = await getAttempt(d, m.id, (await startMistakeReview(d, m.id)).publicId);
  expect(review.items).toHaveLength(count);
});

test("a few mistakes on one rule and misconception: each is reviewed, none swallowed by another's stand-in", async () => {
  const d = db();
  const m = await makeMember(d, (await makeTree(d)).branchA);
  const shared = "红包金额不大，收了不算违纪";
  const same = content.questions
    .filter((q) => (q.type === "single" || q.type === "multiple") && q.options.some((o) => o.misconception === shared))
    .map((q) => q.id)
    .slice(0, 4);
  await mistakesOn(m.id, same);
  for (let round = 0; round < 10; round++) {
    const paper = await mistakeReviewPaper(d, m.id);
    expect(new Set(paper).size).toBe(same.length);
  }
});
