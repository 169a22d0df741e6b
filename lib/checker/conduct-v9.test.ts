/**
 * What rounds 16–17 taught (decision 030), in messages of our own: a group's rule against posting
 * secrets or praising the owner, a leaked screenshot already recalled, a hazard warning's colour, a
 * fair online vote, a notice deferring to the formal document, a sent-round 反诈 warning, hearsay the
 * sender checked himself and a donation notice with the family's consent stay clean; a bet on a
 * match, a system password sent over WeChat, unpublished figures confided, a re-election canvassed
 * with money, 幌子-style mockery of central policy, a favour signed for a "表示一下" and a 拆礼盒
 * bait are caught. The inventory reading (rules.ts): a red packet paid for a favour is RP2's
 * 变相收受贿赂 as well as TJ3, and a secret posted in a work group is WH1's 不能上传涉及保密的东西.
 */
import { describe, expect, it } from "vitest";
import { covers } from "./evaluate";
import { checkMessage } from "./index";

const check = (text: string, sendAt?: string) => checkMessage({ text, kind: "chat", sendAt });
const codes = (text: string) => [...new Set(check(text).findings.map((f) => f.code))];
const claims = (text: string) => check(text).findings.filter((f) => f.severity !== "suggestion" && !["R1", "R5"].includes(f.code));

describe("clean: the over-reach rounds 16–17 showed", () => {
  it.each([
    // A group's rule that names secret material to keep it out (P5).
    "群公告：本群为非涉密工作群，只用于通知和进度，涉密文件、内部资料一律不发群里，有需要到机要室阅看。",
    // A group's rule against flattery names the praise it forbids (WH1 model).
    "按照群规，本群只发工作进展，不刷“领导辛苦了”，不给群主点赞，各组请六点前报当日巡查情况。",
    // A leaked screenshot recalled with an apology is the fix, not the breach (P5, G1).
    "刚才那张截图里有未发布的考核数据，我已经撤回了，没保存的别保存，存了的请删除，抱歉。",
    // A hazard warning's level (P2).
    "县气象台发布暴雨黄色预警，请各村今晚安排人员值守，险情随时报镇应急办。",
    // A fair online vote: asking colleagues to vote there is no bait (P9).
    "市里“最美护士”网络评选，我院小周入围了，愿意的同事可以在公众号投票，每人每天限投一票，不刷票、不拉票。",
    // A notice that defers to the formal document is no leak (P5).
    "明早九点局内部先开个碰头会研究搬迁方案，参会的是班子成员和规划科，结果以后续正式文件为准。",
    // A 反诈 warning passed on to elders (V2).
    "市反诈中心提醒：说社保卡被冻结、要您转账到安全账户的电话都是诈骗，转给家里老人看看。",
    // Hearsay the sender checked himself, with the source (V2).
    "听说周六小区要停水？我刚查了自来水公司公众号，确实有计划检修，原文在这，住那边的同事提前接点水。",
    // A donation notice told with the family's consent (P4).
    "经本人和家属同意，告诉大家：后勤老马爱人住院做手术，家里困难，工会发起自愿捐款，到工会办公室登记。",
  ])("%j raises no must-fix or red line", (text) => {
    expect(claims(text).map((f) => [f.code, f.basis, f.triggers])).toEqual([]);
  });

  // A red packet bet on a match is gambling; its 预选 is no election (V3).
  it("a bet on a match is RP2, not V3", () => {
    const found = codes("欧冠预选赛今晚开踢，押客队的发我红包，一注20，一赔二，九点截止。");
    expect(found).toContain("RP2");
    expect(found).not.toContain("V3");
  });
});

describe("caught", () => {
  it.each([
    // A system's keys sent over WeChat (P5).
    ["老周，办公系统的管理员密码和内网地址我发你，你晚上远程把账号开一下。", "P5"],
    // Unpublished figures confided (P5).
    ["别往外说啊：今年全县GDP增速已经核出来了，4.8%，正式发布要到下个月。", "P5"],
    // A re-election canvassed with money (V3).
    ["老王，下周党支部改选，你们组那几票你帮我招呼一下，给你转了点茶水钱。", "V3"],
    // Central policy mocked as a sham (V1).
    ["说白了这项政策就是个幌子，根本没打算真落实，早晚得黄。", "V1"],
    // A favour signed for once the sender "shows something" (TJ3).
    ["材料我看了，问题不大，微信上表示一下，明天就给你签了。", "TJ3"],
    // A 拆礼盒 link sent round for a prize (P9).
    ["大家帮我点开链接拆个礼盒，拆够十个人我就能领一箱牛奶！", "P9"],
  ])("%j → %s", (text, code) => {
    expect(codes(text)).toContain(code);
  });

  it("reads the inventory as its writers do: a red packet for a favour is RP2 too; a secret in a work group is WH1 too", () => {
    expect(covers("TJ3")).toContain("RP2");
    expect(covers("P5")).toContain("WH1");
  });
});
