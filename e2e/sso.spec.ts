import { expect, test, type Page } from "@playwright/test";
import { OIDC_URL, signIn, signInWithSso, signOut } from "./helpers";

/*
 * Single sign-on through a real OpenID provider (scripts/e2e-oidc-provider.mjs: oidc-provider on
 * a local port, started by playwright.config.ts). Each test uses its own demo cadres, so the
 * desktop and phone projects and the two workers never share a member.
 */

const me = (page: Page) => page.request.get("/api/v1/me");
/** The sign-in page with next-auth's error code (next-auth may add its callbackUrl beside it). */
const onSignInPageWith = (code: string) => (u: URL) => u.pathname === "/login" && u.searchParams.get("error") === code;

test("a cadre signs in through 统一身份认证, is the same member as with his password, and signs out of both", async ({ page }, testInfo) => {
  const cadre = testInfo.project.name === "phone" ? "cadre033" : "cadre032";
  await signInWithSso(page, cadre);
  await expect(page).toHaveURL(/\/learn$/);
  const viaSso = await me(page);
  expect(viaSso.status()).toBe(200);
  const ssoMember = await viaSso.json();
  expect(ssoMember).toMatchObject({ username: cadre, role: "CADRE" });

  // The same member, role and unit as a password sign-in gives.
  const other = await page.context().browser()!.newContext({ baseURL: testInfo.project.use.baseURL });
  const pwPage = await other.newPage();
  await signIn(pwPage, cadre);
  await expect(pwPage).toHaveURL(/\/learn$/);
  expect(await (await me(pwPage)).json()).toEqual(ssoMember);
  await other.close();

  // Signing out ends the app's session and offers the provider's own sign-out.
  await signOut(page);
  await expect(page).toHaveURL(/\/login\?signedOut=sso$/);
  expect((await me(page)).status()).toBe(401);
  await expect(page.getByRole("status")).toContainText("您已退出本系统");
  await page.getByRole("link", { name: "退出统一身份认证" }).click();
  await expect(page.getByRole("heading", { name: "退出统一身份认证" })).toBeVisible();
  await page.getByRole("button", { name: "确认退出" }).click();
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/login$/);

  // The provider's session is over too: signing in again asks for the account.
  await page.getByRole("button", { name: "统一身份认证登录" }).click();
  await expect(page.getByRole("heading", { name: "统一身份认证平台（测试）" })).toBeVisible();
});

test.describe("refusals and checks", () => {
  test.skip(({ isMobile }) => isMobile, "flows, not layout: desktop only");

  test("an identity that matches no member is refused in Chinese, and the admin reads it in the audit log", async ({ page, browser }, testInfo) => {
    await signInWithSso(page, "stranger-zhang");
    await expect(page).toHaveURL(/\/login\?error=SsoUnknown$/);
    await expect(page.getByRole("main").getByRole("alert")).toContainText("没有对应的成员");
    expect((await me(page)).status()).toBe(401);

    const admin = await (await browser.newContext({ baseURL: testInfo.project.use.baseURL })).newPage();
    await signIn(admin, "admin");
    await expect(admin).toHaveURL(/\/admin$/);
    await admin.goto("/admin/audit?action=auth.sso.refused");
    const row = admin.getByRole("list", { name: "日志条目" }).getByRole("listitem").filter({ hasText: "acct-stranger-zhang" });
    await expect(row).toContainText("统一身份认证登录被拒");
    await expect(row).toContainText("统一身份认证账号");
    // The refusal records where it came from: the loopback address the browser connected from.
    await expect(row).toContainText("127.0.0.1");
    await admin.context().close();
  });

  test("a deactivated member is refused: his SSO session ends and he cannot sign in again", async ({ page, browser }, testInfo) => {
    await signInWithSso(page, "cadre034");
    await expect(page).toHaveURL(/\/learn$/);

    const admin = await (await browser.newContext({ baseURL: testInfo.project.use.baseURL })).newPage();
    await signIn(admin, "admin");
    await expect(admin).toHaveURL(/\/admin$/);
    await admin.goto("/admin/members?q=cadre034");
    await admin
      .getByRole("link", { name: /cadre034/ })
      .first()
      .click();
    // The admin sees the linked identity.
    await expect(admin.getByRole("region", { name: "统一身份认证" })).toContainText("已关联：登录名 cadre034");
    await admin.getByRole("button", { name: "停用…" }).click();
    await admin.getByRole("button", { name: "确认停用" }).click();
    await expect(admin.getByRole("status").filter({ hasText: "账号已停用" })).toBeVisible();
    await admin.context().close();

    await page.reload();
    await expect(page).toHaveURL(/\/login$/);
    await signInWithSso(page); // the provider still knows him: straight back, and refused
    await expect(page).toHaveURL(/\/login\?error=SsoInactive$/);
    await expect(page.getByRole("main").getByRole("alert")).toContainText("您的账号已停用");
    expect((await me(page)).status()).toBe(401);
  });

  /**
   * Signs in at the provider and stops before the browser returns to the app: the callback URL.
   * (The provider's redirects are followed by hand with the browser's own cookies: Playwright
   * cannot intercept a request that is reached by a redirect.)
   */
  async function callbackUrl(page: Page, login: string): Promise<URL> {
    await page.goto("/login");
    await page.getByRole("button", { name: "统一身份认证登录" }).click();
    await expect(page.getByRole("heading", { name: "统一身份认证平台（测试）" })).toBeVisible();
    const action = new URL((await page.locator("form").getAttribute("action")) ?? "", page.url());
    let res = await page.request.post(action.href, { form: { login }, maxRedirects: 0 });
    for (let hops = 0; hops < 5 && res.status() >= 300 && res.status() < 400; hops++) {
      const next = new URL(res.headers()["location"], res.url());
      if (next.pathname === "/api/auth/callback/oidc") return next;
      res = await page.request.get(next.href, { maxRedirects: 0 });
    }
    throw new Error(`the provider did not redirect to the app's callback (last: ${res.status()} ${res.url()})`);
  }

  test("a tampered state is refused; the untouched callback then signs in", async ({ page }) => {
    const url = await callbackUrl(page, "cadre035");
    expect(url.searchParams.get("state")).toBeTruthy();
    expect(url.searchParams.get("code")).toBeTruthy();
    const tampered = new URL(url);
    tampered.searchParams.set("state", "forged-by-someone-else");
    await page.goto(tampered.toString());
    await expect(page).toHaveURL(onSignInPageWith("OAuthCallback"));
    await expect(page.getByRole("main").getByRole("alert")).toContainText("统一身份认证登录未完成");
    expect((await me(page)).status()).toBe(401);

    // The state check refused it before the code was spent: the genuine callback still works.
    await page.goto(url.toString());
    await expect(page).toHaveURL(/\/learn$/);
  });

  test("an expired authorisation code is refused", async ({ page }) => {
    const url = await callbackUrl(page, "cadre036#expire"); // this test user's codes live 1 second
    await page.waitForTimeout(2_500);
    await page.goto(url.toString());
    await expect(page).toHaveURL(onSignInPageWith("OAuthCallback"));
    await expect(page.getByRole("main").getByRole("alert")).toContainText("统一身份认证登录未完成");
    expect((await me(page)).status()).toBe(401);
  });

  test("the provider rotates its signing key: the next sign-in is verified with the new key", async ({ page }) => {
    await signInWithSso(page, "cadre037");
    await expect(page).toHaveURL(/\/learn$/);
    await signOut(page);

    const rotated = await page.request.post(`${OIDC_URL}/__test/rotate-keys`);
    const { kid, published } = (await rotated.json()) as { kid: string; published: string[] };
    expect(published[0]).toBe(kid);
    // Seconds after the app last read the keys (openid-client alone would not read them again for a minute).
    await signInWithSso(page);
    await expect(page).toHaveURL(/\/learn$/);
    expect((await me(page)).status()).toBe(200);
  });
});
