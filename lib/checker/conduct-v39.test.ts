/**
 * Checker v39 (decision 069): the causes found in the studied rounds 80–81, each with our own
 * messages (not fixture drafts). One is a red line missed or only suggested at v38: WeChat's
 * [已收款 …] mark on its own line, the favour two sentences on (TJ3); two V2 only suggested: a message
 * tagged 【扩散】, a message from another group passed on (别的群转来的). The others are false alarms at
 * v38: a notice that forbids photos (请勿拍照, 会后统一收回) and a face blurred (打码) claimed by the
 * model as a work secret (P5); a rumour refuted (该说法不实) claimed as a network (TJ1) and, in a work
 * group, as off-topic (G2).
 */
import { describe, expect, it } from "vitest";
import { claimed, redline } from "./test-helpers";

describe("red lines missed or only suggested at v38, claimed in v39", () => {
  it("[已收款 ¥…] on its own line, a favour two sentences on, is TJ3", () => {
    const text = "[已收款 ¥800]\n刘老板客气了。你那个店的年检我跟科里打过招呼了，下周直接来拿。";
    expect(redline(text, "TJ3", { channel: "private" })).not.toEqual([]);
  });

  it("[已领取 红包 ¥…] on its own line, a favour two sentences on, is TJ3", () => {
    const text = "[已领取 红包 ¥300]\n谢啦赵总。你们公司那个项目验收我帮你盯着，放心。";
    expect(redline(text, "TJ3", { channel: "private" })).not.toEqual([]);
  });
});

describe("V2 only suggested at v38, claimed in v39", () => {
  it("a message tagged 【扩散】 is V2", () => {
    expect(redline("【扩散】青龙山景区下周起门票全免！转发到3个群就能领免费票，不转的下次去收双倍！", "V2", { channel: "group" })).not.toEqual([]);
    expect(redline("【扩散】东湖公园下月起停车全免，大家周末都去！", "V2", { channel: "group" })).not.toEqual([]);
  });

  it("what another group passed on (别的群转来的) is V2, a rumour called one is not", () => {
    const text = "别的群转来的：单位食堂的肉都是过期的，好几个同事吃了拉肚子，大家中午别去吃了！";
    expect(redline(text, "V2", { channel: "group" })).not.toEqual([]);
    expect(redline("别的群转来的那条说食堂肉过期的，是谣言，食堂已经澄清了", "V2", { channel: "group" })).toEqual([]);
  });
});

describe("false alarms at v38, gone in v39", () => {
  it("a notice that forbids photos of internal material is no leak", () => {
    const text =
      "各位中层干部：\n明天上午组织部来校通报干部考察情况，会议材料属内部材料，要求如下：\n1. 会上请勿拍照、录音；\n2. 纸质材料会后统一收回。\n特此通知。\n办公室 王磊";
    expect(claimed(text, "P5", { channel: "workgroup", kind: "notice" })).toEqual([]);
  });

  it("photos with faces blurred (打码) and consent forms scanned are no leak", () => {
    const text = "周股长您好：宣传片里用到的群众照片，拍摄时都请本人签了同意书，没签的已经打码或删掉了，同意书扫描件我明天放到共享盘。\n宣传股 小吴";
    expect(claimed(text, "P5", { channel: "private", kind: "reply" })).toEqual([]);
  });

  it("a rumour about the training class refuted (该说法不实) is no network and no off-topic post", () => {
    const text =
      '各位学员：\n近日群里流传"中青班结业后按考试排名直接提拔"，经向组织部核实，该说法不实。结业考核结果作为干部考察参考之一。\n特此通知。\n学员处 张华';
    expect(claimed(text, "TJ1", { channel: "workgroup", kind: "notice" })).toEqual([]);
    expect(claimed(text, "G2", { channel: "workgroup", kind: "notice" })).toEqual([]);
  });
});
