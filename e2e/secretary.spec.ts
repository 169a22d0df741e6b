import { expect, test } from "@playwright/test";
import { demoName } from "../lib/seed/demo";
import { signIn } from "./helpers";

// sec05's branch (住建科党支部, cadre041–050) is this spec's: each project (desktop, phone) makes its
// own assignment and reminds its own cadre. The committee (dw01) and the admin only read.
const CADRE = { desktop: 45, phone: 46 } as const;

test("the secretary's member table comes first: sortable, filterable, paged, printable, 提醒 per member; the committee compares its branches", async ({
  browser,
}, info) => {
  test.setTimeout(120_000);
  const project = info.project.name === "phone" ? "phone" : "desktop";
  const viewport = project === "phone" ? { width: 360, height: 740 } : { width: 1280, height: 800 };
  const name = demoName(CADRE[project]);
  const title = `名单测试-${project}-${Date.now().toString(36)}`;

  const sec = await browser.newPage({ viewport });
  await signIn(sec, "sec05");
  await expect(sec).toHaveURL(/\/branch$/);
  await sec.goto("/branch/assign");
  await sec.getByLabel("任务名称").fill(title);
  await sec.getByLabel(/通过结业考试/).uncheck();
  await sec.getByRole("button", { name: "布置任务" }).click();
  await expect(sec.getByRole("heading", { name: title })).toBeVisible();
  const dashboard = sec.url();

  // The member list comes before the figures and charts.
  const members = sec.getByRole("heading", { name: /^成员（\d+ 人）$/ });
  await expect(members).toBeVisible();
  const y = async (h: typeof members) => (await h.boundingBox())!.y;
  expect(await y(members)).toBeLessThan(await y(sec.getByRole("heading", { name: "总体情况" })));
  const table = sec.getByRole("table", { name: /成员学习情况/ });
  for (const col of ["姓名", "状态", "已学课时", "最高分", "考试次数", "最近学习", "连续", "提醒"])
    await expect(table.getByRole("columnheader", { name: new RegExp(`^${col}`) })).toBeVisible();
  await expect(table.getByRole("row")).toHaveCount(12); // header + 10 cadres + the secretary
  // Issue 17: the seed's cadres who never signed in say so.
  await expect(table.getByText("从未登录").first()).toBeVisible();
  expect(await sec.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
  await sec.screenshot({ path: info.outputPath(`branch-${project}.png`), fullPage: true });
  await members.scrollIntoViewIfNeeded();
  await sec.screenshot({ path: info.outputPath(`branch-${project}-view.png`) });

  // Sort by a header; again for the other direction.
  await table.getByRole("link", { name: /^姓名/ }).click();
  await expect(sec).toHaveURL(/sort=name/);
  await expect(table.getByRole("columnheader", { name: /^姓名/ })).toHaveAttribute("aria-sort", "ascending");
  await table.getByRole("link", { name: /^姓名/ }).click();
  await expect(sec).toHaveURL(/dir=desc/);
  await expect(table.getByRole("columnheader", { name: /^姓名/ })).toHaveAttribute("aria-sort", "descending");

  // Filter in place: a state chip, then a name.
  await sec
    .getByRole("list", { name: "按状态筛选" })
    .getByRole("link", { name: /^未开始/ })
    .click();
  await expect(sec).toHaveURL(/state=not_started/);
  await expect(table.getByRole("row")).toHaveCount(12);
  await sec
    .getByRole("list", { name: "按状态筛选" })
    .getByRole("link", { name: /^已完成/ })
    .click();
  await expect(sec.getByRole("status").filter({ hasText: "没有符合条件的成员" })).toBeVisible();
  await sec.goto(dashboard);
  await sec.getByRole("searchbox", { name: "姓名或登录名" }).fill(name);
  await sec.getByRole("button", { name: "查找" }).click();
  await expect(sec).toHaveURL(/q=/);
  await expect(table.getByRole("row")).toHaveCount(2);
  const row = table.getByRole("row").filter({ hasText: name });

  // Regression (a flaky run): 提醒 is an onClick handler, so a tap before hydration did nothing and
  // the row never said 已提醒. The button stays disabled until React has loaded; without JavaScript
  // it never enables.
  const noJs = await browser.newContext({ storageState: await sec.context().storageState(), javaScriptEnabled: false, viewport });
  const plain = await noJs.newPage();
  await plain.goto(sec.url());
  await expect(plain.getByRole("button", { name: `提醒${name}` })).toBeDisabled();
  await expect(plain.getByRole("button", { name: "重新统计" })).toBeDisabled();
  await noJs.close();

  // 提醒 one member: announced in the row; the next page load counts the day.
  await row.getByRole("button", { name: `提醒${name}` }).click();
  await expect(row.getByRole("status")).toHaveText("已提醒");
  await sec.reload();
  await expect(row).toContainText("1 天");
  await row.getByRole("button", { name: `提醒${name}` }).click();
  await expect(row.getByRole("status")).toHaveText("今天已提醒过");

  // Printed: the table without the filters and the buttons.
  await sec.emulateMedia({ media: "print" });
  await expect(table).toBeVisible();
  await expect(sec.getByRole("searchbox", { name: "姓名或登录名" })).toBeHidden();
  await expect(row.getByRole("button", { name: `提醒${name}` })).toBeHidden();
  await sec.emulateMedia({ media: "screen" });

  // The detail page: who he is and how to reach him.
  await row.getByRole("link", { name: new RegExp(name) }).click();
  await expect(sec.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(sec.getByRole("heading", { name: "联系方式" })).toBeVisible();

  // The committee compares its units side by side, branches under their 党总支; a unit with no
  // members in this assignment has no rate ("—"), not 0 %.
  const dw = await browser.newPage({ viewport });
  await signIn(dw, "dw01");
  await expect(dw).toHaveURL(/\/branch$/);
  const a = new URL(dashboard).searchParams.get("a")!;
  await dw.goto(`/branch?a=${a}`);
  const rollup = dw.getByRole("table", { name: "下级组织完成情况" });
  for (const col of ["应学人数", "参与率", "完成率"]) await expect(rollup.getByRole("columnheader", { name: col })).toBeVisible();
  await expect(rollup.getByRole("row").filter({ hasText: "住建科党支部" })).toContainText("0%");
  const empty = rollup.getByRole("row").filter({ hasText: "办公室党支部" });
  await expect(empty).toContainText("—");
  await expect(empty).not.toContainText("0%");
  expect(await dw.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
  await dw.screenshot({ path: info.outputPath(`committee-${project}.png`), fullPage: true });
  await rollup.scrollIntoViewIfNeeded();
  await dw.screenshot({ path: info.outputPath(`committee-${project}-view.png`) });
});

test("the audit log names every action in Chinese and sums up score reads per viewer per day", async ({ page }, info) => {
  await signIn(page, "sec05");
  await expect(page).toHaveURL(/\/branch$/); // a dashboard view: a score read today
  await page.context().clearCookies();
  await signIn(page, "admin");
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto("/admin/audit");
  const main = page.getByRole("main");
  await expect(main.getByRole("list", { name: "日志条目" })).toBeVisible();
  // No code where a Chinese name exists: nothing like "question.publish" or "scores.read" is visible.
  expect(await main.innerText()).not.toMatch(/\b[a-z_]+\.[a-z_]+(\.[a-z_]+)?\b/);
  const reads = page.getByText(/^成绩查看（按人按天汇总）/);
  await reads.click();
  await expect(page.getByRole("list", { name: "成绩查看汇总" })).toContainText(/查看成绩 \d+ 次，涉及 \d+ 人/);
  // The filter offers every action type by name.
  const options = await page.getByLabel("操作", { exact: true }).locator("option").allInnerTexts();
  for (const o of ["查看成绩", "发布题目", "发送学习提醒", "布置学习任务", "新建成员", "移动单位"]) expect(options).toContain(o);
  await page.screenshot({ path: info.outputPath(`audit-${info.project.name}.png`), fullPage: true });
  await reads.scrollIntoViewIfNeeded();
  await page.screenshot({ path: info.outputPath(`audit-${info.project.name}-view.png`) });
  await page.getByLabel("操作", { exact: true }).selectOption({ label: "查看成绩" });
  await page.getByRole("button", { name: "筛选" }).click();
  await expect(page).toHaveURL(/action=scores.read/);
  await expect(page.getByRole("list", { name: "日志条目" }).getByRole("listitem").first()).toContainText("查看成绩");
});
