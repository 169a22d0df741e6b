/**
 * Saving answers through the integration API (saveResponse): no key of any kind in a response before
 * the paper is handed in, idempotent saves, Chinese errors for bad input, and one statement a save.
 */
import { beforeAll, describe, expect, test } from "vitest";
import type { z } from "zod";
import * as attemptRoute from "@/app/api/v1/attempts/[attemptId]/route";
import * as responseRoute from "@/app/api/v1/attempts/[attemptId]/responses/[versionId]/route";
import * as submitRoute from "@/app/api/v1/attempts/[attemptId]/submit/route";
import * as startRoute from "@/app/api/v1/quizzes/[quizId]/attempts/route";
import { startAttempt } from "../assessment/attempts";
import { EXAM_ID } from "../assessment/quizzes";
import { getVersions } from "../assessment/versions";
import { type Db, db, setDb } from "../db/client";
import { answerFor, apiWorld, attemptCalls, call, expectChineseError, expectNoKey, memberWithToken, responseRows, type Call, type ApiWorld } from "../test/api";
import { secretsOf } from "../test/route-call";
import * as S from "./schemas";

let d: Db;
let cadre: ApiWorld["cadre"];
let tokenA: string;
let tokenB: string;

beforeAll(async () => {
  ({ d, cadre, tokenA, tokenB } = await apiWorld());
});

const { startExam, readAttempt, put } = attemptCalls({ start: startRoute.POST, attempt: attemptRoute.GET, response: responseRoute.PUT });

const PAPERS = [
  ["a paper drawn by the exam's blueprint", null],
  ["an exam paper with every scenario and one question of each other type", "crafted"],
] as const;

test.each(PAPERS)("no answer key, explanation, misconception or scenario consequence in any pre-submit exam response: %s", async (_label, paper) => {
  const { member: m, token } = await memberWithToken(d, "k");
  const bodies: unknown[] = [];
  let attemptId: string;
  if (paper === "crafted") {
    // The drawn paper may hold no scenario; this one holds all of them (started in the domain, read through the API).
    const ids = await d.raw.query<{ id: number }>(
      `SELECT DISTINCT ON (CASE WHEN q.type = 'scenario' THEN q.id ELSE q.type END) v.id
       FROM question q JOIN question_version v ON v.question_id = q.id AND v.version = q.current_version
       WHERE q.status = 'PUBLISHED' AND q.type <> 'drafting' ORDER BY CASE WHEN q.type = 'scenario' THEN q.id ELSE q.type END, q.id`,
    );
    attemptId = (await startAttempt(d, m.id, EXAM_ID, { paper: ids.map((r) => r.id) })).publicId;
  } else {
    const started = await call(startRoute.POST, "POST", "/x", { token, params: { quizId: EXAM_ID } });
    bodies.push(started.json);
    attemptId = started.json.id as string;
  }
  const view = await readAttempt(token, attemptId);
  bodies.push(view);
  expect(view.kind).toBe("EXAM");
  if (paper === "crafted") expect(view.items.filter((i) => i.question.type === "scenario").length).toBeGreaterThan(3);

  for (const [i, item] of view.items.entries()) {
    const answer = await answerFor(item.versionId, i % 2 === 0);
    if (answer.type === "scenario") {
      // Step by step, as a client plays it: every intermediate answer too.
      for (let n = 1; n < answer.path.length; n++) {
        const step = await put(token, attemptId, item.versionId, { body: { type: "scenario", path: answer.path.slice(0, n) } });
        expect(step.status).toBe(200);
        bodies.push(step.json);
      }
    }
    const r = await put(token, attemptId, item.versionId, { body: answer });
    expect(r.status).toBe(200);
    S.ZSaveResult.parse(r.json);
    bodies.push(r.json);
  }
  bodies.push(await readAttempt(token, attemptId));

  const versions = await getVersions(
    d,
    view.items.map((i) => i.versionId),
  );
  const secrets = secretsOf([...versions.values()].map((v) => v.payload));
  expect(secrets.length).toBeGreaterThan(view.items.length);
  for (const body of bodies) {
    expectNoKey(body);
    const text = JSON.stringify(body);
    for (const s of secrets) expect(text.includes(s), `leaked: ${s.slice(0, 30)}…`).toBe(false);
  }

  // After submission the same attempt reveals keys and explanations (the walk above would fail).
  const submitted = await call(submitRoute.POST, "POST", "/x", { token, params: { attemptId } });
  const result = S.ZAttemptView.parse(submitted.json);
  expect(result.items.every((i) => i.reveal?.explanation)).toBe(true);
  expect(() => expectNoKey(result)).toThrow();
  const revealed = JSON.stringify(result);
  expect(secrets.filter((s) => revealed.includes(s)).length).toBeGreaterThan(view.items.length / 2);
});

describe("saveResponse", () => {
  let attemptId: string;
  let view: z.infer<typeof S.ZAttemptView>;
  beforeAll(async () => {
    // One question of each type, so that no case depends on what a random draw holds.
    const ids = await d.raw.query<{ id: number }>(
      `SELECT DISTINCT ON (q.type) v.id FROM question q JOIN question_version v ON v.question_id = q.id AND v.version = q.current_version
       WHERE q.status = 'PUBLISHED' AND q.type <> 'drafting' ORDER BY q.type, q.id`,
    );
    attemptId = (await startAttempt(d, cadre.id, EXAM_ID, { paper: ids.map((r) => r.id) })).publicId;
    view = await readAttempt(tokenA, attemptId);
    expect(view.items.map((i) => i.question.type).sort()).toEqual(["multiple", "scenario", "single", "truefalse"]);
  });
  const itemOf = (type: string) => view.items.find((i) => i.question.type === type)!;

  test("the same body twice (or four times at once) stores one row; a changed answer replaces it", async () => {
    const item = itemOf("single");
    const wrong = await answerFor(item.versionId, false);
    const first = await put(tokenA, attemptId, item.versionId, { body: wrong });
    expect(first.status).toBe(200);
    expect(S.ZSaveResult.parse(first.json)).toEqual({ saved: true, revision: 1 });
    const again = await Promise.all([1, 2, 3, 4].map(() => put(tokenA, attemptId, item.versionId, { body: wrong })));
    for (const r of again) expect(r.json).toEqual({ saved: true, revision: 0 });
    const rows = await d.raw.query<{ revision: number; answer: unknown }>(
      `SELECT r.revision, r.answer FROM response r JOIN attempt a ON a.id = r.attempt_id WHERE a.public_id = $1 AND r.question_version_id = $2`,
      [attemptId, item.versionId],
    );
    expect(rows).toEqual([{ revision: 1, answer: wrong }]);
    const changed = await put(tokenA, attemptId, item.versionId, { body: await answerFor(item.versionId, true) });
    expect(changed.json).toEqual({ saved: true, revision: 2 });
    expect(await responseRows(d, attemptId)).toBe(1);
  });

  test("400 in Chinese for malformed bodies and parameters, and nothing is written", async () => {
    const item = itemOf("truefalse");
    const before = await responseRows(d, attemptId);
    const cases: [Call, RegExp | string][] = [
      [{ body: { type: "truefalse", value: "yes" } }, "字段「value」应为布尔值（true 或 false）"],
      [{ body: { type: "single", choice: 5 } }, "字段「choice」应为文本"],
      [{ body: { type: "multiple", choices: "a" } }, "字段「choices」应为数组"],
      [{ body: { type: "multiple", choices: [] } }, "请至少选择一项"],
      [{ body: { type: "essay", text: "我的答案" } }, "字段「type」的取值无效"],
      [{ body: { value: true } }, "字段「type」的取值无效"],
      [{ body: ["truefalse", true] }, "请求体应为对象"],
      [{ body: null }, "请求体应为对象"],
      [{ raw: "" }, "请求体为必填项"],
      [{ body: { type: "single", choice: "a".repeat(100_000) } }, "选项无效"],
      [{ body: { type: "drafting", text: "长".repeat(2001) } }, "消息不能超过 2000 字"],
      [{ body: { type: "scenario", path: Array(31).fill("a") } }, "字段「path」最多 30 项"],
      [{ raw: "{type: 'truefalse'" }, "请求体不是合法的 JSON"],
      [{ raw: '{"type":"truefalse","value":tru}' }, "请求体不是合法的 JSON"],
    ];
    for (const [c, message] of cases) {
      const r = await put(tokenA, attemptId, item.versionId, c);
      expect([r.status, r.json.error], JSON.stringify(c).slice(0, 60)).toEqual([400, message]);
      expectChineseError(r);
    }
    for (const versionId of ["abc", "-1", "0", "1.5", "99999999999"]) {
      const r = await put(tokenA, attemptId, versionId, { body: { type: "truefalse", value: true } });
      expect(r.status).toBe(400);
      expect(r.json.fields.versionId).toMatch(/题目版本编号/);
    }
    const huge = await put(tokenA, attemptId, item.versionId, { raw: JSON.stringify({ type: "drafting", text: "x".repeat(1_100_000) }) });
    expect(huge.status).toBe(413);
    expectChineseError(huge);
    expect(await responseRows(d, attemptId)).toBe(before);
  });

  test("422 for an answer of the wrong type for the question; 404 outside the paper or someone else's", async () => {
    const item = itemOf("truefalse");
    const before = await responseRows(d, attemptId);
    const mismatch = await put(tokenA, attemptId, item.versionId, { body: { type: "single", choice: "a" } });
    expect([mismatch.status, mismatch.json.error]).toEqual([422, "答案类型与题目不符"]);
    const [outside] = await d.raw.query<{ id: number }>(`SELECT id FROM question_version WHERE type = 'truefalse' AND NOT (id = ANY($1::int[])) LIMIT 1`, [
      view.items.map((i) => i.versionId),
    ]);
    expect((await put(tokenA, attemptId, outside.id, { body: { type: "truefalse", value: true } })).status).toBe(404);
    const theirs = await put(tokenB, attemptId, item.versionId, { body: await answerFor(item.versionId, true) });
    expect([theirs.status, theirs.json]).toEqual([404, { error: "未找到" }]);
    expect(await responseRows(d, attemptId)).toBe(before);
  });
});

test("saving an answer costs one statement, which also authenticates the token (warm version cache)", async () => {
  const { token } = await memberWithToken(d, "hot");
  const attemptId = await startExam(token);
  const view = await readAttempt(token, attemptId); // warms the version cache, as a client's first GET does
  const real = db();
  const n = { raw: 0, prisma: 0 };
  setDb({
    ...real,
    raw: { ...real.raw, query: (text, params) => (n.raw++, real.raw.query(text, params)) },
    prisma: real.prisma.$extends({ query: { $allOperations: ({ args, query }) => (n.prisma++, query(args)) } }) as unknown as Db["prisma"],
  });
  const counts: number[] = [];
  try {
    for (const item of view.items) {
      const answer = await answerFor(item.versionId, true);
      const before = n.raw + n.prisma;
      const r = await put(token, attemptId, item.versionId, {
        body: answer.type === "scenario" ? { type: "scenario", path: answer.path.slice(0, 1) } : answer,
      });
      expect(r.status).toBe(200);
      counts.push(n.raw + n.prisma - before);
    }
  } finally {
    setDb(real);
  }
  expect(n.prisma).toBe(0);
  expect(new Set(counts)).toEqual(new Set([1]));
});
