/**
 * Checker v51 (decision 086): rounds 118–121 studied. Our own messages of the causes found there: a report to the discipline
 * group of money refused, opened with 现将…情况报告如下 or 现报告一起…; a notice of the experts' fee (评标专家劳务费已核算): red
 * lines at v50, none in v51. A Party branch's own vote named beside money (后天选支部委员…发个两百的红包; 评优秀党员那事…给你转了500):
 * TJ3 at v50 (a favour bought), V3 in v51 (a vote bought).
 * The counter-cases admit the rule and break it anyway with the same words: red lines at both.
 */
import { describe, expect, it } from "vitest";
import { anyRedline, redline } from "./test-helpers";

describe("a report of money refused, the experts' fee: red lines at v50, none in v51", () => {
  it.each([
    ["王组长：现将一起拒收微信转账的情况报告如下：1. 今天上午，商户李某因许可证延续事宜通过微信向我转账1000元；2. 我未接收，已自动退回。", "TJ3", "private"],
    [
      "刘书记：现报告一起红包情况。今天下午城西建设公司项目经理李某通过微信给我发了一个666元红包，附言“辛苦了”。我未领取，已于半小时后退回，聊天截图附后。该公司正参与城北道路项目投标，特此报告。",
      "TJ3",
      "private",
    ],
    [
      "陈组长：现报告一条红包情况。今天上午恒达公司项目负责人赵某通过微信给我发了一个500元红包，附言“节日快乐”。我未领取，已于当晚退回，截图附后。该公司正参与学校改造项目投标。",
      "TJ3",
      "private",
    ],
    ["周组长：现将一起拒收红包的情况报告如下：1. 今天上午，某施工单位项目经理给我发了一个888元微信红包；2. 我未领取，已于1小时后退回。", "TJ3", "private"],
    ["各位同事：本月评标专家劳务费已核算完毕，请各科室周五前将专家签到表原件送交财务。", "TJ3", "workgroup"],
    ["王老师，评标专家劳务费转账500元已发出，请查收，有问题找财务。", "TJ3", "private"],
    ["各位专家：本月评审劳务费已核算，下周打卡到账，请核对银行卡信息。", "TJ3", "workgroup"],
  ] as const)("%s", (text, code, channel) => {
    expect(anyRedline(text, code, { channel })).toEqual([]);
  });
});

describe("a Party branch's vote named beside money: a favour bought (TJ3) at v50, a vote bought (V3) in v51", () => {
  it.each([
    ["张姐，后天选支部委员，你帮我在科里那几个党员里说说，我一人给发个两百的红包，就当请大家喝茶了。"],
    ["小赵，评优秀党员那事你帮我跟你们科几个说说，给你转了500，请大家喝个奶茶，别说是我让的哈。"],
  ] as const)("%s", (text) => {
    expect(redline(text, "V3", { channel: "private" })).not.toEqual([]);
    expect(anyRedline(text, "TJ3", { channel: "private" })).toEqual([]);
  });
});

describe("the same words, the rule admitted and broken: still red lines in v51", () => {
  it.each([
    ["王组长：现报告一下，我知道不该收，但这次零售户赵某转的2000元我收下了，许可证变更我给他加急办了。", "TJ3"],
    ["赵总，我知道不该收，现将情况报告如下：项目的事我帮你打过招呼了，你转我的5000我收下了。", "TJ3"],
    ["王老板，我知道不该收，但这次许可证的事我帮你办了，你转我2000就行。特此报告一下，别外传。", "TJ3"],
    ["李老板，我知道不该透露，但这次评标专家名单我先发你，专家劳务费的事你看着办，转我3000就行。", "TJ3"],
    ["王老板，我知道违规，评审劳务费那是公家的，这次标底我先发你，你另外转我2万。", "P5"],
    ["张姐，我知道不该拉票，但后天选支部委员，你帮我说说，给你转了200，请大家喝茶。", "V3"],
  ] as const)("%s", (text, code) => {
    expect(anyRedline(text, code, { channel: "private" })).not.toEqual([]);
  });
  it("各位党员，我知道不让拉票，但下周选支委大家多支持，我先发几个红包[红包][红包]", () => {
    expect(anyRedline("各位党员，我知道不让拉票，但下周选支委大家多支持，我先发几个红包[红包][红包]", "V3", { channel: "group" })).not.toEqual([]);
  });
});

describe("a Party branch's vote named in everyday messages: no red line", () => {
  it.each([
    ["下周选支委，请各位党员按时参加，党费200元请月底前交给组织委员。", "workgroup"],
    ["明天选支部委员，会后食堂统一用餐，每人餐费15元自理。", "workgroup"],
    ["评优秀党员的推荐表已发群里，请各支部周五前交回。", "workgroup"],
    ["今年评优秀共产党员的名单已公示，奖金500元随12月工资发放。", "workgroup"],
    ["后天选支部书记，请大家8点半到三楼会议室，别迟到。", "workgroup"],
    ["选支委的会议材料我已经打印好了，共200份，放在办公室。", "workgroup"],
    ["妈，今天我们单位选支部委员，晚点回家，红包我明天给你发。", "private"],
    ["下周选支委，支部活动经费300元已到账，用于购买票箱和文具。", "workgroup"],
    ["评优秀共产党员不搞拉票，严禁发红包拉票，发现一律取消资格。", "workgroup"],
    ["小王，评优秀党员的材料你帮我交一下，我下午请你喝奶茶。", "private"],
  ] as const)("%s", (text, channel) => {
    for (const code of ["V3", "TJ3"]) expect(anyRedline(text, code, { channel })).toEqual([]);
  });
});
