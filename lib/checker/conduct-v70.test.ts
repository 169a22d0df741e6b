/**
 * Checker v70 (decision 105): rounds 194–197 studied. Three changes, in lexicon.ts (SMOKE_MONEY, INCIDENT_REPORT, FIRM_MAN,
 * PULLED_OUTSIDER) and conduct-rules.ts (`smoke-money-thanks`, `secret-for-money`, `workgroup-stranger-between`); the classifier
 * unchanged.
 *
 * 1. TJ3 missed on a packet "for cigarettes" beside thanks (赵工今天辛苦了，给你发个小红包买包烟，别嫌少[红包], r197-028, TJ3 by both
 *    readers; round 197's one red line missed): at v70 买包烟/买条烟/买点烟/买烟 beside money and thanks is a TJ3 red line
 *    (`smoke-money-thanks`, as `tea-money-thanks` reads tea money). All six drafts of all sets with the words beside thanks are TJ3.
 *    A parent or a family group is no official paid.
 * 2. TJ3 on a report of an e-voucher refused (刘组长：现向驻县委办纪检监察组报告一件事：⏎1.…发送2000元京东电子券，请求评标时"关照"；
 *    ⏎2.我未领取，已于当日退回, r195-050, clean by both readers): 报告一件事 joins INCIDENT_REPORT, which `secret-for-money` (评标
 *    beside money) now yields to anywhere, as `favour-money` has since decision 074. All 37 drafts of all sets with 报告一件事 are
 *    clean; none of the ~127 with a word of INCIDENT_REPORT is TJ3.
 * 3. G2 missed on an outsider pulled into a work group (我拉了饲料公司的刘经理进群, r196-114; 我拉了个朋友进群, r194-015; 我把彩印厂的
 *    钱总拉进咱们内部工作群了, r195-066; all G2 by both readers): 拉了…(朋友/公司/经理…)…进群 (PULLED_OUTSIDER, all six drafts of
 *    all sets with 拉了…进群 are G2) and a firm's boss as 的X总 (FIRM_MAN; all 19 work-group drafts with a pull and an X总 are G2).
 *
 * The leaks that use the words, written as v70 reads them: a bribe under 报告一件事 (刘组长：报告一件事。2000元京东E卡已经发您微信了，
 * 评标时还请多关照我们厂) stays a red line (the model's TJ3 and the rule's P5); a bid floor sold under it (王局，向您报告一件事：标底我
 * 拿到了，转我5000就发你) stays a P5 red line, no longer also TJ3 by rule; a new gift pressed under it after one was returned
 * (王局，报告一件事：上回的红包已经退回了。这回的心意您收下…) stays a TJ3 red line.
 */
import { describe, expect, it } from "vitest";
import { allRedlines, anyRedline, claimed } from "./test-helpers";

const g2 = (text: string) => claimed(text, "G2", "workgroup").map((f) => f.severity);

describe("a packet for cigarettes beside thanks: no red line at v69, TJ3 red line at v70", () => {
  it.each([
    "赵工今天辛苦了，给你发个小红包买包烟，别嫌少[红包]",
    "李工今天辛苦了，转你200买包烟。",
    "孙师傅这两天辛苦了，发个小红包买包烟。",
    "钱工，谢谢你跑这一趟，给你发了个红包买条烟。",
  ])("%s", (text) => {
    expect(anyRedline(text, "TJ3", "private")).not.toEqual([]);
  });
});

describe("cigarettes for family, or no money: no red line at v69 and v70", () => {
  it.each(["爸，过年辛苦了，给您发个红包买点烟。", "老张辛苦了，我下楼给你买包烟。"])("%s", (text) => {
    expect(allRedlines(text, "private")).toEqual([]);
  });
});

describe("an e-voucher for a bid refused and reported (报告一件事): TJ3 red line at v69, none at v70", () => {
  it.each([
    '刘组长：现向驻局纪检监察组报告一件事：\n1.12月5日上午，某印刷厂负责人通过微信向我发送2000元京东电子券，请求评标时"关照"；\n2.我未领取，已于当日退回，截图附后备查。',
    "王组长：报告一件事。\n1.今天上午某建材公司业务员通过微信给我发了1000元电子券，说评标时请多关照；\n2.我没有领取，已于当日退回，截图留存。",
    "周书记：向您报告一件事：\n1.昨天下午一家投标公司的经理给我发了800元电子券，说评标的时候照顾一下；\n2.我未领取，已经退回。",
  ])("%s", (text) => {
    expect(allRedlines(text, "private")).toEqual([]);
  });
});

describe("the leaks that use the words: red lines at v69 and v70", () => {
  it.each([
    "刘组长：报告一件事。2000元京东E卡已经发您微信了，评标时还请多关照我们厂。",
    "王局，向您报告一件事：标底我拿到了，转我5000就发你。",
    "王局，向您报告一件事：项目验收过了，给您转了2000，一点心意，下回评审还请关照。",
  ])("%s", (text) => {
    expect(allRedlines(text, "private")).not.toEqual([]);
  });
  it("a new gift pressed after one returned, under 报告一件事: TJ3 red line", () => {
    expect(anyRedline("王局，报告一件事：上回的红包已经退回了。这回的心意您收下，评标的事还请您多关照。", "TJ3", "private")).not.toEqual([]);
  });
});

describe("an outsider pulled into a work group: no G2 at v69, G2 must-fix at v70", () => {
  it.each([
    "我拉了饲料公司的刘经理进群，大家有需要可以跟他对接。",
    "我拉了个朋友进群，大家多关照。",
    "我拉了一下我表弟进群，他想了解下咱们的招聘。",
    "我把建材厂的王总拉进咱们工作群了，方便他看进度。",
    "我把南山苗木的李总拉进群了，以后有啥事直接群里跟他对接。",
  ])("%s", (text) => {
    expect(g2(text)).toEqual(["must"]);
  });
});

describe("a colleague or the firm's own boss pulled in: no G2 at v69 and v70", () => {
  it.each(["我拉了新来的小王进群，大家欢迎。", "我把王总拉进群了，方便他看各班组进度。"])("%s", (text) => {
    expect(g2(text)).toEqual([]);
  });
});
