import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./helpers";

// The admin's organisation journey: create a unit, import members into it from a CSV (dry run,
// then apply), move the unit, and find all of it in the audit log. Both projects (desktop and
// phone) run against the same server, so every name and code carries a suffix of its own.

function suffix(projectName: string) {
  return `${projectName === "phone" ? "p" : "d"}${Date.now().toString(36).slice(-5)}`;
}

/** Fails the test if any script payload runs: an alert() would open a dialog. */
function forbidDialogs(page: Page) {
  page.on("dialog", (d) => {
    throw new Error(`a dialog opened: ${d.message()}`);
  });
}

async function openUnitPanel(page: Page, unitName: string) {
  await page.getByRole("button", { name: `操作：${unitName}`, exact: true }).click();
}

test("admin creates a unit, imports 3 members from a CSV, moves the unit and sees it in the audit log", async ({ page }, info) => {
  const s = suffix(info.project.name);
  const unitName = `测试支部${s}`;
  const code = `e2e-${s}`;
  forbidDialogs(page);
  await signIn(page, "admin");
  await expect(page).toHaveURL(/\/admin$/);

  // 1. Create a unit under the committee.
  await page.goto("/admin/org");
  await expect(page.getByRole("heading", { level: 1, name: "组织架构管理" })).toBeVisible();
  await openUnitPanel(page, "示范区机关党委");
  await page.getByRole("button", { name: "新建下级单位" }).click();
  await page.getByLabel("单位名称").fill(unitName);
  await page.getByLabel("单位编码").fill(code);
  await page.getByLabel("单位类型").selectOption("BRANCH");
  await page.getByRole("button", { name: "新建", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: `已新建单位“${unitName}”` })).toBeVisible();
  await expect(page.getByText(unitName, { exact: true })).toBeVisible();

  // 2. Import three members into it: dry run first (nothing written), then apply.
  await page.goto("/admin/members/import");
  const csv = ["姓名,登录名,手机号,单位编码,角色", `导入甲,${s}-a,,${code},学员`, `导入乙,${s}-b,,${code},学员`, `导入丙,${s}-c,,${code},书记`].join("\r\n");
  await page.getByLabel("成员文件（.xlsx 或 .csv）").setInputFiles({ name: "成员.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
  await page.getByRole("button", { name: "预检" }).click();
  const checked = page.getByRole("status").filter({ hasText: "预检通过" });
  await expect(checked).toBeVisible();
  await expect(checked).toContainText("将新建 3 人");
  const planned = page.getByRole("table", { name: /将导入的成员（3 人）/ });
  for (const name of ["导入甲", "导入乙", "导入丙"]) await expect(planned.getByRole("row").filter({ hasText: name })).toContainText(unitName);
  await page.goto(`/admin/members?q=${s}-`);
  await expect(page.getByText("共 0 人")).toBeVisible();

  await page.goto("/admin/members/import");
  await page.getByLabel("成员文件（.xlsx 或 .csv）").setInputFiles({ name: "成员.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
  await page.getByRole("button", { name: "预检" }).click();
  await expect(page.getByRole("status").filter({ hasText: "预检通过" })).toBeVisible();
  await page.getByRole("button", { name: "导入", exact: true }).click();
  const done = page.getByRole("status").filter({ hasText: "导入完成" });
  await expect(done).toBeVisible();
  await expect(done).toContainText("新建 3 人");
  await expect(page.getByRole("cell", { name: `${s}-c` })).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "下载初始密码（XLSX）" }).click()]);
  expect(download.suggestedFilename()).toBe("初始密码.xlsx");

  // The members are there, in the new unit; a second look at the same file would change nothing.
  await page.goto(`/admin/members?q=${s}-`);
  await expect(page.getByText("共 3 人")).toBeVisible();
  await expect(page.getByRole("list", { name: "成员列表" }).getByText(unitName).first()).toBeVisible();

  // 3. Move the unit (with its members) under 业务党总支, through the picker.
  await page.goto("/admin/org");
  await openUnitPanel(page, unitName);
  await page.getByRole("button", { name: "移动到…" }).click();
  await page.getByLabel("查找目标单位").fill("业务党总支");
  await page.getByRole("radio", { name: "示范区机关党委/业务党总支", exact: true }).check();
  await page.getByRole("button", { name: "移动", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: `已将“${unitName}”连同 0 个下级单位移到“业务党总支”下` })).toBeVisible();
  await openUnitPanel(page, unitName);
  await expect(page.getByRole("heading", { name: `示范区机关党委/业务党总支/${unitName}` })).toBeVisible();

  // 4. The audit log shows who did what, with before and after.
  await page.goto("/admin/audit?entity=org_unit");
  const log = page.getByRole("list", { name: "日志条目" });
  await expect(log.getByText("移动单位").first()).toBeVisible();
  await expect(log.getByText("新建单位").first()).toBeVisible();
  await page.getByLabel("操作", { exact: true }).selectOption("member.import");
  await page.getByLabel("对象类型").selectOption("");
  await page.getByRole("button", { name: "筛选" }).click();
  await expect(page).toHaveURL(/action=member.import/);
  const imports = page.getByRole("list", { name: "日志条目" }).getByRole("listitem").filter({ hasText: "系统管理员（admin）" });
  await expect(imports.first()).toContainText("批量导入成员（文件）");
  await imports.first().getByText("修改前后").click();
  await expect(imports.first()).toContainText('"created": 3');
});

test("script in a unit name or a member name is shown as text on every admin page", async ({ page }, info) => {
  const s = suffix(info.project.name);
  const unitName = `<script>alert(1)</script>${s}`;
  const memberName = `<img src=x onerror=alert(1)>${s}`;
  forbidDialogs(page);
  await signIn(page, "admin");
  await expect(page).toHaveURL(/\/admin$/);

  await page.goto("/admin/org");
  await openUnitPanel(page, "示范区机关党委");
  await page.getByRole("button", { name: "新建下级单位" }).click();
  await page.getByLabel("单位名称").fill(unitName);
  await page.getByLabel("单位编码").fill(`xss-${s}`);
  await page.getByRole("button", { name: "新建", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "已新建单位" })).toBeVisible();
  await expect(page.getByText(unitName, { exact: true })).toBeVisible();

  await page.goto("/admin/members/new");
  await page.getByLabel("姓名").fill(memberName);
  await page.getByLabel("登录名").fill(`xss-${s}`);
  await page.getByLabel("所在单位").selectOption({ label: `示范区机关党委/${unitName}` });
  await page.getByRole("button", { name: "新建成员" }).click();
  await expect(page.getByText("只显示这一次")).toBeVisible();
  await page.getByRole("link", { name: "查看该成员" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(memberName);
  await expect(page.getByText(`示范区机关党委 / ${unitName}`)).toBeVisible();

  await page.goto(`/admin/members?q=xss-${s}`);
  const list = page.getByRole("list", { name: "成员列表" });
  await expect(list.getByText(memberName)).toBeVisible();
  await expect(list.getByText(unitName)).toBeVisible();

  await page.goto("/admin/audit?action=member.create");
  const entry = page.getByRole("list", { name: "日志条目" }).getByRole("listitem").filter({ hasText: memberName });
  await entry.getByText("修改前后").click();
  // As text twice: the entry names the member, and the record after the change holds the name.
  await expect(entry.getByText(`成员 ${memberName}（编号`)).toBeVisible();
  await expect(entry.locator("pre").getByText(memberName)).toBeVisible();

  // Nothing was parsed as markup: no injected image or script element anywhere.
  for (const path of ["/admin/org", `/admin/members?q=xss-${s}`, "/admin/audit?action=member.create"]) {
    await page.goto(path);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    // (The payload does appear inside Next's own data scripts, JSON-escaped; a script of its own would hold just alert(1).)
    expect(await page.locator("script").evaluateAll((els) => els.filter((e) => e.textContent?.trim() === "alert(1)").length)).toBe(0);
  }
});
