/**
 * Attempts through the integration API: getAttempt and submitAttempt (someone else's is not found),
 * practice feedback at once, and concurrent submits giving one result.
 */
import { beforeAll, expect, test } from "vitest";
import * as attemptRoute from "@/app/api/v1/attempts/[attemptId]/route";
import * as responseRoute from "@/app/api/v1/attempts/[attemptId]/responses/[versionId]/route";
import * as submitRoute from "@/app/api/v1/attempts/[attemptId]/submit/route";
import * as startRoute from "@/app/api/v1/quizzes/[quizId]/attempts/route";
import type { Db } from "../db/client";
import { answerFor, apiWorld, attemptCalls, call, memberWithToken } from "../test/api";
import * as S from "./schemas";

let d: Db;
let tokenA: string;
let tokenB: string;

beforeAll(async () => {
  ({ d, tokenA, tokenB } = await apiWorld());
});

const { startExam, readAttempt, put } = attemptCalls({ start: startRoute.POST, attempt: attemptRoute.GET, response: responseRoute.PUT });

test("getAttempt and submitAttempt: 404 for another member's attempt, which stays untouched", async () => {
  const attemptId = await startExam(tokenA);
  const get = await call(attemptRoute.GET, "GET", "/x", { token: tokenB, params: { attemptId } });
  expect([get.status, get.json]).toEqual([404, { error: "未找到" }]);
  const sub = await call(submitRoute.POST, "POST", "/x", { token: tokenB, params: { attemptId } });
  expect(sub.status).toBe(404);
  expect((await d.prisma.attempt.findUniqueOrThrow({ where: { publicId: attemptId } })).status).toBe("IN_PROGRESS");
  expect((await call(attemptRoute.GET, "GET", "/x", { token: tokenA, params: { attemptId: "no/such" } })).status).toBe(400);
  expect((await call(attemptRoute.GET, "GET", "/x", { token: tokenA, params: { attemptId: "nosuchattempt" } })).status).toBe(404);
});

test("practice: the verdict and key come back at once, through the API too", async () => {
  const { token } = await memberWithToken(d, "p");
  const started = await call(startRoute.POST, "POST", "/x", { token, params: { quizId: "practice-red-lines" } });
  const view = await readAttempt(token, started.json.id);
  const item = view.items[0];
  const r = await put(token, started.json.id, item.versionId, { body: await answerFor(item.versionId, false) });
  const saved = S.ZSaveResult.parse(r.json);
  expect(saved.feedback).toMatchObject({ correct: false, score: 0 });
  expect(saved.feedback!.reveal.explanation.length).toBeGreaterThan(5);
  const locked = await put(token, started.json.id, item.versionId, { body: await answerFor(item.versionId, true) });
  expect([locked.status, locked.json.error]).toEqual([422, "本题已作答，练习中不能修改答案"]);
});

test("concurrent submits give one result: the scored view with keys and per-rule breakdown", async () => {
  const { member: m, token } = await memberWithToken(d, "c");
  const attemptId = await startExam(token);
  const view = await readAttempt(token, attemptId);
  for (const [i, item] of view.items.entries()) await put(token, attemptId, item.versionId, { body: await answerFor(item.versionId, i >= 3) });
  const results = await Promise.all([1, 2, 3, 4].map(() => call(submitRoute.POST, "POST", "/x", { token, params: { attemptId } })));
  for (const r of results) expect(r.status).toBe(200);
  const parsed = results.map((r) => S.ZAttemptView.parse(r.json));
  expect(new Set(parsed.map((p) => JSON.stringify(p.result))).size).toBe(1);
  const result = parsed[0].result!;
  expect(parsed[0].status).toBe("SUBMITTED");
  expect(result.score).toBe(parsed[0].items.reduce((n, i) => n + (i.response?.score ?? 0), 0));
  expect(result.score).toBeLessThan(result.maxScore);
  expect(Object.keys(result.ruleBreakdown).length).toBeGreaterThan(0);
  const rows = await d.prisma.attempt.findMany({ where: { memberId: m.id }, select: { status: true, score: true } });
  expect(rows).toEqual([{ status: "SUBMITTED", score: result.score }]);
  // The mistake book saw the submission once: one entry per wrong item, not four.
  const wrong = parsed[0].items.filter((i) => i.response && !i.response.correct).length;
  expect(wrong).toBeGreaterThan(0);
  expect(await d.prisma.mistake.count({ where: { memberId: m.id } })).toBe(wrong);
  // Answers can no longer change.
  const late = await put(token, attemptId, view.items[0].versionId, { body: await answerFor(view.items[0].versionId, true) });
  expect([late.status, late.json.error]).toEqual([422, "本次作答已提交，不能再修改"]);
});
