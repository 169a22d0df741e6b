/**
 * Checker v89 (decision 124): rounds 274–277 studied. Four changes, each lowering a finding, no new rule, each where both readers
 * agree the draft is clean:
 *
 * 1. Material kept out of the group in a notice (2. 储备数量属内部资料，盘点结果不在群里发，纸质版签字后…报办公室, r274-061):
 *    GROUP_WITHHELD (不在群里发, 不在群里发送) leaves `secret-mark` and `secret-marked-document` alone in an official notice, voided by
 *    SENT_ANYWAY and PRIVATE_SEND (私下发, 单独发, 发你 …) anywhere in the message.
 * 2. A red-packet gambling group refused with a warning (…红包接龙那个群我就不进了，拿红包赌输赢是违纪的，也劝你别玩了, r274-096):
 *    劝你别 joins the RP2 model cue's clean words; the model's red line becomes a suggestion.
 * 3. A rumour's title in a rebuttal notice (关于网传"我县盐务执法人员收受红包"视频的情况说明, r274-111): RUMOUR_TITLE (关于网传)
 *    cancels `favour-money` in its own clause.
 * 4. 张 after a number is a measure word, not a surname (近期一寸白底照片2张到县政务服务中心, r277-004): no person 张到, so no P4.
 * The violations written for each stay flagged.
 */
import { describe, expect, it } from "vitest";
import { allRedlines, anyRedline, claimed } from "./test-helpers";

describe("material kept out of the group in a notice: no red line at v89 (r274-061 a P5 red line at v87 and v88)", () => {
  it.each([
    "各位同事：\n关于开展储备食盐库存盘点的通知。\n1. 盘点时间：12月15日至16日，地点：城关、河口两个储备库；\n2. 储备数量属内部资料，盘点结果不在群里发，纸质版签字后于12月17日前报办公室。\n收到请回复，谢谢！特此通知。\n县盐务管理局办公室 陈晓东",
    "各位同事：关于开展储备食盐库存盘点的通知。1. 储备数量属内部资料，盘点结果不在群里发，纸质版签字后报办公室。特此通知。",
  ])("%s", (text) => {
    expect(allRedlines(text, { channel: "workgroup", kind: "notice" })).toEqual([]);
  });
});

describe("internal material sent privately, spelled out, or outside a notice stays a P5 red line", () => {
  it.each([
    "储备数量属内部资料，盘点结果不在群里发，我私下发你",
    "这份内部资料不在群里发。我单独发你看看",
    "内部资料不在群里发，我拍给你[图片]",
    "那份内部文件不在群里发，考察名单我私聊你",
    "内部资料不在群里发，稽查名单我发你了",
    "储备数量属内部资料，不在群里发，简单说下：城关库存300吨，河口200吨",
    "盘点结果不在群里发。另外，明天突击检查的点位是城关和河口，别外传",
  ])("%s", (text) => {
    expect(anyRedline(text, "P5", "private")).not.toEqual([]);
  });
  it.each([
    "各位同事：储备数量属内部资料，盘点结果不在群里发，我私下发各组长。特此通知。",
    "各位同事：储备数量属内部资料，不在群里发，我单独发你看看。特此通知。",
    "各位同事：储备数量属内部资料，不在群里发[图片]。特此通知。",
  ])("in a notice too: %s", (text) => {
    expect(anyRedline(text, "P5", { channel: "workgroup", kind: "notice" })).not.toEqual([]);
  });
});

describe("a red-packet gambling group refused with a warning: no red line at v89 (r274-096 an RP2 red line at v87 and v88)", () => {
  it("老刘：谢谢邀请，红包接龙那个群我就不进了，拿红包赌输赢是违纪的，也劝你别玩了。⏎王海涛", () => {
    const text = "老刘：谢谢邀请，红包接龙那个群我就不进了，拿红包赌输赢是违纪的，也劝你别玩了。\n王海涛";
    expect(allRedlines(text, { channel: "private", kind: "reply" })).toEqual([]);
  });
  it.each([
    "我劝你别去那个群，今晚咱俩私下红包接龙，一把200，最小的发下一轮",
    "劝你别在大群玩，来我们小群，红包接龙一把100，手气最差的发下一轮",
    "劝你别声张，今晚红包接龙老规矩，输了的转账给我",
    "劝你别告诉老王，今晚还是老规矩，手气最差的发下一轮",
    "我劝你别光看，今晚接龙你也来，扫雷一包50",
    "红包接龙那个群我就不进了，你帮我押五十块，赢了分你一半",
  ])("gambling stays an RP2 red line: %s", (text) => {
    expect(anyRedline(text, "RP2", "workgroup")).not.toEqual([]);
  });
});

describe("a rumour's title in a rebuttal notice: no red line at v89 (r274-111 a TJ3 red line at v87 and v88)", () => {
  it('各位同事：⏎关于网传"我县盐务执法人员收受红包"视频的情况说明。…', () => {
    const text =
      '各位同事：\n关于网传"我县盐务执法人员收受红包"视频的情况说明。\n1. 经核实，该视频系外省2019年旧闻，与我县无关；\n2. 请大家不转发、不评论，遇到询问如实说明。\n收到请回复，谢谢！特此通知。\n县盐务管理局办公室 陈晓东';
    expect(allRedlines(text, { channel: "workgroup", kind: "notice" })).toEqual([]);
  });
  it.each([
    "关于网传的那个事，你放心。刘老板的红包我收了，执法那边我打过招呼",
    "关于网传视频的事别担心，刘老板，红包收到了，执法检查时关照你",
    "刘老板，关于网传执法人员收红包的事别慌，你的红包我收到了，下周检查放心",
  ])("a packet taken stays a TJ3 red line: %s", (text) => {
    expect(anyRedline(text, "TJ3", "private")).not.toEqual([]);
  });
  it("in a notice too: 各位同事：关于网传视频的情况说明。另外，商户送的红包我收了…", () => {
    const text = "各位同事：关于网传视频的情况说明。另外，商户送的红包我收了，执法检查时大家关照一下。特此通知。";
    expect(anyRedline(text, "TJ3", { channel: "workgroup", kind: "notice" })).not.toEqual([]);
  });
});

describe("张 after a number is a measure word: no P4 at v89 (r277-004 P4 at v87 and v88)", () => {
  it("…本人携带原证、身份证、近期一寸白底照片2张到县政务服务中心残联窗口办理…", () => {
    const text =
      "各乡镇（街道）残联专职委员：现就2026年度到期残疾人证换领工作通知如下。\n1. 证件有效期至2026年12月31日前到期的持证人，请于12月25日前完成换领；\n2. 本人携带原证、身份证、近期一寸白底照片2张到县政务服务中心残联窗口办理；\n3. 行动不便的重度残疾人，由专职委员汇总后报窗口，安排上门服务；\n4. 各乡镇到期名单已通过内网邮箱下发，请逐人电话通知到位。\n特此通知。\n青禾县残联证件管理窗口\n2026年12月8日";
    expect(claimed(text, "P4", { channel: "workgroup", kind: "notice" })).toEqual([]);
  });
  it.each([
    "王芳的身份证照片2张发群里了，她上个月刚离婚，家里欠了一屁股债",
    "老李的病历照片3张我发群里了，他得的是抑郁症，大家别外传",
    "李娟身份证号330102199001011234，照片2张到时候我转给你们",
  ])("another's privacy stays P4: %s", (text) => {
    expect(claimed(text, "P4", "workgroup")).not.toEqual([]);
  });
});
