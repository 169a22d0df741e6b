import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

test("a cadre reads a lesson on a phone, marks it learned, and sees module progress move", async ({ page }, info) => {
  // Each project signs in as a different cadre so their progress never meets.
  await signIn(page, info.project.name === "phone" ? "cadre011" : "cadre012");
  await expect(page).toHaveURL(/\/learn$/);
  const module = page.getByRole("link", { name: /1\. 红线/ });
  await expect(module).toContainText("0/3");
  await module.click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("红线");
  await page.getByRole("link", { name: /红线二/ }).click();

  await expect(page.getByRole("heading", { level: 1 })).toContainText("红线二");
  await expect(page.getByText("规定原文")).toBeVisible();
  await expect(page.getByRole("figure").first()).toBeVisible(); // a chat rendered as WeChat
  await expect(page.getByRole("heading", { name: "为什么重要" })).toBeVisible();
  // Nothing overflows a 360 px screen sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  await page.getByRole("button", { name: "标记为已学" }).click();
  await expect(page.getByRole("status").filter({ hasText: "本课已学完" })).toBeVisible();

  await page.getByRole("link", { name: "我的课程" }).first().click();
  await expect(page.getByRole("link", { name: /1\. 红线/ })).toContainText("1/3");
  await expect(page.getByRole("link", { name: /继续学习/ })).toBeVisible();
});

test("search finds the red-packet rules", async ({ page }) => {
  await signIn(page, "cadre013");
  await expect(page).toHaveURL(/\/learn$/);
  await page.goto("/search?q=红包");
  await expect(page.getByRole("status")).toContainText("共找到");
  await expect(page.getByRole("list", { name: "搜索结果" }).getByRole("link", { name: /RP1/ })).toBeVisible();
});
