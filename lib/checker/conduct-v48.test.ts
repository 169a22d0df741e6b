/**
 * Checker v48 (decision 083): a bare "I'll keep it" (我先收着, 我先存着, 那我就收下了, 我就领了) was a TJ3 red line on its own,
 * so 快递我先收着 and 这活我就领了 read as gifts taken. No fixture has such a message (every one of the 32 drafts of all
 * sets with these words is a gift taken, TJ3); the words now need money, a 心意 or thanks for a gift near them.
 * Found while studying rounds 106–109 (decision 082), with messages of our own.
 */
import { describe, expect, it } from "vitest";
import { anyRedline, redline } from "./test-helpers";

describe("a bare 我先收着 beside no gift: a TJ3 red line at v47, none in v48", () => {
  it.each([
    "宿舍钥匙和门禁卡我先收着，明天交给物业",
    "发票我先收着，报销的时候一起交",
    "好的，那我就收下了，这份值班表我打印出来贴墙上",
    "行，这活我就领了，保证完成",
    "你的伞落在会议室了，我先收着，明天带给你",
    "孩子的作业本我先存着，家长会再给你",
  ])("%s", (text) => {
    expect(anyRedline(text, "TJ3", { channel: "private" })).toEqual([]);
  });
});

describe("the same words beside money or thanks for a gift: still TJ3 red lines in v48", () => {
  it.each([
    "我知道不该收，但这次红包我先收着，你那事我打个招呼",
    "王总，我知道不合规矩，你太客气了，那我就收下了，验收的事你放心",
    "钱我先收着，你家孩子征兵体检那块我尽量说说",
    "张总，这卡我先收着，项目审批的事您放心",
    "李老板你这一天转三回300的干啥……行吧我先收着。下周检查你那边我打个招呼",
  ])("%s", (text) => {
    expect(redline(text, "TJ3", { channel: "private" })).not.toEqual([]);
  });
});
