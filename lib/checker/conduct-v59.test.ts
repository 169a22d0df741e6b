/**
 * Checker v59 (decision 094): rounds 150–153 studied. Our own messages of the one cause changed there: a post's taking back
 * asked for without 请 (小张，截图先撤回吧，读者手机号别外传; 私聊截图别往群里发…赶紧撤回吧). At v58 the first is a P5 red line
 * (别外传 read as a secret marking) and the second a G1 must-fix (a private chat's screenshot); at v59 RECALL_ASKED gains
 * 撤回吧 and 赶紧撤回, and `private-screenshot` (G1) yields to RECALL_ASKED near as the P5 rules already did. The counter-cases
 * admit the rule and break it anyway: material or a private chat shown "看完赶紧撤回" keeps its P5 or G1 (READ_THEN_RECALL
 * cancels RECALL_ASKED in its sentence), at both. The leak that uses the cancel's words without 看完 is written down: a
 * private chat shown "我一会儿赶紧撤回" is a G1 must-fix at v58 and clean at v59. The innocent messages with the same words
 * raise no G1 and no red line at either.
 */
import { describe, expect, it } from "vitest";
import { check, claimed } from "./test-helpers";

const serious = (text: string, channel: "workgroup" | "private" | "group") =>
  check(text, { channel }).findings.filter((f) => f.severity === "redline" || (f.code === "G1" && f.severity !== "suggestion"));

describe("a post's taking back asked for without 请: a P5 red line or a G1 must-fix at v58, neither in v59", () => {
  it.each([
    ["小张，截图先撤回吧，读者手机号别外传。投诉的事来我办公室说。刘红梅", "P5"],
    ["小吴，私聊截图别往群里发，人家是私下说的，赶紧撤回吧", "G1"],
    ["小李，王科私聊你的截图别往群里转，撤回吧。", "G1"],
    ["老李，你刚发的截图里有别人的私聊，赶紧撤回，以后注意。", "G1"],
    ["小赵，刚才群里的私聊截图撤回吧，有事当面说。", "G1"],
  ] as const)("%s (%s)", (text, code) => {
    expect(check(text, { channel: "workgroup" }).findings.filter((f) => f.code === code && f.severity !== "suggestion")).toEqual([]);
  });
});

describe("the same words, the rule admitted and broken: still P5 or G1 in v59", () => {
  it.each([
    ["我知道不该发，考核名单截图[图片]大家看完赶紧撤回，别外传。", "P5"],
    ["我知道内部材料不能外传，但考核名单先发你们看看，别外传，一会儿我再说。", "P5"],
    ["内部名单[图片]别外传，等会儿我赶紧撤回。", "P5"],
  ] as const)("%s", (text, code) => {
    expect(check(text, { channel: "workgroup" }).findings.filter((f) => f.code === code && f.severity === "redline")).not.toEqual([]);
  });
  it.each([["这是王科私聊我的截图[截图]，大家看完赶紧撤回。"], ["我知道私聊截图不该转，但王科私下跟我说的这段[截图]大家看看，别外传。"]] as const)(
    "%s",
    (text) => {
      expect(claimed(text, "G1", { channel: "workgroup" })).not.toEqual([]);
    },
  );
});

describe("the leak that uses the cancel's words without 看完: a G1 must-fix at v58, none in v59 (written down, not closed)", () => {
  it("这是王科私聊我的截图[截图]，大家瞅一眼，我一会儿赶紧撤回。", () => {
    expect(claimed("这是王科私聊我的截图[截图]，大家瞅一眼，我一会儿赶紧撤回。", "G1", { channel: "workgroup" })).toEqual([]);
  });
});

describe("撤回吧 and 赶紧撤回 in everyday messages: no G1 and no red line", () => {
  it.each([
    ["发错群了，赶紧撤回。", "workgroup"],
    ["刚才那条发错了，我撤回吧。", "workgroup"],
    ["老师，孩子刚才在班级群发了个表情包，我让他赶紧撤回了，不好意思。", "group"],
    ["群里那个链接是广告，赶紧撤回吧。", "workgroup"],
    ["你那条消息有错别字，撤回吧，重新发一遍。", "private"],
    ["小王，通知里的时间写错了，赶紧撤回重发。", "private"],
    ["刚才发的照片糊了，撤回吧，我再拍一张。", "workgroup"],
    ["妈，你发家族群那个养生文章是假的，撤回吧。", "private"],
    ["会议通知日期错了，请先撤回，改好再发。", "workgroup"],
    ["截图发错人了，赶紧撤回，不好意思。", "private"],
    ["那个表发成旧版了，撤回吧，用新版。", "workgroup"],
    ["老周，群里那个接龙表格式乱了，撤回吧，我重新发一个。", "workgroup"],
  ] as const)("%s", (text, channel) => {
    expect(serious(text, channel)).toEqual([]);
  });
});
