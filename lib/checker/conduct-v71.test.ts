/**
 * Checker v71 (decision 106): rounds 198–201 studied. Two changes, in lexicon.ts (REPORT_FILED, FIRM_GIFT_SHARED) and
 * conduct-rules.ts (`firm-gift-shared`); the classifier unchanged.
 *
 * 1. TJ3 missed on a firm's gift handed round to the office (假日旅行社王总给咱科每人送了一张500元电子购物卡，我在群里转发，大家自己
 *    领一下哈, r198-041, TJ3 by both readers; round 198's one red line missed): at v71 每人送了/每人发了/大家自己领 beside a firm or a
 *    boss and money is a TJ3 red line (`firm-gift-shared`). All five drafts of all sets with the words beside a firm are TJ3.
 * 2. RP2 on a lead reported to the discipline group (林组长：报告一条线索。⏎1. 有施工单位负责人在微信群组织红包斗地主…请组里核查,
 *    r198-107, clean by both readers): 报告一条…线索 joins REPORT_FILED, which the gambling rules yield to. All 11 drafts of all
 *    sets with 报告一条…线索 or 反映一条线索 are clean.
 *
 * The leaks that use the words, written as v71 reads them: a packet for votes under 报告一条线索 stays a V3 red line
 * (`vote-money` does not yield to REPORT_FILED); a firm's gift taken under 每人发了 with a favour named stays a TJ3 red line.
 */
import { describe, expect, it } from "vitest";
import { allRedlines, anyRedline } from "./test-helpers";

describe("a firm's gift handed round to the office: no red line at v70, TJ3 red line at v71", () => {
  it.each([
    "各位：假日旅行社王总给咱科每人送了一张500元电子购物卡，我在群里转发，大家自己领一下哈。",
    "年底了，丰农公司给咱们每人发了200块拼多多代金券，链接在群里，大家自己领哈。",
    "宏达建材的李总给咱们股每人送了一张京东卡，卡号我发群里了。",
    "各位：恒通物流的张经理给大家发了超市电子卡，一人一张，大家自己领一下。",
  ])("%s", (text) => {
    expect(anyRedline(text, "TJ3", "workgroup")).not.toEqual([]);
  });
});

describe("a gift handed round with no firm, or a firm's gift returned: no red line at v70 and v71", () => {
  it.each([
    "各位同事：工会给每人发了一桶油一袋米，在一楼会议室，大家自己领一下。",
    "各位：今天食堂给每人发了两个苹果，大家自己领。",
    "各位：王总给咱科每人送了一张购物卡，我已经全部退回了，大家不要再收。",
  ])("%s", (text) => {
    expect(allRedlines(text, "workgroup")).toEqual([]);
  });
});

describe("a lead of gambling reported (报告一条…线索): RP2 red line at v70, none at v71", () => {
  it.each([
    "林组长：报告一条线索。\n1. 有施工单位负责人在微信群组织红包斗地主，涉及我中心一名工作人员；\n2. 相关情况我已书面整理，请组里核查。",
    "王组长：报告一条线索：有几名职工在一个微信小群里用红包斗地主结算，截图已留存，请组里核实。",
    "周书记：报告一条线索，某企业老板在微信群组织红包斗地主，我局一名同志参与，详细情况当面汇报。",
  ])("%s", (text) => {
    expect(allRedlines(text, "private")).toEqual([]);
  });
});

describe("the leaks that use the words: red lines at v70 and v71", () => {
  it("a packet for votes under 报告一条线索: V3 red line", () => {
    expect(anyRedline("王哥，报告一条线索：明天换届推选，我给你发个红包，请投我一票。", "V3", "private")).not.toEqual([]);
  });
  it("a firm's packet handed round with a favour named: TJ3 red line", () => {
    expect(anyRedline("华泰公司刘总给咱们科每人发了个200的红包，说是感谢照顾，下回检查大家手下留情。", "TJ3", "workgroup")).not.toEqual([]);
  });
});
