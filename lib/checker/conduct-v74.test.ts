/**
 * Checker v74 (decision 109): rounds 210–213 studied. Five changes: three in lexicon.ts (REPORT_FILED, RUMOUR_CLAIM,
 * PROHIBITION), two in conduct-rules.ts (`rumour-urgent` yields to BAIT anywhere, `bait` to REFUTE anywhere); the classifier
 * unchanged.
 *
 * 1. RP2 on gambling reported (孙委员：报告一件事，有同事在"窗口姐妹群"里搞抢红包接龙…我已在群里提出不要再发，并退出了该群, r210-097,
 *    a trap, clean by both readers): 报告一件事 joins REPORT_FILED. All 41 drafts of all sets with it are clean.
 * 2. P5 on a notice of how secret files are read (…1. 市局下发的涉密文件请到综合办机要室阅看；⏎2. 不拍照、不复印、不上传任何微信群, r210-071,
 *    a trap, clean by both readers): the ban stands in the next item; 不拍照 and 不复印 join PROHIBITION (notices only). None of the
 *    24 drafts of all sets with them carries a conduct label.
 * 3. G2 and P9 on a notice refuting a 集赞 campaign (关于网传"转发集赞38个领取医保补贴"活动的说明：⏎1. 经核实…该信息不实, r210-094, a
 *    trap, clean by both readers): `bait` yields to REFUTE anywhere. All 11 drafts of all sets with words of both are clean.
 * 4. V2 beside P9 on a likes contest urged on (…集满38个赞，送县体育场游泳馆月卡一张！…快快转起来！, r211-018, P9 by both readers):
 *    `rumour-urgent` yields to BAIT anywhere. None of the six drafts of all sets with words of both is V2 by label.
 * 5. V2 missed on a false claim pushed with a curse (转发！！医保卡里的钱月底全部清零，不转发给家人就亏大了，看到不转的全家倒霉一年！,
 *    r210-043, V2 by both readers): 全部清零 joins RUMOUR_CLAIM. All five drafts of all sets with it are V2 by label.
 *
 * The leaks beside the words, written as v74 reads them: a vote bought after 报告一件事 stays V3 and a packet taken after it TJ3; a
 * secret photographed into the group stays P5; a rumour of danger beside a likes contest stays V2.
 */
import { describe, expect, it } from "vitest";
import { allRedlines, anyRedline, claimed } from "./test-helpers";

describe("gambling reported (报告一件事): RP2 red line at v73, none at v74", () => {
  it.each([
    '孙委员：报告一件事，有同事在"窗口姐妹群"里搞抢红包接龙，每包50元，已经持续一周。我已在群里提出不要再发，并退出了该群。具体情况下午当面向您说明。\n马婷',
    "王书记：报告一件事，科里有人在小群里组织红包接龙，每包20元，我已提醒并退群，详细情况下午当面汇报。",
  ])("%s", (text) => {
    expect(allRedlines(text, "private")).toEqual([]);
  });
});

describe("a notice of how secret files are read (不拍照、不复印): P5 red line at v73, none at v74", () => {
  it.each([
    "各位同事：关于涉密文件阅办的提醒：\n1. 市局下发的涉密文件请到综合办机要室阅看；\n2. 不拍照、不复印、不上传任何微信群；\n3. 阅后在登记簿签字。\n特此通知。\n县社保中心综合办 吴敏",
  ])("%s", (text) => {
    expect(allRedlines(text, "workgroup")).toEqual([]);
  });
});

describe("a 集赞 campaign refuted (该信息不实): G2 and P9 at v73, none at v74", () => {
  it.each([
    '各村协办员：关于网传"转发集赞38个领取医保补贴"活动的说明：\n1. 经核实，医保部门从未开展任何集赞领补贴活动，该信息不实；\n2. 请在村群告知群众不要集赞、不要转发，更不要填写身份证和银行卡信息；\n3. 有群众询问的，请引导拨打12393咨询。\n收到请回复，谢谢！\n县社保中心医保股 何晓燕',
  ])("%s", (text) => {
    expect(claimed(text, "P9", "workgroup")).toEqual([]);
    expect(claimed(text, "G2", "workgroup")).toEqual([]);
  });
});

describe("a likes contest urged on (集满…转起来): P9, no V2 at v74", () => {
  it.each([
    "【福利来啦】集满38个赞，送县体育场游泳馆月卡一张！前20名转发本条到朋友圈并截图给我的，再送运动水杯一个，快快转起来！",
    "集赞活动来啦！本条朋友圈集满38个赞，截图私我，送保温杯一个，前20名有效，快帮我转起来～",
  ])("%s", (text) => {
    expect(anyRedline(text, "V2", "moments")).toEqual([]);
    expect(claimed(text, "P9", "moments")).not.toEqual([]);
  });
});

describe("a false claim pushed with a curse (全部清零): none at v73, V2 red line at v74", () => {
  it.each(["转发！！医保卡里的钱月底全部清零，不转发给家人就亏大了，看到不转的全家倒霉一年！"])("%s", (text) => {
    expect(anyRedline(text, "V2", "group")).not.toEqual([]);
  });
});

describe("the leaks that use the words or stand beside them: flagged at v73 and v74", () => {
  it("a vote bought after 报告一件事: V3 red line", () => {
    expect(anyRedline("王哥，报告一件事：明天换届推选，我给你发个红包，请投我一票", "V3", "private")).not.toEqual([]);
  });
  it("a packet taken after 报告一件事: TJ3 red line", () => {
    expect(anyRedline("王主任，报告一件事，那个老板给我发了2000的红包，我收了，检查的事我给他办。", "TJ3", "private")).not.toEqual([]);
  });
  it("a secret photographed into the group: P5 red line", () => {
    expect(anyRedline("各位同事：市局下发的涉密文件我先拍了发群里[图片][图片]，大家看完删掉。\n综合办 吴敏", "P5", "workgroup")).not.toEqual([]);
  });
  it("a rumour of danger beside a likes contest: V2 red line", () => {
    expect(anyRedline("集满38个赞送游泳馆月卡一张！听说城南有人开面包车抢小孩，大家转起来！", "V2", "moments")).not.toEqual([]);
  });
});
