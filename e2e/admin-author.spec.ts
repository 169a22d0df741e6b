import { expect, test, type Locator, type Page } from "@playwright/test";
import { signIn, signOut } from "./helpers";

// Messages appear at once (no typing pause), so the journey does not wait on animations.
test.use({ reducedMotion: "reduce" });

const XSS = '<img src=x onerror="window.__xss=1">';

/** The editor's card for step n or ending n. */
const card = (page: Page, summary: string) => page.locator("details").filter({ has: page.locator("summary", { hasText: summary }) });

async function fillChoice(step: Locator, j: number, c: { label: string; next: string; score: number; action?: string }) {
  await step.getByLabel("选项文字", { exact: true }).nth(j).fill(c.label);
  await step.getByLabel("下一步", { exact: true }).nth(j).selectOption(c.next);
  await step.getByLabel("得分（0–10）", { exact: true }).nth(j).fill(String(c.score));
  if (c.action) await step.getByLabel("动作", { exact: true }).nth(j).selectOption(c.action);
}

async function fillStep(step: Locator, from: string, text: string) {
  await step.getByLabel("第 1 条 · 发送人").first().fill(from);
  await step.getByLabel("内容", { exact: true }).first().fill(text);
}

async function play(scope: Locator, labels: RegExp[]) {
  for (const l of labels) await scope.getByRole("button", { name: l }).click();
}

test("an admin builds a three-step branching scenario, previews and publishes it; a cadre plays it", async ({ page }, info) => {
  const tag = info.project.name === "phone" ? "p" : "d";
  const chatTitle = `E2E街道工作群${tag}${Date.now().toString(36).slice(-4)}`;
  page.on("dialog", (d) => void d.dismiss()); // an alert() from injected markup would show up here…
  const alerts: string[] = [];
  page.on("dialog", (d) => alerts.push(d.message()));

  await signIn(page, "admin");
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto("/admin/questions/new?type=scenario");
  await expect(page.getByRole("heading", { name: "新建题目" })).toBeVisible();
  // An empty form shows no errors yet, and the identifier is made for the admin.
  await expect(page.getByRole("status").filter({ hasText: "尚未填写完整" })).toBeVisible();
  await expect(page.getByText("不能为空")).toHaveCount(0);
  const id = (await page.getByText(/^q-\d{8}-[0-9a-f]{6}$/).innerText()).trim();
  await page.getByLabel("题干").fill("x");
  await page.getByLabel("题干").fill("");
  await expect(page.getByText("题干不能为空").first()).toBeVisible(); // after input, the field's own error
  await page.getByLabel("规则编码", { exact: true }).first().fill("V2");
  await page.getByLabel("题干").fill(`工作群里有人转发了一条未经证实的停水消息。${XSS}`);
  await page.getByLabel("解析", { exact: true }).fill("不信谣、不传谣，核实后再说。");
  await page.getByLabel("聊天标题").fill(chatTitle);

  // Three steps: s1 → s2 → s3 → endings, each with a way out to the bad ending.
  await page.getByRole("button", { name: "＋ 添加步骤" }).click();
  await page.getByRole("button", { name: "＋ 添加步骤" }).click();
  const s1 = card(page, "步骤 1：s1");
  const s2 = card(page, "步骤 2：s2");
  const s3 = card(page, "步骤 3：s3");
  await fillStep(s1, "老王", "听说明天要停水三天！");
  await fillChoice(s1, 0, { label: "先向自来水公司核实", next: "s2", score: 5, action: "verify" });
  await fillChoice(s1, 1, { label: "直接转发到家人群", next: "e2", score: 0, action: "forward" });
  await fillStep(s2, "自来水公司", "近期没有停水计划。");
  await fillChoice(s2, 0, { label: "在群里说明核实结果", next: "s3", score: 5 });
  await fillChoice(s2, 1, { label: "不吭声", next: "e2", score: 1, action: "ignore" });
  await fillStep(s3, "群主", "谢谢提醒！");
  await fillChoice(s3, 0, { label: "提醒大家以官方通知为准", next: "e1", score: 5 });
  await fillChoice(s3, 1, { label: "不再理会", next: "e2", score: 0, action: "ignore" });

  const e1 = card(page, "结局 1：e1");
  await e1.getByLabel("结局标题").fill("谣言止于智者");
  await e1.getByLabel("后果说明").fill(`你核实并澄清，避免了恐慌。${XSS}`);
  await e1.getByLabel("规则编码", { exact: true }).fill("V2");
  const e2 = card(page, "结局 2：e2");
  await e2.getByLabel("结局标题").fill("谣言扩散");
  await e2.getByLabel("后果说明").fill("未经核实的消息在群里越传越广。");
  await e2.getByLabel("规则编码", { exact: true }).fill("V2");

  // The map and its words follow the edits; the checks pass.
  await expect(page.getByRole("img", { name: /分支图（3 个步骤，2 个结局）/ })).toBeVisible();
  await expect(
    page.getByText("步骤 1（起点）：选“先向自来水公司核实”（5 分）→ 步骤 2；选“直接转发到家人群”（0 分）→ 结局“谣言扩散”（坏的结局）"),
  ).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "没有发现问题" })).toBeVisible();

  // A broken arrow is caught at once, in Chinese, and fixed again.
  await s3.getByLabel("下一步", { exact: true }).nth(0).selectOption("s1");
  await expect(page.getByText(/场景存在循环/).first()).toBeVisible();
  await s3.getByLabel("下一步", { exact: true }).nth(0).selectOption("e1");
  await expect(page.getByRole("status").filter({ hasText: "没有发现问题" })).toBeVisible();

  // Preview: the cadre's player, fed by the server, nothing stored.
  await page.getByRole("button", { name: "预览（学员视角）" }).click();
  const preview = page.getByRole("region", { name: "学员视角预览" });
  await expect(preview.getByRole("figure", { name: new RegExp(chatTitle) })).toContainText("听说明天要停水三天！");
  await play(preview, [/先向自来水公司核实/, /在群里说明核实结果/, /提醒大家以官方通知为准/]);
  await expect(preview.getByRole("heading", { name: "谣言止于智者" })).toBeVisible();
  await expect(preview.getByText(`你核实并澄清，避免了恐慌。${XSS}`)).toBeVisible();

  await page.getByRole("button", { name: "保存为草稿" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/questions/${id}\\?saved=1$`));
  await expect(page.getByText("已保存为第 1 版。")).toBeVisible();
  await expect(page.getByText("草稿", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "发布", exact: true }).click();
  await page.getByRole("dialog").getByRole("button", { name: "发布", exact: true }).click();
  await expect(page.getByText("已发布", { exact: true }).first()).toBeVisible();
  await expect(page.getByRole("button", { name: "发布", exact: true })).toHaveCount(0);
  await signOut(page);

  // The cadre finds it among the case scenarios and plays it to its ending.
  // One cadre per project (and per repeat): a second open case practice would end the first.
  await signIn(page, `cadre0${57 + (tag === "p" ? 0 : 1) + 2 * (info.repeatEachIndex % 2)}`);
  await expect(page).toHaveURL(/\/learn$/);
  await page.goto("/quiz");
  const item = page.getByRole("listitem").filter({ hasText: chatTitle });
  await item.getByRole("button", { name: /开始情景/ }).click();
  await expect(page).toHaveURL(/\/attempt\/[\w-]+$/);
  await expect(page.getByRole("heading", { name: /工作群里有人转发了一条未经证实的停水消息/ })).toContainText(XSS);
  const chat = page.getByRole("figure", { name: new RegExp(chatTitle) });
  await expect(chat).toContainText("听说明天要停水三天！");
  await play(page.getByRole("article"), [/先向自来水公司核实/, /在群里说明核实结果/]);
  await expect(chat).toContainText("近期没有停水计划。");
  await play(page.getByRole("article"), [/提醒大家以官方通知为准/]);
  await expect(page.getByRole("heading", { name: "谣言止于智者" })).toBeVisible();

  // The injected markup stayed text everywhere: no element was created, no script ran.
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(alerts).toEqual([]);
});

test("import, edit, compare, roll back and void a question; analysis, quizzes and the template open", async ({ page }, info) => {
  const tag = info.project.name === "phone" ? "p" : "d";
  const id = `e2e-import-${tag}-${Date.now().toString(36)}`;
  const question = {
    id,
    type: "single",
    module: "ten-principles",
    rules: ["P1"],
    stem: "在单位工作群里看到有人议论中央政策，你应该：",
    options: [
      { id: "a", text: "跟着发表看法" },
      { id: "b", text: "不参与议论，必要时提醒", correct: true },
      { id: "c", text: "截图转发给朋友" },
    ],
    explanation: "不妄议中央。",
  };
  await signIn(page, "admin");
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto("/admin/questions/transfer");

  // A bad file: every problem listed, nothing written, no way to import it.
  const file = page.getByLabel(/选择文件/);
  await file.setInputFiles({
    name: "bad.json",
    mimeType: "application/json",
    buffer: Buffer.from(
      JSON.stringify({
        questions: [
          { ...question, rules: ["ZZ9"] },
          { ...question, stem: "" },
        ],
      }),
    ),
  });
  await page.getByRole("button", { name: "检查文件（不写入）" }).click();
  await expect(page.getByText("发现 2 处问题，文件未导入，题库没有任何改动：")).toBeVisible();
  await expect(page.getByRole("cell", { name: "questions[0].rules" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "questions[1].stem" })).toBeVisible();
  await expect(page.getByRole("button", { name: "导入", exact: true })).toBeDisabled();

  // A good one: checked, then imported and published.
  await file.setInputFiles({ name: "good.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify({ questions: [question] })) });
  await page.getByRole("button", { name: "检查文件（不写入）" }).click();
  await expect(page.getByText(/检查通过（JSON，共 1 道）：将新增 1 道/)).toBeVisible();
  await page.getByLabel("新题目导入后直接发布（否则为草稿）").check();
  await page.getByRole("button", { name: "导入", exact: true }).click();
  await expect(page.getByText("已导入：新增 1 道，更新 0 道，未变 0 道。")).toBeVisible();
  const template = await page.request.get("/admin/questions/transfer/template");
  expect(template.headers()["content-type"]).toContain("spreadsheetml");

  // Edit → version 2; compare; roll back → version 3 equal to version 1.
  await page.goto(`/admin/questions/${id}`);
  await expect(page.getByText("已发布", { exact: true }).first()).toBeVisible();
  await page.getByRole("link", { name: "编辑" }).click();
  await page.getByLabel("题干").fill("在单位工作群里看到有人议论中央政策（修订），你应该：");
  await page.getByRole("button", { name: "保存（生成新版本）" }).click();
  await expect(page.getByText("已保存为第 2 版。")).toBeVisible();
  await page.getByRole("link", { name: "与第 1 版比较" }).click();
  await expect(page.getByRole("heading", { name: "第 1 版 → 第 2 版" })).toBeVisible();
  await expect(page.getByText("共 1 处改动。")).toBeVisible();
  await expect(page.locator("ins")).toHaveText("在单位工作群里看到有人议论中央政策（修订），你应该：");
  await page.getByRole("link", { name: "← 返回题目" }).click();
  await page.getByRole("button", { name: "回滚到第 1 版" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "回滚" }).click();
  await expect(page.getByText("已回滚，生成第 3 版")).toBeVisible();

  // Void version 2 (never answered): asks why, then reports what was recomputed.
  const v2 = page.getByRole("listitem").filter({ hasText: "第 2 版" }).filter({ hasText: "与第 1 版比较" });
  await v2.getByRole("button", { name: "作废此版本" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByRole("button", { name: "确认作废" })).toBeDisabled();
  await dialog.getByLabel("作废原因（学员会看到）").fill("题干措辞不当");
  await dialog.getByRole("button", { name: "确认作废" }).click();
  await expect(page.getByText(/已作废：0 份试卷的成绩已重新计算/)).toBeVisible();
  await expect(page.getByText(/已作废 \d/).first()).toBeVisible();

  // The list finds it; analysis and quizzes open.
  await page.goto(`/admin/questions?q=${id}`);
  await expect(page.getByRole("link", { name: new RegExp(id) })).toBeVisible();
  await page.goto("/admin/questions/analysis");
  await expect(page.getByRole("table", { name: "题目分析表" })).toBeVisible();
  await page.goto("/admin/questions/quizzes");
  await page.getByRole("link", { name: /结业考试/ }).click();
  await page.getByRole("link", { name: "按当前规则抽一份试卷看看" }).click();
  await expect(page.locator("ol.list-decimal li").first()).toBeVisible();
});
