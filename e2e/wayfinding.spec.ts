import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

// Finding one's way (issue 16): read-only visits by cadre001 and dw01.

test("a cadre's home starts with 继续学习; 错题本, 我的记录 (with the certificates) and 通知 are one tap away", async ({ page }, info) => {
  await signIn(page, "cadre001");
  await expect(page).toHaveURL(/\/learn$/);
  // Under the heading: 今日一练 (issue 17: the day's state at the top), then the course with its
  // 继续/开始学习 button.
  const today = page.locator("#learn-title").locator("xpath=../following-sibling::*[1]");
  await expect(today).toHaveAttribute("aria-labelledby", "today-title");
  const first = page.locator("#learn-title").locator("xpath=../following-sibling::*[2]");
  await expect(first.getByRole("link", { name: /^(继续学习|开始学习)：/ })).toBeVisible();

  const nav = page.getByRole("navigation", { name: info.project.name === "phone" ? "底部导航" : "主导航" });
  for (const name of ["学习", "测验", "错题本", "我的记录", "自检", "规则库"]) await expect(nav.getByRole("link", { name, exact: true })).toBeVisible();
  // Icons are SVG, never emoji.
  if (info.project.name === "phone") await expect(nav.getByRole("link", { name: "学习", exact: true }).locator("svg")).toBeVisible();
  await expect(page.getByRole("link", { name: /^通知/ })).toBeVisible();

  await nav.getByRole("link", { name: "我的记录", exact: true }).click();
  await expect(page.getByRole("heading", { name: "我的证书" })).toBeVisible();
  await page.getByRole("link", { name: /^通知/ }).click();
  await expect(page).toHaveURL(/\/notifications$/);

  // The lesson reader's plain-HTML shell has the same tabs and the bell.
  await page.goto("/learn/red-lines/v1-no-wild-talk");
  await expect(page.getByRole("link", { name: /^通知/ })).toBeVisible();
  await expect(nav.getByRole("link", { name: "错题本", exact: true })).toBeVisible();
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute("href", /icon\.svg/);
});

test("a page that does not exist is styled, in Chinese, inside the app's shell; the app has an icon", async ({ page }) => {
  await signIn(page, "cadre001");
  await expect(page).toHaveURL(/\/learn$/);
  const res = await page.goto("/attempt/no-such-attempt-000");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("未找到");
  await expect(page.getByRole("banner").getByRole("link", { name: "微信使用规范学堂" })).toBeVisible();
  await expect(page.getByRole("link", { name: "返回首页" })).toBeVisible();
  const icon = await page.request.get("/icon.svg");
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toContain("image/svg+xml");
  expect(await page.locator('link[rel="icon"]').count()).toBeGreaterThan(0);
});

test("a 党委 secretary's tab is called 党委, not 支部", async ({ page }, info) => {
  await signIn(page, "dw01");
  await expect(page).toHaveURL(/\/branch/);
  const nav = page.getByRole("navigation", { name: info.project.name === "phone" ? "底部导航" : "主导航" });
  await expect(nav.getByRole("link", { name: "党委", exact: true })).toHaveAttribute("aria-current", "page");
  await expect(nav.getByRole("link", { name: "支部", exact: true })).toHaveCount(0);
});
