/**
 * Checker v60 (decision 095): rounds 154–157 studied. Our own messages of the two causes changed there.
 *
 * 实操 (practical training) in a vocational school's notices (汽修专业实操考核评分标准, r157-049; 实操考试那块牵涉车间排班, r157-034):
 * jieba cuts 实操 into 实|操 and 操 was read as a curse, a P2 must-fix (G2 too in a work group). At v60 NOT_VULGAR_SENSE gains
 * 实操. A curse beside it keeps its P2 at both (他妈的 is a VULGAR word of its own, and 操 alone in another sentence is still
 * read). Of the twelve everyday messages with 实操 below, eleven were P2 must-fixes at v59; none is at v60.
 *
 * A game reported to the discipline organ (现反映一条线索：近期有企业负责人在一个有我局个别执法人员参加的微信群里组织"红包接龙",
 * r155-070): `game-for-favour` (TJ3) now yields to REPORT_MADE and REPORT_FILED anywhere in the message, as `gambling` (RP2)
 * already did. A debt "lost" to an official with his favour asked keeps its TJ3 red line where no report's words stand. The
 * leak that uses the cancel's words: 现反映一条线索：昨晚打麻将输您三千，转账已发，您那边检查的事多关照 is a TJ3 red line at v59
 * and clean at v60 (written down, not closed).
 */
import { describe, expect, it } from "vitest";
import { check } from "./test-helpers";

type Channel = "workgroup" | "private" | "group";
const vulgar = (text: string, channel: Channel) =>
  check(text, { channel }).findings.filter((f) => (f.code === "P2" || f.code === "G2") && f.severity !== "suggestion");
const tj3 = (text: string, channel: Channel) => check(text, { channel }).findings.filter((f) => f.code === "TJ3" && f.severity === "redline");

describe("实操 in a school's notices: a P2 must-fix at v59, none in v60", () => {
  it.each([
    ["晓东，期末考试安排我看了。实操考试那块牵涉车间排班、外聘裁判和几个班调课，微信里说不清，明天上午第二节后你来我办公室当面碰一下。", "private"],
    ["各位老师：今天下午教研活动3:30开始，地点实训楼202，主题是修订汽修专业实操考核评分标准，请带上各自课程的评分表。\n孙立军", "workgroup"],
    ["各位同事：下午消防演练，每个科室安排一人参加灭火器实操，谢谢。办公室", "workgroup"],
  ] as const)("%s", (text, channel) => {
    expect(vulgar(text, channel)).toEqual([]);
  });
});

describe("a curse beside 实操, the rule admitted and broken: still P2 in v60", () => {
  it.each([
    ["我知道群里不该说粗话，但实操考试又改时间了。他妈的，谁定的？", "workgroup"],
    ["我知道说脏话不好，但这实操课我真不想上了。操，又让我重做。", "private"],
    ["实操考试他妈的又改了", "workgroup"],
    ["这破实操课真他妈的烦", "workgroup"],
  ] as const)("%s", (text, channel) => {
    expect(vulgar(text, channel).filter((f) => f.code === "P2")).not.toEqual([]);
  });
});

describe("实操 in everyday messages: no P2 or G2 must-fix in v60 (eleven of the twelve were P2 at v59)", () => {
  it.each([
    ["各位老师：明天上午第三节电工实操考核，请学生带好工具，到实训楼一楼。教务处", "workgroup"],
    ["实操考试那块牵涉车间排班，明天来我办公室当面说。", "workgroup"],
    ["王老师，下周焊接实操课调到周三下午，麻烦通知一下班里学生。", "private"],
    ["小陈，驾照科目二实操练得怎么样了？", "private"],
    ["汽修专业实操考核评分标准已修订，请各位老师查看群文件。", "workgroup"],
    ["儿子今天厨师实操考试过了，晚上加菜！", "group"],
    ["实操部分占总成绩的60%，理论占40%，请转告学生。", "private"],
    ["各位：本周五急救知识培训，下午是心肺复苏实操，请穿方便活动的衣服。", "workgroup"],
    ["老师您好，孩子说下周有钳工实操，需要自己买手套吗？", "private"],
    ["实操场地今天下午被占用，实操课改到明天上午第一节。", "workgroup"],
    ["培训班最后一天是实操，考完就发证了，大家加油！", "group"],
    ["下周三家长开放日，可以参观学生的烹饪实操展示。", "group"],
  ] as const)("%s", (text, channel) => {
    expect(vulgar(text, channel)).toEqual([]);
  });
});

describe("a game reported to the discipline organ: a TJ3 red line at v59, none in v60", () => {
  it.each([
    [
      '县纪委监委派驻第六纪检监察组：\n现反映一条线索：近期有企业负责人在一个有我局个别执法人员参加的微信群里组织"红包接龙"，每包金额较大，疑似以赌博形式变相输送利益。群名及相关截图已整理，拟于今天下午当面提交。\n特此报告。\n桐川分局执法大队 梁浩',
    ],
    ["驻局纪检组王组长：现反映一条线索。近期有老板在一个有我局执法人员的微信群里组织打牌，输的钱用转账结算，疑似变相送钱，请核实。"],
    ["李书记：向您反映一个情况，局里有人和企业老板打牌，每次都输钱转账给执法股的人，请组织掌握。"],
  ] as const)("%s", (text) => {
    expect(tj3(text, "private")).toEqual([]);
  });
});

describe("a debt lost to an official, the rule admitted and broken: still a TJ3 red line in v60", () => {
  it.each([
    ["我知道打牌送钱不对，但昨晚又输您三千，转账收到吧，您那个执法检查的事多关照。"],
    ["王局，现反映一个情况：昨晚牌局又输您三千，转账收到吧，执法检查那事多关照。"],
    ["张局，昨晚打麻将又输你两千，转账收到了吧，厂里检查的事你多关照。"],
  ] as const)("%s", (text) => {
    expect(tj3(text, "private")).not.toEqual([]);
  });
});

describe("the leak that uses REPORT_FILED's words: a TJ3 red line at v59, none in v60 (written down, not closed)", () => {
  it("现反映一条线索：昨晚打麻将输您三千，转账已发，您那边检查的事多关照。", () => {
    expect(tj3("现反映一条线索：昨晚打麻将输您三千，转账已发，您那边检查的事多关照。", "private")).toEqual([]);
  });
});
