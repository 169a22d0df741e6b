#!/usr/bin/env node
// Screenshots of /check at 360 px and on desktop, for looking at what was built (not a test).
//   node scripts/checker-screens.mjs http://127.0.0.1:3301 /tmp/screens
import { chromium } from "@playwright/test";

const base = process.argv[2] ?? "http://127.0.0.1:3301";
const out = process.argv[3] ?? "/tmp/screens";
const BAD = "在吗？明天村里换届，这点奶茶钱大家收着，到时候投我一票。上面那个文件我拍给你了，别外传。";

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox"] });
for (const [name, viewport] of [
  ["phone", { width: 360, height: 780 }],
  ["desktop", { width: 1280, height: 900 }],
]) {
  const page = await browser.newPage({ viewport, deviceScaleFactor: name === "phone" ? 2 : 1, locale: "zh-CN" });
  await page.goto(`${base}/login`);
  await page.getByLabel("用户名或手机号").fill("cadre041");
  await page.getByLabel("密码").fill("Demo#2026");
  await page.getByRole("button", { name: "登录" }).click();
  await page.waitForURL(/\/learn/);
  await page.goto(`${base}/check`);
  await page.getByLabel("消息内容").fill(BAD);
  await page.getByTestId("result-source").and(page.locator('[data-source="server"]')).waitFor();
  await page.screenshot({ path: `${out}/check-${name}-bad.png`, fullPage: false });
  await page.getByTestId("verdict").scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${out}/check-${name}-bad-findings.png` });
  await page.getByRole("list", { name: "检查发现的问题" }).getByRole("listitem").nth(2).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${out}/check-${name}-bad-findings-2.png` });
  await page.goto(`${base}/check#examples`);
  await page.screenshot({ path: `${out}/check-${name}-examples.png` });
  await page.goto(`${base}/search?q=${encodeURIComponent("领导发红包怎么办")}`);
  await page.screenshot({ path: `${out}/search-${name}.png` });
  await page.close();
}
await browser.close();
