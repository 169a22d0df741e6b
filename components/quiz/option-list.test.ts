import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { expect, test } from "vitest";
import type { PublicQuestion } from "@/lib/assessment/public-view";
import { OptionList } from "./option-list";

test("a correct option the cadre missed is marked as missed, not like the ones he picked (ux.md m2)", () => {
  const question = {
    type: "multiple",
    stem: "哪些做法正确？",
    options: [
      { id: "a", text: "甲" },
      { id: "b", text: "乙" },
      { id: "c", text: "丙" },
    ],
  } as unknown as Extract<PublicQuestion, { type: "multiple" }>;
  const html = renderToStaticMarkup(
    h(OptionList, {
      name: "q",
      question,
      value: { type: "multiple", choices: ["a", "c"] },
      disabled: true,
      reveal: { correctOptions: ["a", "b"], explanation: "" },
      labelledBy: "s",
    }),
  );
  const rows = html.split("<label").slice(1);
  expect(rows[0]).toContain("✓ 你选对了");
  expect(rows[1]).toContain("漏选的正确答案");
  expect(rows[1]).toContain("border-dashed");
  expect(rows[1]).not.toContain("bg-green-50");
  expect(rows[2]).toContain("✗ 你的选择");
});
