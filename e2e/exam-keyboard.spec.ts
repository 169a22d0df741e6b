import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./helpers";

// The exam's notice and focus mode (zz01 on the phone, zz02 on the desktop: general-branch
// secretaries, who may learn too), and keyboard-only completion of a practice and of the exam
// (cadre060, desktop only: a keyboard is a desktop's).

/** Presses Tab until the focused element matches, as a keyboard user would; fails after `max` presses. */
async function tabTo(page: Page, match: (el: { tag: string; type: string; label: string; text: string }) => boolean, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const el = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement | null;
      return {
        tag: a?.tagName.toLowerCase() ?? "",
        type: a?.getAttribute("type") ?? "",
        label: a?.getAttribute("aria-label") ?? "",
        text: (a?.innerText ?? "").trim(),
      };
    });
    if (match(el)) return;
  }
  throw new Error("the element was not reached by Tab");
}

const named = (name: string | RegExp) => (el: { label: string; text: string }) =>
  typeof name === "string" ? el.label === name || el.text === name : name.test(el.label) || name.test(el.text);

/** Answers the question on screen with the keyboard only: an option by Space, a scenario's choices by Enter. */
async function answerByKeyboard(page: Page, instant: boolean) {
  const q = page.getByRole("article");
  if ((await q.getByRole("radio").count()) || (await q.getByRole("checkbox").count())) {
    await tabTo(page, (el) => el.tag === "input" && (el.type === "radio" || el.type === "checkbox"));
    await page.keyboard.press("Space");
    if (instant) {
      await tabTo(page, named("确定"));
      await page.keyboard.press("Enter");
      await expect(page.getByRole("region", { name: "答题反馈" })).toBeVisible();
    } else await expect(page.getByRole("status").filter({ hasText: "已保存" })).toBeVisible();
    return;
  }
  // A scenario: each step's first action, until it ends.
  const ended = q.getByText(/本情景已结束|情景结局/);
  for (let step = 0; step < 10 && !(await ended.first().isVisible()); step++) {
    await expect(q.getByRole("group").or(ended.first())).toBeVisible();
    if (await ended.first().isVisible()) break;
    const first = q.getByRole("group").getByRole("button").first();
    const label = (await first.getAttribute("aria-label")) ?? "";
    await tabTo(page, (el) => el.label === label);
    await page.keyboard.press("Enter");
  }
}

test("开始考试 opens the notice; going back costs nothing; during the exam the nav steps aside and leaving asks first", async ({ page }, info) => {
  await signIn(page, info.project.name === "phone" ? "zz01" : "zz02");
  await expect(page).toHaveURL(/\/branch/);
  await page.goto("/quiz");
  await page.getByRole("link", { name: "开始考试：结业考试" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("考试须知");
  for (const fact of ["20 题", "30 分钟", "80%", "3 次（共 3 次）", "提交前不显示答案和解析", "系统自动交卷"])
    await expect(page.getByText(fact).first()).toBeVisible();
  // Without ticking the box the browser refuses the form; backing out uses no attempt.
  await page.getByRole("button", { name: "确认开始考试" }).click();
  await expect(page).toHaveURL(/\/quiz\/exam\//);
  await page.getByRole("link", { name: "暂不考试，返回测验中心" }).click();
  await expect(page.getByRole("article", { name: "结业考试" })).toContainText("共 3 次机会，已用 0 次");
  await expect(page.getByRole("article", { name: "结业考试" })).not.toContainText("继续作答");

  await page.getByRole("link", { name: "开始考试：结业考试" }).click();
  await page.getByLabel(/我已阅读考试须知/).check();
  await page.getByRole("button", { name: "确认开始考试" }).click();
  await expect(page).toHaveURL(/\/attempt\/[\w-]+$/);
  const exam = page.url();
  await expect(page.getByRole("timer")).toBeVisible();
  await expect(page.getByRole("navigation", { name: "底部导航" })).toBeHidden();
  // The countdown stays in view when the page scrolls to its end.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect(page.getByRole("timer")).toBeInViewport();

  // An in-app link asks first: "stay" keeps the exam, "leave" goes.
  page.once("dialog", (d) => void d.dismiss());
  await page.getByRole("link", { name: "微信使用规范学堂" }).click();
  await expect(page).toHaveURL(exam);
  // Closing or reloading the tab is guarded too.
  expect(await page.evaluate(() => !window.dispatchEvent(new Event("beforeunload", { cancelable: true })))).toBe(true);
  page.once("dialog", (d) => void d.accept());
  await page.getByRole("link", { name: "微信使用规范学堂" }).click();
  await expect(page).not.toHaveURL(exam);
  if (info.project.name === "phone") await expect(page.getByRole("navigation", { name: "底部导航" })).toBeVisible();
});

test.describe("keyboard only", () => {
  test.skip(({ isMobile }) => isMobile, "a keyboard journey: desktop project");

  test("a practice quiz and the exam, from start to result, with Tab, Space and Enter", async ({ page }) => {
    test.setTimeout(240_000);
    await page.emulateMedia({ reducedMotion: "reduce" });
    await signIn(page, "cadre060");
    await expect(page).toHaveURL(/\/learn$/);

    // Practice: answer, confirm, read the feedback, next — then hand in.
    await page.goto("/quiz");
    await tabTo(page, named(/^开始练习：/), 120);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/attempt\/[\w-]+$/);
    const total = Number((await page.getByText(/^第 1\/\d+ 题/).innerText()).match(/\/(\d+)/)![1]);
    for (let i = 1; i <= total; i++) {
      await expect(page.getByText(new RegExp(`^第 ${i}/${total} 题`))).toBeVisible();
      await answerByKeyboard(page, true);
      if (i < total) {
        await tabTo(page, named("下一题 →"));
        await page.keyboard.press("Enter");
      }
    }
    await tabTo(page, named("完成练习"));
    await page.keyboard.press("Enter");
    await tabTo(page, named("确认提交"), 5);
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("成绩");

    // The exam: notice, confirmation, every question, hand in.
    await page.goto("/quiz");
    await tabTo(page, named("开始考试：结业考试"), 150);
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("考试须知");
    await tabTo(page, (el) => el.type === "checkbox");
    await page.keyboard.press("Space");
    await tabTo(page, named("确认开始考试"), 3);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/attempt\/[\w-]+$/);
    for (let i = 1; i <= 20; i++) {
      await expect(page.getByText(new RegExp(`^第 ${i}/20 题`))).toBeVisible();
      await answerByKeyboard(page, false);
      if (i < 20) {
        await tabTo(page, named("下一题 →"));
        await page.keyboard.press("Enter");
      }
    }
    await tabTo(page, named("交卷"));
    await page.keyboard.press("Enter");
    await expect(page.getByRole("dialog")).toContainText("全部 20 题都已作答");
    await tabTo(page, named("确认提交"), 5);
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("结业考试 · 成绩");
  });
});
