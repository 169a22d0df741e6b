/**
 * The integration API's authentication: every operation refuses a missing, revoked or malformed
 * token (a session cookie beside it does not help), and a deactivated member's token stops at once.
 */
import { beforeAll, describe, expect, test } from "vitest";
import * as attemptRoute from "@/app/api/v1/attempts/[attemptId]/route";
import * as responseRoute from "@/app/api/v1/attempts/[attemptId]/responses/[versionId]/route";
import * as submitRoute from "@/app/api/v1/attempts/[attemptId]/submit/route";
import * as checkRoute from "@/app/api/v1/check-message/route";
import * as meRoute from "@/app/api/v1/me/route";
import * as resultsRoute from "@/app/api/v1/me/results/route";
import * as quizzesRoute from "@/app/api/v1/quizzes/route";
import * as startRoute from "@/app/api/v1/quizzes/[quizId]/attempts/route";
import * as rulesRoute from "@/app/api/v1/rules/route";
import { EXAM_ID } from "../assessment/quizzes";
import type { Db } from "../db/client";
import { apiWorld, call, expectChineseError, memberWithToken, type Call, type Handler } from "../test/api";

let d: Db;
let revoked: string;

beforeAll(async () => {
  ({ d, revoked } = await apiWorld());
});

describe("authentication", () => {
  const authenticated: [string, Handler, string, Record<string, string>, unknown][] = [
    ["getMe", meRoute.GET, "GET", {}, undefined],
    ["listRules", rulesRoute.GET, "GET", {}, undefined],
    ["listQuizzes", quizzesRoute.GET, "GET", {}, undefined],
    ["startAttempt", startRoute.POST, "POST", { quizId: EXAM_ID }, undefined],
    ["getAttempt", attemptRoute.GET, "GET", { attemptId: "abc" }, undefined],
    ["saveResponse", responseRoute.PUT, "PUT", { attemptId: "abc", versionId: "1" }, { type: "truefalse", value: true }],
    ["submitAttempt", submitRoute.POST, "POST", { attemptId: "abc" }, undefined],
    ["listMyResults", resultsRoute.GET, "GET", {}, undefined],
    ["checkMessage", checkRoute.POST, "POST", {}, { text: "在吗" }],
  ];

  test.each(authenticated)("%s: 401 without a token, with a revoked or malformed one, even beside a cookie", async (_op, handler, method, params, body) => {
    const before = await d.prisma.attempt.count();
    for (const c of [{}, { token: revoked }, { token: "wg_short" }, { token: revoked, headers: { cookie: "next-auth.session-token=whatever" } }] as Call[]) {
      const r = await call(handler, method, "/x", { ...c, params, body });
      expect(r.status).toBe(401);
      expectChineseError(r);
      if (c.token) expect(r.headers.get("www-authenticate")).toMatch(/^Bearer error="invalid_token"/);
    }
    expect(await d.prisma.attempt.count()).toBe(before);
  });

  test("a token of a deactivated member stops at once", async () => {
    const { member: m, token } = await memberWithToken(d, "x");
    expect((await call(meRoute.GET, "GET", "/me", { token })).status).toBe(200);
    await d.prisma.member.update({ where: { id: m.id }, data: { active: false } });
    expect((await call(meRoute.GET, "GET", "/me", { token })).status).toBe(401);
  });
});
