import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page, type Response } from "@playwright/test";
import { load as parse } from "js-yaml";
import { signIn } from "./helpers";

// Each project signs in as its own cadre (cadre021–030 are this spec's), so runs never meet.
const who = (project: string, phone: string, desktop: string) => (project === "phone" ? phone : desktop);

/** Every question of the course as authored: stems and explanations, to look for in the page. */
type Authored = { stem: string; explanation: string };
function authoredQuestions(): Authored[] {
  const root = path.join(process.cwd(), "content");
  const files = [
    ...fs.readdirSync(path.join(root, "questions")).map((f) => path.join(root, "questions", f)),
    ...fs.readdirSync(path.join(root, "scenarios")).map((f) => path.join(root, "scenarios", f)),
  ].filter((f) => f.endsWith(".yaml"));
  return files.flatMap((f) => {
    // A question file holds `questions`; a scenario file is one question.
    const doc = parse(fs.readFileSync(f, "utf8")) as Authored & { questions?: Authored[] };
    return doc.questions ?? [doc];
  });
}

async function choose(page: Page, label: RegExp) {
  await page.getByRole("button", { name: label }).click();
}

/** Answers the question on screen (first option, or first action until the scenario ends) and waits for "已保存". */
async function answerCurrent(page: Page) {
  const q = page.getByRole("article");
  if (await q.getByRole("radio").count()) await q.getByRole("radio").first().check();
  else if (await q.getByRole("checkbox").count()) await q.getByRole("checkbox").first().check();
  else {
    // A scenario: act until it ends; in an exam its ending stays hidden until submission.
    const ended = q.getByText("本情景已结束。提交后可查看结局和解析。");
    for (let step = 0; step < 10 && !(await ended.isVisible()); step++) {
      await q.getByRole("group").getByRole("button").first().click();
      await expect(q.getByRole("group").or(ended)).toBeVisible();
    }
    await expect(ended).toBeVisible();
    await expect(q.getByRole("region", { name: "情景结局" })).toHaveCount(0);
  }
  await expect(page.getByRole("status").filter({ hasText: "已保存" })).toBeVisible();
}

/** 开始考试 opens 考试须知; the exam starts only after its confirmation. */
async function startExam(page: Page) {
  await page.getByRole("link", { name: "开始考试：结业考试" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("考试须知");
  await expect(page.getByText("提交前不显示答案和解析")).toBeVisible();
  await page.getByLabel(/我已阅读考试须知/).check();
  await page.getByRole("button", { name: "确认开始考试" }).click();
}

async function startScenario(page: Page, caseCode: string) {
  await page.goto("/quiz");
  await page.getByRole("button", { name: new RegExp(`开始情景：${caseCode} `) }).click();
  await expect(page).toHaveURL(/\/attempt\/[\w-]+$/);
}

test.describe("case scenarios on a phone", () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  test("C2: the rumour unfolds in the group chat, survives a reload, and ends with its consequence", async ({ page }, info) => {
    await signIn(page, who(info.project.name, "cadre021", "cadre022"));
    await expect(page).toHaveURL(/\/learn$/);
    await startScenario(page, "C2");

    const chat = page.getByRole("figure", { name: /县城街坊群/ });
    await expect(chat).toContainText("县城最近有人抢小孩");
    // Named after its case, without the quiz scaffolding (ux.md m3): no 第 1/1 题, no navigator, and
    // no finish button while the story is still unfolding.
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("案例情景：县干部未经核实在微信群发布“抢小孩”谣言");
    await expect(page.getByText(/第 1\/1 题/)).toHaveCount(0);
    await expect(page.getByRole("navigation", { name: "题目导航" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: /完成/ })).toHaveCount(0);

    await choose(page, /^发送：把所见所闻写成一条“紧急提醒”发到群里/);
    // The learner's own message lands at once; the neighbours "type" before theirs appear.
    await expect(chat).toContainText("【紧急提醒】");
    await expect(page.getByText(/正在输入/)).toBeVisible();
    await expect(page.getByRole("button", { name: /完成/ })).toHaveCount(0);
    await expect(chat).toContainText("连机关干部都在群里说了");
    await expect(page.getByText("消息已经刷屏，县城人心惶惶。这时你怎么做？")).toBeVisible();

    // A reload resumes the story where it was: the path is on the server.
    await page.reload();
    await expect(chat).toContainText("【紧急提醒】");
    await choose(page, /^撤回：赶紧把自己群里的那条撤回/);
    await expect(chat).toContainText("撤回了一条消息");
    await choose(page, /^回复：推说“我也是听别人说的，大家都在传”/);

    // The ending: its messages in the same chat, then the consequence, rules, case and lesson.
    await expect(chat).toContainText("给予党内警告处分");
    const ending = page.getByRole("region", { name: "情景结局" });
    await expect(ending).toContainText("一条“好心提醒”，换来党内警告");
    await expect(ending).toContainText("黄明成");
    await expect(ending.getByRole("link", { name: "V2" })).toBeVisible();
    // One verdict, from the ending's tier, with the points and how they are counted (ux.md m4).
    await expect(ending).toContainText("坏的结局 · 处置不当 · 得 0/2 分");
    await expect(ending).toContainText("情景按走到的结局计分");
    await expect(page.getByText(/✗ 处置不当/)).toHaveCount(0);
    await expect(page.getByText("“删除或撤回后就等于没发过”")).toBeVisible();
    // The case is named in words, never by its code.
    await expect(page.getByText("案例：C2")).toHaveCount(0);
    await expect(page.getByText(/来源：《公职人员微信使用指南》/).first()).toBeVisible();
    await expect(
      page
        .locator('a[href^="/learn/"]')
        .filter({ has: page.locator("svg") })
        .first(),
    ).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    // Finishing the practice records it (one button, under the ending); the mistake book has it.
    await expect(page.getByRole("button", { name: /完成/ })).toHaveCount(1);
    await page.getByRole("button", { name: "完成，记入练习成绩" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("案例情景：县干部未经核实在微信群发布“抢小孩”谣言 · 成绩");
    await page.goto("/mistakes");
    const mistake = page.getByRole("list", { name: "待复习的错题" }).getByRole("listitem").filter({ hasText: "湖南某县" });
    await expect(mistake).toContainText("已答对 0/2 次");
    await expect(mistake).toContainText("误区：");
    await expect(mistake.getByRole("link", { name: /V2/ })).toBeVisible();
    await page.getByRole("button", { name: /开始复习/ }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("错题复习");
    await page.goto("/mistakes");
    await expect(page.getByRole("link", { name: "继续错题复习" })).toBeVisible();
  });

  test("C3: the red packet comes as a red-packet dialog; declining and reporting end well", async ({ page }, info) => {
    await signIn(page, who(info.project.name, "cadre023", "cadre024"));
    await expect(page).toHaveURL(/\/learn$/);
    await page.emulateMedia({ reducedMotion: "reduce" });
    await startScenario(page, "C3");

    const chat = page.getByRole("figure", { name: /村党支部群/ });
    await expect(chat).toContainText("一点心意，都别客气");
    const dialog = page.getByRole("group", { name: /今天不逢年过节/ });
    await expect(dialog).toContainText("周书记发出的红包 · ¥3000.00");
    await expect(dialog.getByRole("button", { name: /^领取：/ })).toBeVisible();

    await choose(page, /^回复：不领，并在群里委婉提醒/);
    await expect(chat).toContainText("别声张");
    // Reduced motion: the next step is there at once, no typing pause.
    await expect(page.getByText(/正在输入/)).toHaveCount(0);
    await expect(page.getByRole("group", { name: /支书私下给你发了一个200元红包/ })).toContainText("¥200.00");
    await choose(page, /^拒收：不领取，明确拒绝/);
    await expect(chat).toContainText("这个红包我不能收");
    await choose(page, /^报告：向镇党委如实反映/);

    await expect(chat).toContainText("已被立案调查。感谢党员同志如实反映问题");
    const ending = page.getByRole("region", { name: "情景结局" });
    await expect(ending).toContainText("好的结局 · 处置得当 · 得 2/2 分");
    await expect(ending).toContainText("不领、不帮、敢反映");
    await expect(ending.getByRole("link", { name: "V3" })).toBeVisible();
    // Said aloud too: the verdict is in the live status line.
    await expect(page.getByRole("status").filter({ hasText: "好的结局，处置得当，得 2/2 分" })).toHaveCount(1);
    await expect(page.getByText("案例：C3")).toHaveCount(0);
  });
});

test("the final exam: saved as you go, a countdown, submitted with confirmation, then the result with explanations", async ({ page }, info) => {
  test.setTimeout(180_000);
  await signIn(page, who(info.project.name, "cadre025", "cadre026"));
  await expect(page).toHaveURL(/\/learn$/);
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.goto("/quiz");
  await startExam(page);
  await expect(page).toHaveURL(/\/attempt\/[\w-]+$/);
  await expect(page.getByRole("timer", { name: "剩余时间" })).toHaveText(/^(29|30):\d\d$/);

  const total = 20;
  for (let i = 1; i <= total; i++) {
    await expect(page.getByText(`第 ${i}/${total} 题`)).toBeVisible();
    await answerCurrent(page);
    if (i === total - 1) {
      // The confirmation counts what is still unanswered.
      await page.getByRole("navigation", { name: "题目导航" }).getByRole("button", { name: "交卷" }).click();
      await expect(page.getByRole("dialog")).toContainText("还有 1 题未完成（第 20 题）");
      await page.getByRole("dialog").getByRole("button", { name: "返回检查" }).click();
    }
    if (i < total) await page.getByRole("button", { name: "下一题 →" }).click();
  }
  // Nothing revealed before submission.
  await expect(page.getByRole("heading", { name: "解析" })).toHaveCount(0);

  // A reload resumes with every answer kept; the browser asks first (the exam is still running).
  page.once("dialog", (d) => {
    expect(d.type()).toBe("beforeunload");
    void d.accept();
  });
  await page.reload();
  await expect(page.getByText(`已完成 ${total} 题`).first()).toBeVisible();

  await page.getByRole("navigation", { name: "题目导航" }).getByRole("button", { name: "交卷" }).click();
  await expect(page.getByRole("dialog")).toContainText(`全部 ${total} 题都已作答`);
  await page.getByRole("dialog").getByRole("button", { name: "确认提交" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("结业考试 · 成绩");
  await expect(page.getByText(/及格线 80%/)).toBeVisible();
  // The per-rule chart, and its figures as a table for anyone who cannot see it.
  const byRule = page.getByRole("figure", { name: "各规则得分率" });
  // Server-drawn SVG (no chart library in the browser), one image with a spoken summary naming rules in Chinese.
  await expect(byRule.getByRole("img")).toHaveAttribute("aria-label", /得分率最低的是 [\u4e00-\u9fff]/);
  // By keyboard, as a screen-reader user would: on a phone a pointer click raced the lazy charts'
  // layout and the fixed navigation bars for the same spot (a CI flake).
  await byRule.getByText("查看数据表").focus();
  await page.keyboard.press("Enter");
  await expect(byRule.getByRole("table").getByRole("row").nth(1)).toContainText("%");
  await expect(page.getByRole("figure", { name: "各模块得分率" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "解析" }).first()).toBeVisible();
  await expect(page.getByText(/^(✓|✗) (回答正确|回答错误|部分正确|处置)/).first()).toBeVisible();

  // The result, loaded on its own, does not download the player (its countdown's 剩余时间 is in the player's chunk):
  // Turbopack put every client component of the attempt page in one chunk group, 81 kB, 99 % unused here (Lighthouse).
  const scripts: Promise<string>[] = [];
  const collect = (r: Response) => {
    if (r.request().resourceType() === "script") scripts.push(r.text().catch(() => ""));
  };
  page.on("response", collect);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("结业考试 · 成绩");
  await page.waitForLoadState("networkidle");
  page.off("response", collect);
  const bodies = await Promise.all(scripts);
  expect(bodies.length).toBeGreaterThan(0);
  expect(bodies.filter((b) => b.includes("剩余时间")).length, "scripts carrying the player").toBe(0);
  await expect(
    page
      .locator('a[href^="/learn/"]')
      .filter({ has: page.locator("svg") })
      .first(),
  ).toBeVisible();

  // The quiz centre counts the attempt; retaking the wrong ones starts a review paper.
  // Practising the paper's wrong answers is not the exam retake, and says so.
  const retake = page.getByRole("button", { name: "练习本卷错题（不计入考试）" });
  if (await retake.count()) {
    await retake.click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("重做错题");
  }
  await page.goto("/quiz");
  await expect(page.getByRole("article", { name: "结业考试" })).toContainText("共 3 次机会，已用 1 次");
  await page.goto("/record");
  await expect(page.getByRole("heading", { name: /全部作答/ })).toBeVisible();
  await expect(page.getByRole("link", { name: /结业考试/ })).toBeVisible();
});

test("an exam question page carries no key, explanation or misconception before submission", async ({ page }, info) => {
  await signIn(page, who(info.project.name, "cadre027", "cadre028"));
  await expect(page).toHaveURL(/\/learn$/);
  await page.goto("/quiz");
  await startExam(page);
  await expect(page).toHaveURL(/\/attempt\/[\w-]+$/);
  // Reloading a running exam asks first (beforeunload): yes, each time.
  page.on("dialog", (d) => void d.accept());
  const url = page.url();
  // Answer the first question, so a stored response is on the page too. Its first save is cut off
  // on the network: the player retries once by itself and the answer is stored.
  await page.emulateMedia({ reducedMotion: "reduce" });
  let cut = 0;
  await page.route(url, (route, req) => (req.method() === "POST" && req.headers()["next-action"] && cut++ === 0 ? route.abort("failed") : route.continue()));
  await answerCurrent(page);
  expect(cut).toBeGreaterThanOrEqual(2);
  await page.unroute(url);
  await page.reload();
  await expect(page.getByRole("button", { name: "第 1 题，已答" })).toBeVisible();

  const html = await (await page.request.get(url)).text();
  const rsc = await (await page.request.get(url, { headers: { RSC: "1" } })).text();
  const questions = authoredQuestions();
  for (const [name, body] of [
    ["HTML", html],
    ["RSC", rsc],
  ] as const) {
    expect(body.length, name).toBeGreaterThan(1000);
    expect(body, name).not.toMatch(/\\?"correct\\?"|correctOptions|\\?"explanation\\?"|misconception|consequence|\\?"sample\\?"/);
    const onPage = questions.filter((x) => body.includes(x.stem.slice(0, 20)));
    expect(onPage.length, `${name}: the paper's stems are on the page`).toBeGreaterThanOrEqual(15);
    for (const x of onPage) expect(body, name).not.toContain(x.explanation.slice(0, 24));
  }

  // The positive control: once submitted, the same page does show explanations.
  await page.reload();
  await page.getByRole("navigation", { name: "题目导航" }).getByRole("button", { name: "交卷" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "确认提交" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("结业考试 · 成绩");
  const after = await (await page.request.get(url)).text();
  expect(questions.some((x) => after.includes(x.explanation.slice(0, 24)))).toBe(true);
});

test("when the time runs out the player hands the exam in by itself", async ({ page }, info) => {
  await page.clock.install();
  await signIn(page, who(info.project.name, "cadre029", "cadre030"));
  await expect(page).toHaveURL(/\/learn$/);
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.goto("/quiz");
  await startExam(page);
  await expect(page).toHaveURL(/\/attempt\/[\w-]+$/);
  await answerCurrent(page);
  await expect(page.getByRole("timer", { name: "剩余时间" })).toHaveText(/^(29|30):\d\d$/);
  await page.clock.fastForward("30:05");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("结业考试 · 成绩");
  await expect(page.getByText(/19 题答错或未答|20 题答错或未答/)).toBeVisible();
  // A failed exam says how many tries are left and which lessons to read first, with links.
  const next = page.getByRole("region", { name: "本次未通过，还有 2 次考试机会" });
  await expect(next).toBeVisible();
  await expect(next.getByRole("link", { name: /^再次参加考试（剩 2 次）$/ })).toHaveAttribute("href", /\/quiz\/exam\//);
  const lesson = next.locator('a[href^="/learn/"]').first();
  await expect(lesson).toBeVisible();
  await lesson.click();
  await expect(page).toHaveURL(/\/learn\/[\w-]+\/[\w-]+$/);
});
