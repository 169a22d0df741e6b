/**
 * The quiz centre and the 错题本 as a cadre finds them (ux.md m23, m6): the exam at the top, cards
 * that say each thing once; mistakes grouped by rule in Chinese, filterable, and a review that
 * holds as many questions as its button says. cadre046 (phone) and cadre047 (desktop) are this
 * spec's own.
 */
import { expect, test, type Page } from "@playwright/test";
import { signIn, startPractice } from "./helpers";

const who = (project: string) => (project === "phone" ? "cadre046" : "cadre047");

/** A practice paper answered with each question's first option (mostly wrong on multiple choice), handed in. */
async function practiseWithFirstOptions(page: Page) {
  await startPractice(page);
  const total = Number((await page.getByText(/^第 1\/\d+ 题/).textContent())!.match(/\/(\d+)/)![1]);
  for (let i = 0; i < total; i++) {
    const q = page.getByRole("article");
    const option = (await q.getByRole("radio").count()) ? q.getByRole("radio").first() : q.getByRole("checkbox").first();
    await option.check();
    await q.getByRole("button", { name: "确定" }).click();
    await expect(page.getByRole("region", { name: "答题反馈" })).toBeVisible();
    if (i < total - 1) await page.getByRole("button", { name: "下一题 →" }).click();
  }
  await page.getByRole("navigation", { name: "题目导航" }).getByRole("button", { name: "完成练习" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "确认提交" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("成绩");
}

test("测验中心: the exam first, and each card says a thing once", async ({ page }, info) => {
  await signIn(page, who(info.project.name));
  await page.goto("/quiz");
  const exam = page.getByRole("article", { name: "结业考试" });
  await expect(exam.getByRole("link", { name: "开始考试：结业考试" })).toBeVisible();
  // Above the practice sections, within the first screen on a phone.
  const examTop = (await exam.boundingBox())!.y;
  expect(examTop).toBeLessThan((await page.getByRole("heading", { name: "分模块练习" }).boundingBox())!.y);
  expect(examTop).toBeLessThan(page.viewportSize()!.height);
  // No "课前自测" tag beside the title "课前自测"; no "朋友圈 · 朋友圈".
  await expect(page.getByRole("article", { name: "课前自测" }).getByText("课前自测", { exact: true })).toHaveCount(1);
  await expect(page.getByText(/(\S+) · \1$/)).toHaveCount(0);
  await expect(page.getByText("C1 · 朋友圈")).toBeVisible();
});

test("错题本: grouped by rule with Chinese titles, filtered by rule; 开始复习（N 道） opens N questions", async ({ page }, info) => {
  test.setTimeout(180_000);
  await signIn(page, who(info.project.name));
  await practiseWithFirstOptions(page);

  await page.goto("/mistakes");
  const groups = page.getByRole("main").getByRole("heading", { level: 2 });
  expect(await groups.count()).toBeGreaterThan(0);
  // A group is named by its rule's Chinese title; the code is secondary text.
  await expect(groups.first()).toHaveText(/^[\u4e00-\u9fff].*[A-Z]+\d+\s*\d+ 道$/);

  const filter = page.getByRole("navigation", { name: "按规则筛选错题" });
  const all = filter.getByRole("link", { name: /^全部/ });
  await expect(all).toHaveAttribute("aria-current", "page");
  const total = Number((await all.textContent())!.replace(/\D/g, ""));
  const chip = filter.getByRole("link").nth(1);
  const [, code, count] = (await chip.textContent())!.match(/([A-Z]+\d+)（(\d+)）$/)!;
  await chip.click();
  await expect(page).toHaveURL(new RegExp(`/mistakes\\?rule=${code}$`));
  await expect(filter.getByRole("link", { name: new RegExp(`${code}\\s*（`) })).toHaveAttribute("aria-current", "page");
  const shown = page
    .getByRole("main")
    .getByRole("list", { name: /待复习的错题/ })
    .locator(":scope > li");
  await expect(shown).toHaveCount(Number(count));
  for (const li of await shown.all()) await expect(li.getByRole("link", { name: new RegExp(`^${code}(?!\\d)`) }).first()).toBeVisible();

  // The button counts the review's questions: the review holds exactly that many.
  const start = page.getByRole("button", { name: /^开始复习（\d+ 道）$/ });
  const n = Number((await start.textContent())!.match(/（(\d+) 道）/)![1]);
  expect(n).toBe(Math.min(total, 20));
  await start.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("错题复习");
  await expect(page.getByText(new RegExp(`^第 1/${n} 题`))).toBeVisible();
});
