/**
 * Checker v44 (decision 077): the causes found in the studied rounds 92–93 and the first everyday
 * rounds 96–97, each with our own messages (not fixture drafts). False alarms and red-line wrong
 * claims at v43: an order or a training point that forbids photographing 涉密文件 claimed as P5, a
 * purchase paid between friends (给我留两箱…钱转你了) as TJ3 by the model, a chain message discouraged
 * (别信…别往群里发) as P3, the unit's own match worked at (开幕…布置场地) as off-topic G2, a private
 * message shown (私信我的话截图) as P5 by the model, bait ruled out (不搞转发集赞) as P9 by the model;
 * a notice closed 特此说明 or 请大家遵照执行 claimed for its closing (R4), a reminder
 * opened 提醒： and a private request opened by a name (建华，…) for the address (R1), a sender who
 * names unit, role and name at the opening (我是…档案员李娜) for the signature (R5).
 * A red-line wrong claim: a gift with a project's support asked (项目还请您多多支持) as V3, now TJ3.
 */
import { describe, expect, it } from "vitest";
import { check, claimed, redline } from "./test-helpers";

describe("false alarms and red-line wrong claims at v43, gone in v44", () => {
  it("an order not to photograph a 涉密文件 is no P5", () => {
    const text = "@小王 马上撤回！涉密文件不能拍照上传，已经存了的同志立即删掉。周强";
    expect(claimed(text, "P5", { channel: "workgroup" })).toEqual([]);
  });

  it("a secrecy training point is no P5", () => {
    const text = "各位同事：今天保密培训要点和大家分享：\n1.涉密文件严禁拍照、扫描后通过微信、QQ传输；\n2.离开办公室电脑要锁屏。\n支部宣传委员 赵峰";
    expect(claimed(text, "P5", { channel: "workgroup", kind: "report" })).toEqual([]);
  });

  it("a purchase paid between friends is no TJ3", () => {
    expect(claimed("脐橙给我留三箱，地址发你了，钱转你微信了哈", "TJ3", { channel: "private" })).toEqual([]);
  });

  it("a chain message discouraged is no P3", () => {
    expect(claimed("三姨，这种转发保平安的别信哈，也别往群里发了", "P3", { channel: "group" })).toEqual([]);
  });

  it("a curse chain discouraged is no P3", () => {
    const text = "妈，这种“不转就倒霉”的都是骗点击的，别信也别转，要转发就转发点养生常识。";
    expect(claimed(text, "P3", { channel: "group", kind: "reply" })).toEqual([]);
  });

  it("the unit's own match worked at is no G2", () => {
    const text = "各位同事：周六上午气排球赛开幕，在家的同志八点前到体育馆帮忙布置场地。收到请回复，谢谢！";
    expect(claimed(text, "G2", { channel: "workgroup", kind: "notice" })).toEqual([]);
  });

  it("a private message shown as a screenshot is no P5", () => {
    const text = "刘哥，我把韩科刚才私信我的话截图转你了[截图]，你看她对你啥评价，别说是我给你的哈";
    expect(claimed(text, "P5", { channel: "private" })).toEqual([]);
  });

  it("bait ruled out is no P9", () => {
    const text = "各位志愿者：\n周六义诊说明一点：本次活动不搞转发集赞、不搞抽奖送礼，请大家不要在朋友圈发起类似内容。\n志愿者协会 王敏";
    expect(claimed(text, "P9", { channel: "group" })).toEqual([]);
  });
});

describe("form claims at v43 that the labels of all sets do not make, gone in v44", () => {
  it("特此说明 closes a notice", () => {
    const text = "各位同事：本人因岗位调整申请退出本群，工作交接已于昨天完成。特此说明。\n综合科 王强";
    expect(claimed(text, "R4", { channel: "workgroup", kind: "notice" })).toEqual([]);
  });

  it("请大家遵照执行 closes a notice", () => {
    const text = "各位同事：重申借阅规定：\n1.一律到档案科登记；\n2.只在阅览室查阅，不得带出。\n请大家遵照执行。\n档案科 韦红";
    expect(claimed(text, "R4", { channel: "workgroup", kind: "notice" })).toEqual([]);
  });

  it("a reminder opened 提醒： is addressed", () => {
    const text = "提醒：档案室明天上午暂停借阅，已预约的同志改到周四。办公室";
    expect(claimed(text, "R1", { channel: "workgroup", kind: "notice" })).toEqual([]);
  });

  it("a private request opened by a name is addressed", () => {
    expect(claimed("建华，下周二我请一天假，手头的报表周三补上，假条放办公室了", "R1", { channel: "private", kind: "request" })).toEqual([]);
  });

  it("a sender who names unit, role and name at the opening is signed", () => {
    const text = "王老师好，我是县人社局档案员李娜。想问一下，已经在OA里归档的文件还要打印纸质件吗？";
    expect(claimed(text, "R5", { channel: "workgroup", kind: "request" })).toEqual([]);
  });
});

describe("red lines claimed rightly in v44", () => {
  it("a gift with a project's support asked is TJ3, not V3", () => {
    const text = "李处，元旦快到了，给您发张500元的京东电子卡，一点心意，明年我们局的项目还请您多多支持";
    const found = check(text, { channel: "private" }).findings;
    expect(found.filter((f) => f.code === "V3")).toEqual([]);
    expect(redline(text, "TJ3", { channel: "private" })).not.toEqual([]);
  });

  it("a 涉密文件 photographed and sent is still P5", () => {
    expect(redline("这份涉密文件我拍照发你了，看完删掉[图片]", "P5", { channel: "private" })).not.toEqual([]);
  });

  it("votes still bought with 多多支持 are V3", () => {
    expect(redline("下周支部选举，多多支持我，每人发个200块红包", "V3", { channel: "group" })).not.toEqual([]);
  });
});
