import { expect, type Page, test } from "@playwright/test";
import { signIn } from "./helpers";

// Runs in both projects: desktop (1280 px) and phone (360 px).

const BAD = "在吗？明天村里换届选举，大家投我一票，每人发个200元微信红包。";
const GOOD = "各位同事：\n定于5月8日上午9:00在三楼会议室召开安全生产会议，请准时参加。\n特此通知。\n区委办公室 王芳";

async function openChecker(page: Page) {
  await signIn(page, "cadre041");
  await expect(page).toHaveURL(/\/learn$/);
  await page.goto("/check");
  await expect(page.getByRole("heading", { level: 1, name: "公务消息自检" })).toBeVisible();
}

/** Presses `key` until the focused element is `<tag>:<text or radio label>` (at most 40 times). */
async function tabUntil(page: Page, key: "Tab" | "Shift+Tab", target: string) {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press(key);
    const at = await page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement | null;
      if (!el) return "";
      if (el.type === "radio") return `radio:${el.closest("label")?.textContent ?? ""}`;
      return `${el.tagName.toLowerCase()}:${el.tagName === "TEXTAREA" ? "" : (el.textContent ?? "")}`;
    });
    if (at.startsWith(target)) return;
  }
  throw new Error(`focus never reached ${target}`);
}

/** The findings (not the related rules listed inside each). */
const findings = (page: Page) => page.getByRole("list", { name: "检查发现的问题" }).locator(":scope > li");
const source = (page: Page) => page.getByTestId("result-source");
const verdict = (page: Page) => page.getByTestId("verdict");

/** ux.md M4: the headline is never milder than the worst finding listed under it. */
async function expectHeadlineMatchesFindings(page: Page) {
  const badges = await findings(page).locator("h3 > span:first-child").allTextContents();
  const state = await verdict(page).getAttribute("data-verdict");
  if (badges.includes("红线")) expect(state).toBe("block");
  else if (badges.includes("必须修改")) expect(state).toBe("revise");
  else expect(["pass", "pending"]).toContain(state);
}

test("a bad draft is a red line with highlighted spans; fixed, it can be sent", async ({ page }) => {
  await openChecker(page);
  const text = page.getByLabel("消息内容");
  await text.fill(BAD);

  // The browser's instant check sees only the form; the full check (conduct rules, the server's
  // word segmenter) follows and the headline follows it.
  await expect(page.getByRole("status", { name: "检查结论" }).getByText("触碰红线，不能发送")).toBeVisible();
  await expect(source(page)).toHaveAttribute("data-source", "server");
  await expect(source(page)).toContainText("完整检查");
  await expectHeadlineMatchesFindings(page);
  const layer = page.getByTestId("highlight-layer");
  await expect(layer.locator('mark[data-severity="redline"]')).toContainText("200元微信红包");
  await expect(layer.locator('mark[data-severity="must"]').first()).toHaveText("在吗");
  // The missing address and signature: suggestions beside a red line crossed by rule (decision 034).
  await expect(layer.locator('[data-severity="suggestion"]:not(mark)').first()).toBeAttached();

  const v3 = findings(page).filter({ has: page.getByRole("heading", { name: /拉票贿选/ }) });
  await expect(v3).toContainText("红线");
  await expect(v3.getByRole("link", { name: "V3" })).toHaveAttribute("href", "/rules/V3");
  await expect(v3).toContainText("每人发个200元微信红包");
  // The finding quotes the words that triggered it.
  await expect(v3).toContainText("“换届选举”“微信红包”：把红包、转账或好处与投票、选举、推荐联系在一起");
  await expect(findings(page).filter({ has: page.getByRole("heading", { name: /注意沟通效率/ }) })).toContainText("在吗");
  await expect(findings(page).filter({ hasText: "R1" }).first()).toContainText("开头");
  await expect(findings(page).filter({ hasText: "R5" })).toContainText("结尾");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(page.viewportSize()!.width);

  // Fixed into a proper notice, sent in working hours.
  await text.fill(GOOD);
  // The message type 通知 in the form (the header has a 通知 bell too).
  await page.getByRole("main").getByText("通知", { exact: true }).click();
  await page.getByLabel("发送时间（选填）").fill("09:30");
  await expect(page.getByRole("status", { name: "检查结论" }).getByText("可以发送")).toBeVisible();
  await expect(page.getByText("没有发现问题。").first()).toBeVisible();
  await expect(source(page)).toHaveAttribute("data-source", "server");
  await expect(layer.locator("mark")).toHaveCount(0);

  // The same notice at 23:30 breaks U1.
  await page.getByLabel("发送时间（选填）").fill("23:30");
  await expect(page.getByRole("status", { name: "检查结论" }).getByText("必须修改后再发")).toBeVisible();
  await expect(findings(page).filter({ hasText: "U1" })).toContainText("23:30");
  await expect(source(page)).toHaveAttribute("data-source", "server");
  await expectHeadlineMatchesFindings(page);
});

test("the form works with the keyboard alone", async ({ page }) => {
  await openChecker(page);
  const text = page.getByLabel("消息内容");
  await text.focus();
  await page.keyboard.type("各位同事：明天上午9点在三楼开会，请准时参加。办公室 王芳");

  // Back to the kind picker (past the time field's hour and minute parts) and choose 通知 with the arrow keys.
  await tabUntil(page, "Shift+Tab", "radio:自动");
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("radio", { name: "通知" })).toBeChecked();
  await tabUntil(page, "Tab", "textarea:");
  await expect(text).toBeFocused();
  await page.keyboard.press("Control+Enter");
  await expect(source(page)).toHaveAttribute("data-source", "server");
  const closing = findings(page).filter({ hasText: "特此通知" });
  await expect(closing).toContainText("必须修改");

  // Tab to the finding's button and jump to the place in the text.
  await tabUntil(page, "Tab", "button:把光标移到此处");
  await page.keyboard.press("Enter");
  await expect(text).toBeFocused();
  const caret = await text.evaluate((el: HTMLTextAreaElement) => [el.selectionStart, el.value.slice(0, el.selectionStart)]);
  expect(caret[1]).toBe("各位同事：明天上午9点在三楼开会，请准时参加。");
});

test("发到哪里: chat about a match is reported in a work group only", async ({ page }) => {
  await openChecker(page);
  await page.getByLabel("消息内容").fill("昨晚国足那场球谁看了？又输了，气死我了");
  const picker = page.getByRole("group", { name: "发到哪里" });
  await picker.getByText("工作群", { exact: true }).click();
  await expect(picker.getByRole("radio", { name: "工作群" })).toBeChecked();
  const g2 = findings(page).filter({ hasText: "工作群主要为了工作" });
  await expect(g2).toContainText("必须修改");
  await expect(g2).toContainText("国足");
  await expect(source(page)).toHaveAttribute("data-source", "server");
  await expectHeadlineMatchesFindings(page);

  // The same words in a family or classmates' group break no group rule.
  await picker.getByText("其他群聊", { exact: true }).click();
  await expect(source(page)).toHaveAttribute("data-source", "server");
  await expect(g2).toHaveCount(0);
});

test("发到哪里: venting about the unit on 朋友圈 is a suggestion to keep work out of it (decision 037)", async ({ page }) => {
  await openChecker(page);
  await page.getByLabel("消息内容").fill("周报又被打回来了，科长说重写，这班上得真没意思。");
  const picker = page.getByRole("group", { name: "发到哪里" });
  await picker.getByText("朋友圈", { exact: true }).click();
  await expect(picker.getByRole("radio", { name: "朋友圈" })).toBeChecked();
  const g5 = findings(page).filter({ has: page.getByRole("heading", { name: /区分朋友圈和工作圈/ }) });
  await expect(g5).toHaveCount(1);
  await expect(g5).toContainText("建议");
  await expect(g5).toContainText("没意思");
  // Related rules are named in Chinese, the code only beside the title.
  await expect(g5.getByRole("link", { name: /对领导和同事品头论足/ })).toHaveAttribute("href", "/rules/TJ2");
  await expect(source(page)).toHaveAttribute("data-source", "server");
  await expectHeadlineMatchesFindings(page);

  // Sent to one person, it is no post to all one's friends.
  await picker.getByText("私聊", { exact: true }).click();
  await expect(source(page)).toHaveAttribute("data-source", "server");
  await expect(g5).toHaveCount(0);
});

test("oversized and control-character input get a clear message, not a crash", async ({ page }) => {
  await openChecker(page);
  const text = page.getByLabel("消息内容");

  await text.fill("各".repeat(20_001));
  await expect(page.getByRole("alert").filter({ hasText: "消息内容不能超过20000字" })).toBeVisible();
  await expect(page.getByRole("status", { name: "检查结论" })).toContainText("无法检查");
  await expect(text).toHaveAttribute("aria-invalid", "true");
  await page.getByRole("button", { name: "检查" }).click();
  await expect(text).toBeFocused();
  await expect(page.getByTestId("verdict")).toHaveCount(0);

  await text.fill("各位同事：\u0007明天上午9点开会。\u0000\n办公室 王芳");
  const warning = page.getByRole("alert").filter({ hasText: "控制字符" });
  await expect(warning).toContainText("2 个");
  await expect(warning).toContainText("U+0007");
  await expect(page.getByTestId("verdict")).toBeVisible();
  await expect(source(page)).toHaveAttribute("data-source", "server");
  await warning.getByRole("button", { name: "删除这些字符" }).click();
  await expect(warning).toHaveCount(0);
  await expect(text).toHaveValue("各位同事：明天上午9点开会。\n办公室 王芳");

  // Blank after all: asked to write something, nothing sent.
  await text.fill("   ");
  await page.getByRole("button", { name: "检查" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "消息内容不能为空" })).toBeVisible();
});

test("「试一试」 loads a lesson example into the editor", async ({ page }) => {
  await openChecker(page);
  const late = page.getByRole("listitem", { name: "发送时间恰当 · 错误示范" });
  await expect(late).toContainText("23:18");
  await late.getByRole("link", { name: /试一试/ }).click();
  await expect(page.getByLabel("消息内容")).toHaveValue(/早上8点前发我/);
  await expect(page.getByLabel("发送时间（选填）")).toHaveValue("23:18");
  await expect(findings(page).filter({ hasText: "U1" })).toContainText("23:18");
  await expect(page).toHaveURL(/\/check$/); // loaded in place
  await expect(source(page)).toHaveAttribute("data-source", "server");
  await expectHeadlineMatchesFindings(page);

  // Without JavaScript the link opens the page with the example in the editor.
  await page.goto("/check?try=r3-concise-1#editor");
  await expect(page.getByLabel("消息内容")).toHaveValue(/哦不对是四楼/);
  await expect(page.getByText("已载入示例：内容简洁条理 · 错误示范")).toBeVisible();
  await page.goto("/check?try=../../etc");
  await expect(page.getByLabel("消息内容")).toHaveValue("");
});

test("the course's 正确示范 pass the checker; its 错误示范 are flagged (ux.md M4)", async ({ page }) => {
  await openChecker(page);
  const good = page.getByRole("listitem", { name: /正确示范$/ });
  const bad = page.getByRole("listitem", { name: /错误示范$/ });
  expect(await good.count()).toBeGreaterThan(5);
  for (const item of await good.all()) await expect(item.getByText(/^自检结果：/)).toHaveText(/^自检结果：可以发送/);
  for (const item of await bad.all()) await expect(item.getByText(/^自检结果：/)).not.toHaveText(/^自检结果：可以发送$/);
});

test("one P4 item for one ID number; the Ctrl+Enter hint only where a keyboard is likely (ux.md m14)", async ({ page }, info) => {
  await openChecker(page);
  const hint = page.getByTestId("shortcut-hint");
  if (info.project.name === "phone") await expect(hint).toBeHidden();
  else await expect(hint).toBeVisible();

  await page.getByLabel("消息内容").fill("各位同事：\n张三的身份证号是110105199003071234，请大家核对一下。\n特此通知。\n区委办公室");
  await expect(source(page)).toHaveAttribute("data-source", "server");
  const p4 = findings(page).filter({ has: page.getByRole("link", { name: "P4" }) });
  await expect(p4).toHaveCount(1);
  await expect(p4).toContainText("身份证号码");
  await expect(p4).toContainText("必须修改");
  await expectHeadlineMatchesFindings(page);
});
