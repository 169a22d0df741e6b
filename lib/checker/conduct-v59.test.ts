/**
 * Checker v59 (decision 094): rounds 150–153 studied. Our own messages of the one cause changed there: a post's taking back
 * asked for without 请 (小张，截图先撤回吧，读者手机号别外传; 私聊截图别往群里发…赶紧撤回吧). At v58 the first is a P5 red line
 * (别外传 read as a secret marking) and the second a G1 must-fix (a private chat's screenshot); at v59 RECALL_ASKED gains
 * 撤回吧 and 赶紧撤回, and `private-screenshot` (G1) yields to RECALL_ASKED near as the P5 rules already did. The counter-cases
 * admit the rule and break it anyway: material or a private chat shown "看完赶紧撤回" keeps its P5 or G1 (READ_THEN_RECALL
 * cancels RECALL_ASKED in its sentence), at both. The leak that uses the cancel's words without 看完 is written down: a
 * private chat shown "我一会儿赶紧撤回" is a G1 must-fix at v58 and clean at v59. The innocent messages with the same words
 * raise no G1 and no red line at either.
 *
 * The second cause: likes collected for a prize (“最美庭院”投票…奖励一个500元微信红包，大家使劲转发集赞). At v58 a V3 red line
 * (投票 beside 红包); at v59 `vote-money` yields to LIKES_CONTEST (集赞) in the packet's sentence, unless a formal election's
 * word stands there (ELECTION cancels it), and the draft keeps its P9. A vote bought beside 集赞 keeps its V3 red line at
 * both (村委换届, 支部选举, 投我一票). The leak that uses the cancel's words: a plea to vote for oneself in an online title
 * contest, packets for the voters (我参加“最美乡村干部”投票，投我的都发红包，帮我集赞) is V3 at v58 and P9 at v59. Of the twelve
 * everyday messages with 集赞 beside 投票 and 红包, eight were V3 red lines at v58; none is a red line at v59.
 */
import { describe, expect, it } from "vitest";
import type { Channel } from "./types";
import { allRedlines, anyRedline, check, claimed } from "./test-helpers";

const serious = (text: string, channel: Channel) =>
  check(text, channel).findings.filter((f) => f.severity === "redline" || (f.code === "G1" && f.severity !== "suggestion"));

describe("a post's taking back asked for without 请: a P5 red line or a G1 must-fix at v58, neither in v59", () => {
  it.each([
    ["小张，截图先撤回吧，读者手机号别外传。投诉的事来我办公室说。刘红梅", "P5"],
    ["小吴，私聊截图别往群里发，人家是私下说的，赶紧撤回吧", "G1"],
    ["小李，王科私聊你的截图别往群里转，撤回吧。", "G1"],
    ["老李，你刚发的截图里有别人的私聊，赶紧撤回，以后注意。", "G1"],
    ["小赵，刚才群里的私聊截图撤回吧，有事当面说。", "G1"],
  ] as const)("%s (%s)", (text, code) => {
    expect(claimed(text, code, "workgroup")).toEqual([]);
  });
});

describe("the same words, the rule admitted and broken: still P5 or G1 in v59", () => {
  it.each([
    ["我知道不该发，考核名单截图[图片]大家看完赶紧撤回，别外传。", "P5"],
    ["我知道内部材料不能外传，但考核名单先发你们看看，别外传，一会儿我再说。", "P5"],
    ["内部名单[图片]别外传，等会儿我赶紧撤回。", "P5"],
  ] as const)("%s", (text, code) => {
    expect(anyRedline(text, code, "workgroup")).not.toEqual([]);
  });
  it.each([["这是王科私聊我的截图[截图]，大家看完赶紧撤回。"], ["我知道私聊截图不该转，但王科私下跟我说的这段[截图]大家看看，别外传。"]] as const)(
    "%s",
    (text) => {
      expect(claimed(text, "G1", "workgroup")).not.toEqual([]);
    },
  );
});

describe("the leak that uses the cancel's words without 看完: a G1 must-fix at v58, none in v59 (written down, not closed)", () => {
  it("这是王科私聊我的截图[截图]，大家瞅一眼，我一会儿赶紧撤回。", () => {
    expect(claimed("这是王科私聊我的截图[截图]，大家瞅一眼，我一会儿赶紧撤回。", "G1", "workgroup")).toEqual([]);
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

describe("likes collected for a prize beside 投票 and 红包: a V3 red line at v58, none in v59 (P9 kept)", () => {
  it.each([
    ["各村的合作社理事长好：我们中心组织“最美庭院”投票，谁拉到的票最多，我个人奖励一个500元微信红包，大家使劲转发集赞！", "group"],
    ["各位：中心组织“美丽乡村”摄影投票，请大家把链接转到朋友圈集赞，点赞前十名各奖200元红包和一箱苹果。综合股", "workgroup"],
    ["社区“最美阳台”投票，请大家集赞，获奖家庭发100元红包。", "group"],
    ["读书会打卡投票，集赞最多的送一个小红包。", "group"],
  ] as const)("%s", (text, channel) => {
    const f = check(text, { channel }).findings;
    expect(f.filter((x) => x.code === "V3" && x.severity === "redline")).toEqual([]);
    expect(f.filter((x) => x.code === "P9" && x.severity !== "suggestion")).not.toEqual([]);
  });
});

describe("a vote bought beside 集赞, the rule admitted and broken: still a V3 red line in v59", () => {
  it.each([
    ["我知道拉票不对，但明天村委换届，请投我一票，红包已经发了，顺便朋友圈帮我集赞。"],
    ["支部选举请投老王，发个红包，大家集赞。"],
    ["投我一票，红包200，顺便集赞。"],
    ["明天选村主任投我一票，红包发你了，朋友圈也帮我集赞。"],
    ["今年评优秀村干部投票，谁投我一个红包，大家集赞。"],
  ] as const)("%s", (text) => {
    expect(anyRedline(text, "V3", "group")).not.toEqual([]);
  });
});

describe("the leak that uses LIKES_CONTEST's words: a V3 red line at v58, P9 in v59 (written down, not closed)", () => {
  it("我参加“最美乡村干部”投票，投我的都发红包，帮我集赞。", () => {
    const f = check("我参加“最美乡村干部”投票，投我的都发红包，帮我集赞。", { channel: "group" }).findings;
    expect(f.filter((x) => x.code === "V3" && x.severity === "redline")).toEqual([]);
    expect(f.filter((x) => x.code === "P9" && x.severity !== "suggestion")).not.toEqual([]);
  });
});

describe("集赞 beside 投票 and 红包 in everyday messages: no red line in v59 (eight of the twelve were V3 red lines at v58)", () => {
  it.each([
    ["单位组织“最美科室”评选，大家帮忙集赞，点赞最多的科室发红包。", "group"],
    ["孩子学校搞集赞投票，集满50个赞送红包，麻烦大家帮点一下。", "group"],
    ["这种集赞领红包的投票都是骗人的，别点。", "private"],
    ["公众号在搞投票集赞活动，前十名有红包奖励，大家看看。", "group"],
    ["朋友圈集赞换奖品那个投票链接，红包我就不要了。", "private"],
    ["家族群里：表妹参加舞蹈投票，集赞前三名有红包，大家帮帮忙！", "group"],
    ["本次摄影投票不搞集赞，也不发红包，按评委打分。", "group"],
    ["集赞活动投票截止了，谢谢大家，红包已经发群里了。", "group"],
    ["我们店搞投票集赞，前二十名送50元红包。", "group"],
    ["老妈参加广场舞比赛投票，大家帮忙集赞，回头发红包感谢。", "group"],
    ["图书馆“我最喜爱的一本书”投票，集赞前五名送10元红包和书签。", "group"],
    ["小区业主群搞萌宠投票，集赞第一的发个88元红包。", "group"],
  ] as const)("%s", (text, channel) => {
    expect(allRedlines(text, channel)).toEqual([]);
  });
});
