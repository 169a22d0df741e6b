import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

test("a cadre reads a lesson on a phone, marks it learned, and sees module progress move", async ({ page }, info) => {
  // Each project signs in as a different cadre so their progress never meets.
  await signIn(page, info.project.name === "phone" ? "cadre011" : "cadre012");
  await expect(page).toHaveURL(/\/learn$/);
  const moduleLink = page.getByRole("link", { name: /1\. 红线/ });
  await expect(moduleLink).toContainText("0/3");
  await moduleLink.click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("红线");
  await page.getByRole("link", { name: /红线二/ }).click();

  await expect(page.getByRole("heading", { level: 1 })).toContainText("红线二");
  await expect(page.getByText("规定原文")).toBeVisible();
  await expect(page.getByRole("figure").first()).toBeVisible(); // a chat rendered as WeChat
  await expect(page.getByRole("heading", { name: "为什么重要" })).toBeVisible();
  // Nothing overflows a 360 px screen sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  // The cadre marks the lesson learned himself, with the button at its end.
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

// The lesson reader is served as plain HTML (issue 8): no JavaScript at all (issue 16: not even
// the inline script that marked a lesson learned on scrolling to its end).
test("a lesson loads no script, looks like the app, and is marked learned only by its button, not by scrolling", async ({ page }, info) => {
  await signIn(page, info.project.name === "phone" ? "cadre014" : "cadre015");
  await expect(page).toHaveURL(/\/learn$/);
  // A tab of its own: scripts the previous page loads late must not be counted.
  page = await page.context().newPage();
  const scripts: string[] = [];
  const violations: string[] = [];
  page.on("response", (r) => r.request().resourceType() === "script" && scripts.push(r.url()));
  page.on("console", (m) => /Content Security Policy|Refused to/.test(m.text()) && violations.push(m.text()));
  const res = await page.goto("/learn/red-lines/v2-no-rumors");
  expect(res?.headers()["content-security-policy"]).toMatch(/script-src 'none'(;|$)/); // its own policy: the proxy skips it
  expect(await page.locator("script").count()).toBe(0);
  expect(res?.headers()["x-frame-options"]).toBe("DENY");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("红线二");
  // Styled by the app's own stylesheet: Tailwind's font-bold and the brand colour of the learn button.
  await expect(page.getByRole("heading", { level: 1 })).toHaveCSS("font-weight", "700");
  await expect(page.getByRole("button", { name: "标记为已学" })).toHaveCSS("background-color", "rgb(165, 22, 22)");
  // The same navigation as every page (this file runs on a phone screen: the bottom bar).
  const nav = page.getByRole("navigation", { name: "底部导航" });
  await expect(nav.getByRole("link", { name: /学习/ })).toHaveAttribute("aria-current", "page");
  await expect(nav.getByRole("link", { name: /测验/ })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "面包屑" }).getByRole("link", { name: "我的课程" })).toBeVisible();
  await expect(page.getByRole("progressbar", { name: "本模块中的位置" })).toBeVisible();

  // Scrolling to the end marks nothing (issue 16: the secretary's ledger relies on the cadre's own act).
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.waitForTimeout(500);
  await page.reload();
  await expect(page.getByRole("button", { name: "标记为已学" })).toBeVisible();
  await expect(page.getByRole("status")).toContainText("请点击下方按钮");
  await page.getByRole("button", { name: "标记为已学" }).click();
  await expect(page).toHaveURL(/#lesson-end$/);
  await expect(page.getByRole("status").filter({ hasText: "本课已学完" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("status").filter({ hasText: "本课已学完" })).toBeVisible();
  await expect(page.getByRole("button", { name: "标记为已学" })).toHaveCount(0);
  expect(scripts).toEqual([]);
  expect(violations).toEqual([]);

  // 退出登录 asks first; 取消 costs nothing; confirmed, the sign-in page says 已安全退出 (ux.md m13).
  await page.getByRole("link", { name: "退出登录" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("退出登录？");
  // The password page is reachable from here (it had no link: only the forced first change led to it).
  await page.getByRole("link", { name: "修改登录密码" }).click();
  await expect(page).toHaveURL(/\/account\/password$/);
  await page.goBack();
  await page.getByRole("link", { name: "取消" }).click();
  await expect(page).toHaveURL(/\/learn$/);
  await page.goto("/learn/red-lines/v1-no-wild-talk");
  await page.getByRole("link", { name: "退出登录" }).click();
  await page.getByRole("button", { name: "确认退出" }).click();
  await expect(page).toHaveURL(/\/login\?signedOut=1$/);
  await expect(page.getByRole("status")).toHaveText(/已安全退出/);
  await page.goto("/learn/red-lines/v2-no-rumors");
  await expect(page).toHaveURL(/\/login$/);
});

test("without JavaScript: mark as learned and sign out are plain forms that work", async ({ page, browser }, info) => {
  await signIn(page, info.project.name === "phone" ? "cadre016" : "cadre017");
  await expect(page).toHaveURL(/\/learn$/);
  const noJs = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState(), baseURL: info.project.use.baseURL });
  const tab = await noJs.newPage();
  await tab.goto("/learn/red-lines/v1-no-wild-talk");
  await expect(tab.getByRole("heading", { level: 1 })).toBeVisible();
  await tab.getByRole("button", { name: "标记为已学" }).click();
  await expect(tab).toHaveURL(/\/learn\/red-lines\/v1-no-wild-talk#lesson-end$/);
  await expect(tab.getByRole("status").filter({ hasText: "本课已学完" })).toBeVisible();
  await tab.getByRole("link", { name: "退出登录" }).click();
  await tab.getByRole("button", { name: "确认退出" }).click();
  await expect(tab).toHaveURL(/\/login\?signedOut=1$/);
  await expect(tab.getByRole("status")).toHaveText(/已安全退出/);
  await noJs.close();
});
