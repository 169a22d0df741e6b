/**
 * The caller through the integration API: getMe (the member the token acts as) and listMyResults
 * (his own submitted attempts, in cursor pages).
 */
import { beforeAll, expect, test } from "vitest";
import type { z } from "zod";
import * as attemptRoute from "@/app/api/v1/attempts/[attemptId]/route";
import * as responseRoute from "@/app/api/v1/attempts/[attemptId]/responses/[versionId]/route";
import * as submitRoute from "@/app/api/v1/attempts/[attemptId]/submit/route";
import * as meRoute from "@/app/api/v1/me/route";
import * as resultsRoute from "@/app/api/v1/me/results/route";
import * as startRoute from "@/app/api/v1/quizzes/[quizId]/attempts/route";
import { PRE_ID, EXAM_ID } from "../assessment/quizzes";
import type { Db } from "../db/client";
import { CHINESE, answerFor, apiWorld, attemptCalls, call, expectChineseError, memberWithToken, type ApiWorld } from "../test/api";
import * as S from "./schemas";

let d: Db;
let cadre: ApiWorld["cadre"];
let tree: ApiWorld["tree"];
let tokenA: string;
let tokenB: string;

beforeAll(async () => {
  ({ d, cadre, tree, tokenA, tokenB } = await apiWorld());
});

const { startExam, readAttempt, put } = attemptCalls({ start: startRoute.POST, attempt: attemptRoute.GET, response: responseRoute.PUT });

test("getMe: the member the token acts as, with the unit path by name", async () => {
  const r = await call(meRoute.GET, "GET", "/me", { token: tokenA });
  expect(r.status).toBe(200);
  expect(S.ZMe.parse(r.json)).toEqual({
    id: cadre.id,
    username: cadre.username,
    name: cadre.name,
    role: "CADRE",
    roleLabel: "学员",
    unit: {
      id: tree.branchA.id,
      name: tree.branchA.name,
      path: [tree.committee, tree.general, tree.branchA].map((u) => ({ id: u.id, name: u.name })),
    },
  });
});

test("listMyResults: own submitted attempts, newest first, per-rule breakdown, stable cursor pages", async () => {
  const { token } = await memberWithToken(d, "r");
  const submitted: string[] = [];
  for (const quizId of [PRE_ID, "practice-red-lines", "practice-usage-guide", EXAM_ID, "practice-cases"]) {
    const started = await call(startRoute.POST, "POST", "/x", { token, params: { quizId } });
    const id = started.json.id as string;
    const view = await readAttempt(token, id);
    await put(token, id, view.items[0].versionId, { body: await answerFor(view.items[0].versionId, true) });
    await call(submitRoute.POST, "POST", "/x", { token, params: { attemptId: id } });
    submitted.push(id);
  }
  await startExam(token); // in progress: not a result
  await startExam(tokenB);

  const seen: z.infer<typeof S.ZResultItem>[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const query: Record<string, string> = { limit: "2", ...(cursor ? { cursor } : {}) };
    const r = await call(resultsRoute.GET, "GET", "/me/results", { token, query });
    expect(r.status).toBe(200);
    const page = S.ZResultPage.parse(r.json);
    expect(page.items.length).toBeLessThanOrEqual(2);
    seen.push(...page.items);
    cursor = page.nextCursor;
    pages++;
  } while (cursor && pages < 10);
  expect(pages).toBe(3);
  expect(seen.map((x) => x.id)).toEqual([...submitted].reverse());
  const first = seen[seen.length - 1];
  expect(first.quizId).toBe(PRE_ID);
  expect(first.ruleBreakdown.length).toBeGreaterThan(0);
  expect(first.ruleBreakdown.reduce((n, b) => n + b.max, 0)).toBeGreaterThanOrEqual(first.maxScore);
  expect(first.score).toBeGreaterThan(0);

  const all = S.ZResultPage.parse((await call(resultsRoute.GET, "GET", "/me/results", { token })).json);
  expect([all.items.length, all.nextCursor]).toEqual([5, null]);

  for (const [query, field] of [
    [{ limit: "0" }, "limit"],
    [{ limit: "abc" }, "limit"],
    [{ limit: "101" }, "limit"],
    [{ cursor: "bad cursor!" }, "cursor"],
    [{ cursor: "nosuchattempt" }, "cursor"],
  ] as const) {
    const r = await call(resultsRoute.GET, "GET", "/me/results", { token, query });
    expect(r.status, JSON.stringify(query)).toBe(400);
    expect(r.json.fields[field]).toMatch(CHINESE);
    expectChineseError(r);
  }
  // Someone else's attempt id is no cursor of mine.
  const theirs = S.ZResultPage.parse((await call(resultsRoute.GET, "GET", "/me/results", { token: tokenB })).json);
  expect(theirs.items.map((x) => x.id).filter((id) => submitted.includes(id))).toEqual([]);
  expect((await call(resultsRoute.GET, "GET", "/me/results", { token: tokenB, query: { cursor: submitted[0] } })).status).toBe(400);
});
