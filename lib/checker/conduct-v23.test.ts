/**
 * Checker v23 (decision 045): the causes found in the studied rounds 48–49, each with our own
 * messages (not fixture drafts). Red lines first — a real-name complaint shown to the side
 * complained of, a game's money settled by red packet with 带够钱 — each with its innocent
 * relatives clean; then the false alarms and wrong claims (R1 on a 【转发】 bulletin, V3 and the
 * model's TJ3 on a red packet refused as 就别发了/发了我也退, R4 and P5 on group rules closing
 * 请遵照执行 that forbid putting secret files online); then other causes (what someone said 私下跟我说的
 * shown as a picture).
 */
import { describe, expect, it } from "vitest";
import { byRule, claimed, redline } from "./test-helpers";

describe("red lines missed at v22, claimed in v23", () => {
  it("a real-name complaint shown to the side complained of (实名举报你们…心里有数) is P5", () => {
    const text = "[截图]\n刘所长，有人实名举报你们所了，你看看是谁写的，心里有数就行，别说是我给你的";
    expect(redline(text, "P5", { channel: "private" })).not.toEqual([]);
    // A notice that complaints are handled in confidence leaks nothing.
    expect(
      byRule("各所：有人实名举报你们所的，一律按程序转纪委办理，举报人信息严格保密。\n特此通知。\n县局办公室", "P5", {
        kind: "notice",
        channel: "workgroup",
      }),
    ).toEqual([]);
  });

  it("带够钱 with a settlement by red packet is RP2; a bill split AA is not", () => {
    expect(redline("今晚还是老地方，钱带够，输了直接红包结账", "RP2", { channel: "group" })).not.toEqual([]);
    expect(redline("周六晚上老地方，带够钱，这次用微信红包结账", "RP2", { channel: "private" })).not.toEqual([]);
    expect(byRule("周六晚上老地方聚餐，带够钱，AA制，用微信红包结账", "RP2", { channel: "group" })).toEqual([]);
  });
});

describe("false alarms and form claims of v22, gone in v23", () => {
  it("a 【转发】 bulletin without an address is not claimed R1", () => {
    const text = "【转发】市防汛办12月6日发布暴雨黄色预警：今晚到明天有大到暴雨。请各镇做好巡查值守，重要情况及时报告。收到请回复。\n——县应急管理局值班室";
    expect(claimed(text, "R1", { kind: "notice", channel: "workgroup" })).toEqual([]);
  });

  it("a red packet refused as 就别发了/发了我也退 beside 评议 is no V3, and the model's TJ3 stays a suggestion", () => {
    const text = "姑父，困难补助这事我帮不了，得村里评议、公示后才定。你那个红包就别发了，发了我也退。有难处咱当面说。";
    expect(claimed(text, "V3", { kind: "reply", channel: "private" })).toEqual([]);
    expect(claimed(text, "TJ3", { kind: "reply", channel: "private" })).toEqual([]);
  });

  it("group rules closing 请遵照执行 need no 特此通知, and their 涉密文件一律不上网 is no P5", () => {
    const text = "各位同事：本群群规如下：\n1.只发工作信息，不发广告；\n2.涉密文件一律不上网、不进群；\n3.每日17点前汇报当天进展。\n请遵照执行。\n——李明";
    expect(claimed(text, "R4", { kind: "notice", channel: "workgroup" })).toEqual([]);
    expect(claimed(text, "P5", { kind: "notice", channel: "workgroup" })).toEqual([]);
  });
});

describe("other causes, for recall", () => {
  it("what someone said 私下跟我说的, shown as a picture, is G1", () => {
    expect(claimed("[图片]你瞧，主任私下跟我说的，他对这次排班很不满，你可别说出去", "G1", { channel: "private" })).not.toEqual([]);
    expect(claimed("[图片]大家看看，老周私下里跟我说的啥，说食堂承包都是熟人，你们评评理", "G1", { channel: "group" })).not.toEqual([]);
    // Said in private and passed on by word of mouth, with no picture: no screenshot shown.
    expect(byRule("主任私下跟我说的那件事我已经办好了，你放心。", "G1", { channel: "private" })).toEqual([]);
  });
});
