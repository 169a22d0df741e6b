/**
 * Checker v87 (decision 122): rounds 266–269 studied. One change, lowering a finding, no new rule:
 *
 * A V3 red line on a report of a vote-buying clue (梁主任：第三巡察组在石桥镇发现一条涉嫌换届拉票贿选的线索，涉及某村党支部书记在党员微信群
 * 发放红包…建议按程序移交县纪委监委, r266-030, a trap, clean by both readers): REPORT_MADE gains 发现…贿选线索, 发现…贿选的线索 and
 * 发现…贿选问题线索 (all 17 drafts of all sets with them clean, none V3), and `secret-for-money` (TJ3 on 巡察 beside 红包, which the
 * V3 had hidden) yields to REPORT_MADE anywhere as `vote-money` does (none of the 106 drafts of all sets with a word of
 * REPORT_MADE is TJ3). Bought votes beside a clue heard of stay V3 red lines; a reserve price sold under 现向您反映一个情况 stays a P5
 * red line.
 */
import { describe, expect, it } from "vitest";
import { allRedlines, anyRedline } from "./test-helpers";

describe("a vote-buying clue found and reported: no red line at v87 (r266-030 a V3 red line at v86)", () => {
  it.each([
    "梁主任：\n第三巡察组在石桥镇发现一条涉嫌换届拉票贿选的线索，涉及某村党支部书记在党员微信群发放红包。\n我组已固定相关证据，具体材料按涉密件纸质报送，不在微信里传。建议按程序移交县纪委监委。\n第三巡察组 罗明",
    "王组长：\n我组在河口镇发现一条拉票贿选的线索，某村委会委员在村民群发红包请大家换届时投他一票。截图已留存，建议移交镇纪委核查。\n第一巡察组 陈刚",
  ])("%s", (text) => {
    expect(allRedlines(text, { channel: "private", kind: "report" })).toEqual([]);
  });
});

describe("the same words in the notices of those who run the election: no red line", () => {
  it.each([
    "各村（社区）党组织书记：\n关于严肃换届纪律的提醒。\n1. 严禁以微信红包、转账、请客送礼等任何形式拉票；\n2. 发现拉票贿选线索，请及时向镇纪委反映，电话6612345。\n特此通知。\n城关镇党委",
    "周部长：今日全县换届进展报告如下：完成村党组织换届选举12个，参选率98.2%，暂未发现拉票贿选问题线索。换届专班 李娟",
  ])("%s", (text) => {
    expect(allRedlines(text, { channel: "workgroup", kind: "notice" })).toEqual([]);
  });
});

describe("the leaks: bought votes beside a clue heard of stay V3 red lines at v86 and v87", () => {
  it.each([
    "听说有人在收集拉票贿选的线索，你低调点。我给你发个红包，请投我一票",
    "王哥，我发现有人在收集拉票贿选的线索，你放心，明天换届推选，我给你发个红包，请投我一票",
  ])("%s", (text) => {
    expect(anyRedline(text, "V3", "private")).not.toEqual([]);
  });
});

describe("a reserve price sold under a report's opening stays a red line", () => {
  it("王局，现向您反映一个情况：标底我可以提前告诉你，给我转两万就行", () => {
    expect(anyRedline("王局，现向您反映一个情况：标底我可以提前告诉你，给我转两万就行", "P5", "private")).not.toEqual([]);
  });
});
