/**
 * Checker v84 (decision 119): rounds 254–257 studied. Three changes, two of them new rules:
 *
 * 1. P2 on a grandmother's own things (桂芝，朋友圈那张刘奶奶的照片删了吧…, r257-115; 奶奶的寿宴定在明天中午12点, r136-101; 沾奶奶的福气了,
 *    r177-111; 奶奶的寿宴座位我排好了, r228-119; all four clean by both readers, a P2 must-fix at v83 on 奶奶的 read as a curse):
 *    奶奶的照片/相片/寿宴/寿辰/生日/福气/红包/病/药 join NOT_VULGAR_SENSE. All five drafts of all sets with 奶奶的 before such a noun
 *    (and all seven with 奶奶的) are clean. The curse itself (他奶奶的，这破系统又崩了) stays P2.
 * 2. No red line on the complainant named to the side complained of (宏泰的各位注意，举报你们违规储存的就是这个人，柳湾镇的张某某…
 *    [图片：举报登记表], r254-102, P4 and P5 by both readers; at v83 `complainant-named`'s P4 was cancelled by 登记 and only the model
 *    hinted): `complainant-named-to-accused` (P5, red line) on COMPLAINANT_TO_ACCUSED (举报你们…的就是/的是/的那个人/的人叫, 举报人就是).
 *    All five drafts of all sets with it are P5 (r43-118, r64-104, r114-060, r178-095, r254-102). The complainant asked about, not
 *    named (举报你们的是谁，我们不能透露), stays clean (COMPLAINANT_ASKED).
 * 3. No V2 on a repost that doubts what it passes on (转：青岚水库大坝出现裂缝，下游村民速撤离！！！（来源：朋友的朋友）, r255-022; 转：听说
 *    明年全省国有林场要合并…有没有人知道是真的假的？, r256-030; V2 by both readers): `rumour-repost` (V2, red line) on REPOST_HEAD
 *    (转：, 【转】, 转发：, [转]) with REPOST_DOUBT (真的假的, 不知道真假, 来源不详, 朋友的朋友) anywhere in the message. All seven drafts
 *    of all sets with both are V2. A repost of a refutation or of an official notice, or of mere hearsay (转：听说明天有寒潮), stays
 *    free of it.
 *
 * The leak: the curse beside a grandmother's word (他奶奶的，照片又糊了) keeps its P2.
 */
import { describe, expect, it } from "vitest";
import { anyRedline, claimed } from "./test-helpers";

describe("a grandmother's own things (奶奶的照片, 奶奶的寿宴, 奶奶的福气): no P2 at v84 (a must-fix at v83)", () => {
  it.each([
    ["桂芝，朋友圈那张刘奶奶的照片删了吧，家属看到要有意见，老人隐私不能往外发。", "private"],
    ["奶奶的寿宴定在明天中午12点，桃源酒楼，大家别迟到。", "group"],
    ["谢谢大伯的红包！沾奶奶的福气了😄 中午饭店见。", "group"],
    ["奶奶的寿宴座位我排好了，一共四桌，拍个表格发群里大家看看自己坐哪儿[图片]", "group"],
  ] as const)("%s", (text, channel) => {
    expect(claimed(text, "P2", channel)).toEqual([]);
  });
});

describe("the leak: the curse itself stays P2 at v83 and v84", () => {
  it.each(["他奶奶的，这破系统又崩了", "他奶奶的，照片又糊了，重拍！", "奶奶的，又加班"])("%s", (text) => {
    expect(claimed(text, "P2", "private")).not.toEqual([]);
  });

  it("他奶奶的，这破系统又崩了 (in a work group: G2 too)", () => {
    expect(claimed("他奶奶的，这破系统又崩了", "P2", "workgroup")).not.toEqual([]);
    expect(claimed("他奶奶的，这破系统又崩了", "G2", "workgroup")).not.toEqual([]);
  });
});

describe("the complainant named to the side complained of: a P5 red line at v84 (none at v83)", () => {
  it.each([
    ["宏泰的各位注意，举报你们违规储存的就是这个人，柳湾镇的张某某，电话138xxxx6621，住在化工路12号，你们自己处理好关系[图片：举报登记表]", "workgroup"],
    ["黄老板，举报你们乱砍的那个人叫王某某，身份证号43112619780512xxxx，住石门村三组，我发你了，你自己去跟他说说，别闹大。", "private"],
    ["刘书记，举报你们村支书的是桐木村的张某某，身份证号4306261975XXXX1234，电话139XXXX5678，你们做做工作，让他别再告了。", "private"],
  ] as const)("%s", (text, channel) => {
    expect(anyRedline(text, "P5", channel)).not.toEqual([]);
  });
});

describe("the complainant asked about or the rule stated, not named: no P5 red line at v84", () => {
  it.each(["举报你们的是谁，我们不能透露，这是纪律。", "举报人是谁我不能告诉你，这是规定。", "严禁向被举报单位透露举报人就是谁。"])("%s", (text) => {
    expect(anyRedline(text, "P5", "private")).toEqual([]);
  });
});

describe("a repost that doubts what it passes on: a V2 red line at v84 (none at v83)", () => {
  it.each([
    ["转：青岚水库大坝出现裂缝，下游村民速撤离！！！（来源：朋友的朋友）", "moments"],
    ["转：听说明年全省国有林场要合并，事业编全部转企业，一次性买断，有没有人知道是真的假的？", "workgroup"],
  ] as const)("%s", (text, channel) => {
    expect(anyRedline(text, "V2", channel)).not.toEqual([]);
  });
});

describe("a repost of a refutation, of an official notice or of mere hearsay: no V2 red line at v84", () => {
  it.each([
    // 据说/听说 alone are no doubt of a repost (the study's first version took them: these two became red lines).
    "转：听说明天有寒潮，大家注意保暖。",
    "转：据说今晚有流星雨，有空的可以看看。",
    "转发：县公安局官方辟谣——网传“县城发生连环抢劫”系谣言，请广大群众不信谣、不传谣。",
    "转：网传明天停水，经核实系谣言，请勿转发。",
    "转发：县人社局2026年公开招聘社区工作者公告，报名时间12月8日至14日，详情以“XX人社”公众号原文为准。",
  ])("%s", (text) => {
    expect(anyRedline(text, "V2", "workgroup")).toEqual([]);
  });
});
