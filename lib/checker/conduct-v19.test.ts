/**
 * Checker v19 (decision 041): the causes found in the studied rounds 40–41, each with our own
 * messages (not fixture drafts). Red lines first — a red packet taken (红包收下了), a case in hand told
 * with its parties to guess (开庭那个…你们猜是谁), contractors pulled into a group to be told the
 * office's work ahead (老板都拉进去了…提前通个气) — each with its innocent relatives clean; then the
 * false alarms (a court's notice served by posting, a notice asking for vote-buying to be reported, a
 * 集赞 link declined); then other causes (a run of stickers in a work group's chat, holidays, errands
 * and games in a work group).
 */
import { describe, expect, it } from "vitest";
import { byRule, claimed, redline } from "./test-helpers";

describe("red lines missed at v18, caught in v19", () => {
  it("a red packet taken (红包收下了) is TJ3", () => {
    expect(redline("谢谢小李，红包我收下了，祝大家新年快乐[抱拳]", "TJ3", { channel: "workgroup" })).not.toEqual([]);
    // From family, or a wedding's gifts from friends and family, it is no TJ3.
    expect(byRule("妈，红包收下了，谢谢妈", "TJ3", { channel: "private" })).toEqual([]);
    expect(byRule("婚礼上大家的红包收下了，谢谢各位亲友", "TJ3", { channel: "group" })).toEqual([]);
    // Taken back at once: a refusal near it.
    expect(byRule("谢谢小李，红包收下了，下回别这样了", "TJ3", { channel: "private" })).toEqual([]);
  });

  it("a case in hand told with its parties to guess (开庭那个…你们猜是谁) is P5", () => {
    expect(redline("今天开庭那个案子，原告是咱们县一个大老板，欠了工人半年工资，你们猜猜是谁", "P5", { channel: "group" })).not.toEqual([]);
    // A guess about something else, or a case's outcome told without its parties, is no P5.
    expect(byRule("周末的聚会你们猜是谁请客？老班长！", "P5", { channel: "group" })).toEqual([]);
    expect(byRule("今天开庭那个离婚案调解成功了，两口子和好了", "P5", { channel: "group" })).toEqual([]);
  });

  it("contractors pulled into a group to be told the office's work ahead (老板都拉进去了…提前通个气) is P5", () => {
    const text = "主任，我建了个施工对接群，把几家做工程的老板都拉进去了，以后局里有工程提前在群里通个气";
    expect(redline(text, "P5", { channel: "private" })).not.toEqual([]);
    // 拉进去了 is pulled into the group, not 进去了 (taken into custody): no P6.
    expect(byRule(text, "P6", { channel: "private" })).toEqual([]);
    // A colleague pulled in is no leak.
    expect(byRule("我把新来的小李也拉进去了，以后科里的事提前在群里通个气", "P5", { channel: "workgroup" })).toEqual([]);
  });
});

describe("false alarms at v18, clean in v19", () => {
  it("a court's notice served by posting (在村民群转发送达公告) is no P9 and no G2", () => {
    const text = "各社区：\n请协助区法院在居民群转发送达公告。\n1. 公告见附件，请张贴在公示栏；\n2. 原文转发，不要改动。\n收到请回复。\n城关街道司法所\n";
    expect(claimed(text, "P9", { kind: "request", channel: "workgroup" })).toEqual([]);
    expect(claimed(text, "G2", { kind: "request", channel: "workgroup" })).toEqual([]);
    // A 转发送礼 bait stays P9.
    expect(byRule("转发送好礼！转到朋友圈集满30个赞就能领", "P9", { channel: "group" })).not.toEqual([]);
  });

  it("a notice asking for vote-buying to be reported (发红包拉票的，请保存截图) is no V3", () => {
    const text = "各支部：\n关于换届纪律的提醒。\n1. 发现有人发红包拉票的，请保存截图；\n2. 及时报街道纪工委。\n特此通知。\n街道纪工委\n";
    expect(byRule(text, "V3", { kind: "notice", channel: "workgroup" })).toEqual([]);
    // A red packet for votes stays V3.
    expect(redline("明天选村委，谁投我一票我发个两百的红包", "V3", { channel: "group" })).not.toEqual([]);
  });

  it("a 集赞 link declined (链接我就不投了，单位有规定) is no P9", () => {
    const text = "张姐，您发的点赞领奖品的链接我就不投了，我们单位有规定，不参与这类集赞活动。\n办公室 小孙\n";
    expect(claimed(text, "P9", { kind: "reply", channel: "private" })).toEqual([]);
  });
});

describe("other causes, for recall", () => {
  it("a run of three stickers or more in a work group's chat is a G6 suggestion", () => {
    expect(byRule("方案通过了，辛苦大家[强][强][强]", "G6", { channel: "workgroup" })).not.toEqual([]);
    // Two stickers, or another channel, no G6.
    expect(byRule("方案通过了，辛苦大家[强][强]", "G6", { channel: "workgroup" })).toEqual([]);
    expect(byRule("方案通过了，辛苦大家[强][强][强]", "G6", { channel: "group" })).toEqual([]);
  });

  it("holidays, errands and games in a work group are off-topic (G2)", () => {
    expect(byRule("周末全家去海南度假，住的酒店可以看海", "G2", { channel: "workgroup" })).not.toEqual([]);
    expect(byRule("谁下楼顺便帮我取快递呀", "G2", { channel: "workgroup" })).not.toEqual([]);
    expect(byRule("今晚有没有上号的，五排缺一个", "G2", { channel: "workgroup" })).not.toEqual([]);
    // The same in a friends' group is no G2.
    expect(byRule("周末全家去海南度假，住的酒店可以看海", "G2", { channel: "group" })).toEqual([]);
  });
});
