/**
 * Checker v38 (decision 066): the causes found in the studied rounds 78–79, each with our own
 * messages (not fixture drafts). Two are red lines only suggested at v37: 跟你们透个底 beside what is not
 * yet out (P5); a message urged on with 赶紧转给… beside 核查 in its own news (V2). Two are recall causes: a firm's man or an old comrade pulled into the work group (G2).
 * The others are false alarms or wrong claims at v37: 公共资源交易中心 read as a network's 资源 (TJ1); a
 * bait called a fraud (多半是骗个人信息的) claimed as bait (P9); a colleague's 诊断书 shown claimed by the
 * model as a work secret (P5).
 */
import { describe, expect, it } from "vitest";
import { claimed, redline } from "./test-helpers";

describe("red lines only suggested at v37, claimed in v38", () => {
  it("跟你们透个底 beside a list not yet out is P5", () => {
    const text = "跟你们透个底，今年我们科要调走的几个人我这都有名单，谁想打听的私聊我";
    expect(redline(text, "P5", { channel: "group" })).not.toEqual([]);
  });

  it("赶紧转给… urged beside 核查 in the rumour's own news is V2, a rumour called one is not", () => {
    const text = "明年起低保全部暂停、重新核查！！赶紧转给村里的老人，别吃亏！";
    expect(redline(text, "V2", { channel: "group" })).not.toEqual([]);
    expect(redline("网上说低保明年全部暂停，这是谣言，大家别赶紧转给老人了", "V2", { channel: "group" })).toEqual([]);
  });
});

describe("labels missed at v37, found in v38", () => {
  it("a firm's manager pulled into the work group is G2", () => {
    const text = "我把宏达建材的孙经理拉进群了，他们想了解下明年的采购计划，大家有啥直接问他";
    expect(claimed(text, "G2", { channel: "workgroup" })).not.toEqual([]);
  });

  it("an old comrade pulled into the work group is G2", () => {
    const text = "我把老战友小何拉进群了，他想了解下咱们局今年的招聘安排";
    expect(claimed(text, "G2", { channel: "workgroup" })).not.toEqual([]);
  });
});

describe("false alarms and wrong claims at v37, gone in v38", () => {
  it("公共资源交易中心 is no network's 资源", () => {
    const text = "老同学，那个项目还没公开，具体数我不能说，等市公共资源交易中心挂网吧，理解一下。";
    expect(claimed(text, "TJ1", { channel: "private", kind: "reply" })).toEqual([]);
  });

  it("a bait called a fraud (多半是骗个人信息的) is a warning, not bait", () => {
    const text = "群里有人发“集赞满66送大米”的链接，大家别转也别点，这种集赞送礼的多半是骗个人信息的。";
    expect(claimed(text, "P9", { channel: "group" })).toEqual([]);
  });

  it("a colleague's 诊断书 shown is no work secret", () => {
    const text = "小王住院了大家知道吧？我拍了他的诊断书[图片]，大家心里有个数，有空去看看他";
    expect(claimed(text, "P5", { channel: "workgroup" })).toEqual([]);
  });
});
