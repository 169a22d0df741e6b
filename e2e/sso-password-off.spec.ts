import { spawn, type ChildProcess } from "node:child_process";
import { expect, test } from "@playwright/test";
import { oidcPortFor, secondAppPortFor } from "../scripts/e2e-sso.mjs";
import { DEMO_PASSWORD, signInWithSso } from "./helpers";

/*
 * PASSWORD_SIGN_IN=staff: cadres sign in through 统一身份认证 only. The switch is the operator's
 * (an environment variable), so this spec starts a second app server with it — on its own fresh
 * database, beside the test identity provider — and only for itself.
 */

const appPort = process.env.E2E_PORT ?? "3100";
const port = secondAppPortFor(appPort);
const baseURL = `http://127.0.0.1:${port}`;
let server: ChildProcess | undefined;

test.skip(({ isMobile }) => isMobile, "one server start for the spec: desktop only");
test.use({ baseURL });

test.beforeAll(async ({}, testInfo) => {
  if (testInfo.project.name === "phone") return;
  testInfo.setTimeout(150_000);
  server = spawn(process.execPath, ["scripts/e2e-server.mjs"], {
    env: { ...process.env, PORT: String(port), OIDC_PORT: String(oidcPortFor(appPort)), PASSWORD_SIGN_IN: "staff" },
    stdio: "ignore",
  });
  await expect
    .poll(
      async () =>
        fetch(`${baseURL}/api/health`).then(
          (r) => r.status,
          () => 0,
        ),
      { timeout: 140_000, intervals: [1_000] },
    )
    .toBe(200);
});

test.afterAll(() => {
  server?.kill("SIGTERM");
});

test("the password form is folded away for staff; a cadre's password is refused on the server; SSO and staff passwords work", async ({ page }) => {
  await page.goto("/login");
  await expect(page.getByRole("button", { name: "统一身份认证登录" })).toBeVisible();
  await expect(page.getByLabel("用户名或手机号")).toBeHidden();
  await page.getByText("书记、管理员账号密码登录").click();
  await expect(page.getByLabel("用户名或手机号")).toBeVisible();

  // A cadre with his right password: refused by the server (not only by the folded form).
  await page.getByLabel("用户名或手机号").fill("cadre039");
  await page.getByLabel("密码").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "登录", exact: true }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("学员请使用统一身份认证登录");
  await expect(page).toHaveURL(/\/login$/);

  // The same cadre through the provider.
  await signInWithSso(page, "cadre039");
  await expect(page).toHaveURL(/\/learn$/);

  // A secretary keeps her password.
  await page.context().clearCookies();
  await page.goto("/login");
  await page.getByText("书记、管理员账号密码登录").click();
  await page.getByLabel("用户名或手机号").fill("sec03");
  await page.getByLabel("密码").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "登录", exact: true }).click();
  await expect(page).toHaveURL(/\/branch$/);
});
