/**
 * The integration API's tests (lib/api/*.db.test.ts), minus HTTP: route handlers called with a
 * plain `Request` carrying a bearer token, on the real database, and the world they run in. Routes
 * are passed in (lib/ does not import app/; the test files do).
 */
import { expect } from "vitest";
import type { z } from "zod";
import { db, type Db } from "../db/client";
import { EXAM_ID } from "../assessment/quizzes";
import * as S from "../api/schemas";
import { issueToken, revokeToken } from "../api/tokens";
import { bootContent } from "./authoring";
import { makeMember, makeTree, answerForVersion } from "./factories";

export type Handler = ((req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>) & {
  guard?: { body?: z.ZodType; params?: z.ZodType; query?: z.ZodType };
};

export interface Call {
  token?: string;
  params?: Record<string, string>;
  query?: Record<string, string>;
  /** JSON-encoded unless `raw` is given. */
  body?: unknown;
  raw?: string;
  headers?: Record<string, string>;
}

/** Calls a route handler as Next would, with a plain Request. */
export async function call(handler: Handler, method: string, path: string, c: Call = {}) {
  const url = new URL(`http://localhost/api/v1${path}`);
  for (const [k, v] of Object.entries(c.query ?? {})) url.searchParams.set(k, v);
  const headers: Record<string, string> = { ...c.headers };
  if (c.token) headers.authorization = `Bearer ${c.token}`;
  const body = c.raw ?? (c.body === undefined ? undefined : JSON.stringify(c.body));
  if (body !== undefined) headers["content-type"] = "application/json";
  const res = await handler(new Request(url, { method, headers, body }), { params: Promise.resolve(c.params ?? {}) });
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, json: text ? JSON.parse(text) : undefined };
}

export const CHINESE = /[\u4e00-\u9fff]/;
/** A Chinese error, with no English from zod's defaults leaking through. */
export function expectChineseError(r: { json: { error?: unknown } }) {
  expect(typeof r.json.error).toBe("string");
  expect(r.json.error).toMatch(CHINESE);
  expect(r.json.error).not.toMatch(/invalid|expected|received|required/i);
}

export const answerFor = (versionId: number, right: boolean) => answerForVersion(db(), versionId, right);

const FORBIDDEN_KEYS = new Set([
  "correct",
  "correctOptions",
  "explanation",
  "misconception",
  "misconceptions",
  "consequence",
  "outcome",
  "sample",
  "rubric",
  "feedback",
  "findings",
]);

/** Walks a JSON value: no key-revealing field anywhere, and every reveal/ending is null. */
export function expectNoKey(value: unknown, where = "$") {
  if (Array.isArray(value)) return value.forEach((v, i) => expectNoKey(v, `${where}[${i}]`));
  if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      expect(FORBIDDEN_KEYS.has(k), `${where}.${k} must not be sent before submission`).toBe(false);
      if (k === "reveal" || k === "ending") expect(v, `${where}.${k}`).toBeNull();
      expectNoKey(v, `${where}.${k}`);
    }
  }
}

/**
 * The content, the question bank and the quizzes; a cadre with a token (A), a member of another
 * branch with his own (B), and a revoked token of the cadre's.
 */
export async function apiWorld() {
  const d = db();
  const content = await bootContent(d);
  const tree = await makeTree(d);
  const admin = await makeMember(d, tree.committee, "ADMIN");
  const cadre = await makeMember(d, tree.branchA);
  const other = await makeMember(d, tree.branchB);
  const tokenA = (await issueToken(d, admin, { name: "A", username: cadre.username })).token;
  const tokenB = (await issueToken(d, admin, { name: "B", username: (await d.prisma.member.findUniqueOrThrow({ where: { id: other.id } })).username })).token;
  const r = await issueToken(d, admin, { name: "revoked", username: cadre.username });
  await revokeToken(d, admin, r.id);
  return { d, content, tree, cadre, other, tokenA, tokenB, revoked: r.token };
}

export type ApiWorld = Awaited<ReturnType<typeof apiWorld>>;

/** A member of a tree of his own, with a token: a test whose counts nobody else's attempts touch. */
export async function memberWithToken(d: Db, name: string) {
  const t = await makeTree(d);
  const admin = await makeMember(d, t.committee, "ADMIN");
  const member = await makeMember(d, t.branchA);
  const { token } = await issueToken(d, admin, { name, username: member.username });
  return { member, token };
}

export const responseRows = async (d: Db, attemptId: string) =>
  (await d.raw.query<{ n: number }>(`SELECT count(*)::int AS n FROM response r JOIN attempt a ON a.id = r.attempt_id WHERE a.public_id = $1`, [attemptId]))[0]
    .n;

/** Starting an exam, reading an attempt and saving an answer, through the given routes. */
export function attemptCalls(routes: { start: Handler; attempt: Handler; response: Handler }) {
  return {
    async startExam(token: string) {
      const r = await call(routes.start, "POST", `/quizzes/${EXAM_ID}/attempts`, { token, params: { quizId: EXAM_ID } });
      expect([200, 201]).toContain(r.status);
      return r.json.id as string;
    },
    async readAttempt(token: string, attemptId: string): Promise<z.infer<typeof S.ZAttemptView>> {
      const r = await call(routes.attempt, "GET", `/attempts/${attemptId}`, { token, params: { attemptId } });
      expect(r.status).toBe(200);
      return S.ZAttemptView.parse(r.json);
    },
    put(token: string, attemptId: string, versionId: number | string, c: Call) {
      return call(routes.response, "PUT", `/attempts/${attemptId}/responses/${versionId}`, {
        token,
        params: { attemptId, versionId: String(versionId) },
        ...c,
      });
    },
  };
}
