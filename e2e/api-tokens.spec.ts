import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

test("an admin issues a token, an integration uses it, the admin revokes it", async ({ page, playwright }, info) => {
  await signIn(page, "admin");
  await expect(page).toHaveURL(/\/admin/);
  await page.goto("/admin/tokens");
  await expect(page.getByRole("heading", { name: "API 令牌", level: 1 })).toBeVisible();

  const name = `e2e 对接 ${info.project.name}`;
  await page.getByLabel("令牌名称").fill(name);
  await page.getByLabel("代表的账号（用户名）").fill("cadre001");
  await page.getByRole("button", { name: "签发令牌" }).click();
  const shown = page.getByRole("status").filter({ hasText: "只显示这一次" });
  await expect(shown).toContainText(`令牌「${name}」已签发`);
  const token = await page.getByRole("textbox", { name: "令牌明文" }).inputValue();
  expect(token).toMatch(/^wg_[A-Za-z0-9_-]{43}$/);

  // An integration: no cookies, only the token. It acts as cadre001.
  const api = await playwright.request.newContext({ baseURL: info.project.use.baseURL ?? `http://127.0.0.1:${process.env.E2E_PORT ?? 3100}` });
  const me = await api.get("/api/v1/me", { headers: { authorization: `Bearer ${token}` } });
  expect(me.status()).toBe(200);
  expect(await me.json()).toMatchObject({ username: "cadre001", role: "CADRE" });
  const quizzes = await api.get("/api/v1/quizzes", { headers: { authorization: `Bearer ${token}` } });
  expect((await quizzes.json()).quizzes.length).toBeGreaterThan(3);
  const doc = await api.get("/api/v1/openapi.json");
  expect((await doc.json()).openapi).toMatch(/^3\.1\./);
  expect((await api.get("/api/v1/me")).status()).toBe(401);

  // The signed-in browser session works too, and a bad token is refused even beside the cookie.
  expect(await (await page.request.get("/api/v1/me")).json()).toMatchObject({ username: "admin", role: "ADMIN" });
  expect((await page.request.get("/api/v1/me", { headers: { authorization: "Bearer wg_nope" } })).status()).toBe(401);

  // The list shows its last use; the plaintext is gone after a reload.
  await page.reload();
  await expect(page.getByRole("textbox", { name: "令牌明文" })).toHaveCount(0);
  const row = page.getByRole("listitem").filter({ hasText: name });
  await expect(row).not.toContainText("从未使用");
  await row.getByRole("button", { name: `撤销令牌「${name}」` }).click();
  await row.getByRole("button", { name: `确认撤销令牌「${name}」` }).click();
  await expect(page.getByRole("status").filter({ hasText: "已撤销令牌" })).toBeVisible();
  await expect(row).toContainText("已撤销");
  expect((await api.get("/api/v1/me", { headers: { authorization: `Bearer ${token}` } })).status()).toBe(401);

  // Phone first: nothing wider than the screen.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await api.dispose();
});

test("a learner cannot reach the token page", async ({ page }) => {
  await signIn(page, "cadre001");
  await expect(page).toHaveURL(/\/learn/);
  const res = await page.goto("/admin/tokens");
  expect(res?.status()).toBe(404);
});
