/**
 * The hot path authenticates inside its own statement (lib/auth/caller.ts). These check that it
 * refuses exactly what the guard's viewer lookup refuses, writes nothing when it does, and that a
 * stranger's bad input is a 401 and not a hint about the input.
 */
import { beforeAll, expect, test } from "vitest";
import { PUT } from "@/app/api/v1/attempts/[attemptId]/responses/[versionId]/route";
import { encode } from "next-auth/jwt";
import { issueToken, hashToken } from "../api/tokens";
import { getAttempt, saveResponse, startAttempt } from "../assessment/attempts";
import { syncQuestionBank } from "../assessment/bank";
import { EXAM_ID, ensureQuizzes } from "../assessment/quizzes";
import { loadContent } from "../content/load";
import { db } from "../db/client";
import { NotFoundError, UnauthenticatedError } from "../errors";
import { TEST_PASSWORD, answerForVersion, makeMember, makeTree } from "../test/factories";
import { assertCaller } from "./caller";
import { authSecret } from "./secret";
import { signInWithPassword } from "./sign-in";

const content = loadContent();
beforeAll(async () => {
  await syncQuestionBank(db(), content.questions);
  await ensureQuizzes(db(), content.course);
});

async function examinee() {
  const d = db();
  const t = await makeTree(d);
  const m = await makeMember(d, t.branchA);
  const signedIn = await signInWithPassword(d, { username: m.username, password: TEST_PASSWORD });
  if (!signedIn.ok) throw new Error("sign-in failed");
  const { publicId } = await startAttempt(d, m.id, EXAM_ID);
  const item = (await getAttempt(d, m.id, publicId)).items[0];
  return { m, t, sessionId: signedIn.sessionId, publicId, item, answer: await answerForVersion(d, item.versionId, true) };
}

const responses = async (publicId: string) =>
  (await db().raw.query<{ n: number }>(`SELECT count(*)::int AS n FROM response r JOIN attempt a ON a.id = r.attempt_id WHERE a.public_id = $1`, [publicId]))[0]
    .n;

test("a live session saves; a signed-out, expired or deactivated one is refused and writes nothing", async () => {
  const d = db();
  const x = await examinee();
  expect(await saveResponse(d, { sessionId: x.sessionId }, x.publicId, x.item.versionId, x.answer)).toMatchObject({ saved: true });
  expect(await responses(x.publicId)).toBe(1);

  const second = (await getAttempt(d, x.m.id, x.publicId)).items[1];
  const answer = await answerForVersion(d, second.versionId, true);
  const refused = async () =>
    expect(saveResponse(d, { sessionId: x.sessionId }, x.publicId, second.versionId, answer)).rejects.toBeInstanceOf(UnauthenticatedError);

  await d.raw.query(`UPDATE auth_session SET expires_at = now() - interval '1 second' WHERE id = $1`, [x.sessionId]);
  await refused();
  await d.raw.query(`UPDATE auth_session SET expires_at = now() + interval '1 hour', revoked_at = now() WHERE id = $1`, [x.sessionId]);
  await refused();
  await d.raw.query(`UPDATE auth_session SET revoked_at = NULL WHERE id = $1`, [x.sessionId]);
  await d.raw.query(`UPDATE member SET active = false WHERE id = $1`, [x.m.id]);
  await refused();
  await expect(saveResponse(d, { sessionId: "no-such-session" }, x.publicId, second.versionId, answer)).rejects.toBeInstanceOf(UnauthenticatedError);
  expect(await responses(x.publicId)).toBe(1);
});

test("someone else's live session cannot write into the attempt: not found, nothing written", async () => {
  const d = db();
  const x = await examinee();
  const other = await examinee();
  await expect(saveResponse(d, { sessionId: other.sessionId }, x.publicId, x.item.versionId, x.answer)).rejects.toBeInstanceOf(NotFoundError);
  expect(await responses(x.publicId)).toBe(0);
});

test("a token saves and is touched at most once a minute; a revoked one is refused", async () => {
  const d = db();
  const x = await examinee();
  const admin = await makeMember(d, x.t.committee, "ADMIN");
  const issued = await issueToken(d, admin, { name: "hot", username: x.m.username });
  const hash = hashToken(issued.token);
  await saveResponse(d, { tokenHash: hash }, x.publicId, x.item.versionId, x.answer);
  const used = async () => (await d.prisma.apiToken.findUniqueOrThrow({ where: { id: issued.id } })).lastUsedAt;
  const first = await used();
  expect(first).not.toBeNull();
  await saveResponse(d, { tokenHash: hash }, x.publicId, x.item.versionId, { ...x.answer });
  expect(await used()).toEqual(first);
  await d.raw.query(`UPDATE api_token SET revoked_at = now() WHERE id = $1`, [issued.id]);
  await expect(saveResponse(d, { tokenHash: hash }, x.publicId, x.item.versionId, x.answer)).rejects.toBeInstanceOf(UnauthenticatedError);
  await expect(assertCaller(d, { tokenHash: hash })).rejects.toBeInstanceOf(UnauthenticatedError);
});

test("through the route with a session cookie: saved, then a stranger's bad input and unknown question are 401s", async () => {
  const x = await examinee();
  const put = async (sessionId: string, versionId: string, body: string) => {
    const cookie = `next-auth.session-token=${await encode({ token: { sid: sessionId }, secret: authSecret(), maxAge: 3600 })}`;
    const req = new Request(`http://localhost/api/v1/attempts/${x.publicId}/responses/${versionId}`, {
      method: "PUT",
      headers: { cookie, "content-type": "application/json", "sec-fetch-site": "same-origin" },
      body,
    });
    return PUT(req, { params: Promise.resolve({ attemptId: x.publicId, versionId }) });
  };
  expect((await put(x.sessionId, String(x.item.versionId), JSON.stringify(x.answer))).status).toBe(200);
  expect((await put(x.sessionId, String(x.item.versionId), "{not json")).status).toBe(400);
  expect((await put(x.sessionId, "2147483647", JSON.stringify(x.answer))).status).toBe(404);
  await db().raw.query(`UPDATE auth_session SET revoked_at = now() WHERE id = $1`, [x.sessionId]);
  for (const [v, body] of [
    [String(x.item.versionId), JSON.stringify(x.answer)],
    [String(x.item.versionId), "{not json"],
    ["2147483647", JSON.stringify(x.answer)],
    [String(x.item.versionId), JSON.stringify({ type: "single", choice: "zzz" })],
  ]) {
    const r = await put(x.sessionId, v, body);
    expect(r.status, `${v} ${body}`).toBe(401);
    expect((await r.json()).error).toBe("未登录或登录已失效");
  }
  expect(await responses(x.publicId)).toBe(1);
});
