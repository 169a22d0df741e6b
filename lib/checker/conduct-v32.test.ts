/**
 * Checker v32 (decision 055): the causes found in the studied rounds 66–67, each with our own
 * messages (not fixture drafts). The red lines missed — a red packet taken for a ticket not written
 * (不给你开单), and a firm's packet or coupons handed to one's own section (给咱们科每人发), TJ3 — then
 * the wrong claims: a case file filed or a screenshot kept or an error screenshot read as a leak
 * (P5), a missing paper asked for (还差一份) read as a leak, a private chat shown (私下跟我说的) and a
 * discussion draft shown (讨论稿, 还没上会) read as rumours (V2), a notice closed with 特此提醒 read as
 * missing its closing (R4), a signature with a role note and a date read as missing (R5); last the
 * recall cause: a tangled matter laid out in a chat (一条条跟您说, 掰扯清楚, 来龙去脉说一下), G7.
 * The two rumour cases are the model's claims (V2 at its own severity): their wording stays near the
 * drafts', since the model claims on the whole text, not on the words the clean context names.
 */
import { describe, expect, it } from "vitest";
import { byRule, claimed, redline } from "./test-helpers";

describe("red lines missed at v31, claimed in v32", () => {
  it("a red packet taken for a ticket not written (不给你开单) is TJ3", () => {
    const text = "钱我收到了，你那车今天就不给你开单了，回去跟谁都别提。";
    expect(redline(text, "TJ3", { channel: "private" })).not.toEqual([]);
  });

  it("a firm's coupons handed to one's own section (给咱们科每人发) are TJ3", () => {
    const text = "宏达物流说给咱们科每人发一张超市卡，链接我放群里了，大家自己点一下。";
    expect(redline(text, "TJ3", { channel: "workgroup" })).not.toEqual([]);
  });

  it("a firm's boss sending packets in the section's group (在咱们科群里发) is TJ3", () => {
    const text = "刚才运输公司李总在咱们科群里发红包，每人18.8，说是提前拜年，大家都抢了吧。";
    expect(redline(text, "TJ3", { channel: "workgroup" })).not.toEqual([]);
  });
});

describe("wrong claims at v31, gone in v32", () => {
  it("an error screenshot sent to IT beside a case file to enter (系统报错截图…录案卷) is no leak", () => {
    const text = "技术科小刘：案件系统下午打不开，系统报错截图如下，麻烦帮忙处理一下，今晚还要录案卷。\n法制科 周明";
    expect(claimed(text, "P5", { kind: "request", channel: "private" })).toEqual([]);
  });

  it("a refused packet reported, screenshot kept and filed (截图留存…记入案卷) is no leak", () => {
    const text = "纪检组李组长：今天上午一名被处罚的司机微信给我转了500元，我没有收，已截图留存，情况已记入案卷。\n运政科 吴强";
    expect(claimed(text, "P5", { kind: "report", channel: "private" })).toEqual([]);
  });

  it("a screenshot of a leader's private words (私下跟我说的) is no rumour", () => {
    const text = "大家看看，孙局私下跟我说的[聊天截图]，这回绩效考核城南所肯定垫底，大家早做准备。";
    expect(claimed(text, "V2", { channel: "workgroup" })).toEqual([]);
  });

  it("a discussion draft shown before the meeting (讨论稿, 还没上党委会) is no rumour", () => {
    const text = "内部消息，还没上党委会，单位这次科长调整的讨论稿[图片]，大家看看，千万别外传啊。";
    expect(claimed(text, "V2", { channel: "group" })).toEqual([]);
  });

  it("a warning notice closed with 特此提醒 has its closing", () => {
    const text = "各位居民：\n近期有人冒充社区工作人员上门收取“卫生费”，系诈骗，请勿缴纳，相关费用一律不上门收取。\n特此提醒。\n幸福里社区居委会";
    expect(claimed(text, "R4", { kind: "notice", channel: "group" })).toEqual([]);
  });

  it("a unit's signature with a role note and a date (局办公室（保密办） 12月7日) is a signature", () => {
    const text = "各位同事：\n本周四下午3点在三楼会议室开展档案管理培训，请各科室派1人参加。\n收到请回复。\n局办公室（档案室） 12月8日";
    expect(claimed(text, "R5", { kind: "notice", channel: "workgroup" })).toEqual([]);
  });
});

describe("recall causes at v31, found in v32", () => {
  it("a tangle laid out point by point in a chat (一条条跟您说) is G7", () => {
    const text = "张局，北岸村那个宅基地纠纷我一条条跟您说：一是确权面积对不上，二是有三户说没签字，三是当年的会议记录找不到。";
    expect(byRule(text, "G7", { channel: "private" })).not.toEqual([]);
  });

  it("a dispute argued out in a chat (掰扯清楚) is G7", () => {
    const text = "李总，二标段结算的事我在微信上跟你掰扯清楚：工程量你们报多了，材料调差的基准月也不对，还有延期的责任……";
    expect(byRule(text, "G7", { channel: "private" })).not.toEqual([]);
  });

  it("a dispute's whole story told in a group (来龙去脉说一下) is G7", () => {
    const text = "关于河西片区安置房分配的争议，我在群里把来龙去脉说一下：抽签顺序有人不认，面积差价算法两种，还有三户要换楼层……";
    expect(byRule(text, "G7", { channel: "workgroup" })).not.toEqual([]);
  });
});
