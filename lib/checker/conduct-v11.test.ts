/**
 * Checker v11 (decision 032, issue 18): the causes found in the studied rounds 18–21, each with our
 * own messages (not fixture drafts). Red lines first — a vote promised for a red packet (投你, 那票),
 * public money turned into gifts (RP3), a banquet's gifts collected from colleagues, a packet with a
 * birthday wish to an official, a gift taken (心意我就领了), photos taken in a 涉密机房, exam answers
 * confided — then the false alarms they had (refusals, relatives' good news, help for a sick
 * colleague, public 任前公示, signatures of schools and ×× units, phone numbers read as money) and the
 * general misses (blurred photos, late replies, voice, always-on demands, guilt-trip forwards).
 */
import { describe, expect, it } from "vitest";
import { checkMessage } from "./index";
import { byRule, check, mustOrWorse } from "./test-helpers";

describe("red lines missed before v11", () => {
  it.each([
    ["V3", "收到张姐的转账了，明天那票我一定投你，你放心。", "那票"],
    ["V3", "周六村里选支委，您帮我划个勾，刚给您转了五百，买点水果。", "选支委"],
    ["TJ3", "各科室：年底了，用办公经费给大家每人买了一张300元的超市购物卡，下午到办公室领。", "办公经费"],
    ["TJ3", "今年经费紧张，从公用经费里挤出点钱，给每人发个两百的红包，新年快乐！", "公用经费"],
    ["TJ3", "各位同事：小女下月出嫁，定于10月2日在锦江饭店设宴，来不了的扫码随礼就行。", "设宴"],
    ["TJ3", "祝李局长生日快乐，身体健康！[红包][红包]", "生日快乐"],
    ["TJ3", "刘老板，中秋的心意我就收下了，改天来所里坐坐。", "我就收下了"],
    ["TJ3", "赵经理，加油卡收到了，谢谢，你们年检的事下周我给你办。", "卡收到了"],
    ["P5", "带大家参观一下咱们的涉密机房，拍了几张照片[图片][图片]", "涉密机房"],
    ["P5", "期末考的答案我弄到一份，你让孩子先看看，千万别传出去。", "答案"],
  ])("%s: %s", (code, text, word) => {
    const found = byRule(text, code);
    expect(found.length).toBeGreaterThanOrEqual(1);
    expect(found[0]!.severity).toBe("redline");
    expect(found[0]!.triggers.join("|")).toContain(word);
  });

  it("keeps the lawful and the refused clean of these red lines", () => {
    for (const text of [
      "工会经费给每位职工发放中秋慰问品，按规定标准执行。",
      "严禁用办公经费购买购物卡、发放红包，发现一起查处一起。",
      "妈，生日快乐！给您发了个红包，买点喜欢的。",
      "王总，心意领了，购物卡我已经原路退回，请理解。",
      "涉密机房内严禁拍照，手机一律存放在门口的柜子里。",
      "期末考的答案学校明天会在家长群公布，大家再等等。",
    ])
      expect(
        mustOrWorse(text).filter((f) => ["V3", "TJ3", "P5"].includes(f.code)),
        text,
      ).toEqual([]);
  });
});

describe("false alarms on clean drafts fixed in v11", () => {
  it.each([
    ["P4", "表姐，你让我帮你查那个人的住址和电话，这个真不行，系统里的信息只能办案用。"],
    ["P9", "阿姨，这个集赞送鸡蛋的活动我就不转了，朋友圈不发这些。"],
    ["P6", "听我姑说表妹考上研究生了，真替她高兴，过年一起吃个饭。"],
    ["TJ3", "小周爱人住院做手术，想表示心意的直接转给他，我这边不统计，大家搭把手。"],
    ["P5", "各位同事：\n现将拟任职干部任前公示转发如下：李明，拟任财务科科长。公示期5天。\n特此通知。\n局人事科"],
    ["TJ3", "张科长：\n我明天上午需要陪母亲去医院复查，申请请假半天，合同材料已放在您桌上。有事请打我电话13912345678。\n办公室 周敏"],
  ])("%s: %j", (code, text) => {
    expect(mustOrWorse(text).filter((f) => f.code === code && f.basis === "rule")).toEqual([]);
  });

  it("reads signatures of classes, teachers and ×× units, and 局长早 / 大伙儿注意啦 as addresses", () => {
    const notice = (body: string, sig: string) => `各位家长：\n${body}\n收到请回复，谢谢！\n${sig}`;
    for (const sig of ["实验小学二年级三班 班主任 陈老师", "××镇党委", "城南中学初二（1）班 班主任 刘芳"]) {
      const r = checkMessage({ text: notice("明天下午两点开家长会，请准时参加。", sig), kind: "notice" });
      expect(
        r.findings.filter((f) => f.code === "R5" && f.severity === "must"),
        sig,
      ).toEqual([]);
    }
    const report = checkMessage({ text: "局长早！\n昨天巡查情况如下：检查点位8个，发现问题2处，已整改。\n汇报人：城管科 王强", kind: "report" });
    expect(report.findings.filter((f) => f.code === "R1" && f.severity === "must")).toEqual([]);
    const notice2 = checkMessage({ text: "大伙儿注意啦：\n周四下午3点消防演练，请各科室准时到一楼大厅集合。\n特此通知。\n办公室 小李", kind: "notice" });
    expect(notice2.findings.filter((f) => f.code === "R1" && f.severity === "must")).toEqual([]);
  });
});

describe("general misses found as cautions in v11", () => {
  it.each([
    ["XY2", "隐患点照片传上来了，拍得有点糊，能看出大概位置就行[图片]"],
    ["G8", "李科，您上周问的那个名单我今天才翻到，现在还要吗？"],
    ["G3", "书记，字太多了，我发几段语音跟您说一下检查的情况。"],
    ["P10", "从下周起大家手机一律不准静音，群里消息五分钟内回复。"],
    ["P10", "开了一下午会，我一直在刷短视频，啥也没听进去。"],
    ["P3", "紧急扩散！这种饮料喝了会致癌，爱孩子的转给家人，不转就是不在乎。"],
  ])("%s: %j", (code, text) => {
    expect(check(text).findings.some((f) => f.code === code && f.basis === "rule")).toBe(true);
  });

  it("leaves a retaken photo and a colleague's reply on time alone", () => {
    expect(byRule("刚才那张拍糊了，已经重新拍了一张发群里[图片]", "XY2")).toEqual([]);
    expect(byRule("收到，材料下午三点前报给您。", "G8")).toEqual([]);
    expect(byRule("晚上和周末不要求秒回，急事请直接打电话。", "P10")).toEqual([]);
  });
});
