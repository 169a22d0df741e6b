import { expect, test } from "vitest";
import { OUTCOME_LABEL, attemptNoteText, chatLine, endingVerdict, kindTag } from "./labels";

test("quiz-hub cards say a thing once (ux.md m23)", () => {
  expect(chatLine("moments", "朋友圈")).toBe("朋友圈");
  expect(chatLine("group", "县城街坊群（436）")).toBe("微信群 · 县城街坊群（436）");
  expect(chatLine(null, null)).toBe("微信");
  expect(kindTag("课前自测", "PRE")).toBeNull();
  expect(kindTag("结业考试", "EXAM")).toBeNull();
  expect(kindTag("红线专项", "PRACTICE")).toBe("练习");
});

test("a scenario's verdict is its ending's tier, in one line with the points (ux.md m4)", () => {
  expect(endingVerdict("neutral", 1, 2)).toBe("尚可的结局 · 处置尚可 · 得 1/2 分");
  expect(endingVerdict("bad", 0, 2)).toBe("坏的结局 · 处置不当 · 得 0/2 分");
  expect(endingVerdict("good", 2, 2)).toBe("好的结局 · 处置得当 · 得 2/2 分");
  for (const o of Object.values(OUTCOME_LABEL)) expect(o.verdict).toMatch(/^处置/);
});

test("a regrade is dated by the China day it was made, whatever the server's zone", () => {
  // 01:30 on 3 December in Beijing is still 2 December in UTC.
  const at = new Date("2026-12-02T17:30:00Z");
  expect(attemptNoteText({ kind: "regraded", position: 3, at, reason: "答案更正" })).toBe(
    "第 3 题的答案有误，已于 2026年12月3日 按更正后的答案重新评分（答案更正）",
  );
  expect(attemptNoteText({ kind: "voided", position: 2, at, reason: null })).toBe("第 2 题已作废，不计入总分，成绩已重新计算");
});
