import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./helpers";

// cadre044 (desktop) and cadre045 (phone) are this spec's: each run is their first day.
const who = (project: string) => (project === "phone" ? "cadre045" : "cadre044");

/** Answers the item on screen as a cadre would (the first option, or the first action until the story ends) and waits for the feedback. */
async function answerCurrent(page: Page) {
  const q = page.getByRole("article");
  if (await q.getByRole("radio").count()) {
    await q.getByRole("radio").first().check();
    await page.getByRole("button", { name: "确定", exact: true }).click();
    await expect(page.getByRole("region", { name: "答题反馈" })).toBeVisible();
  } else if (await q.getByRole("checkbox").count()) {
    await q.getByRole("checkbox").first().check();
    await page.getByRole("button", { name: "确定", exact: true }).click();
    await expect(page.getByRole("region", { name: "答题反馈" })).toBeVisible();
  } else {
    const ending = page.getByRole("region", { name: "情景结局" });
    for (let step = 0; step < 12 && !(await ending.isVisible()); step++) {
      await q.getByRole("group").getByRole("button").first().click();
      await expect(q.getByRole("group").or(ending).first()).toBeVisible();
    }
    await expect(ending).toBeVisible();
  }
}

test("the cadre's day: today's five and the case from the home, feedback with explanation, points, streak and rank move", async ({ page }, info) => {
  await signIn(page, who(info.project.name));
  await expect(page).toHaveURL(/\/learn$/);
  const card = page.getByRole("region", { name: "今日一练" });
  await expect(card).toBeVisible();
  // At the top of the home, above assignments and notices.
  await expect(page.locator('section[aria-labelledby="learn-title"] > section').first()).toHaveAttribute("aria-labelledby", "today-title");
  await expect(card).toContainText("连续学习 0 天");
  await card.getByRole("button", { name: "开始今日一练" }).click();
  await expect(page).toHaveURL(/\/attempt\/[\w-]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("每日一练");
  const url = page.url();

  // Two items, then a reload: today's set is the same and keeps what was answered.
  await answerCurrent(page);
  await expect(page.getByRole("region", { name: "答题反馈" })).toContainText(/解析|来源/);
  await page.getByRole("button", { name: "下一题 →" }).click();
  await answerCurrent(page);
  await page.goto("/learn");
  await expect(card.getByText("已答 2/6 题")).toBeVisible();
  await card.getByRole("button", { name: "继续今日一练" }).click();
  await expect(page).toHaveURL(url);

  const nav = page.getByRole("navigation", { name: "题目导航" });
  for (let i = 3; i <= 6; i++) {
    await nav.getByRole("button", { name: new RegExp(`^第 ${i} 题`) }).click();
    await answerCurrent(page);
  }
  await nav.getByRole("button", { name: "完成练习" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "确认提交" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("成绩");

  await page.goto("/learn");
  const done = page.getByRole("region", { name: "今日已学" });
  await expect(done).toContainText("连续学习 1 天");
  const today = Number(await done.getByText("今日积分").locator("xpath=following-sibling::dd").textContent());
  expect(today).toBeGreaterThanOrEqual(5);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(page.viewportSize()!.width);

  await done.getByRole("link", { name: "我的积分与排名" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "我的积分" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "积分规则" })).toBeVisible();
  await expect(page.getByRole("list").filter({ hasText: "完成当天的每日一练" }).first()).toBeVisible();
  const ranking = page.getByRole("region", { name: "支部排名" });
  await expect(ranking).toContainText(/我的排名：第 \d+ 名/);
  const mine = ranking.getByRole("listitem").filter({ hasText: "（我）" });
  await expect(mine).toContainText(`${today} 分`);

  // Hiding his name: he appears as 某同志 to everyone, himself included; then shown again.
  await ranking.getByRole("button", { name: /隐藏我的姓名/ }).click();
  await expect(mine).toContainText("某同志（我）");
  await ranking.getByRole("button", { name: "在排名中显示我的姓名" }).click();
  await expect(mine).not.toContainText("某同志");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(page.viewportSize()!.width);
  await page.screenshot({ path: `test-results/daily-points-${info.project.name}.png`, fullPage: true });
  // The 学习报告 as an image to post in the group, rendered on the server.
  const report = await page.request.get(
    await page
      .getByRole("link", { name: /生成学习报告图片/ })
      .getAttribute("href")
      .then((h) => h!),
  );
  expect(report.headers()["content-type"]).toBe("image/png");
  expect((await report.body()).subarray(1, 4).toString()).toBe("PNG");
});

test("a committee sees its branches ranked by rates", async ({ page }) => {
  await signIn(page, "dw01");
  await expect(page).toHaveURL(/\/branch/);
  // Reached from the dashboard, as she would, not by typing the address.
  await page.getByRole("navigation", { name: "更多" }).getByRole("link", { name: "支部学习排名" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "支部学习排名" })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "参与率" })).toBeVisible();
  await expect(page.getByRole("row")).not.toHaveCount(1);
});

test("the secretary's settings: daily push time and an assignment's automatic reminders, kept after a reload", async ({ page }, info) => {
  await signIn(page, info.project.name === "phone" ? "sec05" : "sec06");
  await expect(page).toHaveURL(/\/branch$/);
  await page.goto("/branch/assign");
  const title = `自动提醒-${info.project.name}`;
  await page.getByLabel("任务名称").fill(title);
  await page.getByRole("button", { name: "布置任务" }).click();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();

  await page.getByRole("navigation", { name: "更多" }).getByRole("link", { name: "自动提醒与推送" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "自动提醒与推送" })).toBeVisible();
  const push = page.getByRole("form", { name: "每日一题推送时间" });
  await push.getByLabel(/推送时间/).fill("07:30");
  await push.getByRole("button", { name: "保存" }).click();
  await expect(push.getByRole("status")).toHaveText("已保存");

  const remind = page.getByRole("form", { name: `${title} 的自动提醒` });
  await expect(remind.getByLabel(/截止前/)).toHaveValue("3");
  await remind.getByLabel(/截止前/).fill("5");
  await remind.getByLabel("逾期后每周提醒一次").uncheck();
  await remind.getByRole("button", { name: "保存" }).click();
  await expect(remind.getByRole("status")).toHaveText("已保存");
  await remind.getByLabel(/截止前/).fill("0");
  await remind.getByRole("button", { name: "保存" }).click();
  await expect(remind.getByRole("status")).toHaveText("至少提前 1 天");

  await page.reload();
  await expect(push.getByLabel(/推送时间/)).toHaveValue("07:30");
  await expect(remind.getByLabel(/截止前/)).toHaveValue("5");
  await expect(remind.getByLabel("截止当天提醒")).toBeChecked();
  await expect(remind.getByLabel("逾期后每周提醒一次")).not.toBeChecked();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(page.viewportSize()!.width);
  await page.screenshot({ path: `test-results/daily-settings-${info.project.name}.png`, fullPage: true });
});

test("admins see the scheduled jobs", async ({ page }) => {
  await signIn(page, "admin");
  await expect(page).toHaveURL(/\/admin$/);
  await page.getByRole("link", { name: "定时任务" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "定时任务" })).toBeVisible();
});
