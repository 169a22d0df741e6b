import { expect, type Page } from "@playwright/test";
import { oidcPortFor } from "../scripts/e2e-sso.mjs";

export const DEMO_PASSWORD = "Demo#2026";

/** The app under test (playwright.config.ts). */
export const APP_URL = `http://127.0.0.1:${process.env.E2E_PORT ?? 3100}`;

/**
 * Signs in through next-auth's own credentials endpoint — the server's real sign-in code, throttle
 * and session row — without driving the form, then opens the home as the form would. The form
 * itself is the journey of roles.spec.ts (`signInThroughForm`).
 */
export async function signIn(page: Page, username: string, password = DEMO_PASSWORD) {
  const csrf = await page.request.get("/api/auth/csrf");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await page.request.post("/api/auth/callback/credentials", {
    headers: { Origin: APP_URL },
    form: { csrfToken, username, password, json: "true" },
    maxRedirects: 0,
  });
  expect(res.status(), `sign-in of ${username}`).toBeLessThan(400);
  const cookies = await page.context().cookies(APP_URL);
  expect(
    cookies.some((c) => c.name.endsWith("next-auth.session-token")),
    `no session for ${username}: ${res.headers()["location"] ?? res.status()}`,
  ).toBe(true);
  await page.goto("/");
}

/** The sign-in form, as a person uses it. */
export async function signInThroughForm(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("用户名或手机号").fill(username);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录", exact: true }).click();
}

/** The test identity provider (scripts/e2e-oidc-provider.mjs), started by playwright.config.ts. */
export const OIDC_URL = `http://127.0.0.1:${oidcPortFor(process.env.E2E_PORT ?? 3100)}`;

/**
 * 统一身份认证登录: from the app's sign-in page to the provider's login form and back. `login` is
 * the provider's user name (the demo's own names match members; "#expire" gives a 1-second code).
 * Without `login` the provider already knows the browser (its own session) and sends it straight back.
 */
export async function signInWithSso(page: Page, login?: string) {
  await page.goto("/login");
  await page.getByRole("button", { name: "统一身份认证登录" }).click();
  if (login === undefined) return;
  await expect(page.getByRole("heading", { name: "统一身份认证平台（测试）" })).toBeVisible();
  await page.getByLabel("用户名").fill(login);
  await page.getByRole("button", { name: "登录" }).click();
}

/** 退出登录 in the header asks first (app/(app)/account/sign-out), then the sign-in page says so. */
export async function signOut(page: Page) {
  await page.getByRole("link", { name: "退出登录" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("退出登录？");
  await page.getByRole("button", { name: "确认退出" }).click();
  await expect(page).toHaveURL(/\/login/);
}

/** From the quiz centre, the first practice paper: the player opens on its attempt. */
export async function startPractice(page: Page) {
  await page.goto("/quiz");
  await page
    .getByRole("button", { name: /^开始练习：/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/attempt\/[\w-]+$/);
}
