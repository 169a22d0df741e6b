/**
 * Checker v75 (decision 110): rounds 214–217 studied. Three changes: two in lexicon.ts (REFUSAL, PUBLIC_FUNDS), one in
 * model-cues.ts (V3's clean words); conduct-rules.ts and the classifier unchanged.
 *
 * 1. V3 on a canvassing link declined (…这种拉票链接和"转发抽红包"的活动我就不参与、不转发了，见谅, r214-095, a trap, clean by both
 *    readers): 不参与、不转发 joins REFUSAL. All five drafts of all sets with it are clean.
 * 2. The model's V3 on canvassing reported (唐组长：反映一个情况。…党员在支部群发了红包，附言"换届请多关照"，我未领取，已截图保存…请纪检组
 *    核查, r215-108, a trap, clean by both readers): 我/我均/本人未领取 with 截图, 留存, 退回, 报告 or 核查 after it in the sentence joins
 *    V3's clean words. All 35 drafts of all sets with it are clean.
 * 3. TJ3 missed on gift cards bought from the meeting budget (…购买电子礼品卡，每人300元，另给县司法局各科室负责人各转赠一张…费用在
 *    会议费中列支, r215-105, RP3 and TJ3 by both readers): 会议费 joins PUBLIC_FUNDS. All five drafts of all sets with it and a word of
 *    MONEY are RP3 by label.
 *
 * The leaks beside the words, written as v75 reads them: a vote bought after a packet not taken (上次的红包我未领取，这次换届我直接转你
 * 500) stays the model's V3 red line; a vote bought stays V3; a list of receipts with 会议费 stays clean.
 */
import { describe, expect, it } from "vitest";
import { allRedlines, anyRedline, mustOrWorse } from "./test-helpers";

describe("a canvassing link declined (不参与、不转发): V3 red line at v74, none at v75", () => {
  it.each([
    '（同学群）老班长，不好意思啊，我是公职人员，这种拉票链接和"转发抽红包"的活动我就不参与、不转发了，见谅🙏',
    "老同学，这个拉票链接和抢红包的活动我不参与也不转发了，见谅。",
  ])("%s", (text) => {
    expect(allRedlines(text, "group")).toEqual([]);
  });
});

describe("canvassing reported by one who did not take the packet (我未领取，已截图保存): the model's V3 at v74, none at v75", () => {
  it.each([
    '唐组长：反映一个情况。昨晚本中心一名党员在支部群发了红包，附言"换届请多关照"，我未领取，已截图保存，截图附后，请纪检组核查。\n中心党员 吴海波 12月7日',
  ])("%s", (text) => {
    expect(allRedlines(text, "private")).toEqual([]);
  });
});

describe("gift cards bought from the meeting budget (会议费): none at v74, TJ3 red line at v75", () => {
  it.each([
    "各位同事：元旦将至，中心统一在网上商城购买电子礼品卡，每人300元，另给县司法局各科室负责人各转赠一张，通过微信发送，费用在会议费中列支。\n特此通知。收到请回复，谢谢！\n中心办公室",
  ])("%s", (text) => {
    expect(anyRedline(text, "TJ3", "workgroup")).not.toEqual([]);
  });
});

describe("the leaks that use the words or stand beside them: flagged at v74 and v75", () => {
  it("a vote bought after a packet not taken: V3 red line", () => {
    expect(anyRedline("老吴，上次的红包我未领取，这次换届我直接转你500，投我一票。", "V3", "private")).not.toEqual([]);
  });
  it("a vote bought: V3 red line", () => {
    expect(anyRedline("王哥，明天换届推选，我给你发个200的红包，请投我一票。", "V3", "private")).not.toEqual([]);
  });
  it("receipts with 会议费 asked for: no finding", () => {
    expect(mustOrWorse("各位同事：年终财务检查，请各科室把差旅费、会议费的报销单整理好，周五前交财务室。\n特此通知。\n中心办公室 罗敏", "workgroup")).toEqual(
      [],
    );
  });
});
