import { expect, test } from "vitest";
import { BOTTOM_MAX, navFor } from "./nav";

test("a cadre has 错题本 and 我的记录 in the phone's tab bar, beside 学习 and 测验", () => {
  const bottom = navFor("CADRE")
    .slice(0, BOTTOM_MAX)
    .map((i) => i.label);
  expect(bottom).toEqual(["学习", "测验", "错题本", "我的记录", "自检", "规则库"]);
});

test("a secretary's tab is named after her unit's kind, and comes first", () => {
  expect(navFor("SECRETARY", "COMMITTEE")[0]).toMatchObject({ href: "/branch", label: "党委" });
  expect(navFor("SECRETARY", "GENERAL_BRANCH")[0].label).toBe("总支");
  expect(navFor("SECRETARY", "BRANCH")[0].label).toBe("支部");
  expect(
    navFor("SECRETARY", "BRANCH")
      .slice(0, BOTTOM_MAX)
      .map((i) => i.href),
  ).toContain("/mistakes");
});

test("no nav icon is an emoji: every one names an SVG icon", () => {
  for (const i of navFor("ADMIN")) expect(i.icon).toMatch(/^[a-zA-Z]+$/);
});
