/**
 * Checker v33 (decision 057): the causes found in the studied rounds 68–69, each with our own
 * messages (not fixture drafts). The red lines missed or only suggested — a gift with a plea for the
 * appraisal after a comma (评先进的事，还请…关照), a firm's own voucher to an official (我们商场的礼券),
 * TJ3; news vouched for with no hearsay word (消息可靠), news passed on while saying it is unchecked
 * (还没核实，先发群里) or to be told to the public who come to ask (来咨询的), V2; a personnel move
 * confided (要动一动…别外传) and a draft for comment shown (征求意见稿截图), P5; a policy called outdated (早就过时), V1 — then the wrong claims: a vote for a
 * child's piece with a small prize (投个票) read as canvassing (V3), a screenshot declined (不方便截屏) read
 * as a privacy leak (P4, the model's claim: the wording stays near the draft's), and a self-check notice
 * asking whether gifts were taken (是否收受) read as a banquet's gift collection (TJ3).
 */
import { describe, expect, it } from "vitest";
import { claimed, mustOrWorse, redline } from "./test-helpers";

describe("red lines missed or only suggested at v32, claimed in v33", () => {
  it("a packet with the appraisal left to an official after a comma (评先进的事，还请…关照) is TJ3, not V3", () => {
    const text = "孙主任，新年好！小小心意[微信红包] 请收下。明年所里评先进的事，还请您多多关照。";
    expect(redline(text, "TJ3", { channel: "private" })).not.toEqual([]);
    expect(claimed(text, "V3", { channel: "private" })).toEqual([]);
  });

  it("a firm's own voucher handed to an inspector (我们公司的电子礼券) is TJ3", () => {
    const text = "郑科长，这是我们公司的电子礼券，面值300，您留着周末用，链接已经私发您了。";
    expect(redline(text, "TJ3", { channel: "private" })).not.toEqual([]);
  });

  it("news vouched for with no hearsay word (转：…消息可靠) is V2", () => {
    const text = "转：市里已经定了，下个月起公交全部停运半年，消息可靠！";
    expect(redline(text, "V2", { channel: "group" })).not.toEqual([]);
  });

  it("news passed on while saying it is unchecked (还没核实，先发群里) is V2", () => {
    const text = "也是刚看到的，还没核实，先发群里大家留意：城西的菜市场下周要整体拆掉。";
    expect(redline(text, "V2", { channel: "group" })).not.toEqual([]);
  });

  it("a personnel move confided from a leader's private word (要动一动…别外传) is P5", () => {
    const text = "[截图] 这是李局昨天私下跟我说的，年后几个股长要动一动，你知我知，别外传啊。";
    expect(redline(text, "P5", { channel: "private" })).not.toEqual([]);
  });

  it("a draft for comment shown as a screenshot (征求意见稿截图) is P5", () => {
    const text = "终于弄完了，累死[调研报告征求意见稿截图]";
    expect(redline(text, "P5", { channel: "moments" })).not.toEqual([]);
  });

  it("hearsay to be told to the public who come to ask (跟来咨询的群众说) is V2", () => {
    const text = "刚听隔壁县的同事说，下个月起低保标准要降，大家先这样跟来咨询的群众说，让他们早做准备。";
    expect(redline(text, "V2", { channel: "workgroup" })).not.toEqual([]);
  });

  it("a central line called outdated (体制…早就过时) is V1", () => {
    const text = "说实话，现在这套体制早就过时了，大家心里都清楚。";
    expect(redline(text, "V1", { channel: "group" })).not.toEqual([]);
  });
});

describe("wrong claims at v32, gone in v33", () => {
  it("votes asked for a child's piece with a small prize (投个票…送电影票) are no canvassing", () => {
    const text = "麻烦大家给我家娃的手工投个票，投完截图给我，抽两位送奶茶券！";
    expect(claimed(text, "V3", { channel: "group" })).toEqual([]);
  });

  it("a screenshot declined (不方便截屏) is no privacy leak", () => {
    const text = "这个聊天记录是张科私下跟我说的，我不方便截屏转给别人，你有事可以直接打他电话。";
    expect(claimed(text, "P4", { channel: "private" })).toEqual([]);
  });

  it("a self-check notice asking whether gifts or banquets were taken (是否收受) raises no TJ3", () => {
    const text =
      "各科室：\n现就节前纪律自查通知如下：\n1. 请于周五前完成自查；\n2. 重点看是否收受服务对象礼品、礼金，是否接受宴请；\n3. 自查情况报机关纪委。\n特此通知。\n局办公室\n2026年12月8日";
    expect(mustOrWorse(text, { kind: "notice", channel: "workgroup" }).filter((f) => f.code === "TJ3")).toEqual([]);
  });
});
