/**
 * Quizzes through the integration API: listQuizzes (with the caller's own attempt counts) and
 * startAttempt (started, resumed, refused).
 */
import { beforeAll, expect, test } from "vitest";
import * as attemptRoute from "@/app/api/v1/attempts/[attemptId]/route";
import * as responseRoute from "@/app/api/v1/attempts/[attemptId]/responses/[versionId]/route";
import * as submitRoute from "@/app/api/v1/attempts/[attemptId]/submit/route";
import * as quizzesRoute from "@/app/api/v1/quizzes/route";
import * as startRoute from "@/app/api/v1/quizzes/[quizId]/attempts/route";
import { EXAM_ID, PRE_ID } from "../assessment/quizzes";
import type { Db } from "../db/client";
import { apiWorld, attemptCalls, call, memberWithToken } from "../test/api";
import * as S from "./schemas";

let d: Db;
let tokenB: string;

beforeAll(async () => {
  ({ d, tokenB } = await apiWorld());
});

const { startExam } = attemptCalls({ start: startRoute.POST, attempt: attemptRoute.GET, response: responseRoute.PUT });

test("listQuizzes: the quizzes with the caller's own attempt counts", async () => {
  const { token } = await memberWithToken(d, "q");
  const first = await startExam(token);
  await call(submitRoute.POST, "POST", `/attempts/${first}/submit`, { token, params: { attemptId: first } });
  const open = await startExam(token);
  const r = await call(quizzesRoute.GET, "GET", "/quizzes", { token });
  expect(r.status).toBe(200);
  const body = S.ZQuizList.parse(r.json);
  const exam = body.quizzes.find((q) => q.id === EXAM_ID)!;
  expect(exam).toMatchObject({ kind: "EXAM", maxAttempts: 3, passPercent: 80, attempts: { submitted: 1, remaining: 2, bestPercent: 0, inProgress: open } });
  expect(body.quizzes.find((q) => q.id === PRE_ID)!.attempts).toEqual({ submitted: 0, remaining: null, bestPercent: null, inProgress: null });
  expect(body.quizzes.some((q) => q.kind === "REVIEW")).toBe(false);
  // Someone else's counts are his own.
  const theirs = S.ZQuizList.parse((await call(quizzesRoute.GET, "GET", "/quizzes", { token: tokenB })).json);
  expect(theirs.quizzes.find((q) => q.id === EXAM_ID)!.attempts.inProgress).not.toBe(open);
});

test("startAttempt: 201 with the id and its location, 200 with the same id when resumed; 404 and 400 otherwise", async () => {
  const { member: m, token } = await memberWithToken(d, "s");
  const first = await call(startRoute.POST, "POST", `/quizzes/${PRE_ID}/attempts`, { token, params: { quizId: PRE_ID } });
  expect(first.status).toBe(201);
  expect(S.ZStarted.parse(first.json)).toEqual({ id: expect.any(String), resumed: false });
  expect(first.headers.get("location")).toBe(`/api/v1/attempts/${first.json.id}`);
  const again = await Promise.all([1, 2, 3].map(() => call(startRoute.POST, "POST", `/quizzes/${PRE_ID}/attempts`, { token, params: { quizId: PRE_ID } })));
  for (const r of again) expect([r.status, r.json]).toEqual([200, { id: first.json.id, resumed: true }]);
  expect(await d.prisma.attempt.count({ where: { memberId: m.id } })).toBe(1);

  const missing = await call(startRoute.POST, "POST", "/quizzes/no-such-quiz/attempts", { token, params: { quizId: "no-such-quiz" } });
  expect(missing.status).toBe(404);
  const bad = await call(startRoute.POST, "POST", "/quizzes/x/attempts", { token, params: { quizId: "Robert'); DROP TABLE quiz;--" } });
  expect(bad.status).toBe(400);
  expect(bad.json).toEqual({ error: "测验编号格式不正确", fields: { quizId: "测验编号格式不正确" } });
  expect(await d.prisma.attempt.count({ where: { memberId: m.id } })).toBe(1);
});

test("startAttempt: 422 in Chinese once the exam's attempts are used up", async () => {
  const { token } = await memberWithToken(d, "s");
  for (let i = 0; i < 3; i++) {
    const id = await startExam(token);
    expect((await call(submitRoute.POST, "POST", "/x", { token, params: { attemptId: id } })).status).toBe(200);
  }
  const r = await call(startRoute.POST, "POST", "/x", { token, params: { quizId: EXAM_ID } });
  expect(r.status).toBe(422);
  expect(r.json.error).toBe("已用完全部 3 次考试机会");
});
