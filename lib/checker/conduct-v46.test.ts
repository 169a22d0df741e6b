/**
 * Checker v46 (decision 081): the causes found in the studied rounds 104–105 and the everyday rounds
 * 102–103, each with our own messages (not fixture drafts). Red lines on clean messages at v45: a draft
 * sent up for review (讲话稿我下午拟好发您审) claimed as P5, canvassing reported to the discipline organ
 * (现反映一条线索…投他一票…请核查) as V3, a self-check item (工作群是否上传涉密文件) as P5, thanks for gifts not
 * given (不用给老师们发红包，大家心意都领了) as TJ3. Other false alarms: a federation's programme (残疾人口基础数据)
 * as P4, a packet refused and reported with its screenshot (现报告一项情况) as G1. Red-line wrong claims: a
 * shop's sale (全场八折，满200再送大礼包) as TJ3, a dirty video's 别外传 (太污了) as P5. Each counter-case — the
 * sender admits the rule or uses the same words and breaks it anyway — stays caught.
 */
import { describe, expect, it } from "vitest";
import { anyRedline, claimed, redline } from "./test-helpers";

describe("false alarms and red-line wrong claims at v45, gone in v46", () => {
  it("a speech drafted and sent up for review is no P5", () => {
    expect(anyRedline("收到，讲话稿我下午拟好发您审。", "P5", { channel: "private", kind: "reply" })).toEqual([]);
    const text = "周主任，年终总结初稿我今晚拟好发您审，明早再改。小陈";
    expect(anyRedline(text, "P5", { channel: "private", kind: "request" })).toEqual([]);
  });

  it("canvassing reported to the discipline organ is no V3", () => {
    const text =
      "机关纪委：现反映一条线索。12月5日晚，某科室一名同志在支部微信群以“请大家吃饭”为名发红包，并请大家在支部换届中投他一票，截图已保存。请核查。\n综合科 张敏";
    expect(anyRedline(text, "V3", { channel: "private", kind: "report" })).toEqual([]);
  });

  it("a packet refused and reported with its screenshot is no G1", () => {
    const text = "驻局纪检组刘组长：您好！现报告一项情况：昨晚一名供货商给我发了微信红包（800元），我当即退回，并留存聊天截图备查，截图附后。\n物资科 郑伟";
    expect(claimed(text, "G1", { channel: "private", kind: "report" })).toEqual([]);
  });

  it("a self-check item on uploads to work groups is no P5", () => {
    const text =
      "各位同事：本月开展保密自查，请对照检查：\n1.办公电脑是否接入互联网；\n2.工作微信群是否上传涉密文件、图片；\n3.涉密载体是否登记台账。\n特此通知。收到请回复，谢谢！\n办公室";
    expect(anyRedline(text, "P5", { channel: "workgroup", kind: "notice" })).toEqual([]);
  });

  it("a disabled persons' federation's programme is no P4", () => {
    const text = "各位同事：\n本周一上午9点开周例会，重点说一下残疾人口基础数据动态更新进度，请准时参加。\n收到请回复，谢谢！\n县残联办公室 王芳";
    expect(claimed(text, "P4", { channel: "workgroup", kind: "notice" })).toEqual([]);
  });

  it("thanks for gifts not given is no TJ3", () => {
    const text = "李老师：中秋不用给老师们发红包，大家心意都领了，孩子们学得好就是最好的礼物。——少年宫 刘洁";
    expect(anyRedline(text, "TJ3", { channel: "private", kind: "reply" })).toEqual([]);
  });

  it("a shop's sale posted to the group is no TJ3 (it is an advert)", () => {
    const text = "各位同事，我姐开的服装店周年庆，全场八折，满200再送大礼包，链接在下面，帮忙转发下，谢谢大家捧场！";
    expect(anyRedline(text, "TJ3", { channel: "workgroup" })).toEqual([]);
  });

  it("a dirty video's 别外传 is no P5", () => {
    expect(redline("这段视频太污了哈哈哈，男同志自己看，别外传[视频]", "P5", { channel: "group" })).toEqual([]);
  });
});

describe("the sender admits the rule or uses the same words and breaks it anyway: still caught in v46", () => {
  it("a packet for a vote sent with 现反映一条线索 is still V3", () => {
    const text = "王哥，我知道拉票不对，现反映一条线索：明天换届推选，我给你发个红包，请投我一票。";
    expect(redline(text, "V3", { channel: "private" })).not.toEqual([]);
  });

  it("an unpublished list photographed and sent up for review is still P5", () => {
    const text = "我知道没公布的不能发，但这次急用，还没公布的干部调整名单我拍了发您审[图片]，千万别外传。";
    expect(anyRedline(text, "P5", { channel: "private" })).not.toEqual([]);
  });

  it("a secret file posted to the group, asked 是否上传成功, is still P5", () => {
    const text = "我知道涉密文件不能发群里，但这次急，涉密文件我先传群里了，你们看下是否上传成功[文件]";
    expect(anyRedline(text, "P5", { channel: "workgroup" })).not.toEqual([]);
  });

  it("a packet kept after 心意都领了 is still TJ3", () => {
    const text = "张总，我知道这样不合规矩，但大家心意都领了，卡我先收着，项目审批的事您放心。";
    expect(anyRedline(text, "TJ3", { channel: "private" })).not.toEqual([]);
  });

  it("a shop's gift set kept for an official beside a favour is still TJ3", () => {
    const text = "王局，我知道不该送，店里周年庆，大礼包给您留了一份，项目审批的事还请帮忙多关照。";
    expect(redline(text, "TJ3", { channel: "private" })).not.toEqual([]);
  });

  it("internal material sent beside a 太污 joke is still P5", () => {
    const text = "我知道内部材料不能外传，但这次急用，局里的内部材料我拍了发你，这稿子写得太污了，别外传[图片]";
    expect(redline(text, "P5", { channel: "private" })).not.toEqual([]);
  });

  it("a person's disability and ID number posted for the 残疾人日 are still P4", () => {
    const text = "我知道不该发，但残疾人日活动要用，张桂兰 412723195803124426 精神残疾二级，先发群里大家认一下。";
    expect(claimed(text, "P4", { channel: "workgroup" })).not.toEqual([]);
  });
});
