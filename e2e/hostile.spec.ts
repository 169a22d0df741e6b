import fs from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { probeZipBomb } from "../lib/test/zip-fixtures";
import { APP, appFiles } from "../lib/test/app-files";
import { signIn } from "./helpers";

/*
 * The outside probe's findings, against the production server (security review, issue 15): every
 * page and route with URLs the app cannot read (F10), the zip bomb through both imports (F1), a
 * spoofed X-Forwarded-For (F3), cross-site writes with a session cookie (F7), TRACE, next-auth's
 * callback URL and a foreign server action (F10). Pages and routes are discovered from app/, so a
 * new one is covered without touching this file.
 */

const CHINESE = /[\u4e00-\u9fff]/;

/** app/'s pages or route handlers: the URL pattern (route groups dropped, [param] kept) and the first method a route exports. */
function endpoints(kind: "page" | "route"): { pattern: string; method: string }[] {
  return appFiles(kind === "page" ? /(^|\/)page\.tsx$/ : /(^|\/)route\.ts$/)
    .map((f) => ({
      pattern:
        "/" +
        f
          .split("/")
          .slice(0, -1)
          .filter((s) => !/^\(.*\)$/.test(s))
          .join("/"),
      method:
        kind === "page"
          ? "GET"
          : (/export\s+(?:const|async function|function)\s+(GET|POST|PUT|PATCH|DELETE)\b/.exec(fs.readFileSync(path.join(APP, f), "utf8"))?.[1] ?? "GET"),
    }))
    .sort((a, b) => a.pattern.localeCompare(b.pattern));
}

/** Query keys a page reads: the generic ones and any `key: z.` in its source. */
const QUERY_KEYS = [
  "q",
  "page",
  "unit",
  "a",
  "actor",
  "action",
  "entity",
  "entityId",
  "code",
  "type",
  "from",
  "to",
  "version",
  "module",
  "rule",
  "status",
  "state",
  "role",
  "sample",
];
const BAD_QUERY = ["%00", "a%00b", "%FF", "%E0%A4%A", "%", "%ED%A0%80"];
const BAD_SEGMENT = ["%00", "%FF", "%E0%A4%A", "%25", "%C0%AF", "a%00b"];

async function expectClean(req: APIRequestContext, url: string, method = "GET") {
  const res = await req.fetch(url, { method, maxRedirects: 0 });
  const body = await res.text();
  expect(res.status(), `${method} ${url}: ${body.slice(0, 200)}`).toBeLessThan(500);
  if (res.status() >= 400) expect(body, `${method} ${url} answered ${res.status()} without a Chinese message`).toMatch(CHINESE);
  return res;
}

test.describe("URLs the app cannot read (F10)", () => {
  test.describe.configure({ timeout: 240_000 });

  test("every page, with NUL and undecodable escapes in its query and path, as admin: a 4xx in Chinese, never a 5xx", async ({ page }) => {
    await signIn(page, "admin");
    await expect(page).toHaveURL(/\/admin/);
    const req = page.request;
    let n = 0;
    for (const { pattern: p } of endpoints("page")) {
      const dynamic = /\[/.test(p);
      const base = p.replace(/\[(?:\.\.\.)?\w+\]/g, "1");
      for (const bad of BAD_QUERY) {
        await expectClean(req, `${base}?${QUERY_KEYS.map((k) => `${k}=${bad}`).join("&")}`);
        n++;
      }
      if (dynamic) {
        for (const bad of BAD_SEGMENT) {
          await expectClean(req, p.replace(/\[(?:\.\.\.)?\w+\]/g, bad));
          n++;
        }
      }
    }
    // The probe's reproductions, exactly.
    for (const url of ["/search?q=%00", "/admin/members?q=%00", "/admin/questions?q=%00", "/admin/audit?actor=%00", "/admin/audit?entityId=%00"]) {
      const res = await expectClean(req, url);
      expect(res.status(), url).toBe(400);
      expect(res.headers()["content-type"]).toContain("text/html");
    }
    expect(n).toBeGreaterThan(100);
  });

  test("every route handler with an undecodable path segment: a 4xx in Chinese (JSON for the API), never a 5xx", async ({ page }) => {
    await signIn(page, "admin");
    await expect(page).toHaveURL(/\/admin/);
    for (const { pattern: p, method } of endpoints("route").filter((x) => /\[/.test(x.pattern) && !x.pattern.includes("[...nextauth]"))) {
      for (const bad of BAD_SEGMENT) await expectClean(page.request, p.replace(/\[(?:\.\.\.)?\w+\]/g, bad), method);
    }
    for (const url of ["/api/v1/attempts/%FF", "/api/v1/org-units/%E0%A4%A/rollup", "/api/certificates/%E0%A4%A"]) {
      const res = await expectClean(page.request, url);
      expect(res.status(), url).toBe(400);
      expect((await res.json()).error).toMatch(CHINESE);
    }
    for (const url of ["/verify/%FF", "/attempt/%E0%A4%A", "/rules/%E0%A4%A", "/learn/red-lines/%E0%A4%A"])
      expect((await expectClean(page.request, url)).status(), url).toBe(400);
  });

  test("TRACE is a 405 everywhere, static files included", async ({ request }) => {
    const css = (await (await request.get("/login")).text()).match(/\/_next\/static\/[^"]+\.css/)?.[0];
    for (const url of ["/", "/api/health", "/login", ...(css ? [css] : [])]) {
      const res = await request.fetch(url, { method: "TRACE" });
      expect(res.status(), url).toBe(405);
      expect((await res.json()).error).toMatch(CHINESE);
    }
  });

  test("next-auth with an unusable callback URL: the parameter is a 400 page, a planted cookie is cleared and sign-in still works", async ({
    page,
    context,
    request,
  }) => {
    const bad = await request.get("/api/auth/signin?callbackUrl=https%3A%2F%2Flocalhost%3A3921.evil.example%2F", { maxRedirects: 0 });
    expect(bad.status()).toBe(400);
    expect(await bad.text()).toMatch(CHINESE);
    const url = new URL(test.info().project.use.baseURL!);
    await context.addCookies([{ name: "next-auth.callback-url", value: "https%3A%2F%2Fa%3Ab.c", domain: url.hostname, path: "/" }]);
    const session = await page.request.get("/api/auth/session");
    expect(session.status()).toBe(200);
    expect(session.headers()["set-cookie"] ?? "").toMatch(/next-auth\.callback-url=;/);
    await signIn(page, "cadre052");
    await expect(page).toHaveURL(/\/learn$/);
  });

  test("a server action posted from another origin is a 403 page, not Next's 500", async ({ request }) => {
    const res = await request.post("/check", {
      headers: { "Next-Action": "0123456789abcdef", Origin: "http://evil.example", "Content-Type": "text/plain" },
      data: "[]",
    });
    expect(res.status()).toBe(403);
    expect(await res.text()).toMatch(CHINESE);
  });
});

async function signedInAs(page: Page, username: string, landing: RegExp) {
  await signIn(page, username);
  await expect(page).toHaveURL(landing);
  return page.request;
}

test("F1: the probe's 408 KB zip bomb through both imports is refused, and the server stays up", async ({ page, baseURL }) => {
  const req = await signedInAs(page, "admin", /\/admin/);
  const bomb = await probeZipBomb();
  const questions = await req.post("/admin/questions/transfer/import", {
    headers: { Origin: baseURL! },
    multipart: { file: { name: "bomb.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: bomb }, mode: "dry" },
  });
  expect(questions.status()).toBe(422);
  expect((await questions.json()).error).toMatch(/解压后过大/);
  const members = await req.post("/api/admin/members/import?mode=dry-run", {
    headers: { Origin: baseURL!, "content-type": "application/octet-stream", "x-file-name": "bomb.xlsx" },
    data: bomb,
  });
  expect(members.status()).toBe(422);
  expect(JSON.stringify(await members.json())).toMatch(/解压后过大/);
  expect((await req.get("/api/health")).status()).toBe(200);
});

test("F3: a spoofed X-Forwarded-For is not the address the app records for a sign-in", async ({ page, request }) => {
  const name = `spoof-probe-${Date.now()}`;
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  await request.post("/api/auth/callback/credentials", {
    headers: { "X-Forwarded-For": "10.124.0.1", "X-Real-IP": "10.124.0.2" },
    form: { csrfToken, username: name, password: "nope-12345", callbackUrl: "/" },
    maxRedirects: 0,
  });
  await signIn(page, "admin");
  await expect(page).toHaveURL(/\/admin/);
  await page.goto(`/admin/audit?entityId=${name}`);
  const row = page.getByRole("main");
  await expect(row).toContainText("127.0.0.1");
  await expect(row).not.toContainText("10.124.0.");
});

test("F7: with a session cookie, a cross-site or text/plain write is refused; the app's own requests and reads work", async ({ page, baseURL }) => {
  const req = await signedInAs(page, "cadre053", /\/learn$/);
  const cross = await req.post("/api/v1/quizzes/final-exam/attempts", {
    headers: { Origin: "http://evil.example", "Sec-Fetch-Site": "cross-site", "Content-Type": "text/plain" },
  });
  expect(cross.status()).toBe(403);
  expect((await cross.json()).error).toMatch(CHINESE);
  const plain = await req.put("/api/v1/attempts/x/responses/1", {
    headers: { Origin: baseURL!, "Content-Type": "text/plain" },
    data: '{"type":"truefalse","value":true}',
  });
  expect(plain.status()).toBe(415);
  const me = await req.get("/api/v1/me");
  expect(me.status()).toBe(200);
  expect(me.headers()["cache-control"]).toBe("no-store");
  // No HSTS over plain HTTP (it is sent when NEXTAUTH_URL is https://).
  expect((await req.get("/learn")).headers()["strict-transport-security"]).toBeUndefined();
});
