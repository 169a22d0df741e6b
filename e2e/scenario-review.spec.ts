/**
 * After a scenario's ending (issue 14 §3): the review of each choice made and of the best path,
 * 再玩一次 and 换一种选择 replays that never change the score — on a phone and on desktop, by
 * pointer and by keyboard.
 */
import { expect, test, type Locator, type Page } from "@playwright/test";
import { signIn } from "./helpers";

const who = (project: string) => (project === "phone" ? "cadre056" : "cadre057");

async function act(scope: Locator | Page, label: RegExp) {
  await scope.getByRole("button", { name: label }).click();
}

test("C6: a detour ends “尚可”; the review marks the mistake, shows the best path, and replays reach other endings without touching the score", async ({
  page,
}, info) => {
  test.setTimeout(120_000);
  await signIn(page, who(info.project.name));
  await expect(page).toHaveURL(/\/learn$/);
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.goto("/quiz");
  await page.getByRole("button", { name: /开始情景：C6 / }).click();
  await expect(page).toHaveURL(/\/attempt\/[\w-]+$/);

  // Framed as a teaching re-enactment.
  await expect(page.getByRole("heading", { level: 2 })).toContainText("情景模拟：以下情节为教学改编");

  // A detour: the complaint post, mended, then every right choice.
  await act(page, /^发送：顺便发句牢骚/);
  await act(page, /^删除：删除动态，当面向相关同事说明/);
  await act(page, /^回复：给小宝发个生日红包/);
  await act(page, /^回复：不领，并在群里提醒/);
  await act(page, /^发送：用分组，只让“家人朋友”可见/);

  // The ending follows the whole path: not the good one, and the verdict says so in words.
  const ending = page.getByRole("region", { name: "情景结局" }).first();
  await expect(ending).toContainText("尚可的结局");
  await expect(ending).toContainText("走过弯路，改过来了");
  await expect(ending).not.toContainText("麦子");
  // One verdict, the ending's own tier (ux.md m4): never "处置不当" above "尚可的结局".
  await expect(ending).toContainText("尚可的结局 · 处置尚可 · 得 1/2 分");
  await expect(ending).toContainText("尚可的结局得一半");

  // The review: each choice with its mark, consequence and rules; the mistake named.
  const taken = page.getByRole("list", { name: "你的每一步选择" });
  await expect(taken.locator(":scope > li")).toHaveCount(5);
  await expect(taken.locator(":scope > li").first()).toContainText("误区");
  await expect(taken.locator(":scope > li").first()).toContainText("朋友圈是私人空间，发什么是个人自由");
  await expect(taken.locator(":scope > li").nth(2)).toContainText("最佳选择");
  await expect(taken.getByRole("link", { name: /P7/ }).first()).toBeVisible();

  // The best path, folded until asked for; opened from the keyboard.
  const summary = page.getByText("查看最佳路径（4 步）");
  await summary.focus();
  await page.keyboard.press("Enter");
  const best = page.getByRole("list", { name: "最佳路径的每一步" });
  await expect(best.locator(":scope > li")).toHaveCount(4);
  await expect(best.getByText("最佳选择")).toHaveCount(4);
  await expect(best).toContainText("马林");
  await expect(best.getByRole("link", { name: /G5/ }).first()).toBeVisible();
  await expect(page.getByText(/最佳路径的结局：好的结局 · 生活有温度，言行有底线/)).toBeVisible();

  // 再玩一次, by keyboard: the story starts over in its own panel.
  const replay = page.getByRole("region", { name: /重玩这个情景/ });
  await replay.getByRole("button", { name: "再玩一次" }).focus();
  await page.keyboard.press("Enter");
  await expect(replay.getByRole("group", { name: /周末回老家，你想发一条朋友圈/ })).toBeVisible();
  await act(replay, /^发送：发麦田和蓝天/);
  await act(replay, /^回复：给小宝发个生日红包/);
  await act(replay, /^回复：不领，并在群里提醒/);
  await act(replay, /^发送：用分组，只让“家人朋友”可见/);
  await expect(replay.getByRole("status").filter({ hasText: "重玩结果：好的结局 · 处置得当 · 得 2/2 分（不计入成绩）" })).toBeVisible();
  await expect(replay.getByRole("region", { name: "情景结局" })).toContainText("生活有温度，言行有底线");

  // 换一种选择: back to step 3 of this replay (the family red packet), a different turn, another ending.
  await replay.getByRole("button", { name: "换一种选择" }).click();
  await replay.getByRole("button", { name: /^从第 3 步重新选：项目对接企业/ }).click();
  await expect(replay.getByRole("group", { name: /项目对接企业在工作群里发了个/ })).toBeVisible();
  await act(replay, /^领取：领一个，几块钱图个吉利/);
  await expect(replay.getByRole("status").filter({ hasText: "重玩结果：坏的结局 · 处置不当 · 得 0/2 分（不计入成绩）" })).toBeVisible();
  await expect(replay.getByRole("region", { name: "情景结局" })).toContainText("一个“图吉利”的红包");

  // The score is still the first play's, after a reload too.
  await page.reload();
  await expect(page.getByRole("region", { name: "情景结局" }).first()).toContainText("尚可的结局 · 处置尚可 · 得 1/2 分");
  if (info.project.name === "phone") expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  // Handed in: the result view offers the same review and replay.
  await page.getByRole("button", { name: "完成，记入练习成绩" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("案例情景：副厅级干部的“非典型官员朋友圈” · 成绩");
  await expect(page.getByRole("list", { name: "你的每一步选择" })).toBeVisible();
  await page
    .getByRole("region", { name: /重玩这个情景/ })
    .getByRole("button", { name: "再玩一次" })
    .click();
  await expect(page.getByRole("group", { name: /周末回老家，你想发一条朋友圈/ })).toBeVisible();
});
