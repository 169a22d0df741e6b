import { beforeAll, expect, test } from "vitest";
import { db } from "../db/client";
import { loadContent } from "../content/load";
import { NotFoundError } from "../errors";
import { counting } from "../test/counting";
import { makeMember, makeTree, answerForVersion } from "../test/factories";
import { getAttempt, saveResponse, startAttempt, submitAttempt, type AttemptItem } from "./attempts";
import { syncQuestionBank } from "./bank";
import { listMistakes } from "./mistakes";
import { startMistakeReview, startRetake } from "./review";
import { EXAM_ID, POST_ID, PRE_ID, ensureQuizzes } from "./quizzes";
import type { TAnswer } from "./score";
import { getVersions } from "./versions";

const content = loadContent();
beforeAll(async () => {
  await syncQuestionBank(db(), content.questions);
  await ensureQuizzes(db(), content.course);
});

async function cadre() {
  const d = db();
  const t = await makeTree(d);
  return makeMember(d, t.branchA);
}

const answerFor = (item: AttemptItem, right: boolean) => answerForVersion(db(), item.versionId, right);
/** Moves an attempt's deadline into the past, as if its time had run out. */
const expire = (publicId: string) => db().raw.query(`UPDATE attempt SET deadline_at = now() - interval '1 second' WHERE public_id = $1`, [publicId]);

test("the bank sync is idempotent and versions changed questions", async () => {
  const d = db();
  expect(await syncQuestionBank(d, content.questions)).toMatchObject({ created: 0, versioned: 0, unchanged: content.questions.length });
  const q = content.questions[0];
  const edited = content.questions.map((x) => (x.id === q.id ? { ...x, stem: `${x.stem}（修订）` } : x));
  expect(await syncQuestionBank(d, edited)).toMatchObject({ versioned: 1 });
  const row = await d.prisma.question.findUniqueOrThrow({ where: { id: q.id }, include: { versions: true } });
  expect(row.currentVersion).toBe(2);
  expect(row.versions).toHaveLength(2);
  await syncQuestionBank(d, content.questions); // back to the original text: a third version, old ones kept
  expect((await d.prisma.question.findUniqueOrThrow({ where: { id: q.id } })).currentVersion).toBe(3);
});

test("starting twice (or concurrently) gives one attempt; the exam paper follows the blueprint", async () => {
  const d = db();
  const m = await cadre();
  const starts = await Promise.all([startAttempt(d, m.id, EXAM_ID), startAttempt(d, m.id, EXAM_ID), startAttempt(d, m.id, EXAM_ID)]);
  expect(new Set(starts.map((s) => s.publicId)).size).toBe(1);
  expect(await d.prisma.attempt.count({ where: { memberId: m.id } })).toBe(1);
  const view = await getAttempt(d, m.id, starts[0].publicId);
  expect(view.items).toHaveLength(20);
  expect(view.secondsLeft).toBeGreaterThan(29 * 60);
  const count = (m: string) => view.items.filter((i) => i.module === m).length;
  expect([count("red-lines"), count("usage-rules"), count("local-rules"), count("cases")]).toEqual([3, 2, 4, 2]);
});

test("no answer key, explanation or misconception in an exam before submission", async () => {
  const d = db();
  const m = await cadre();
  const { publicId } = await startAttempt(d, m.id, EXAM_ID);
  let view = await getAttempt(d, m.id, publicId);
  for (const item of view.items) await saveResponse(d, m.id, publicId, item.versionId, await answerFor(item, false));
  view = await getAttempt(d, m.id, publicId);
  const json = JSON.stringify(view);
  expect(json).not.toMatch(/"correct"|"misconceptions"|"explanation"|"correctOptions"|"consequence"/);
  for (const item of view.items) expect(item.reveal).toBeNull();
  const saved = await saveResponse(d, m.id, publicId, view.items[0].versionId, await answerFor(view.items[0], true));
  expect(saved.feedback).toBeUndefined();
});

test("scores add up on the server; per-rule breakdown; pass mark; submit is idempotent under concurrency", async () => {
  const d = db();
  const m = await cadre();
  const { publicId } = await startAttempt(d, m.id, EXAM_ID);
  const view = await getAttempt(d, m.id, publicId);
  // Right on all but the first two.
  for (const [i, item] of view.items.entries()) await saveResponse(d, m.id, publicId, item.versionId, await answerFor(item, i >= 2));
  const results = await Promise.all([submitAttempt(d, m.id, publicId), submitAttempt(d, m.id, publicId), submitAttempt(d, m.id, publicId)]);
  expect(new Set(results.map((r) => r.score)).size).toBe(1);
  const done = await getAttempt(d, m.id, publicId);
  const max = view.items.reduce((n, i) => n + i.maxScore, 0);
  const expected = done.items.reduce((n, i) => n + (i.response?.score ?? 0), 0);
  expect(done.result).toMatchObject({ maxScore: max, score: expected });
  expect(done.result!.percent).toBeCloseTo((100 * expected) / max, 1);
  expect(done.result!.passed).toBe(done.result!.percent >= 80);
  // Per rule: every rule of the paper appears, and its max is the sum over questions citing it.
  for (const item of view.items) for (const r of item.rules) expect(done.result!.ruleBreakdown[r]).toBeDefined();
  const r0 = view.items[0].rules[0];
  expect(done.result!.ruleBreakdown[r0].max).toBe(view.items.filter((i) => i.rules.includes(r0)).reduce((n, i) => n + i.maxScore, 0));
  // After submission: keys and explanations are shown; answers can no longer change.
  expect(done.items.every((i) => i.reveal?.explanation)).toBe(true);
  await expect(saveResponse(d, m.id, publicId, view.items[0].versionId, await answerFor(view.items[0], true))).rejects.toThrow("已提交");
});

test("saving the same answer twice or concurrently stores one row; a changed exam answer replaces it", async () => {
  const d = db();
  const m = await cadre();
  const { publicId } = await startAttempt(d, m.id, EXAM_ID);
  const item = (await getAttempt(d, m.id, publicId)).items.find((i) => i.question.type === "single")!;
  const wrong = await answerFor(item, false);
  const right = await answerFor(item, true);
  await Promise.all([1, 2, 3, 4].map(() => saveResponse(d, m.id, publicId, item.versionId, wrong)));
  expect(await d.raw.query(`SELECT 1 FROM response r JOIN attempt a ON a.id = r.attempt_id WHERE a.public_id = $1`, [publicId])).toHaveLength(1);
  await saveResponse(d, m.id, publicId, item.versionId, right);
  const [row] = await d.raw.query<{ correct: boolean; revision: number }>(
    `SELECT r.correct, r.revision FROM response r JOIN attempt a ON a.id = r.attempt_id WHERE a.public_id = $1`,
    [publicId],
  );
  expect(row).toEqual({ correct: true, revision: 2 });
});

test("the time limit is enforced on the server: late answers are refused and the attempt closes itself", async () => {
  const d = db();
  const m = await cadre();
  const { publicId } = await startAttempt(d, m.id, EXAM_ID);
  const [first, second] = (await getAttempt(d, m.id, publicId)).items;
  await saveResponse(d, m.id, publicId, first.versionId, await answerFor(first, true));
  await expire(publicId);
  await expect(saveResponse(d, m.id, publicId, second.versionId, await answerFor(second, true))).rejects.toThrow(/时间已到|已提交/);
  const view = await getAttempt(d, m.id, publicId);
  expect(view.status).toBe("SUBMITTED");
  expect(view.result!.score).toBe(first.maxScore);
  expect(new Date(view.submittedAt!).getTime()).toBeLessThanOrEqual(new Date(view.deadlineAt!).getTime());
});

test("an attempt is invisible to anyone else, and questions outside its paper are refused", async () => {
  const d = db();
  const m = await cadre();
  const other = await cadre();
  const { publicId } = await startAttempt(d, m.id, EXAM_ID);
  const item = (await getAttempt(d, m.id, publicId)).items[0];
  await expect(getAttempt(d, other.id, publicId)).rejects.toThrow();
  await expect(saveResponse(d, other.id, publicId, item.versionId, await answerFor(item, true))).rejects.toThrow();
  await expect(submitAttempt(d, other.id, publicId)).rejects.toThrow();
  const outside = await d.raw.query<{ id: number }>(`SELECT id FROM question_version WHERE type = 'truefalse' AND NOT (id = ANY($1::int[])) LIMIT 1`, [
    (await getAttempt(d, m.id, publicId)).items.map((i) => i.versionId),
  ]);
  await expect(saveResponse(d, m.id, publicId, outside[0].id, { type: "truefalse", value: true })).rejects.toThrow();
});

test("practice gives instant feedback and locks the answered item", async () => {
  const d = db();
  const m = await cadre();
  const { publicId } = await startAttempt(d, m.id, "practice-red-lines");
  const item = (await getAttempt(d, m.id, publicId)).items[0];
  const r = await saveResponse(d, m.id, publicId, item.versionId, await answerFor(item, false));
  expect(r.feedback).toMatchObject({ correct: false, score: 0 });
  expect(r.feedback!.reveal.explanation.length).toBeGreaterThan(5);
  await expect(saveResponse(d, m.id, publicId, item.versionId, await answerFor(item, true))).rejects.toThrow("练习中不能修改");
  const again = await saveResponse(d, m.id, publicId, item.versionId, await answerFor(item, false)); // a retry of the same answer
  expect(again.feedback?.correct).toBe(false);
  expect((await getAttempt(d, m.id, publicId)).items[0].reveal).not.toBeNull();
});

test("a scenario records the path step by step and reveals its ending in practice", async () => {
  const d = db();
  const m = await cadre();
  const scenario = await d.raw.query<{ id: number }>(
    `SELECT v.id FROM question_version v JOIN question q ON q.id = v.question_id AND v.version = q.current_version WHERE q.id LIKE 'c2-%' AND q.type = 'scenario'`,
  );
  const { publicId } = await startAttempt(d, m.id, "practice-cases", { paper: [scenario[0].id] });
  const item = (await getAttempt(d, m.id, publicId)).items[0];
  const full = (await answerFor(item, true)) as Extract<TAnswer, { type: "scenario" }>;
  const step1 = await saveResponse(d, m.id, publicId, item.versionId, { type: "scenario", path: full.path.slice(0, 1) });
  expect(step1.feedback).toBeUndefined();
  expect(step1.question?.type === "scenario" && step1.question.node.step).toBeTruthy();
  const end = await saveResponse(d, m.id, publicId, item.versionId, full);
  expect(end.feedback).toMatchObject({ correct: true, score: 2 });
  expect(end.question?.type === "scenario" && end.question.node.ending?.outcome).toBe("good");
  const [row] = await d.raw.query<{ path: string[] }>(`SELECT r.path FROM response r JOIN attempt a ON a.id = r.attempt_id WHERE a.public_id = $1`, [publicId]);
  expect(row.path).toEqual(full.path);
  // A retry of the finished scenario (the player retries on a network error) is not a change:
  // jsonb stores {path, type}, the browser sends {type, path}.
  await expect(saveResponse(d, m.id, publicId, item.versionId, { type: "scenario", path: [...full.path] })).resolves.toMatchObject({ saved: true });
  await expect(saveResponse(d, m.id, publicId, item.versionId, { type: "scenario", path: full.path.slice(0, 1) })).rejects.toThrow(/不能修改/);
});

test("the pre and post self-assessments share a blueprint but not questions", async () => {
  const d = db();
  const m = await cadre();
  const pre = await getAttempt(d, m.id, (await startAttempt(d, m.id, PRE_ID)).publicId);
  await submitAttempt(d, m.id, pre.id);
  const post = await getAttempt(d, m.id, (await startAttempt(d, m.id, POST_ID)).publicId);
  expect(post.items.length).toBe(pre.items.length);
  const qid = async (ids: number[]) => [...(await getVersions(d, ids)).values()].map((v) => v.questionId);
  const preQ = new Set(await qid(pre.items.map((i) => i.versionId)));
  expect((await qid(post.items.map((i) => i.versionId))).filter((q) => preQ.has(q))).toEqual([]);
});

test("exam attempts are limited", async () => {
  const d = db();
  const m = await cadre();
  for (let i = 0; i < 3; i++) await submitAttempt(d, m.id, (await startAttempt(d, m.id, EXAM_ID)).publicId);
  await expect(startAttempt(d, m.id, EXAM_ID)).rejects.toThrow("已用完全部 3 次");
});

test("statements of a start: a new exam in 3 (state, draw, insert), a resumed one in 1", async () => {
  const d = db();
  const m = await cadre();
  const fresh = counting(d);
  const first = await startAttempt(fresh.d, m.id, EXAM_ID);
  expect(first.resumed).toBe(false);
  expect(fresh.n()).toBe(3);
  const again = counting(d);
  expect(await startAttempt(again.d, m.id, EXAM_ID)).toEqual({ publicId: first.publicId, resumed: true });
  expect(again.n()).toBe(1);
});

test("starting again after the time ran out hands the old attempt in, counts it, and starts a new one", async () => {
  const d = db();
  const m = await cadre();
  const first = (await startAttempt(d, m.id, EXAM_ID)).publicId;
  const item = (await getAttempt(d, m.id, first)).items[0];
  await saveResponse(d, m.id, first, item.versionId, await answerFor(item, true));
  await expire(first);
  const second = await startAttempt(d, m.id, EXAM_ID);
  expect(second.resumed).toBe(false);
  expect(second.publicId).not.toBe(first);
  const old = await getAttempt(d, m.id, first);
  expect(old.status).toBe("SUBMITTED");
  expect(old.result!.score).toBe(item.maxScore);
  // The handed-in attempt counts towards the limit of three.
  await submitAttempt(d, m.id, second.publicId);
  await expire((await startAttempt(d, m.id, EXAM_ID)).publicId);
  await expect(startAttempt(d, m.id, EXAM_ID)).rejects.toThrow("已用完全部 3 次");
  const rows = await d.raw.query<{ status: string }>(`SELECT status FROM attempt WHERE member_id = $1`, [m.id]);
  expect(rows.map((r) => r.status)).toEqual(["SUBMITTED", "SUBMITTED", "SUBMITTED"]);
});

test("a quiz archived while its expired attempt is handed in is not found (no TypeError)", async () => {
  const d = db();
  const m = await cadre();
  const quizId = `exam-archived-${m.id}`;
  await d.raw.query(
    `INSERT INTO quiz SELECT (jsonb_populate_record(null::quiz, to_jsonb(q) || jsonb_build_object('id', $2::text))).* FROM quiz q WHERE id = $1`,
    [EXAM_ID, quizId],
  );
  const first = (await startAttempt(d, m.id, quizId)).publicId;
  await expire(first);
  // An admin archives the quiz at the moment the expired attempt is handed in.
  const fn = `archive_on_submit_${m.id}`;
  await d.raw.query(
    `CREATE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN UPDATE quiz SET archived_at = now() WHERE id = NEW.quiz_id; RETURN NEW; END $$`,
  );
  await d.raw.query(`CREATE TRIGGER ${fn} AFTER UPDATE OF status ON attempt FOR EACH ROW WHEN (NEW.quiz_id = '${quizId}') EXECUTE FUNCTION ${fn}()`);
  try {
    await expect(startAttempt(d, m.id, quizId)).rejects.toBeInstanceOf(NotFoundError);
  } finally {
    await d.raw.query(`DROP TRIGGER ${fn} ON attempt`);
    await d.raw.query(`DROP FUNCTION ${fn}()`);
  }
  expect((await getAttempt(d, m.id, first)).status).toBe("SUBMITTED");
});

test("the mistake book: wrong answers enter, two right answers on the same rule and misconception clear them", async () => {
  const d = db();
  const m = await cadre();
  const { publicId } = await startAttempt(d, m.id, "practice-ten-principles");
  const items = (await getAttempt(d, m.id, publicId)).items;
  for (const item of items.slice(0, 2)) await saveResponse(d, m.id, publicId, item.versionId, await answerFor(item, false));
  await submitAttempt(d, m.id, publicId);
  const open = await listMistakes(d, m.id);
  expect(open.map((x) => x.questionId).sort()).toEqual(
    [
      ...(
        await getVersions(
          d,
          items.slice(0, 2).map((i) => i.versionId),
        )
      ).values(),
    ]
      .map((v) => v.questionId)
      .sort(),
  );
  // Retake just the wrong ones: the unanswered count as wrong too.
  const retake = await getAttempt(d, m.id, (await startRetake(d, m.id, publicId)).publicId);
  expect(retake.items.length).toBe(items.length);

  // Review, right every time: two right answers clear each mistake. Two rounds at most — one when
  // the review (picked at random) holds two questions on the same rule and misconception, as each
  // right answer counts for every mistake it matches (a CI flake assumed two rounds).
  for (let round = 0; round < 2 && (await listMistakes(d, m.id)).length; round++) {
    const review = await getAttempt(d, m.id, (await startMistakeReview(d, m.id)).publicId);
    expect(review.kind).toBe("REVIEW");
    for (const item of review.items) await saveResponse(d, m.id, review.id, item.versionId, await answerFor(item, true));
    await submitAttempt(d, m.id, review.id);
  }
  expect(await listMistakes(d, m.id)).toEqual([]);
  expect((await listMistakes(d, m.id, { open: false })).length).toBe(2);
});

test("a review prefers a different question on the same rule and misconception", async () => {
  const d = db();
  const m = await cadre();
  const [pair] = await d.raw.query<{ a: number; b: number; qa: string }>(
    `SELECT va.id AS a, vb.id AS b, va.question_id AS qa FROM question_version va
     JOIN question qa ON qa.id = va.question_id AND qa.current_version = va.version AND qa.type IN ('single','truefalse')
     JOIN question_version vb ON vb.question_id <> va.question_id AND vb.rules && va.rules AND vb.misconceptions && va.misconceptions
     JOIN question qb ON qb.id = vb.question_id AND qb.current_version = vb.version AND qb.type <> 'drafting'
     LIMIT 1`,
  );
  const { publicId } = await startAttempt(d, m.id, "practice-red-lines", { paper: [pair.a] });
  const item = (await getAttempt(d, m.id, publicId)).items[0];
  await saveResponse(d, m.id, publicId, item.versionId, await answerFor(item, false));
  await submitAttempt(d, m.id, publicId);
  const mistake = (await listMistakes(d, m.id))[0];
  const review = await getAttempt(d, m.id, (await startMistakeReview(d, m.id)).publicId);
  const picked = (await getVersions(d, [review.items[0].versionId])).get(review.items[0].versionId)!;
  if (mistake.misconception) {
    expect(picked.questionId).not.toBe(pair.qa);
    expect(picked.rules.some((r) => mistake.rules.includes(r))).toBe(true);
  }
});
