/**
 * The lesson reader's route handler (app/(app)/learn/[module]/[lesson]/route.ts) end to end minus
 * HTTP: plain Requests with a real session cookie, on the real database.
 */
import { encode } from "next-auth/jwt";
import { beforeAll, expect, test, vi } from "vitest";
import * as lessonRoute from "@/app/(app)/learn/[module]/[lesson]/route";
import { authSecret } from "../auth/secret";
import { signInWithPassword } from "../auth/sign-in";
import { db, type Db } from "../db/client";
import { TEST_PASSWORD, makeMember, makeTree } from "../test/factories";
import { LESSON_READ_STATEMENTS, lessonBodyCache, readLesson } from "./lesson-page";
import { loadContent } from "./load";
import { courseHome } from "./progress";
import { COURSE_ID } from "./queries";
import { syncContent } from "./sync";

// revalidatePath needs Next's request store, which a plain call has not; what it would clear is
// the client router cache of pages, not what is tested here.
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const content = loadContent();
const [first, second] = content.lessons;
const url = (l = second) => `http://127.0.0.1:3000/learn/${l.module}/${l.id}`;

beforeAll(async () => {
  await syncContent(db(), content);
});

async function cadre(opts: { mustChangePassword?: boolean } = {}) {
  const d = db();
  const t = await makeTree(d);
  const m = await makeMember(d, t.branchA, "CADRE", opts);
  const r = await signInWithPassword(d, { username: m.username, password: TEST_PASSWORD });
  if (!r.ok) throw new Error("sign-in failed");
  const token = await encode({ token: { sid: r.sessionId }, secret: authSecret() });
  return { ...m, cookie: `next-auth.session-token=${token}` };
}

const params = (l = second, over: Record<string, string> = {}) => ({ params: Promise.resolve({ module: l.module, lesson: l.id, ...over }) });
const get = (headers: Record<string, string>, l = second, over: Record<string, string> = {}) =>
  lessonRoute.GET(new Request(url(l), { headers }), params(l, over));
const post = (headers: Record<string, string>, l = second) => lessonRoute.POST(new Request(url(l), { method: "POST", headers }), params(l));
/** The page a known member gets (no credential to check). */
const pageFor = async (d: Db, module: string, lesson: string, memberId: number, opts: { recordVisit: boolean }) =>
  (await readLesson(d, module, lesson, { memberId }, opts))?.page ?? null;
const progressOf = (memberId: number) => db().prisma.lessonProgress.findMany({ where: { memberId }, select: { lessonId: true, completedAt: true } });

test("signed out: a redirect to the sign-in page, not JSON; a pending password change: to the password page", async () => {
  const res = await get({});
  expect(res.status).toBe(303);
  expect(res.headers.get("location")).toBe("/login");
  const pending = await cadre({ mustChangePassword: true });
  const res2 = await get({ cookie: pending.cookie });
  expect(res2.status).toBe(303);
  expect(res2.headers.get("location")).toBe("/account/password");
  expect(await progressOf(pending.id)).toEqual([]); // not a visit: he never saw the lesson
});

test("a cadre gets the whole lesson as one HTML document with no script at all, and the visit is recorded", async () => {
  const m = await cadre();
  const res = await get({ cookie: m.cookie });
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
  expect(res.headers.get("cache-control")).toContain("no-store");
  const html = await res.text();
  expect(html).toContain(`<h1 id="lesson-title" class="text-2xl font-bold leading-snug">${second.title}</h1>`);
  expect(html).toContain("规定原文");
  expect(html).toContain("为什么重要");
  expect(html).toContain(m.name);
  // No script: a lesson is marked learned by its button alone (a form POST), never by scrolling.
  expect(html).not.toMatch(/<script\b/);
  // proxy.ts skips this route: the policy is the route's own, and allows no script.
  const csp = res.headers.get("content-security-policy")!;
  expect(csp.match(/script-src [^;]*/)![0]).toBe(`script-src 'none'`);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(html).toContain(`<a href="/learn/${first.module}/${first.id}"`); // the previous lesson
  // The visit makes this the lesson to resume.
  expect(await progressOf(m.id)).toEqual([{ lessonId: second.id, completedAt: null }]);
  expect((await courseHome(db(), m.id, COURSE_ID)).resume?.id).toBe(second.id);
});

test("one statement per lesson read: it authenticates the session, reads the lesson and records the visit", async () => {
  const m = await cadre();
  // Both lessons read once, so their bodies are cached from here on.
  await get({ cookie: m.cookie });
  await get({ cookie: m.cookie }, first);
  const spy = vi.spyOn(db().raw, "query");
  try {
    for (const lesson of [first, second]) {
      spy.mockClear();
      expect((await get({ cookie: m.cookie }, lesson)).status).toBe(200);
      expect(spy).toHaveBeenCalledTimes(LESSON_READ_STATEMENTS);
    }
  } finally {
    spy.mockRestore();
  }
});

test("a signed-out, expired or deactivated member is sent to sign in, for prefetches too, and no visit is recorded", async () => {
  const d = db();
  const m = await cadre();
  const sid = (await d.raw.query<{ id: string }>(`SELECT id FROM auth_session WHERE member_id = $1`, [m.id]))[0].id;
  const refused = async () => {
    for (const h of [{}, { rsc: "1" }] as Record<string, string>[]) {
      const res = await get({ cookie: m.cookie, ...h });
      expect(res.status).toBe(303);
      expect(res.headers.get("location")).toBe("/login");
    }
    expect(await progressOf(m.id)).toEqual([]);
  };
  await d.raw.query(`UPDATE auth_session SET revoked_at = now() WHERE id = $1`, [sid]);
  await refused();
  await d.raw.query(`UPDATE auth_session SET revoked_at = NULL, expires_at = now() - interval '1 second' WHERE id = $1`, [sid]);
  await refused();
  await d.raw.query(`UPDATE auth_session SET expires_at = now() + interval '1 hour' WHERE id = $1`, [sid]);
  await d.raw.query(`UPDATE member SET active = false WHERE id = $1`, [m.id]);
  await refused();
  await d.raw.query(`UPDATE member SET active = true WHERE id = $1`, [m.id]);
  expect((await get({ cookie: m.cookie })).status).toBe(200); // the same cookie, live again
});

test("the router's RSC fetches and prefetches get an empty answer and record no visit", async () => {
  const m = await cadre();
  const requests: Record<string, string>[] = [{ rsc: "1" }, { rsc: "1", "next-router-prefetch": "1" }, { "sec-purpose": "prefetch" }];
  for (const h of requests) {
    const res = await get({ cookie: m.cookie, ...h });
    expect(res.status).toBe(204);
  }
  expect(await progressOf(m.id)).toEqual([]);
});

test("unknown lesson, lesson in another module, bad slug: an HTML 404", async () => {
  const m = await cadre();
  for (const res of [
    await get({ cookie: m.cookie }, second, { lesson: "no-such-lesson" }),
    await get({ cookie: m.cookie }, second, { module: content.course.modules.find((x) => x.slug !== second.module)!.slug }),
    await get({ cookie: m.cookie }, second, { lesson: "<script>" }),
  ]) {
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toContain("text/html");
    expect(await res.text()).toContain("未找到");
  }
  expect(await progressOf(m.id)).toEqual([]);
});

test("mark as learned: refused without or with a foreign origin; from this site it writes the viewer's own progress only", async () => {
  const a = await cadre();
  const b = await cadre();
  expect((await post({ cookie: a.cookie })).status).toBe(403);
  expect((await post({ cookie: a.cookie, origin: "https://evil.example", host: "127.0.0.1:3000" })).status).toBe(403);
  expect((await post({ cookie: a.cookie, "sec-fetch-site": "cross-site", origin: "http://127.0.0.1:3000", host: "127.0.0.1:3000" })).status).toBe(403);
  expect(await progressOf(a.id)).toEqual([]);
  expect((await post({ origin: "http://127.0.0.1:3000", host: "127.0.0.1:3000" })).status).toBe(401); // no session

  // A client asking for JSON (the API-style answer).
  const res = await post({ cookie: a.cookie, "sec-fetch-site": "same-origin", accept: "application/json" });
  expect(res.status).toBe(200);
  expect(await res.json()).toEqual({ ok: true });
  expect((await progressOf(a.id)).map((p) => [p.lessonId, Boolean(p.completedAt)])).toEqual([[second.id, true]]);
  expect(await progressOf(b.id)).toEqual([]); // another cadre's progress is untouched

  // The form without JavaScript: a redirect back to the end of the lesson, which now says learned.
  const form = await post({ cookie: b.cookie, origin: "http://127.0.0.1:3000", host: "127.0.0.1:3000", accept: "text/html" }, first);
  expect(form.status).toBe(303);
  expect(form.headers.get("location")).toBe(`/learn/${first.module}/${first.id}#lesson-end`);
  const after = await (await get({ cookie: b.cookie }, first)).text();
  expect(after).toContain("✓ 本课已学完");
  expect(after).not.toContain("<script"); // nothing left to do on the page
  expect((await progressOf(b.id)).map((p) => p.lessonId)).toEqual([first.id]);
});

test("mark as learned under another module's URL, or in an archived module: a 404 that writes nothing", async () => {
  const d = db();
  const m = await cadre();
  const h = { cookie: m.cookie, "sec-fetch-site": "same-origin", accept: "application/json" };
  const elsewhere = content.course.modules.find((x) => x.slug !== second.module)!.slug;
  const wrong = await lessonRoute.POST(new Request(url(second), { method: "POST", headers: h }), params(second, { module: elsewhere }));
  expect(wrong.status).toBe(404);
  expect(await progressOf(m.id)).toEqual([]);
  await d.raw.query(`UPDATE course_module SET archived_at = now() WHERE slug = $1`, [second.module]);
  try {
    expect((await post(h)).status).toBe(404);
    expect(await progressOf(m.id)).toEqual([]);
  } finally {
    await d.raw.query(`UPDATE course_module SET archived_at = NULL WHERE slug = $1`, [second.module]);
  }
  expect((await post(h)).status).toBe(200);
});

test("text from the database is escaped: a lesson titled and written in markup renders it as text", async () => {
  const d = db();
  const m = await cadre();
  const evil = `<script>alert("x")</script>`;
  const row = await d.prisma.lesson.findUniqueOrThrow({ where: { id: second.id }, select: { title: true, body: true } });
  const body = row.body as { explanation: string; why: string };
  try {
    await d.prisma.lesson.update({ where: { id: second.id }, data: { title: evil, body: { ...body, explanation: evil, why: evil }, contentHash: "evil" } });
    const html = await (await get({ cookie: m.cookie })).text();
    expect(html).not.toContain(evil);
    expect(html).toContain(`<h1 id="lesson-title" class="text-2xl font-bold leading-snug">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</h1>`);
    expect(html).toContain(`<title>&lt;script&gt;`);
    expect(html).not.toMatch(/<script\b/);
  } finally {
    await d.prisma.lesson.update({ where: { id: second.id }, data: { title: row.title, body: row.body as object, contentHash: "restored" } });
  }
});

test("the rendered body is cached per content version: a content change is served at once, without invalidation", async () => {
  const d = db();
  const m = await cadre();
  lessonBodyCache.clear();
  const once = await pageFor(d, second.module, second.id, m.id, { recordVisit: false });
  const twice = await pageFor(d, second.module, second.id, m.id, { recordVisit: false });
  expect(twice?.html).toBe(once?.html);
  expect(lessonBodyCache.size).toBe(1);
  expect(await progressOf(m.id)).toEqual([]); // no visit asked for, none recorded

  const row = await d.prisma.lesson.findUniqueOrThrow({ where: { id: second.id }, select: { body: true, contentHash: true } });
  const body = row.body as { why: string };
  try {
    // Another node (or the content sync) changes the lesson: the version read with the page changes with it.
    await d.prisma.lesson.update({ where: { id: second.id }, data: { body: { ...body, why: "新的理由" }, contentHash: "changed" } });
    const changed = await pageFor(d, second.module, second.id, m.id, { recordVisit: false });
    expect(changed?.html).toContain("新的理由");
    expect(lessonBodyCache.size).toBe(2);
  } finally {
    await d.prisma.lesson.update({ where: { id: second.id }, data: { body: row.body as object, contentHash: row.contentHash } });
  }
  expect((await pageFor(d, second.module, second.id, m.id, { recordVisit: false }))?.html).not.toContain("新的理由");
});

test("sign-out (the confirmation page's plain form): only from this site; it ends the session and says so", async () => {
  const signOut = await import("@/app/(app)/sign-out/route");
  const m = await cadre();
  const send = (headers: Record<string, string>) => signOut.POST(new Request("http://127.0.0.1:3000/sign-out", { method: "POST", headers }), { params: Promise.resolve({}) });
  expect((await send({ cookie: m.cookie, origin: "https://evil.example", host: "127.0.0.1:3000" })).status).toBe(403);
  expect((await get({ cookie: m.cookie })).status).toBe(200); // still signed in
  const res = await send({ cookie: m.cookie, "sec-fetch-site": "same-origin" });
  expect(res.status).toBe(303);
  expect(res.headers.get("location")).toBe("/login?signedOut=1"); // the sign-in page says 已安全退出
  expect(res.headers.getSetCookie().map((c) => c.split("=")[0])).toEqual(["__Secure-next-auth.session-token", "next-auth.session-token"]);
  // The session is revoked on the server, not just forgotten by the browser.
  expect((await get({ cookie: m.cookie })).headers.get("location")).toBe("/login");
});

test("position and neighbours follow the course order, across module boundaries", async () => {
  const m = await cadre();
  const modules = content.course.modules.map((x) => x.slug);
  const ordered = modules.flatMap((slug) => content.lessons.filter((l) => l.module === slug));
  // The first lesson of the second module: its module's 1/n, the previous module's last lesson before it.
  const k = ordered.findIndex((l) => l.module === modules[1]);
  const page = await pageFor(db(), ordered[k].module, ordered[k].id, m.id, { recordVisit: false });
  expect(page?.frame).toMatchObject({
    indexInModule: 1,
    lessonsInModule: ordered.filter((l) => l.module === modules[1]).length,
    prev: { href: `/learn/${ordered[k - 1].module}/${ordered[k - 1].id}`, title: ordered[k - 1].title },
    next: { href: `/learn/${ordered[k + 1].module}/${ordered[k + 1].id}`, title: ordered[k + 1].title },
  });
  const firstPage = await pageFor(db(), ordered[0].module, ordered[0].id, m.id, { recordVisit: false });
  expect(firstPage?.frame.prev).toBeNull();
  const last = ordered.at(-1)!;
  expect((await pageFor(db(), last.module, last.id, m.id, { recordVisit: false }))?.frame.next).toBeNull();
});

test("a visit is written once a minute at most: a reload costs no write, a later visit moves 'where you left off'", async () => {
  const d = db();
  const m = await cadre();
  const seen = async () => (await d.prisma.lessonProgress.findUniqueOrThrow({ where: { memberId_lessonId: { memberId: m.id, lessonId: second.id } } })).lastSeenAt;
  await pageFor(d, second.module, second.id, m.id, { recordVisit: true });
  const t1 = await seen();
  await pageFor(d, second.module, second.id, m.id, { recordVisit: true });
  expect(await seen()).toEqual(t1); // reload within the minute: untouched
  await d.raw.query(`UPDATE lesson_progress SET last_seen_at = now() - interval '2 minutes' WHERE member_id = $1`, [m.id]);
  const t2 = await seen();
  await pageFor(d, first.module, first.id, m.id, { recordVisit: true });
  // last_seen_at keeps milliseconds, and two visits made back to back here can share one (a
  // reader cannot): the first is set a second back, so that the second visit is the later one.
  await d.raw.query(`UPDATE lesson_progress SET last_seen_at = last_seen_at - interval '1 second' WHERE member_id = $1 AND lesson_id = $2`, [m.id, first.id]);
  await pageFor(d, second.module, second.id, m.id, { recordVisit: true });
  expect((await seen()).getTime()).toBeGreaterThan(t2.getTime());
  expect((await courseHome(d, m.id, COURSE_ID)).resume?.id).toBe(second.id);
  // Learned state is still read on a visit that writes nothing.
  await post({ cookie: m.cookie, "sec-fetch-site": "same-origin", accept: "application/json" });
  expect((await pageFor(d, second.module, second.id, m.id, { recordVisit: true }))?.frame.learned).toBe(true);
});
