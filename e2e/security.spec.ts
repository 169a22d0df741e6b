import { expect, test } from "@playwright/test";
import { signIn, signInThroughForm } from "./helpers";

test("pages carry a nonce CSP without inline scripts, and the standard security headers", async ({ page, request }) => {
  const res = await request.get("/login");
  const csp = res.headers()["content-security-policy"];
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp.match(/script-src[^;]*/)![0]).not.toContain("unsafe-inline");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(res.headers()["x-content-type-options"]).toBe("nosniff");
  expect(res.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  // Each response has its own nonce.
  const again = (await request.get("/login")).headers()["content-security-policy"];
  expect(again).not.toBe(csp);

  const api = await request.get("/api/health");
  expect(api.headers()["x-content-type-options"]).toBe("nosniff");

  // The app still works under the policy: no violations while signing in and reading a lesson.
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to/.test(m.text())) violations.push(m.text());
  });
  await signInThroughForm(page, "cadre050");
  await expect(page).toHaveURL(/\/learn$/);
  await page.getByRole("link", { name: /1\. 红线/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("红线");
  expect(violations).toEqual([]);
  // proxy.ts skips only the plain-HTML lesson reader below it (which sets its own policy): the
  // module page is still a React page with a nonce.
  expect((await page.request.get("/learn/red-lines")).headers()["content-security-policy"]).toMatch(/'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
});

test("session cookie is HttpOnly and SameSite=Lax", async ({ page, context }) => {
  await signIn(page, "cadre051");
  await expect(page).toHaveURL(/\/learn$/);
  const cookie = (await context.cookies()).find((c) => c.name.endsWith("next-auth.session-token"));
  expect(cookie?.httpOnly).toBe(true);
  expect(cookie?.sameSite).toBe("Lax");
});

/**
 * A form whose submit is a JavaScript handler, clicked before React has loaded (a slow phone in
 * WeChat's browser) or with JavaScript off, submits natively: a GET to the page with every field in
 * the address — the current and new password, a draft given to the checker, a group bot's secret
 * key — into the browser's history and the server's access logs. Such a form's submit button stays
 * disabled until hydrated. Forms meant to work without JavaScript say `method="get"` (filters,
 * search) or are bound to a server action (React renders them `method="POST"`).
 */
test("without JavaScript, no form can put what was typed into the address", async ({ browser }, info) => {
  const pages: [string, string[]][] = [
    ["cadre053", ["/check", "/account/password"]],
    ["sec01", ["/branch", "/branch/assign"]],
    ["admin", ["/admin/tokens", "/admin/members/new", "/admin/questions/quizzes"]],
  ];
  for (const [user, paths] of pages) {
    const signedIn = await browser.newPage({ baseURL: info.project.use.baseURL });
    await signIn(signedIn, user);
    await expect(signedIn).not.toHaveURL(/\/login/);
    const noJs = await browser.newContext({
      javaScriptEnabled: false,
      storageState: await signedIn.context().storageState(),
      baseURL: info.project.use.baseURL,
    });
    const tab = await noJs.newPage();
    for (const path of paths) {
      await tab.goto(path);
      await expect(tab.locator("form").first()).toBeAttached();
      const leaks = await tab.evaluate(() =>
        [...document.querySelectorAll("form:not([method])")].flatMap((form) =>
          [...form.querySelectorAll("button:not([type]), button[type=submit], input[type=submit]")]
            .filter((b) => !(b as HTMLButtonElement).disabled)
            .map((b) => `${form.getAttribute("aria-label") ?? ""} ${b.textContent}`.trim()),
        ),
      );
      expect(leaks, `${path}: submit buttons that would send their form by GET`).toEqual([]);
    }
    await noJs.close();
    await signedIn.close();
  }
  // After hydration the same buttons work (the journeys click them); here, one: the checker's.
  const page = await browser.newPage({ baseURL: info.project.use.baseURL });
  await signIn(page, "cadre053");
  await page.goto("/check");
  await expect(page.getByRole("button", { name: "检查", exact: true })).toBeEnabled();
  await page.close();
});
