import { expect, test } from "@playwright/test";
import { signIn, signInThroughForm, signOut } from "./helpers";

// Each role signs in, lands on its own home, and signs out.
const journeys = [
  { user: "cadre001", home: /\/learn$/, heading: "我的课程" },
  { user: "sec01", home: /\/branch$/, heading: "办公室党支部" },
  { user: "admin", home: /\/admin$/, heading: "管理后台" },
];

for (const j of journeys) {
  test(`${j.user} signs in, lands on the right home, signs out`, async ({ page }) => {
    await signInThroughForm(page, j.user);
    await expect(page).toHaveURL(j.home);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(j.heading);
    await signOut(page);
    // The old session is gone: the home now sends us back to sign-in.
    await page.goto("/");
    await expect(page).toHaveURL(/\/login/);
  });
}

test("a wrong password shows a localised error and does not sign in", async ({ page }) => {
  await signInThroughForm(page, "cadre002", "wrong-password-1");
  await expect(page.getByRole("alert").filter({ hasText: "用户名或密码错误" })).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
});

test("a cadre cannot open the secretary's or the admin's pages", async ({ page }) => {
  await signIn(page, "cadre003");
  await expect(page).toHaveURL(/\/learn$/);
  for (const path of ["/branch", "/admin"]) {
    const res = await page.goto(path);
    expect(res?.status()).toBe(404);
  }
});

test("a secretary cannot open another branch by guessing its id", async ({ page }) => {
  await signIn(page, "sec01");
  await expect(page).toHaveURL(/\/branch$/);
  // sec02's branch is a sibling: same committee, not under sec01's unit.
  const res = await page.goto("/branch?unit=5");
  expect(res?.status()).toBe(404);
  // Regression: the assignment form fell back to her own branch (200) instead of "not found".
  expect((await page.goto("/branch/assign?unit=5"))?.status()).toBe(404);
  expect((await page.goto("/branch/assign"))?.status()).toBe(200);
});
