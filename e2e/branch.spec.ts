import { expect, test, type Page } from "@playwright/test";
import { loadContent } from "../lib/content/load";
import { demoName } from "../lib/seed/demo";
import { signIn } from "./helpers";

// sec04's branch (财政科党支部) and its cadres cadre031–040 belong to this spec alone. Each
// project (desktop, phone) runs the whole journey with its own assignment and its own cadre.
const CADRE = { desktop: 31, phone: 32 } as const;

const lessons = loadContent().lessons.map((l) => `/learn/${l.module}/${l.id}`);

async function learnEverything(page: Page) {
  for (const href of lessons) {
    await page.goto(href);
    await page.getByRole("button", { name: "标记为已学" }).click();
    await expect(page.getByRole("status").filter({ hasText: "本课已学完" })).toBeVisible();
  }
}

test("a secretary assigns the course, a cadre completes it, the dashboard, the export and the certificate show it", async ({ browser }, info) => {
  test.setTimeout(360_000);
  const project = info.project.name === "phone" ? "phone" : "desktop";
  const cadreNo = CADRE[project];
  const cadreUser = `cadre${String(cadreNo).padStart(3, "0")}`;
  const cadreName = demoName(cadreNo);
  const title = `规范学习-${project}-${Date.now().toString(36)}`;
  const viewport = project === "phone" ? { width: 360, height: 740 } : { width: 1280, height: 800 };

  // 1. The secretary assigns the course (without the exam) to her branch.
  const sec = await browser.newPage({ viewport });
  await signIn(sec, "sec04");
  await expect(sec).toHaveURL(/\/branch$/);
  await expect(sec.getByRole("heading", { level: 1 })).toHaveText("财政科党支部");
  await sec.getByRole("link", { name: /布置学习任务/ }).click();
  await expect(sec.getByRole("heading", { level: 1 })).toHaveText("布置学习任务");
  await sec.getByLabel("任务名称").fill(title);
  await sec.getByLabel(/通过结业考试/).uncheck();
  await sec.getByRole("button", { name: "布置任务" }).click();
  await expect(sec).toHaveURL(/\/branch\?unit=\d+&a=\d+/);
  const dashboardUrl = sec.url();
  await expect(sec.getByRole("heading", { name: title })).toBeVisible();
  await expect(sec.getByText("完成标准：课程的全部课时均已学完")).toBeVisible();
  const row = () =>
    sec
      .getByRole("table", { name: /成员学习情况/ })
      .getByRole("row")
      .filter({ hasText: cadreName });
  await expect(row()).toContainText("未开始");
  expect(await sec.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);

  // 2. The cadre sees it on his home, with the days left and the notification.
  const cadre = await browser.newPage({ viewport });
  await signIn(cadre, cadreUser);
  await expect(cadre).toHaveURL(/\/learn$/);
  const mine = cadre.getByRole("region", { name: "我的学习任务" }).getByRole("listitem").filter({ hasText: title });
  await expect(mine).toContainText("未开始");
  await expect(mine).toContainText(/还剩 \d+ 天/);
  await expect(cadre.getByRole("list", { name: "未读通知" })).toContainText(`新的学习任务：${title}`);

  // 3. He learns every lesson through the reader.
  await learnEverything(cadre);
  await cadre.goto("/learn");
  await expect(mine).toContainText("已完成");
  const certificate = mine.getByRole("link", { name: /下载结业证书/ });
  await expect(certificate).toBeVisible();
  const pdf = await cadre.request.get((await certificate.getAttribute("href"))!);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");
  const code = (await certificate.getAttribute("href"))!.split("/").pop()!;

  // 4. The dashboard shows him completed; the filter finds him; the export has him.
  await sec.goto(dashboardUrl);
  await expect(row()).toContainText("已完成");
  await sec
    .getByRole("list", { name: "按状态筛选" })
    .getByRole("link", { name: /已完成/ })
    .click();
  await expect(sec).toHaveURL(/state=completed/);
  await expect(row()).toContainText("已完成");
  const csvHref = await sec.getByRole("link", { name: "成员名单 CSV" }).getAttribute("href");
  const csv = await sec.request.get(csvHref!);
  expect(csv.status()).toBe(200);
  const bytes = await csv.body();
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const line = bytes
    .subarray(3)
    .toString("utf8")
    .split("\r\n")
    .find((l) => l.includes(cadreName));
  expect(line).toContain("已完成");
  const xlsx = await sec.request.get((await sec.getByRole("link", { name: "学习台账 Excel" }).getAttribute("href"))!);
  expect(xlsx.status()).toBe(200);
  expect(xlsx.headers()["content-type"]).toContain("spreadsheetml");
  await sec
    .getByRole("link", { name: new RegExp(cadreName) })
    .first()
    .click();
  await expect(sec.getByRole("heading", { level: 1 })).toHaveText(cadreName);
  await expect(sec.getByRole("heading", { name: `课时（已学 ${lessons.length}/${lessons.length}）` })).toBeVisible();

  // 5. The certificate verifies publicly, without signing in.
  const anon = await browser.newPage({ viewport });
  await anon.goto(`/verify/${code}`);
  await expect(anon.getByRole("status")).toContainText("证书真实有效");
  await expect(anon.getByRole("status")).toContainText(cadreName);
  await expect(anon.getByRole("status")).toContainText("财政科党支部");
});

test("one click reminds the branch; the cadre sees it on his home; the committee sees the roll-up", async ({ browser }, info) => {
  test.skip(info.project.name === "phone", "one run is enough: reminders are once a day per member");
  const sec = await browser.newPage();
  await signIn(sec, "sec04");
  await expect(sec).toHaveURL(/\/branch$/);
  await sec.goto("/branch/assign");
  const title = `提醒测试-${Date.now().toString(36)}`;
  await sec.getByLabel("任务名称").fill(title);
  await sec.getByRole("button", { name: "布置任务" }).click();
  await expect(sec.getByRole("heading", { name: title })).toBeVisible();
  await sec.getByRole("button", { name: /一键提醒/ }).click();
  await expect(sec.getByRole("status").filter({ hasText: /已提醒 \d+ 人/ })).toBeVisible();
  await sec.getByRole("button", { name: /一键提醒/ }).click();
  await expect(sec.getByRole("status").filter({ hasText: /今天已提醒过，不再重复/ })).toBeVisible();

  const cadre = await browser.newPage();
  await signIn(cadre, "cadre040");
  await expect(cadre).toHaveURL(/\/learn$/);
  await expect(cadre.getByRole("list", { name: "未读通知" })).toContainText(`学习提醒：${title}`);
  // Regression: the button was an onClick handler, so a click before hydration did nothing. It is a
  // form bound to the server action now, so it works with JavaScript off altogether.
  const noJs = await browser.newContext({ storageState: await cadre.context().storageState(), javaScriptEnabled: false });
  const plain = await noJs.newPage();
  await plain.goto("/learn");
  await expect(plain.getByRole("list", { name: "未读通知" })).toContainText(`学习提醒：${title}`);
  await plain.getByRole("button", { name: "全部标为已读" }).click();
  // (Other journeys may assign to this branch meanwhile, so check this reminder, not the whole list.)
  await expect(plain.getByText(`学习提醒：${title}`)).toHaveCount(0);
  await noJs.close();
  await cadre.reload();
  await expect(cadre.getByText(`学习提醒：${title}`)).toHaveCount(0);

  // The committee's secretary: the roll-up, drillable to the branch, without individual scores.
  const dw = await browser.newPage();
  await signIn(dw, "dw01");
  await expect(dw).toHaveURL(/\/branch$/);
  await expect(dw.getByRole("heading", { level: 1 })).toHaveText("示范区机关党委");
  await expect(dw.getByRole("table", { name: "下级组织完成情况" })).toContainText("综合党总支");
  await dw.goto(`/branch?${new URL(sec.url()).searchParams}`);
  await expect(dw.getByRole("heading", { level: 1 })).toHaveText("财政科党支部");
  const table = dw.getByRole("table", { name: /成员学习情况/ });
  await expect(table).toContainText(demoName(40));
  await expect(table).not.toContainText("最高分");
});
