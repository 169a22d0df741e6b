import { beforeAll, expect, test } from "vitest";
import { db } from "../db/client";
import { loadContent } from "../content/load";
import { syncContent } from "../content/sync";
import { makeMember, makeTree, answerForVersion } from "../test/factories";
import { getAttempt, saveResponse, startAttempt, submitAttempt, type AttemptItem } from "./attempts";
import { syncQuestionBank } from "./bank";
import { startMistakeReview } from "./review";
import { EXAM_ID, POST_ID, PRE_ID, ensureQuizzes } from "./quizzes";
import {
  attemptHistory,
  attemptModuleBreakdown,
  lessonsTeaching,
  openAttempts,
  openMistakeCount,
  practiceItems,
  prePostComparison,
  quizOverview,
  ruleTitles,
  startQuestionPractice,
  startQuiz,
} from "./records";

const content = loadContent();
beforeAll(async () => {
  await syncContent(db(), content);
  await syncQuestionBank(db(), content.questions);
  await ensureQuizzes(db(), content.course);
});

async function cadre() {
  const d = db();
  return makeMember(d, (await makeTree(d)).branchA);
}

const answerFor = (item: AttemptItem, right: boolean) => answerForVersion(db(), item.versionId, right);

/** Starts, answers (the first `rightCount` right, the rest wrong) and submits. */
async function take(memberId: number, quizId: string, rightCount: number) {
  const d = db();
  const { publicId } = await startAttempt(d, memberId, quizId);
  const view = await getAttempt(d, memberId, publicId);
  for (const [i, item] of view.items.entries()) await saveResponse(d, memberId, publicId, item.versionId, await answerFor(item, i < rightCount));
  await submitAttempt(d, memberId, publicId);
  return getAttempt(d, memberId, publicId);
}

test("the overview counts submitted attempts, keeps the best score and links the open attempt", async () => {
  const d = db();
  const m = await cadre();
  const other = await cadre();
  const fresh = await quizOverview(d, m.id);
  expect(fresh.map((q) => q.id)).toEqual([PRE_ID, ...content.course.modules.map((x) => `practice-${x.slug}`), POST_ID, EXAM_ID]);
  expect(fresh.every((q) => q.attempts === 0 && q.bestPercent === null && q.openAttemptId === null)).toBe(true);
  expect(fresh.find((q) => q.id === EXAM_ID)).toMatchObject({ questionCount: 20, maxAttempts: 3, passPercent: 80, timeLimitSec: 1800 });

  const low = await take(m.id, "practice-red-lines", 2);
  const high = await take(m.id, "practice-red-lines", 6);
  const { publicId: open } = await startAttempt(d, m.id, "practice-red-lines");
  await take(other.id, "practice-red-lines", 8); // someone else's perfect score must not show

  const row = (await quizOverview(d, m.id)).find((q) => q.id === "practice-red-lines")!;
  expect(row.attempts).toBe(2);
  expect(row.bestPercent).toBe(Math.max(low.result!.percent, high.result!.percent));
  expect(row.bestPercent).toBeLessThan(100);
  expect(row.openAttemptId).toBe(open);
  expect(row.lastSubmittedAt).not.toBeNull();

  const opens = await openAttempts(d, m.id);
  expect(opens).toHaveLength(1);
  expect(opens[0]).toMatchObject({ publicId: open, quizId: "practice-red-lines", questions: 8, answered: 0 });
});

test("an attempt whose time ran out is not offered to continue", async () => {
  const d = db();
  const m = await cadre();
  const { publicId } = await startAttempt(d, m.id, EXAM_ID);
  expect((await quizOverview(d, m.id)).find((q) => q.id === EXAM_ID)!.openAttemptId).toBe(publicId);
  await d.raw.query(`UPDATE attempt SET deadline_at = now() - interval '1 second' WHERE public_id = $1`, [publicId]);
  expect((await quizOverview(d, m.id)).find((q) => q.id === EXAM_ID)!.openAttemptId).toBeNull();
  expect(await openAttempts(d, m.id)).toEqual([]);
});

test("review quizzes cannot be started bare from the quiz centre; unknown quizzes are not found", async () => {
  const d = db();
  const m = await cadre();
  await expect(startQuiz(d, m.id, "review-mistakes")).rejects.toThrow();
  await expect(startQuiz(d, m.id, "no-such-quiz")).rejects.toThrow();
  expect(await d.prisma.attempt.count({ where: { memberId: m.id } })).toBe(0);
  const first = await startQuiz(d, m.id, PRE_ID);
  expect(await startQuiz(d, m.id, PRE_ID)).toEqual({ publicId: first.publicId, resumed: true });
});

test("the exam starts only once its notice was confirmed: a bare start costs no attempt", async () => {
  const d = db();
  const m = await cadre();
  await expect(startQuiz(d, m.id, EXAM_ID)).rejects.toThrow("考试须知");
  expect(await d.prisma.attempt.count({ where: { memberId: m.id } })).toBe(0);
  const { publicId } = await startQuiz(d, m.id, EXAM_ID, { examConfirmed: true });
  expect((await quizOverview(d, m.id)).find((q) => q.id === EXAM_ID)!.openAttemptId).toBe(publicId);
});

test("history lists submitted attempts oldest first, only the member's own", async () => {
  const d = db();
  const m = await cadre();
  const other = await cadre();
  const a = await take(m.id, PRE_ID, 3);
  const b = await take(m.id, "practice-usage-guide", 8);
  await take(other.id, PRE_ID, 1);
  await startAttempt(d, m.id, EXAM_ID); // open: not in the history
  const h = await attemptHistory(d, m.id);
  expect(h.map((x) => x.publicId)).toEqual([a.id, b.id]);
  expect(h[0]).toMatchObject({ quizId: PRE_ID, quizTitle: "课前自测", kind: "PRE", percent: a.result!.percent, questions: 14 });
  expect(h[1].percent).toBe(100);
});

test("pre vs post compares the first self-assessment with the latest one, module by module", async () => {
  const d = db();
  const m = await cadre();
  expect(await prePostComparison(d, m.id)).toEqual({ pre: null, post: null });
  const pre1 = await take(m.id, PRE_ID, 2);
  await take(m.id, PRE_ID, 14); // a later, better pre-check does not move the starting point
  const post1 = await take(m.id, POST_ID, 7);
  const post2 = await take(m.id, POST_ID, 12);
  const cmp = await prePostComparison(d, m.id);
  expect(cmp.pre).toMatchObject({ publicId: pre1.id, percent: pre1.result!.percent });
  expect(cmp.post).toMatchObject({ publicId: post2.id, percent: post2.result!.percent });
  expect(cmp.post!.publicId).not.toBe(post1.id);
  // Seven modules, two questions each, in course order; module scores add up to the total.
  expect(cmp.pre!.modules.map((x) => x.slug)).toEqual(content.course.modules.map((x) => x.slug));
  expect(cmp.pre!.modules.every((x) => x.max === 2)).toBe(true);
  expect(cmp.pre!.modules.reduce((n, x) => n + x.score, 0)).toBeCloseTo(pre1.result!.score, 5);
  const byModule = (slug: string) => pre1.items.filter((i) => i.module === slug).reduce((n, i) => n + (i.response?.score ?? 0), 0);
  for (const x of cmp.pre!.modules) expect(x.score).toBe(byModule(x.slug));
  expect(cmp.pre!.modules[0].title).toBe(content.course.modules[0].title);
  // Nobody else's attempt can be read through it.
  const other = await cadre();
  expect(await prePostComparison(d, other.id)).toEqual({ pre: null, post: null });
  expect(await attemptModuleBreakdown(d, other.id, pre1.id)).toEqual([]);
});

test("the module breakdown of an attempt matches its total and leaves voided questions out", async () => {
  const d = db();
  const m = await cadre();
  const { publicId } = await startAttempt(d, m.id, EXAM_ID);
  const view = await getAttempt(d, m.id, publicId);
  for (const item of view.items) await saveResponse(d, m.id, publicId, item.versionId, await answerFor(item, true));
  const voided = view.items[0];
  await d.raw.query(`UPDATE question_version SET voided_at = now() WHERE id = $1`, [voided.versionId]);
  try {
    await submitAttempt(d, m.id, publicId);
    const done = await getAttempt(d, m.id, publicId);
    const modules = await attemptModuleBreakdown(d, m.id, publicId);
    expect(modules.reduce((n, x) => n + x.max, 0)).toBe(done.result!.maxScore);
    expect(modules.reduce((n, x) => n + x.score, 0)).toBe(done.result!.score);
    expect(done.result!.maxScore).toBe(view.items.reduce((n, i) => n + i.maxScore, 0) - voided.maxScore);
  } finally {
    await d.raw.query(`UPDATE question_version SET voided_at = NULL WHERE id = $1`, [voided.versionId]);
  }
});

test("lessons teaching a rule, in course order; rule titles", async () => {
  const d = db();
  const map = await lessonsTeaching(d, ["V2", "RP1", "ZZ99"]);
  const teachesV2 = content.lessons.filter((l) => l.rules.includes("V2")).map((l) => l.id);
  expect(teachesV2.length).toBeGreaterThan(0);
  expect(map.V2.map((l) => l.id).sort()).toEqual(teachesV2.sort());
  const l = content.lessons.find((x) => x.id === map.V2[0].id)!;
  expect(map.V2[0]).toEqual({ id: l.id, title: l.title, href: `/learn/${l.module}/${l.id}` });
  expect(map.RP1?.length).toBeGreaterThan(0);
  expect(map.ZZ99).toBeUndefined();
  expect(await lessonsTeaching(d, [])).toEqual({});
  const titles = await ruleTitles(d, ["V2", "ZZ99"]);
  expect(titles.V2).toBe(content.rules.find((r) => r.code === "V2")!.title);
  expect(titles.ZZ99).toBeUndefined();
});

test("the seven case scenarios and the drafting tasks are listed without any key", async () => {
  const items = await practiceItems(db());
  const scenarios = items.filter((i) => i.type === "scenario");
  expect(scenarios.map((s) => s.caseCode)).toEqual(["C1", "C2", "C3", "C4", "C5", "C6", "C7"]);
  expect(scenarios.every((s) => s.caseTitle && s.chatTitle && s.setting)).toBe(true);
  expect(items.filter((i) => i.type === "drafting").length).toBe(content.questions.filter((q) => q.type === "drafting").length);
  expect(JSON.stringify(items)).not.toMatch(/correct|explanation|sample|rubric|misconception|consequence/);
});

test("practising one scenario: a one-question practice paper; same start resumes; another start submits the open one", async () => {
  const d = db();
  const m = await cadre();
  // A random cases practice is open: starting a scenario closes it first.
  const random = await startAttempt(d, m.id, "practice-cases");
  const c2 = await startQuestionPractice(d, m.id, "c2-rumour-kidnapping");
  expect(c2.resumed).toBe(false);
  expect((await getAttempt(d, m.id, random.publicId)).status).toBe("SUBMITTED");
  const view = await getAttempt(d, m.id, c2.publicId);
  expect(view).toMatchObject({ quizId: "practice-cases", kind: "PRACTICE", instantFeedback: true });
  expect(view.items).toHaveLength(1);
  expect(view.items[0].question).toMatchObject({ type: "scenario", chatTitle: "县城街坊群（436）" });

  expect(await startQuestionPractice(d, m.id, "c2-rumour-kidnapping")).toEqual({ publicId: c2.publicId, resumed: true });
  const c3 = await startQuestionPractice(d, m.id, "c3-redpacket-vote-buying");
  expect(c3.publicId).not.toBe(c2.publicId);
  expect((await getAttempt(d, m.id, c2.publicId)).status).toBe("SUBMITTED");
  expect(await d.prisma.attempt.count({ where: { memberId: m.id, status: "IN_PROGRESS" } })).toBe(1);

  // A drafting task plays on the official-messages practice quiz.
  const drafting = content.questions.find((q) => q.type === "drafting")!;
  const dr = await getAttempt(d, m.id, (await startQuestionPractice(d, m.id, drafting.id)).publicId);
  expect(dr.quizId).toBe(`practice-${drafting.module}`);
  expect(dr.items[0].question.type).toBe("drafting");
});

test("only published scenarios and drafting tasks can be practised one by one", async () => {
  const d = db();
  const m = await cadre();
  const single = content.questions.find((q) => q.type === "single")!;
  await expect(startQuestionPractice(d, m.id, single.id)).rejects.toThrow();
  await expect(startQuestionPractice(d, m.id, "no-such-question")).rejects.toThrow();
  await d.prisma.question.update({ where: { id: "c2-rumour-kidnapping" }, data: { status: "ARCHIVED" } });
  try {
    await expect(startQuestionPractice(d, m.id, "c2-rumour-kidnapping")).rejects.toThrow();
  } finally {
    await d.prisma.question.update({ where: { id: "c2-rumour-kidnapping" }, data: { status: "PUBLISHED" } });
  }
  expect(await d.prisma.attempt.count({ where: { memberId: m.id } })).toBe(0);
});

test("open mistakes are counted per member", async () => {
  const d = db();
  const m = await cadre();
  expect(await openMistakeCount(d, m.id)).toBe(0);
  await take(m.id, "practice-red-lines", 5); // three wrong
  expect(await openMistakeCount(d, m.id)).toBe(3);
  expect(await openMistakeCount(d, (await cadre()).id)).toBe(0);
  const review = await startMistakeReview(d, m.id);
  expect((await openAttempts(d, m.id)).map((a) => a.publicId)).toEqual([review.publicId]);
});
