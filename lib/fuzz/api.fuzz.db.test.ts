/**
 * Property-based fuzzing of every route handler under app/ (discovered from the file tree, so a new
 * route is fuzzed without touching this file): hostile JSON bodies, path parameters and query
 * strings, as an admin, a cadre, anonymous and with a forged token. For every case: no 5xx; a 4xx
 * says what is wrong in Chinese (`{ error }`); and a request that is not answered 2xx writes nothing.
 *
 * Also, for every route: bodies over the cap (declared, and streamed without a length) are a 413
 * before anything parses them, and bodies padded with whitespace up to just under the cap — inside
 * every string and between tokens, as the outside probe did to the message checker (review F2) —
 * are answered without a 5xx within a CPU budget. URLs the app cannot read (undecodable escapes,
 * NUL) are e2e/hostile-urls.spec.ts's: here Next has already decoded them.
 */
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { z } from "zod";
import { startAttempt } from "../assessment/attempts";
import { EXAM_ID } from "../assessment/quizzes";
import { db, type Db } from "../db/client";
import { issueToken } from "../api/tokens";
import { MAX_JSON_BODY_BYTES } from "../security/body-limit";
import { makeMember, makeTree } from "../test/factories";
import { bootContent } from "../test/authoring";
import { APP, appFiles } from "../test/app-files";
import { CHINESE, RUNS, ZOD_ENGLISH, changedTables, fingerprint, hostileObject, hostileString, hostileValue, knownOf } from "./hostile";

type Handler = ((req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>) & {
  guard?: { body?: z.ZodType; params?: z.ZodType; query?: z.ZodType; html?: boolean };
};

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

/** Route files not fuzzed here, with the reason. */
const EXCLUDED: Record<string, string> = {
  "api/auth/[...nextauth]/route.ts": "next-auth's own handler reads next/headers, which needs Next's request context (covered by lib/auth tests and e2e)",
};

const routeFiles = appFiles(/(^|\/)route\.ts$/);

/** The URL path of a route file: route groups dropped, `[param]` kept for filling in. */
const urlOf = (rel: string) =>
  "/" +
  rel
    .replace(/\/?route\.ts$/, "")
    .split("/")
    .filter((s) => !/^\(.*\)$/.test(s))
    .join("/");
const paramsOf = (rel: string) => [...rel.matchAll(/\[(?:\.\.\.)?(\w+)\]/g)].map((m) => m[1]);

const totals = { cases: 0, status: new Map<number, number>() };
const slowest = { ms: 0, what: "" };
/** CPU a padded request may take (its handler and the embedded database together): generous, for a busy 2-core machine. */
const PADDED_CPU_BUDGET_MS = Number(process.env.FUZZ_PADDED_CPU_MS) || 2_000;
let d: Db;
let tokens: { admin: string; cadre: string };
/** Real ids and slugs, so that some hostile requests reach past validation into the handlers. */
let plausible: (string | number)[] = [];

beforeAll(async () => {
  d = db();
  await bootContent(d);
  const tree = await makeTree(d);
  const admin = await makeMember(d, tree.committee, "ADMIN");
  const cadre = await makeMember(d, tree.branchA);
  tokens = {
    admin: (await issueToken(d, admin, { name: "fuzz admin" })).token,
    cadre: (await issueToken(d, admin, { name: "fuzz cadre", username: cadre.username })).token,
  };
  const attempt = await startAttempt(d, cadre.id, EXAM_ID);
  const [v] = await d.raw.query<{ id: number }>(`SELECT min(id) AS id FROM question_version`);
  plausible = [
    EXAM_ID,
    attempt.publicId,
    v.id,
    String(v.id),
    tree.branchA.id,
    String(tree.branchA.id),
    tree.committee.id,
    cadre.username,
    "json",
    "xlsx",
    "csv",
    "members",
    "dry-run",
  ];
});

afterAll(() => {
  const byStatus = [...totals.status]
    .sort((a, b) => a[0] - b[0])
    .map(([s, n]) => `${s}×${n}`)
    .join(" ");
  console.log(
    `[fuzz] API: ${totals.cases} cases over ${routeFiles.length - Object.keys(EXCLUDED).length} route files (${byStatus}); slowest padded body ${slowest.ms} ms CPU (${slowest.what})`,
  );
});

type Caller = "admin" | "cadre" | "anonymous" | "forged";

interface Case {
  caller: Caller;
  params: Record<string, string>;
  query: [string, string][];
  /** A JSON value to send, or a raw (possibly non-JSON) body. */
  body: { json: unknown } | { raw: string } | undefined;
  fileName?: string;
}

async function send(handler: Handler, method: string, url: string, c: Case) {
  const u = new URL(`http://localhost${url}`);
  for (const [k, v] of c.query) u.searchParams.append(k, v);
  // Same origin, and a file name for the upload routes: lets hostile bodies reach the importers.
  const headers: Record<string, string> = { host: "localhost", origin: "http://localhost" };
  if (c.fileName !== undefined) headers["x-file-name"] = c.fileName;
  if (c.caller === "admin" || c.caller === "cadre") headers.authorization = `Bearer ${tokens[c.caller]}`;
  if (c.caller === "forged") headers.authorization = `Bearer wg_${"A".repeat(43)}`;
  let body: string | undefined;
  if (c.body && method !== "GET") {
    body = "raw" in c.body ? c.body.raw : JSON.stringify(c.body.json);
    headers["content-type"] = "application/json";
  }
  const res = await handler(new Request(u, { method, headers, body }), { params: Promise.resolve(c.params) });
  const text = await res.text();
  return { status: res.status, type: res.headers.get("content-type") ?? "", text };
}

/** Checks one response; returns a description of what is wrong, or null. */
function problemWith(r: { status: number; type: string; text: string }, html = false): string | null {
  if (r.status >= 500) return `status ${r.status}: ${r.text.slice(0, 300)}`;
  // A page served by a route handler (guardedRoute `html`) answers errors as a page, in Chinese
  // (an API token's 401 stays JSON).
  if (html && r.status >= 400 && r.type.includes("text/html"))
    return CHINESE.test(r.text) ? null : `status ${r.status}: an HTML page without a Chinese message`;
  if (r.status >= 400) {
    if (!r.type.includes("json")) return `status ${r.status} without JSON`;
    let json: { error?: unknown; report?: { errors?: { message?: unknown }[] } };
    try {
      json = JSON.parse(r.text);
    } catch {
      return `status ${r.status} with invalid JSON`;
    }
    // The member import answers a refused file with its report: the problems, each in Chinese.
    const reported = json.report?.errors?.[0]?.message;
    if (r.status === 422 && typeof reported === "string") return CHINESE.test(reported) ? null : `status 422, report not in Chinese: ${reported}`;
    if (typeof json.error !== "string" || !json.error.trim()) return `status ${r.status} without an error message: ${r.text.slice(0, 300)}`;
    if (!CHINESE.test(json.error) || ZOD_ENGLISH.test(json.error)) return `status ${r.status}, error not in Chinese: ${json.error}`;
  }
  return null;
}

const routes = routeFiles.filter((rel) => !(rel in EXCLUDED));

test("every route file is fuzzed or excluded with a reason", () => {
  expect(routes.length).toBeGreaterThan(10);
  for (const rel of Object.keys(EXCLUDED)) expect(routeFiles).toContain(rel);
});

describe.each(routes)("%s", (rel) => {
  test("hostile requests: no 5xx, a Chinese 4xx error, nothing written unless 2xx", async () => {
    const mod = (await import(/* @vite-ignore */ path.join(APP, rel))) as Record<string, Handler>;
    const methods = METHODS.filter((m) => typeof mod[m] === "function");
    expect(methods.length, `${rel} exports no HTTP method`).toBeGreaterThan(0);
    const url = urlOf(rel);
    const names = paramsOf(rel);

    for (const method of methods) {
      const handler = mod[method];
      const guard = handler.guard ?? {};
      const bodyKnown = knownOf(guard.body);
      const queryKnown = knownOf(guard.query);
      const param = fc.oneof(
        hostileString(plausible.map(String)),
        fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }).map(String),
        fc.constantFrom("1", "0", "-1", "2147483648", "1e3", "1.0", " 1", "0x1"),
      );
      const arbitrary = fc.record<Case>({
        caller: fc.constantFrom<Caller>("admin", "admin", "cadre", "cadre", "anonymous", "forged"),
        params: fc.record(Object.fromEntries(names.map((n) => [n, param]))) as fc.Arbitrary<Record<string, string>>,
        query: fc.array(
          fc.tuple(
            fc.oneof(fc.constantFrom(...(queryKnown.keys.length ? queryKnown.keys : ["q"])), hostileString()),
            hostileString([...queryKnown.literals, ...plausible.map(String)]),
          ),
          {
            maxLength: 4,
          },
        ),
        body: fc.oneof(
          fc.constant(undefined),
          fc.record({ json: hostileObject(bodyKnown, plausible) }),
          fc.record({ json: hostileValue(bodyKnown, plausible) }),
          fc.record({
            raw: fc.oneof(
              hostileString(),
              fc.constantFrom("{", "[1,", '{"a":', "\u0000", '{"__proto__":{"x":1}}', "用户名,姓名\n'; DROP TABLE member; --,<script>"),
            ),
          }),
        ),
        fileName: fc.option(
          fc.oneof(
            fc.constantFrom("members.csv", "members.xlsx", "%E0%A4%A", "a.exe"),
            hostileString().map((x) => encodeURIComponent(x.toWellFormed())),
          ),
          { nil: undefined },
        ),
      });

      await fc.assert(
        fc.asyncProperty(arbitrary, async (c) => {
          const before = await fingerprint(d);
          const r = await send(
            handler,
            method,
            url.replace(/\[(?:\.\.\.)?(\w+)\]/g, (_, n) => encodeURIComponent((c.params[n] ?? "").toWellFormed())),
            c,
          );
          totals.cases++;
          totals.status.set(r.status, (totals.status.get(r.status) ?? 0) + 1);
          const problem = problemWith(r, guard.html === true);
          if (problem) throw new Error(`${method} ${url}: ${problem}`);
          if (r.status >= 300) {
            const after = await fingerprint(d);
            if (after !== before) throw new Error(`${method} ${url} answered ${r.status} but wrote to: ${changedTables(before, after).join(", ")}`);
          }
        }),
        {
          numRuns: RUNS,
          // Regression: a NUL in any text failed the insert with "invalid byte sequence" — a 500.
          examples: [
            [
              {
                caller: "admin",
                params: Object.fromEntries(names.map((n) => [n, "1\u0000"])),
                query: queryKnown.keys.map((k): [string, string] => [k, "a\u0000b"]),
                body: { json: Object.fromEntries(bodyKnown.keys.map((k) => [k, "a\u0000b"])) },
              },
            ],
          ],
        },
      );
    }
  }, 300_000);

  test("bodies over the cap are a 413 unread; padded bodies under it are answered without a 5xx, within a CPU budget", async () => {
    const mod = (await import(/* @vite-ignore */ path.join(APP, rel))) as Record<string, Handler>;
    const url = urlOf(rel).replace(/\[(?:\.\.\.)?(\w+)\]/g, () => "1");
    const params = Object.fromEntries(paramsOf(rel).map((n) => [n, "1"]));
    for (const method of (["POST", "PUT", "PATCH"] as const).filter((m) => typeof mod[m] === "function")) {
      const handler = mod[method];
      const known = knownOf(handler.guard?.body);
      const call = async (body: BodyInit, extra: Record<string, string> = {}) => {
        const req = new Request(`http://localhost${url}?mode=dry-run`, {
          method,
          headers: {
            host: "localhost",
            origin: "http://localhost",
            authorization: `Bearer ${tokens.admin}`,
            "content-type": "application/json",
            "x-file-name": "members.csv",
            ...extra,
          },
          body,
          duplex: "half",
        } as RequestInit);
        const c0 = process.cpuUsage();
        const res = await handler(req, { params: Promise.resolve(params) });
        const text = await res.text();
        const c = process.cpuUsage(c0);
        totals.cases++;
        totals.status.set(res.status, (totals.status.get(res.status) ?? 0) + 1);
        return { status: res.status, type: res.headers.get("content-type") ?? "", text, cpuMs: (c.user + c.system) / 1000 };
      };
      if (handler.guard?.body) {
        // Over the cap, with a Content-Length and without one.
        const over = `{"x":"${" ".repeat(MAX_JSON_BODY_BYTES)}"}`;
        expect((await call(over)).status, `${method} ${url} declared oversize`).toBe(413);
        let pulled = 0;
        const stream = new ReadableStream<Uint8Array>({
          pull(ctl) {
            pulled += 65_536;
            ctl.enqueue(new Uint8Array(65_536).fill(0x20));
          },
        });
        expect((await call(stream)).status, `${method} ${url} streamed oversize`).toBe(413);
        expect(pulled, `${method} ${url} read past the cap`).toBeLessThan(MAX_JSON_BODY_BYTES + 4 * 65_536);
      }
      // Padded just under the cap: inside each known string field, and between the tokens.
      const room = MAX_JSON_BODY_BYTES - 4_096;
      const keys = known.keys.length ? known.keys : ["text"];
      const side = Math.floor(room / keys.length / 2) - 64;
      const inside = Object.fromEntries(keys.map((k) => [k, `${" ".repeat(side)}${plausible[0] ?? "x"}${" ".repeat(side)}`]));
      const between = `${" ".repeat(room / 2)}${JSON.stringify(Object.fromEntries(keys.map((k) => [k, String(plausible[0] ?? "x")])))}${" ".repeat(room / 2)}`;
      for (const [what, body] of [
        ["inside the strings", JSON.stringify(inside)],
        ["between the tokens", between],
      ] as const) {
        const r = await call(body);
        const problem = problemWith(r);
        if (problem) throw new Error(`${method} ${url} padded ${what}: ${problem}`);
        if (r.cpuMs > slowest.ms) Object.assign(slowest, { ms: Math.round(r.cpuMs), what: `${method} ${url}, ${what}` });
        expect(r.cpuMs, `${method} ${url} padded ${what}: ${Math.round(r.cpuMs)} ms of CPU`).toBeLessThan(PADDED_CPU_BUDGET_MS);
      }
    }
  }, 300_000);
});
