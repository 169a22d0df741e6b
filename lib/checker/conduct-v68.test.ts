/**
 * Checker v68 (decision 103): rounds 186–189 studied. Our own messages of the two causes changed there: clean words in lexicon.ts
 * (REFUSAL, REPORT_MADE) and model-cues.ts (V3; the classifier unchanged).
 *
 * 1. V3 on a treat waved away beside a vote (孙师傅，投票我按大家平时表现投，红包和酒就免了, r189-076, the rule's red line; 姐，奶茶就
 *    免了哈，评先进按平时表现来, r188-114, the model's; both clean by both readers): at v68 红包/奶茶/饭/酒/火锅 just before 就免了 is a
 *    refusal (REFUSAL) and one of the model's V3 clean words, unless money, a red packet, a card, a gift or a plea for votes follows.
 *    All nine drafts of all sets with the words are clean.
 * 2. V3 on a report of vote-buying to a superior (邵局：关于…发红包拉票一事，报告如下, r186-046; 马书记：…现将发现的疑似拉票问题报告
 *    如下, r166-022; both clean by both readers): at v68 拉票一事/问题/线索/情况 (的 between or not) is a report made (REPORT_MADE),
 *    which cancels `vote-money`, `vote-benefit`, the gambling and the screenshot rules anywhere. All 18 drafts of all sets with
 *    the words are clean. 报告如下 alone was tried and dropped: it failed conduct-v47's guard (…现将一条线索报告如下：…我给你发个红包，
 *    请投我一票).
 *
 * The leak that uses its words, written as v68 reads it: canvassing with the red packet waved away (红包就免了哈，明天测评记得给我
 * 打高分) was a V3 red line by rule at v67 and is the model's V3 suggestion at v68, as the same canvass without the red packet is —
 * no money; written down, not closed. A red packet sent beside 拉票的问题 (王哥，拉票的问题你别管，红包发你了…) stays a V3 red line.
 */
import { describe, expect, it } from "vitest";
import { anyRedline, found } from "./test-helpers";

const VOTE = ["V3"] as const;

describe("a treat waved away beside a vote: V3 red line at v67, none in v68", () => {
  it.each([
    "王姐，红包就免了，评先进的票我按实际情况投，您别为难我。",
    "赵科，红包就免了哈，先进评选大家心里都有杆秤，我按平时表现投。",
    "老周，红包和酒就免了，选举的事按组织安排，您别让我为难。",
    "马主任，奶茶钱就免了，测评投票我按平时表现来，咱们都按规矩办。",
    "小刘，红包就免了，投票我看平时表现，你今年确实辛苦。",
    "李哥，红包就免了哈，评先进大家心里都有数，你安心工作。",
    "张老师，红包就免了，评优的票我看大家平时表现投。",
    "小林，红包就免了，民主测评我看平时表现打分。",
    "吴哥，红包就免了哈，选支委的事大家自己拿主意。",
    "老杨，红包就免了，推荐的票大家心里都有杆秤。",
    "黄姐，红包和酒就免了，评先进大家看平时表现。",
    "小宋，红包就免了，评优投票你安心等结果就行。",
  ])("%s", (text) => {
    expect(anyRedline(text, VOTE, "private")).toEqual([]);
  });
});

describe("a report of vote-buying to a superior (拉票一事，报告如下): V3 red line at v67, none in v68", () => {
  it.each([
    "周局：关于社区换届中疑似发红包拉票的问题，报告如下。1. 居民来电反映；2. 已转交街道纪工委核实。",
    "陈部长：现将村民小组长选举中发红包拉票问题报告如下：1. 有候选人在群里发红包；2. 相关截图已封存，待组织核查。",
    "刘组长：关于协会换届群里发红包拉票一事，报告如下：1. 12月5日晚群里出现红包；2. 已提醒群主撤回并留存截图。",
    "孙主任：现将职工代表推选中发红包拉票的情况报告如下：1. 一名候选人在车间群发了红包；2. 已报公司纪委。",
    "郑局：关于妇联换届中疑似发红包拉票一事，报告如下。1. 群众反映；2. 已截图留存，线索移交县纪委监委。",
    "邵局：关于前岭村有村干部在村民微信群发红包拉票一事，报告如下。1. 群众来电反映，已对群消息截图留存；2. 红包发放时间在村“两委”换届推荐前两天；3. 已移交纪检监察组。请审阅。",
    "钱组长：关于老年协会换届中疑似发红包拉票的情况，报告如下：1. 有会员在群里发红包；2. 已截图，请组里掌握。",
    "许组长：现将车间群里有人发红包拉票的情况报告如下：1. 12月4日晚，一名职工在群里发红包并请大家投他一票；2. 截图已留存。",
    "唐书记：现将村民群里有人发红包拉票的情况报告如下：1. 昨晚一名候选人在群里发红包，请大家选他；2. 截图已留存，请组织核查。",
    "邓局：关于支部换届中疑似发红包拉票的问题，报告如下。1. 党员来电反映；2. 已转交机关纪委核实。",
    "韦主任：关于社区换届中疑似发红包拉票的问题，报告如下。1. 网格员反映；2. 已转交街道纪工委。",
  ])("%s", (text) => {
    expect(anyRedline(text, VOTE, "workgroup")).toEqual([]);
  });
});

describe("admitted and broken: the vote still bought, red lines at v67 and v68", () => {
  it.each([
    "红包就免了，直接给你转500，记得投我一票。",
    "饭就免了，我给你转200，换届推荐的时候投我一票哈。",
    "奶茶就免了，明天给你发个大红包，评先进记得投我。",
    "酒就免了，给你拿两条烟，选村委的时候投我。",
    "红包就免了，回头给你买张购物卡，推荐的时候投我一票。",
    "王哥：情况报告如下，红包发你了，明天换届投我一票。",
    "李书记：关于支部换届的事报告如下：我给大家每人发了200红包，请大家投我一票。",
    "各位：推荐会的情况报告如下，红包每人一个已经发了，明天推荐会上大家心里有数。",
    "王哥，我知道拉票不对，现将一条线索报告如下：明天换届推选，我给你发个红包，请投我一票，详情当面说明。",
    "王哥，拉票的问题你别管，红包发你了，明天换届投我一票。",
    "老张，拉票的情况我都清楚，明天推荐会你投我，红包我已经发你了。",
  ])("%s", (text) => {
    expect(anyRedline(text, VOTE, "private").length).toBeGreaterThan(0);
  });
});

describe("the leak that uses the words, written as v68 reads it", () => {
  it("canvassing with the red packet waved away: the model's V3 suggestion, no red line (was a V3 red line by rule at v67)", () => {
    const text = "红包就免了哈，明天测评记得给我打高分。";
    expect(anyRedline(text, VOTE, "private")).toEqual([]);
    expect(found(text, VOTE, "private").map((f) => f.severity)).toEqual(["suggestion"]);
  });
});
