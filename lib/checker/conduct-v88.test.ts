/**
 * Checker v88 (decision 123): rounds 270–273 studied. Four changes, each lowering a finding, no new rule:
 *
 * 1. A screenshot forbidden in a notice (…材料涉及内部数据的，请通过政务内网报送，不要截图发微信。⏎特此通知, r270-119): SHOT_BANNED
 *    (不要/不得/请勿/严禁/禁止/切勿 截图) leaves `secret-marked-document` alone in an official notice, voided by SENT_ANYWAY.
 * 2. (Dropped at review.) A rumour found groundless (…那条消息，我们核实过没有依据…别再转了, r270-118) stays a P5 red line: the
 *    phrases in SECRET_PROPER cancelled P5 anywhere in the message, and 那个说法没有依据，不过考察名单我私下发你看看 passed.
 * 3. One incident of suspected canvassing reported (现将一起疑似拉票行为报告如下, r270-060): REPORT_MADE gains 一起疑似拉票.
 * 4. 案卷 beside the word 照片 with no picture attached (部分案卷现场照片没有标注时间地点, r273-055; r168-016): `secret-paper-photo`
 *    needs MEDIA_ATTACHED ([图片, [照片 …).
 * 5. Where to speak from now on (工作上的事咱们在工作群里说, r270-033; 以后…直接在群里说): GROUP_SPEAK, so no P6.
 * The leaks written for each stay flagged.
 */
import { describe, expect, it } from "vitest";
import { allRedlines, anyRedline, claimed } from "./test-helpers";

describe("a screenshot forbidden in a notice: no red line at v88 (r270-119 a P5 red line at v87)", () => {
  it.each([
    "各乡镇林业站：\n关于报送2026年度森林防火工作总结的通知。请于12月20日前报送：\n1. 年度工作总结（3000字以内）；\n2. 火情统计表。\n材料涉及内部数据的，请通过政务内网报送，不要截图发微信。\n特此通知。收到请回复，谢谢！\n青岚县森林防火指挥部办公室",
    "各乡镇林业站：\n请于12月20日前报送防火检查情况。材料涉及内部数据的，请通过政务内网报送，不要截图发微信。\n特此通知。\n县防火办",
  ])("%s", (text) => {
    expect(allRedlines(text, { channel: "workgroup", kind: "notice" })).toEqual([]);
  });
});

describe("internal material sent anyway, or outside a notice, stays a P5 red line", () => {
  it.each([
    "这是内部材料，不要截图外传，我拍照发你[图片]",
    "王哥，这份标有“内部”字样的材料严禁截图，我拍给你看一眼，看完删",
    "局里的内部文件不要截图发群里，我单独转给你了，你自己看",
  ])("%s", (text) => {
    expect(anyRedline(text, "P5", "private")).not.toEqual([]);
  });
  it("各位同事：⏎内部通报的照片我发群里了，请勿截图转发。⏎特此通知。", () => {
    expect(
      anyRedline("各位同事：\n内部通报的照片我发群里了，请勿截图转发。\n特此通知。\n办公室 李敏", "P5", { channel: "workgroup", kind: "notice" }),
    ).not.toEqual([]);
  });
});

describe("a rumour called groundless beside a leak: P5 red lines at v87 and v88 (the cancel tried for r270-118, dropped)", () => {
  it.each([
    "巡视组要来的消息不是没有依据，重点查的名单我截图发你了，你们提前准备",
    "巡察组要来，这事不是没有根据的，名单我私下发你",
    "别以为我说话没有根据，评标专家名单我截图发你了，千万别外传",
    "那个说法没有依据，不过考察名单我私下发你看看",
    "那个说法没有依据。考察名单我私下发你看看",
    "核实过没有依据的消息别转。另外，明天突击检查的点位我发你，别外传",
  ])("%s", (text) => {
    expect(anyRedline(text, "P5", "private")).not.toEqual([]);
  });
});

describe("one incident of suspected canvassing reported: no V3 red line at v88 (r270-060 a V3 red line at v87)", () => {
  it.each([
    '局纪检组李组长：\n现将一起疑似拉票行为报告如下：\n1. 12月5日晚，云岭乡某村护林员组长候选人在"云岭护林员群"连发多个红包，并请大家"推荐时支持"；\n2. 相关聊天截图已留存，可当面提交；\n3. 当事人姓名等情况面谈时详细汇报。\n县防火办 蒋丽萍',
    "王组长：\n现将一起疑似拉票行为报告如下：\n1. 12月6日晚，某村委员候选人在村民群发红包，请大家投他一票；\n2. 截图已留存，可当面提交。\n镇纪委 刘洋",
  ])("%s", (text) => {
    expect(allRedlines(text, { channel: "private", kind: "report" })).toEqual([]);
  });
  it.each(["上回那起疑似拉票的事已经过去了，这次推荐你放心，一人200红包，都投老张", "我知道这算一起疑似拉票，但明天推荐还是请大家投我一票，一人一个红包"])(
    "bought votes stay a V3 red line: %s",
    (text) => {
      expect(anyRedline(text, "V3", "private")).not.toEqual([]);
    },
  );
});

describe("案卷 beside the word 照片, nothing attached: no red line at v88 (r273-055 a P5 red line at v87)", () => {
  it("各位同事：今天县督查组反馈了三个问题…部分案卷现场照片没有标注时间地点", () => {
    const text =
      "各位同事：今天县督查组反馈了三个问题，请对照整改。\n1. 部分案卷现场照片没有标注时间地点；\n2. 个别队员执法记录仪未全程开启；\n3. 巡查台账有漏记。\n请各中队周五下班前把整改情况报综合办。收到请回复。\n周建华";
    expect(allRedlines(text, { channel: "workgroup", kind: "notice" })).toEqual([]);
  });
  it.each([
    "兄弟，侦查卷宗我拍了几页[图片]，看完删",
    "卷宗照片发你了，你看看你亲戚的案子判得重不重，别外传",
    "合议庭评议笔录的照片我发你，你照着写",
    "今天抓的那个嫌疑人，审讯笔录我拍了两页给你看看",
  ])("the paper shown or sent stays a P5 red line: %s", (text) => {
    expect(anyRedline(text, "P5", "private")).not.toEqual([]);
  });
});

describe("where to speak from now on: no P6 at v88 (r270-033 P6 at v87)", () => {
  it('老李：谢谢好意，你拉的那个"林校老乡会"小群我就不进了。局里有规定，不搞小圈子，工作上的事咱们在工作群里说。', () => {
    const text = '老李：谢谢好意，你拉的那个"林校老乡会"小群我就不进了。局里有规定，不搞小圈子，工作上的事咱们在工作群里说。\n唐小川';
    expect(claimed(text, "P6", { channel: "private", kind: "reply" })).toEqual([]);
  });
  it.each(["有人直接在群里说王科长收了钱，大家都看到了吧", "咱们在群里说的那个蒋主任，听说跟何队长有一腿", "听说老李以后不在群里说话了，他跟局长闹翻了"])(
    "gossip stays P6: %s",
    (text) => {
      expect(claimed(text, "P6", "workgroup")).not.toEqual([]);
    },
  );
});
