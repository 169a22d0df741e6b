import fs from "node:fs";
import path from "node:path";
import { expect, request as apiRequest, test, type APIRequestContext, type APIResponse, type Browser } from "@playwright/test";
import { loadContent } from "../lib/content/load";
import { can, type Permission } from "../lib/auth/permissions";
import { APP, appFiles } from "../lib/test/app-files";
import { PUBLIC_ROUTES } from "../lib/auth/public-routes";
import { signIn, signInWithSso } from "./helpers";

/*
 * The authorisation matrix (issue 9): every page and route handler under app/, discovered from the
 * code at test time, against every role. A new page or route is checked without touching this
 * file — unless it has a dynamic segment, in which case it fails here until PARAMS says which real
 * ids to fill in (and whose scope they are in).
 *
 * Expectations: anonymous → /login (pages) or 401 (API); a role without the named permission →
 * 404; with it and the object in scope → 200 / 2xx; with it and the object out of scope → 404.
 * Only GETs are sent for real; other methods are checked for anonymous (401), missing permission
 * (404) and — when the handler parses no body — out-of-scope ids (404), so nothing is written.
 */

const fail = (message: string): never => {
  throw new Error(message);
};
type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/* ------------------------------------------------------------------ discovery */

/** What a page or handler demands: a permission, any signed-in member, nothing (public), or — a bug — no guard at all. */
type Need = { kind: "permission"; permission: Permission } | { kind: "signed-in" } | { kind: "public" } | { kind: "unguarded" };

interface Endpoint {
  file: string; // relative to app/
  pattern: string; // URL pattern, route groups dropped, [param] kept
  segments: string[]; // names of the dynamic segments
  kind: "page" | "route";
  method: Method;
  need: Need;
  parsesBody: boolean;
}

function toPattern(rel: string): { pattern: string; segments: string[] } {
  const dirs = rel
    .split("/")
    .slice(0, -1)
    .filter((s) => !/^\(.*\)$/.test(s) && !s.startsWith("@"));
  const segments = dirs.flatMap((s) => {
    const m = s.match(/^\[{1,2}(?:\.\.\.)?([^\]]+)\]{1,2}$/);
    return m ? [m[1]] : [];
  });
  return { pattern: "/" + dirs.join("/"), segments };
}

function discover(): Endpoint[] {
  const pub = new Set(Object.keys(PUBLIC_ROUTES));
  const files = appFiles(/(^|\/)(page|route)\.tsx?$/);
  const out: Endpoint[] = [];
  for (const file of files) {
    const src = fs.readFileSync(path.join(APP, file), "utf8");
    const { pattern, segments } = toPattern(file);
    if (/page\.tsx?$/.test(file)) {
      const perm = src.match(/await requireViewer\(\s*\{[^}]*\bpermission:\s*"([\w:]+)"/);
      const need: Need = pub.has(file)
        ? { kind: "public" }
        : perm
          ? { kind: "permission", permission: perm[1] as Permission }
          : /await requireViewer\(/.test(src)
            ? { kind: "signed-in" }
            : { kind: "unguarded" };
      out.push({ file, pattern, segments, kind: "page", method: "GET", need, parsesBody: false });
      continue;
    }
    // Route handlers: `export const GET = …`, `export async function GET`, or `export { h as GET }`.
    const exports: { method: Method; at: number }[] = [];
    for (const m of src.matchAll(/^export\s+(?:const|async\s+function|function)\s+(GET|POST|PUT|PATCH|DELETE)\b/gm))
      exports.push({ method: m[1] as Method, at: m.index });
    for (const m of src.matchAll(/^export\s*\{([^}]*)\}/gm))
      for (const a of m[1].matchAll(/\bas\s+(GET|POST|PUT|PATCH|DELETE)\b/g)) exports.push({ method: a[1] as Method, at: m.index });
    for (const { method, at } of exports) {
      const next = src.slice(at + 1).search(/^export\s/m);
      const body = src.slice(at, next < 0 ? undefined : at + 1 + next);
      const guard = body.match(/^export\s+const\s+\w+\s*=\s*(?:guardedRoute|guardedCallerRoute)\(\s*\{([^}]*)\}/m);
      const perm = guard?.[1].match(/\bpermission:\s*"([\w:]+)"/);
      const need: Need = pub.has(file) ? { kind: "public" } : perm ? { kind: "permission", permission: perm[1] as Permission } : { kind: "unguarded" };
      // `html: true`: a route handler serving a page (lib/auth/guard.ts) is expected to behave like one.
      const kind = /\bhtml:\s*true\b/.test(guard?.[1] ?? "") ? "page" : "route";
      out.push({ file, pattern, segments, kind, method, need, parsesBody: /\bbody:/.test(guard?.[1] ?? "") });
    }
  }
  return out;
}

/* ------------------------------------------------------------------ roles */

const ROLES = [
  { key: "anonymous", user: null, role: null },
  { key: "cadre", user: "cadre001", role: "CADRE" },
  { key: "otherSecretary", user: "sec02", role: "SECRETARY" }, // 组织人事党支部: a sibling of sec01's branch
  { key: "unitSecretary", user: "sec01", role: "SECRETARY" }, // 办公室党支部: cadre001–010
  { key: "committeeSecretary", user: "dw01", role: "SECRETARY" }, // 示范区机关党委, above both
  { key: "admin", user: "admin", role: "ADMIN" },
  // cadre001 again, signed in through 统一身份认证 (issue 19): every expectation is the cadre's.
  { key: "ssoCadre", user: "cadre001", role: "CADRE", sso: true },
] as const;
type RoleKey = (typeof ROLES)[number]["key"];
/** Whose expectations a role has: the SSO-signed cadre is the same member as the cadre. */
const scopeOf = (k: RoleKey): RoleKey => (k === "ssoCadre" ? "cadre" : k);

/* ------------------------------------------------------------------ fixtures */

/** Real ids of the demo data, resolved at test start through the app's own pages and API. */
interface Fx {
  unitA: number; // 办公室党支部 (sec01's)
  unitB: number; // 组织人事党支部 (sec02's)
  assignmentA: number; // an assignment sec01 gives her branch
  memberA: number; // cadre001
  memberB: number; // cadre011, in sec02's branch
  quizId: string;
  /** The exam (its 考试须知 page); quizId is a practice quiz, which that page does not show. */
  examId: string;
  attemptA: string; // cadre001's
  attemptB: string; // cadre010's (same branch, another cadre)
  versionId: number; // a question version on cadre001's paper
  questionId: string;
  module: string;
  lesson: string;
  rule: string;
}

/**
 * Whose scope the object is in. "unit": an object of sec01's branch — visible to sec01, dw01 and
 * admin, a 404 for sec02. "own": cadre001's — a 404 for everyone else. "any": everyone with the
 * permission. "absent": the demo has no such object, so every signed-in caller gets 404.
 */
type Scope = "any" | "unit" | "own" | "absent";
const IN_SCOPE: Record<Scope, readonly RoleKey[]> = {
  any: ["cadre", "otherSecretary", "unitSecretary", "committeeSecretary", "admin"],
  unit: ["unitSecretary", "committeeSecretary", "admin"],
  own: ["cadre"],
  absent: [],
};

interface Target {
  params?: Record<string, string>;
  query?: string;
}
interface Fixture {
  scope: Scope;
  target: Target;
  /** The same route with an id the given roles may not see (or that does not exist): 404. */
  out?: { target: Target; roles: RoleKey[] };
}

/**
 * Keyed by URL pattern rather than by segment name, because one name means different things in
 * different routes (`[id]` is a member, a question, a quiz or an attempt). Every discovered
 * pattern with a dynamic segment must be here; static patterns are here when they take a scoped
 * query string.
 */
const PARAMS: Record<string, (fx: Fx) => Fixture> = {
  "/admin/members/[id]": (fx) => ({
    scope: "any",
    target: { params: { id: String(fx.memberA) } },
    out: { target: { params: { id: "2147483000" } }, roles: ["admin"] },
  }),
  "/admin/questions/[id]": (fx) => ({
    scope: "any",
    target: { params: { id: fx.questionId } },
    out: { target: { params: { id: "no-such-question" } }, roles: ["admin"] },
  }),
  "/admin/questions/[id]/edit": (fx) => ({
    scope: "any",
    target: { params: { id: fx.questionId } },
    out: { target: { params: { id: "no-such-question" } }, roles: ["admin"] },
  }),
  "/admin/questions/[id]/diff": (fx) => ({
    scope: "any",
    target: { params: { id: fx.questionId }, query: "from=1" },
    out: { target: { params: { id: fx.questionId }, query: "from=999" }, roles: ["admin"] },
  }),
  "/admin/questions/[id]/regrade": (fx) => ({
    scope: "any",
    target: { params: { id: fx.questionId } },
    out: { target: { params: { id: fx.questionId }, query: "version=999" }, roles: ["admin"] },
  }),
  "/admin/questions/quizzes/[id]": (fx) => ({
    scope: "any",
    target: { params: { id: fx.quizId } },
    out: { target: { params: { id: "no-such-quiz" } }, roles: ["admin"] },
  }),
  "/quiz/exam/[id]": (fx) => ({ scope: "any", target: { params: { id: fx.examId } }, out: { target: { params: { id: fx.quizId } }, roles: ["cadre"] } }),
  "/attempt/[id]": (fx) => ({ scope: "own", target: { params: { id: fx.attemptA } }, out: { target: { params: { id: fx.attemptB } }, roles: ["cadre"] } }),
  "/branch": (fx) => ({
    scope: "unit",
    target: { query: `unit=${fx.unitA}&a=${fx.assignmentA}` },
    out: { target: { query: `unit=${fx.unitB}` }, roles: ["unitSecretary"] },
  }),
  "/branch/members/[id]": (fx) => ({
    scope: "unit",
    target: { params: { id: String(fx.memberA) } },
    out: { target: { params: { id: String(fx.memberB) } }, roles: ["unitSecretary"] },
  }),
  "/branch/report": (fx) => ({
    scope: "unit",
    target: { query: `unit=${fx.unitA}&a=${fx.assignmentA}` },
    out: { target: { query: `unit=${fx.unitB}&a=${fx.assignmentA}` }, roles: ["unitSecretary"] },
  }),
  "/branch/export": (fx) => ({
    scope: "unit",
    target: { query: `unit=${fx.unitA}&a=${fx.assignmentA}&kind=members&format=csv` },
    out: { target: { query: `unit=${fx.unitB}&a=${fx.assignmentA}&kind=members&format=csv` }, roles: ["unitSecretary"] },
  }),
  "/learn/[module]": (fx) => ({
    scope: "any",
    target: { params: { module: fx.module } },
    out: { target: { params: { module: "no-such-module" } }, roles: ["cadre"] },
  }),
  "/learn/[module]/[lesson]": (fx) => ({
    scope: "any",
    target: { params: { module: fx.module, lesson: fx.lesson } },
    out: { target: { params: { module: fx.module, lesson: "no-such-lesson" } }, roles: ["cadre"] },
  }),
  "/rules/[code]": (fx) => ({ scope: "any", target: { params: { code: fx.rule } }, out: { target: { params: { code: "Z-99" } }, roles: ["cadre"] } }),
  "/verify/[code]": () => ({ scope: "any", target: { params: { code: "NO-SUCH-CERT" } } }),
  "/api/auth/[...nextauth]": () => ({ scope: "any", target: { params: { nextauth: "session" } } }),
  // The demo issues no certificate (one needs the whole course learned): only the 404 side is checked.
  "/api/certificates/[code]": () => ({ scope: "absent", target: { params: { code: "NO-SUCH-CERT" } } }),
  "/api/certificates/[code]/image": () => ({ scope: "absent", target: { params: { code: "NO-SUCH-CERT" } } }),
  "/api/v1/attempts/[attemptId]": (fx) => ({
    scope: "own",
    target: { params: { attemptId: fx.attemptA } },
    out: { target: { params: { attemptId: fx.attemptB } }, roles: ["cadre"] },
  }),
  "/api/v1/attempts/[attemptId]/submit": (fx) => ({
    scope: "own",
    target: { params: { attemptId: fx.attemptA } },
    out: { target: { params: { attemptId: fx.attemptB } }, roles: ["cadre"] },
  }),
  "/api/v1/attempts/[attemptId]/responses/[versionId]": (fx) => ({
    scope: "own",
    target: { params: { attemptId: fx.attemptA, versionId: String(fx.versionId) } },
  }),
  "/api/v1/org-units/[unitId]/completion": (fx) => ({
    scope: "unit",
    target: { params: { unitId: String(fx.unitA) } },
    out: { target: { params: { unitId: String(fx.unitB) } }, roles: ["unitSecretary"] },
  }),
  "/api/v1/org-units/[unitId]/rollup": (fx) => ({
    scope: "unit",
    target: { params: { unitId: String(fx.unitA) } },
    out: { target: { params: { unitId: String(fx.unitB) } }, roles: ["unitSecretary"] },
  }),
  "/api/v1/quizzes/[quizId]/attempts": (fx) => ({ scope: "any", target: { params: { quizId: fx.quizId } } }),
};

function url(pattern: string, t: Target): string {
  const p = pattern.replace(/\[{1,2}(\.\.\.)?([^\]]+)\]{1,2}/g, (_, rest: string | undefined, name: string) => {
    const v = t.params?.[name];
    if (v === undefined) throw new Error(`${pattern}: no value for [${name}]`);
    return rest ? v : encodeURIComponent(v);
  });
  return t.query ? `${p}?${t.query}` : p;
}

/* ------------------------------------------------------------------ sign-in and fixture resolution */

async function signedInContext(browser: Browser, baseURL: string, user: string, sso = false): Promise<APIRequestContext> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await (sso ? signInWithSso(page, user) : signIn(page, user));
  // Six roles sign in at once (six scrypt hashes on two cores): on a loaded CI machine the redirect
  // took longer than the default 10 s once.
  await expect(page).toHaveURL((u) => u.origin === new URL(baseURL).origin && !u.pathname.startsWith("/login"), { timeout: 30_000 });
  const state = await context.storageState();
  await context.close();
  // As the app's own pages send it: the guard refuses a cookie write without Sec-Fetch-Site or Origin.
  return apiRequest.newContext({ baseURL, storageState: state, extraHTTPHeaders: { "sec-fetch-site": "same-origin" } });
}

async function json<T>(res: APIResponse, what: string): Promise<T> {
  expect(res.ok(), `${what}: ${res.status()} ${await res.text()}`).toBe(true);
  return (await res.json()) as T;
}

interface UnitNode {
  id: number;
  name: string;
  children: UnitNode[];
}
const flat = (ns: UnitNode[]): UnitNode[] => ns.flatMap((n) => [n, ...flat(n.children)]);

async function resolveFixtures(browser: Browser, baseURL: string, ctx: Record<RoleKey, APIRequestContext>): Promise<Fx> {
  // Units, from the admin's org tree.
  const tree = await json<{ units: UnitNode[] }>(await ctx.admin.get("/api/v1/org-units"), "org-units");
  const unit = (name: string) => flat(tree.units).find((u) => u.name === name)?.id ?? fail(`unit ${name} not in the demo`);
  const unitA = unit("办公室党支部");
  const unitB = unit("组织人事党支部");

  // sec01 gives her branch an assignment (the report and the export need one), through the form.
  const secPage = await (await browser.newContext({ baseURL })).newPage();
  await signIn(secPage, "sec01");
  await expect(secPage).toHaveURL(/\/branch$/);
  await secPage.goto(`/branch/assign?unit=${unitA}`);
  await secPage.getByLabel("任务名称").fill(`权限矩阵-${Date.now().toString(36)}`);
  await secPage.getByLabel(/通过结业考试/).uncheck();
  await secPage.getByRole("button", { name: "布置任务" }).click();
  await expect(secPage).toHaveURL(/\/branch\?unit=\d+&a=\d+/);
  const assigned = new URL(secPage.url()).searchParams;
  expect(Number(assigned.get("unit"))).toBe(unitA);
  const assignmentA = Number(assigned.get("a"));
  await secPage.context().close();

  // Members: cadre001 from sec01's completion list, cadre011 from the admin's member search.
  const completion = await json<{ members: { id: number; username: string }[] }>(
    await ctx.unitSecretary.get(`/api/v1/org-units/${unitA}/completion?assignmentId=${assignmentA}&limit=200`),
    "completion",
  );
  const memberA = completion.members.find((m) => m.username === "cadre001")?.id ?? fail("cadre001 not in sec01's completion list");
  const found = await ctx.admin.get("/admin/members?q=cadre011");
  const memberB = Number((await found.text()).match(/href="\/admin\/members\/(\d+)"/)?.[1] ?? fail("cadre011 not found"));

  // A practice quiz; attempts by cadre001 and by cadre010 (another cadre of the same branch).
  const quizzes = await json<{ quizzes: { id: string; kind: string }[] }>(await ctx.cadre.get("/api/v1/quizzes"), "quizzes");
  const quizId = (quizzes.quizzes.find((q) => q.kind === "PRACTICE") ?? quizzes.quizzes[0])?.id ?? fail("no quiz");
  const examId = quizzes.quizzes.find((q) => q.kind === "EXAM")?.id ?? fail("no exam");
  const attemptA = (await json<{ id: string }>(await ctx.cadre.post(`/api/v1/quizzes/${quizId}/attempts`), "start attempt")).id;
  const other = await signedInContext(browser, baseURL, "cadre010");
  const attemptB = (await json<{ id: string }>(await other.post(`/api/v1/quizzes/${quizId}/attempts`), "start attempt (cadre010)")).id;
  await other.dispose();
  expect(attemptB).not.toBe(attemptA);
  const attempt = await json<{ items: { versionId: number }[] }>(await ctx.cadre.get(`/api/v1/attempts/${attemptA}`), "attempt");
  const versionId = attempt.items[0]?.versionId ?? fail("empty paper");

  // A question, from the admin's question bank; a lesson from the content; a rule from the API.
  const bank = await (await ctx.admin.get("/admin/questions")).text();
  const questionId = decodeURIComponent(
    [...bank.matchAll(/href="\/admin\/questions\/([^"/?#]+)"/g)].map((m) => m[1]).find((id) => !["new", "analysis", "quizzes", "transfer"].includes(id)) ??
      fail("no question in the bank"),
  );
  const lesson = loadContent().lessons[0] ?? fail("no lesson");
  const rules = await json<{ rules: { code: string }[] }>(await ctx.cadre.get("/api/v1/rules"), "rules");
  const rule = rules.rules[0]?.code ?? fail("no rule");

  return {
    unitA,
    unitB,
    assignmentA,
    memberA,
    memberB,
    quizId,
    examId,
    attemptA,
    attemptB,
    versionId,
    questionId,
    module: lesson.module,
    lesson: lesson.id,
    rule,
  };
}

/* ------------------------------------------------------------------ the matrix */

type Expect = "login" | "401" | "404" | "ok" | "public";

function expected(e: Endpoint, role: (typeof ROLES)[number], scope: Scope): Expect | "skip" {
  if (e.need.kind === "public") return e.method === "GET" ? "public" : "skip";
  if (role.role === null) return e.kind === "page" ? "login" : "401";
  if (e.need.kind === "permission" && !can(role.role, e.need.permission)) return "404";
  const inScope = IN_SCOPE[scope].includes(scopeOf(role.key));
  if (e.method !== "GET") return !inScope && !e.parsesBody ? "404" : "skip"; // never write
  return inScope ? "ok" : "404";
}

function verdict(e: Endpoint, want: Expect, res: APIResponse): string | null {
  const status = res.status();
  const finalPath = new URL(res.url()).pathname;
  switch (want) {
    case "login":
      return finalPath === "/login" && status === 200 ? null : `expected a redirect to /login, got ${status} at ${finalPath}`;
    case "401":
      return status === 401 ? null : `expected 401, got ${status}`;
    case "404":
      return status === 404 ? null : `expected 404, got ${status}`;
    case "ok":
      if (e.kind === "page") return status === 200 && finalPath !== "/login" ? null : `expected 200, got ${status} at ${finalPath}`;
      return status >= 200 && status < 300 ? null : `expected 2xx, got ${status}`;
    case "public":
      if (e.kind === "page") return status === 200 ? null : `expected 200 (public page), got ${status}`;
      return status < 500 && status !== 401 ? null : `expected a public answer, got ${status}`;
  }
}

test("authorisation matrix: every page and route handler × every role", async ({ browser }, testInfo) => {
  test.skip(testInfo.project.name === "phone", "the matrix is role × route, not viewport: desktop only");
  test.setTimeout(180_000);
  const baseURL = testInfo.project.use.baseURL ?? fail("no baseURL");

  const endpoints = discover();
  expect(endpoints.length).toBeGreaterThan(40);
  const failures: string[] = [];

  // Structure first: every handler guarded or deliberately public; every dynamic pattern has ids.
  for (const e of endpoints)
    if (e.need.kind === "unguarded") failures.push(`${e.method} ${e.pattern} (${e.file}): no guard and not on the public list (lib/auth/public-routes.ts)`);
  const patterns = new Set(endpoints.map((e) => e.pattern));
  for (const e of endpoints)
    if (e.segments.length && !PARAMS[e.pattern])
      failures.push(`${e.pattern} (${e.file}): dynamic segment(s) ${e.segments.map((s) => `[${s}]`).join(" ")} have no PARAMS entry`);
  for (const p of Object.keys(PARAMS)) if (!patterns.has(p)) failures.push(`PARAMS entry ${p} matches no discovered page or route`);
  expect(failures, "matrix structure").toEqual([]);

  const ctx = {} as Record<RoleKey, APIRequestContext>;
  await Promise.all(
    ROLES.map(async (r) => {
      ctx[r.key] = r.user === null ? await apiRequest.newContext({ baseURL }) : await signedInContext(browser, baseURL, r.user, "sso" in r);
    }),
  );
  const fx = await resolveFixtures(browser, baseURL, ctx);
  console.log(`[matrix] fixtures: ${JSON.stringify(fx)}`);

  let checks = 0;
  let skipped = 0;
  const send = (r: RoleKey, e: Endpoint, target: Target) =>
    e.method === "GET"
      ? ctx[r].get(url(e.pattern, target), { maxRedirects: 10 })
      : // Same-origin, as from the app's own pages: cookie-authenticated form posts check it (CSRF).
        ctx[r].fetch(url(e.pattern, target), { method: e.method, data: {}, maxRedirects: 0, headers: { origin: new URL(baseURL).origin } });

  const jobs: (() => Promise<void>)[] = [];
  for (const e of endpoints) {
    const fixture: Fixture = PARAMS[e.pattern]?.(fx) ?? { scope: "any", target: {} };
    for (const role of ROLES) {
      const want = expected(e, role, fixture.scope);
      const variants: { target: Target; want: Expect; label: string }[] = want === "skip" ? [] : [{ target: fixture.target, want, label: "" }];
      // The out-of-scope variant, for a role that may use the route: a GET, or a write whose handler parses no body.
      const permitted = role.role !== null && e.need.kind !== "public" && (e.need.kind !== "permission" || can(role.role, e.need.permission));
      if (fixture.out?.roles.includes(scopeOf(role.key)) && permitted && (e.method === "GET" || !e.parsesBody))
        variants.push({ target: fixture.out.target, want: "404", label: " [out of scope]" });
      if (!variants.length) skipped++;
      for (const v of variants) {
        checks++;
        jobs.push(async () => {
          const res = await send(role.key, e, v.target);
          const problem = verdict(e, v.want, res);
          if (problem) {
            const body = (await res.text().catch(() => "")).replace(/\s+/g, " ").slice(0, 160);
            failures.push(`${e.method} ${url(e.pattern, v.target)} as ${role.key}${v.label}: ${problem} — ${body}`);
          }
        });
      }
    }
  }
  // A few at a time: the server is one process on an embedded database.
  for (let i = 0; i < jobs.length; i += 8) await Promise.all(jobs.slice(i, i + 8).map((j) => j()));
  await Promise.all(Object.values(ctx).map((c) => c.dispose()));

  const pages = endpoints.filter((e) => e.kind === "page").length;
  const handlers = endpoints.length - pages;
  console.log(
    `[matrix] discovered ${endpoints.length} routes (${pages} pages, ${handlers} route-handler methods in ${new Set(endpoints.filter((e) => e.kind === "route").map((e) => e.file)).size} files); ` +
      `${endpoints.length} × ${ROLES.length} roles = ${endpoints.length * ROLES.length} cells: ${checks} requests checked (incl. out-of-scope variants), ${skipped} cells not sent (writes or public non-GET)`,
  );
  expect(failures).toEqual([]);
});
