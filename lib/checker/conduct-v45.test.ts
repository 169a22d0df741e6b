/**
 * Checker v45 (decision 078): the causes found in the studied rounds 94–95 and the everyday rounds
 * 98–99, each with our own messages (not fixture drafts). Red lines on clean messages at v44: an order
 * to take a post down (朋友圈那张…照片马上删掉，…必须保密) claimed as P5, the unit's own payment of experts'
 * fees (劳务费…统一发放) as TJ3. Other false alarms: a refusal to post ID numbers (身份证号发群里不太合适) as
 * P4, a thanks (辛苦马委员, 好，辛苦) as an address left alone (G4), a ban on posting ID photos as P4 by the
 * model, misconduct reported to the organ (现向您反映一起…情况…请组织核实) as V3, RP2 or G1, a dirty joke's
 * 看完赶紧删 as P5. Each counter-case — the sender admits the rule and breaks it anyway — stays caught.
 */
import { describe, expect, it } from "vitest";
import { anyRedline, check, claimed, redline } from "./test-helpers";

describe("false alarms and red-line wrong claims at v44, gone in v45", () => {
  it("an order to delete a photo from 朋友圈 is no P5", () => {
    const text = "朋友圈那张评审室的照片马上删掉，评审期间专家信息必须保密，明早来我办公室。";
    expect(claimed(text, "P5", { channel: "private", kind: "request" })).toEqual([]);
  });

  it("the unit's payment of experts' fees is no TJ3", () => {
    const text = "各位同事：市财政局通知，12月评审专家劳务费于本月20日前统一发放，请把签字确认单原件交办公室。李敏";
    expect(claimed(text, "TJ3", { channel: "workgroup", kind: "notice" })).toEqual([]);
  });

  it("a list of the fees paid by the unit is no TJ3", () => {
    const text = "财务的同志请核对一下：12月评标专家劳务费发放明细，今天下班前报财政局。李敏";
    expect(claimed(text, "TJ3", { channel: "workgroup", kind: "request" })).toEqual([]);
  });

  it("a refusal to post ID numbers in the group is no P4", () => {
    const text = "张科长，身份证号发群里不合适，我整理成表格单独发您邮箱。东关街道 孙磊";
    expect(claimed(text, "P4", { channel: "workgroup", kind: "reply" })).toEqual([]);
  });

  it("a thanks in the group is no G4", () => {
    expect(claimed("辛苦李主任", "G4", { channel: "workgroup", kind: "reply" })).toEqual([]);
    expect(claimed("好的，辛苦。", "G4", { channel: "workgroup", kind: "reply" })).toEqual([]);
  });

  it("a ban on posting ID photos in any group is no P4", () => {
    const text = "小张：客户的身份证照片不要转到任何群里，涉及个人隐私，直接存到业务系统里就行。";
    expect(claimed(text, "P4", { channel: "private", kind: "reply" })).toEqual([]);
  });

  it("vote-buying reported to the Party secretary is no V3", () => {
    const text = "周书记您好：现向您反映一起拉票情况。\n1. 12月3日晚，某同志在职工群发红包，请大家在推选中“支持一下”；\n2. 请组织核实。\n机关支部组织委员 陈静";
    expect(redline(text, "V3", { channel: "private", kind: "report" })).toEqual([]);
  });

  it("packet gambling reported to the Party secretary is no RP2", () => {
    const text = "李书记：向您反映一个情况。我发现“车队兄弟群”有人组织微信红包接龙赌博，涉及两名职工，建议支部约谈提醒。\n办公室 赵亮";
    expect(redline(text, "RP2", { channel: "private", kind: "report" })).toEqual([]);
  });

  it("a transfer refused and reported with its screenshot is no G1", () => {
    const text = "驻局纪检组刘组长：报告一个情况。今天上午，供货商王某通过微信向我转账3000元，我未接收，已退回，聊天记录截图附后。请组织掌握。\n物资科 郑伟";
    expect(claimed(text, "G1", { channel: "private", kind: "report" })).toEqual([]);
  });

  it("a dirty joke's 看完赶紧删 is no P5", () => {
    const text = "[图片：低俗漫画] 哈哈哈太黄了，兄弟们看完赶紧删😏";
    expect(redline(text, "P5", { channel: "group" })).toEqual([]);
  });
});

describe("the sender admits the rule and breaks it anyway: still caught in v45", () => {
  it("a photo of the experts' list sent with 看完马上删掉 is still P5", () => {
    const text = "我知道不能发朋友圈，但这次急用，评标室专家名单的照片我拍了发你，看完马上删掉。";
    expect(anyRedline(text, "P5", { channel: "private" })).not.toEqual([]);
  });

  it("a fee paid for a favour beside the unit's payment is still TJ3", () => {
    const text = "张总，这次评审您多关照，2000块劳务费我先转您，正式的统一发放另算。";
    expect(redline(text, "TJ3", { channel: "private" })).not.toEqual([]);
  });

  it("ID numbers posted after calling it improper are still P4", () => {
    const text = "王科长，身份证号发群里不太合适，但急用，我先发群里了。城关镇 杜伟";
    expect(claimed(text, "P4", { channel: "workgroup", kind: "reply" })).not.toEqual([]);
  });

  it("votes bought with a 反映一个情况 to a friend are still V3", () => {
    const text = "王哥，跟你反映一个情况，明天推选我也在名单上，红包发你了，请多支持，我知道不合规矩，别声张。";
    expect(redline(text, "V3", { channel: "private" })).not.toEqual([]);
  });

  it("internal material sent with 看完赶紧删 is still P5", () => {
    const text = "我知道内部材料不能往外发，但这次急用，局里的讨论稿我拍了发你[图片]，看完赶紧删。";
    expect(redline(text, "P5", { channel: "private" })).not.toEqual([]);
  });

  it("ID photos posted by one who knows the ban are still P4", () => {
    const text = "小邱：我知道身份证照片不要转到任何群里，但这次急，零售户的身份证照片我先发群里了，大家核一下。";
    expect(claimed(text, "P4", { channel: "workgroup" })).not.toEqual([]);
  });

  it("a thanks followed by ID numbers posted is still P4", () => {
    expect(check("辛苦王主任，材料里的身份证号我先发群里了，大家核一下。", { channel: "workgroup", kind: "reply" }).findings.some((f) => f.code === "P4")).toBe(
      true,
    );
  });
});

// Found by the lead reading everyday round 100 after its first score: 给妈的 cut as 给|妈的 read as a curse (P2).
describe("a family packet for Mum is no curse", () => {
  it("红包是给妈的 is no P2; 妈的 said in anger still is", () => {
    expect(claimed("红包是给妈的，你们几个小的别抢哈😄", "P2", { channel: "group" })).toEqual([]);
    expect(claimed("妈的，这破系统又崩了，谁来修一下", "P2", { channel: "workgroup" })).not.toEqual([]);
  });
});
