/**
 * What the route guard demands of a browser session (security review F7, F8) and of every JSON
 * body, through the real /api/v1 route handlers: cookie writes only from this site, nothing before
 * the initial password is changed, bodies capped before parsing and declared as JSON, and
 * authenticated answers never cached. API tokens are unaffected by the session rules.
 */
import { encode } from "next-auth/jwt";
import { beforeAll, describe, expect, test } from "vitest";
import * as responseRoute from "@/app/api/v1/attempts/[attemptId]/responses/[versionId]/route";
import * as meRoute from "@/app/api/v1/me/route";
import * as upsertRoute from "@/app/api/v1/members/upsert/route";
import * as startRoute from "@/app/api/v1/quizzes/[quizId]/attempts/route";
import * as signOutRoute from "@/app/(app)/sign-out/route";
import { issueToken } from "../api/tokens";
import { getAttempt, startAttempt } from "../assessment/attempts";
import { syncQuestionBank } from "../assessment/bank";
import { EXAM_ID, ensureQuizzes } from "../assessment/quizzes";
import { loadContent } from "../content/load";
import { db } from "../db/client";
import { MAX_JSON_BODY_BYTES } from "../security/body-limit";
import { TEST_PASSWORD, answerForVersion, makeMember, makeTree } from "../test/factories";
import { authSecret } from "./secret";
import { signInWithPassword } from "./sign-in";

type Handler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

beforeAll(async () => {
  const content = loadContent();
  await syncQuestionBank(db(), content.questions);
  await ensureQuizzes(db(), content.course);
});

async function cookieOf(username: string): Promise<string> {
  const r = await signInWithPassword(db(), { username, password: TEST_PASSWORD });
  if (!r.ok) throw new Error(r.error);
  return `next-auth.session-token=${await encode({ token: { sid: r.sessionId }, secret: authSecret(), maxAge: 3600 })}`;
}

async function send(handler: Handler, method: string, path: string, headers: Record<string, string>, body?: BodyInit, params: Record<string, string> = {}) {
  const res = await handler(
    new Request(`http://127.0.0.1:3000${path}`, { method, headers: { host: "127.0.0.1:3000", ...headers }, body, duplex: "half" } as RequestInit),
    {
      params: Promise.resolve(params),
    },
  );
  const text = await res.text();
  return { status: res.status, headers: res.headers, json: text ? (JSON.parse(text) as { error?: string }) : undefined };
}

const CROSS = { origin: "http://evil.example", "sec-fetch-site": "cross-site" };
const SAME = { "sec-fetch-site": "same-origin" };
const exams = async (memberId: number) => (await db().raw.query<{ n: number }>(`SELECT count(*)::int AS n FROM attempt WHERE member_id = $1`, [memberId]))[0].n;

describe("security review F7: cookie-authenticated writes need this site; bodies must be JSON", () => {
  test("a cross-site (or silent) POST with a session cookie is refused before it does anything; from this site it works", async () => {
    const t = await makeTree(db());
    const cadre = await makeMember(db(), t.branchA);
    const cookie = await cookieOf(cadre.username);
    const start = (h: Record<string, string>) =>
      send(startRoute.POST, "POST", `/api/v1/quizzes/${EXAM_ID}/attempts`, { cookie, ...h }, undefined, { quizId: EXAM_ID });
    const refusedHeaders: Record<string, string>[] = [
      CROSS,
      { "content-type": "text/plain" },
      { "sec-fetch-site": "same-site" },
      { origin: "http://127.0.0.1:3000.evil.example" },
    ];
    for (const h of refusedHeaders) {
      const r = await start(h);
      expect(r.status, JSON.stringify(h)).toBe(403);
      expect(r.json?.error).toMatch(/请求来源无效/);
    }
    expect(await exams(cadre.id)).toBe(0);
    expect((await start(SAME)).status).toBe(201);
    expect((await start({ origin: "http://127.0.0.1:3000" })).status).toBe(200); // resumed
    // Reads are not writes: a GET needs no origin.
    expect((await send(meRoute.GET, "GET", "/api/v1/me", { cookie })).status).toBe(200);
  });

  test("the probe's text/plain role change as an admin is refused; JSON from this site, or any origin with a token, is not", async () => {
    const t = await makeTree(db());
    const admin = await makeMember(db(), t.committee, "ADMIN");
    const victim = await makeMember(db(), t.branchA);
    const cookie = await cookieOf(admin.username);
    const body = JSON.stringify({ members: [{ username: victim.username, name: "x=CSRF", unitCode: t.branchA.code, role: "SECRETARY" }] });
    expect((await send(upsertRoute.POST, "POST", "/api/v1/members/upsert", { cookie, ...CROSS, "content-type": "text/plain" }, body)).status).toBe(403);
    // Same site but not declared as JSON: 415, nothing parsed.
    const plain = await send(upsertRoute.POST, "POST", "/api/v1/members/upsert", { cookie, ...SAME, "content-type": "text/plain" }, body);
    expect(plain.status).toBe(415);
    expect(plain.json?.error).toMatch(/JSON/);
    expect((await db().prisma.member.findUniqueOrThrow({ where: { id: victim.id } })).role).toBe("CADRE");
    const { token } = await issueToken(db(), admin, { name: "sync" });
    const ok = await send(
      upsertRoute.POST,
      "POST",
      "/api/v1/members/upsert",
      { authorization: `Bearer ${token}`, ...CROSS, "content-type": "application/json; charset=utf-8" },
      body,
    );
    expect(ok.status).toBe(200);
    expect((await db().prisma.member.findUniqueOrThrow({ where: { id: victim.id } })).role).toBe("SECRETARY");
  });
});

describe("security review F8: a session that must change its initial password can do nothing else", () => {
  test("start, answer (the one-statement hot path) and read are refused with 403; a token and signing out are not", async () => {
    const d = db();
    const t = await makeTree(d);
    const m = await makeMember(d, t.branchA, "CADRE", { mustChangePassword: true });
    const cookie = await cookieOf(m.username);
    const start = await send(startRoute.POST, "POST", `/api/v1/quizzes/${EXAM_ID}/attempts`, { cookie, ...SAME }, undefined, { quizId: EXAM_ID });
    expect(start.status).toBe(403);
    expect(start.json?.error).toBe("请先修改初始密码");
    expect((await send(meRoute.GET, "GET", "/api/v1/me", { cookie })).status).toBe(403);
    expect(await exams(m.id)).toBe(0);

    // An attempt opened before (say, before an admin reset the password): the hot path refuses too.
    const { publicId } = await startAttempt(d, m.id, EXAM_ID);
    const item = (await getAttempt(d, m.id, publicId)).items[0];
    const answer = JSON.stringify(await answerForVersion(d, item.versionId, true));
    const put = (v: string, body: string) =>
      send(responseRoute.PUT, "PUT", `/api/v1/attempts/${publicId}/responses/${v}`, { cookie, ...SAME, "content-type": "application/json" }, body, {
        attemptId: publicId,
        versionId: v,
      });
    const saved = await put(String(item.versionId), answer);
    expect(saved.status).toBe(403);
    expect(saved.json?.error).toBe("请先修改初始密码");
    expect((await put("2147483647", answer)).status).toBe(403); // the path that refuses before the statement, too
    expect((await d.raw.query(`SELECT 1 FROM response r JOIN attempt a ON a.id = r.attempt_id WHERE a.public_id = $1`, [publicId])).length).toBe(0);

    // A token issued for the member is a credential of its own (see guard.ts sessionRefusal).
    const admin = await makeMember(d, t.committee, "ADMIN");
    const { token } = await issueToken(d, admin, { name: "svc", username: m.username });
    expect((await send(meRoute.GET, "GET", "/api/v1/me", { authorization: `Bearer ${token}` })).status).toBe(200);
    // Signing out stays possible.
    const out = await send(signOutRoute.POST, "POST", "/sign-out", { cookie, ...SAME });
    expect(out.status).toBe(303);
    // The sign-in page then says 已安全退出 (ux.md m13).
    expect(out.headers.get("location")).toBe("/login?signedOut=1");
  });
});

describe("bodies are capped before parsing; authenticated answers are not cached", () => {
  test("a body over the cap is refused with 413, declared or streamed; padding counts", async () => {
    const t = await makeTree(db());
    const admin = await makeMember(db(), t.committee, "ADMIN");
    const { token } = await issueToken(db(), admin, { name: "big" });
    const h = { authorization: `Bearer ${token}`, "content-type": "application/json" };
    const padded = `${" ".repeat(MAX_JSON_BODY_BYTES)}{"members":[]}`;
    const declared = await send(upsertRoute.POST, "POST", "/api/v1/members/upsert", h, padded);
    expect(declared.status).toBe(413);
    expect(declared.json?.error).toMatch(/请求体过大/);
    // No Content-Length: a stream that never ends is cut at the cap, not read to the end.
    let sent = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(c) {
        sent += 65_536;
        c.enqueue(new Uint8Array(65_536).fill(0x20));
      },
    });
    const streamed = await send(upsertRoute.POST, "POST", "/api/v1/members/upsert", h, endless);
    expect(streamed.status).toBe(413);
    expect(sent).toBeLessThan(MAX_JSON_BODY_BYTES + 4 * 65_536);
    const invalid = await send(upsertRoute.POST, "POST", "/api/v1/members/upsert", h, new Uint8Array([0x7b, 0xff, 0x7d]));
    expect(invalid.status).toBe(400);
  });

  test("Cache-Control: no-store on authenticated JSON, success and error alike", async () => {
    const t = await makeTree(db());
    const m = await makeMember(db(), t.branchA);
    const cookie = await cookieOf(m.username);
    expect((await send(meRoute.GET, "GET", "/api/v1/me", { cookie })).headers.get("cache-control")).toBe("no-store");
    expect((await send(meRoute.GET, "GET", "/api/v1/me", {})).headers.get("cache-control")).toBe("no-store");
  });
});
