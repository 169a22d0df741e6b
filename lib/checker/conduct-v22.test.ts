/**
 * Checker v22 (decision 044): the causes found in the studied rounds 46–47, each with our own
 * messages (not fixture drafts). Red lines first — an amount said received beside a favour, a post
 * list passed on as 内部消息 and 别外传, hearsay vouched for as 消息可靠, 一国两制 called a mere
 * 过渡 — each with its innocent relatives clean; then the false alarms and wrong claims (R1 on
 * 【辟谣】 and 【停水通知】 bulletins, a unit's reminder named at the opening, 提醒各位…： as the
 * address, the model's P4 on a reminder not to post residents' data, its P9 on a 集赞 bait warned
 * against); then other causes (the day's report skipped as 没啥好报的, lunch asked round in a work group).
 */
import { describe, expect, it } from "vitest";
import { byRule, check, claimed, redline } from "./test-helpers";

describe("red lines missed or claimed milder at v21, claimed in v22", () => {
  it("an amount said received (3000收到了) beside a favour is TJ3, and no network (TJ1)", () => {
    const text = "同学，3000收到了，你家孩子入学那边我去打招呼";
    expect(redline(text, "TJ3", { kind: "reply", channel: "private" })).not.toEqual([]);
    expect(claimed(text, "TJ1", { kind: "reply", channel: "private" })).toEqual([]);
    // An amount received with no favour, or a parcel received, buys nothing.
    expect(byRule("同学，3000收到了，下个月发工资就还你。", "TJ3", { channel: "private" })).toEqual([]);
    expect(byRule("快递收到了，谢谢你，改天请你吃饭。", "TJ3", { channel: "private" })).toEqual([]);
  });

  it("内部消息 beside a tender's experts list and 别往外说, with no hearsay said, is P5", () => {
    expect(redline("内部消息：这次的评标专家名单，先发你们[图片]，别往外说", "P5", { channel: "workgroup" })).not.toEqual([]);
    // With 据说 or a rumour of cuts it is hearsay (V2), not a leak.
    expect(byRule("内部消息，据说这次拟提拔名单里有老王，别外传", "P5", { channel: "group" })).toEqual([]);
    expect(byRule("内部消息，省里已经定了，明年绩效全部取消，一半人要分流，别说是我说的。", "P5", { channel: "group" })).toEqual([]);
  });

  it("hearsay vouched for as 消息可靠 is V2", () => {
    expect(redline("听说下个月要免掉一批乡镇干部，消息可靠，大家心里有数", "V2", { channel: "workgroup" })).not.toEqual([]);
    // The same words refuted, or without hearsay, are no rumour.
    expect(byRule("网上说下个月要免掉一批乡镇干部，经核实是谣言，大家别信。", "V2", { channel: "workgroup" })).toEqual([]);
    expect(byRule("这家供应商的报价我们核对过了，数据可靠。", "V2", { channel: "workgroup" })).toEqual([]);
  });

  it("一国两制 called a mere 过渡 is V1", () => {
    expect(redline("说实话，一国两制就是个过渡，早该一步到位了", "V1", { channel: "moments" })).not.toEqual([]);
    expect(byRule("今天支部学习了一国两制的有关论述，大家交流了体会。", "V1", { channel: "workgroup" })).toEqual([]);
  });
});

describe("false alarms and wrong claims at v21, gone in v22", () => {
  it("a 【辟谣】 or 【停水通知】 bulletin without an address is no must-fix R1", () => {
    const rumour = "【辟谣】网传“城南小学有人投毒”系不实信息，经区公安分局核实，请勿信谣传谣。\n城南派出所";
    const water = "【停电通知】明天上午8点到12点，幸福路段线路检修停电，请提前做好准备。特此通知。\n幸福路社区";
    expect(claimed(rumour, "R1", { kind: "notice", channel: "group" })).toEqual([]);
    expect(claimed(water, "R1", { kind: "notice", channel: "group" })).toEqual([]);
    expect(check(water, { kind: "notice", channel: "group" }).findings.some((f) => f.code === "R1")).toBe(true);
    // A notice of a meeting still needs its address.
    expect(claimed("【会议通知】明天上午九点在三楼开会，请准时参加。\n办公室 李红", "R1", { kind: "notice", channel: "workgroup" })).not.toEqual([]);
  });

  it("a unit's reminder named at the opening asks R1, R4 and R5 only as suggestions", () => {
    const text = "区卫健委纪委提醒：严禁收受患者红包和购物卡，家属坚持要给的，请当场婉拒并登记上交。";
    for (const code of ["R1", "R4", "R5"]) expect(claimed(text, code, { kind: "notice", channel: "workgroup" })).toEqual([]);
    // A notice that arranges a meeting, with no reminder, keeps them.
    expect(claimed("明天上午九点在三楼开会，各科室负责人参加。", "R4", { kind: "notice", channel: "workgroup" })).not.toEqual([]);
  });

  it("提醒各位…： names the recipients", () => {
    const text = "提醒各位社区医生：随访表上有居民身份证号和电话，只在内部系统里录入，不要截图发到任何群里，谢谢！\n社区卫生服务站 王芳";
    expect(claimed(text, "R1", { kind: "notice", channel: "workgroup" })).toEqual([]);
    expect(claimed(text, "R4", { kind: "notice", channel: "workgroup" })).toEqual([]);
    // … and the reminder not to post residents' data is no P4.
    expect(claimed(text, "P4", { kind: "notice", channel: "workgroup" })).toEqual([]);
  });

  it("a 集赞 bait warned against to one's mother is no P9", () => {
    expect(claimed("妈，那个“转发集满50个赞送一桶油”的别转了，多半是骗人的。", "P9", { channel: "private" })).toEqual([]);
  });
});

describe("other causes found in rounds 46–47", () => {
  it("lunch asked round in a work group is off-topic (G2)", () => {
    expect(claimed("中午谁去食堂？听说今天有糖醋排骨[偷笑]", "G2", { channel: "workgroup" })).not.toEqual([]);
    expect(claimed("中午吃啥？谁跟我一起去吃面", "G2", { channel: "workgroup" })).not.toEqual([]);
    // The canteen's hours announced, or lunch asked in a family group, are no off-topic post.
    expect(claimed("各位同事：下周起食堂午餐时间调整为11:45—12:45。\n办公室 李红", "G2", { kind: "notice", channel: "workgroup" })).toEqual([]);
    expect(claimed("中午吃啥？谁跟我一起去吃面", "G2", { channel: "group" })).toEqual([]);
  });

  it("the day's report skipped as 没啥好报的 is G2 (GR1) in a work group", () => {
    expect(claimed("今天没啥好报的，明天一起报吧", "G2", { kind: "reply", channel: "workgroup" })).not.toEqual([]);
    // Outside a work group, or a report sent, it is nothing.
    expect(claimed("今天没啥好报的，明天一起报吧", "G2", { kind: "reply", channel: "group" })).toEqual([]);
  });
});
