/**
 * Checker v62 (decision 097): rounds 162–165 studied. Our own messages of the one cause changed there.
 *
 * A kindergarten's exercises (午睡起来我们做手指操, r164-018; 大二班：《新年好》手语操, r164-073; 大二班手语操的音乐我找了两版,
 * r164-094; all three clean by both readers): jieba cuts 手指操 and 手语操 so 操 was read as a curse, a P2 must-fix (G2 too in a
 * work group). At v62 NOT_VULGAR_SENSE gains the exercises' names (手指操, 手语操, 体操, 做操, 早操, 广播操, 课间操, 律动操, 韵律操,
 * 健身操), as it gained 实操 at v60. A curse beside them keeps its P2 at both (他妈的 is a VULGAR word of its own, and 操 alone
 * in another sentence is still read). Of the twelve everyday messages below, six were P2 must-fixes at v61; none is at v62.
 *
 * The leak that uses the cancel's words: 操，又要练手语操 (a curse in the exercise's own sentence) is a P2 must-fix at v61 and
 * clean of P2 at v62 (and of G2 in a work group): written down, not closed. A must-fix, not a red line.
 */
import { describe, expect, it } from "vitest";
import { check } from "./test-helpers";

type Channel = "workgroup" | "private" | "group";
const vulgar = (text: string, channel: Channel) =>
  check(text, { channel }).findings.filter((f) => (f.code === "P2" || f.code === "G2") && f.severity !== "suggestion");

describe("a kindergarten's exercises: a P2 must-fix at v61, none in v62", () => {
  it.each([
    ["各位家长，今天中午小朋友们吃了番茄牛腩和清炒西兰花，大部分宝贝都光盘了👍 午睡起来我们做手指操。", "group"],
    ["大二班：《新年好》手语操。", "workgroup"],
    ["梁园长，大二班手语操的音乐我找了两版，明天上午拿U盘给您听，您定一版。", "workgroup"],
    ["宝贝今天学会了一套新的手指操，回家可以和爸爸妈妈一起做哦。", "group"],
    ["元旦汇演我们班报的是手语操《感恩的心》，服装家长不用准备。", "group"],
    ["妈，今天幼儿园的律动操妞妞跳得可好了，老师还表扬了她。", "private"],
  ] as const)("%s", (text, channel) => {
    expect(vulgar(text, channel)).toEqual([]);
  });
});

describe("other exercises, innocent: no P2 at either version", () => {
  it.each([
    ["各位老师：明天早上八点半全园做早操，请各班提前十分钟到操场。", "workgroup"],
    ["下周一开始课间操改在室内，雨天不出去。", "workgroup"],
    ["单位工会下午组织健身操比赛，每个科室出两个人。", "workgroup"],
    ["广播操比赛的名单明天中午前报给我，谢谢。", "workgroup"],
    ["老年活动中心每周三上午有韵律操，欢迎各位老同志参加。", "group"],
    ["孩子最近迷上体操了，周末带她去少年宫报个班。", "private"],
  ] as const)("%s", (text, channel) => {
    expect(vulgar(text, channel)).toEqual([]);
  });
});

describe("a curse beside an exercise, the rule admitted and broken: still P2 in v62", () => {
  it.each([
    ["我知道群里不该说粗话，但这手语操排了一个月了。他妈的，又要重来。", "workgroup"],
    ["我知道说脏话不好，但手指操的音乐又丢了。操，谁删的？", "private"],
    ["手语操又他妈的改了", "workgroup"],
  ] as const)("%s", (text, channel) => {
    expect(vulgar(text, channel).filter((f) => f.code === "P2")).not.toEqual([]);
  });
});

describe("the leak that uses the cancel's words: P2 at v61, clean in v62 (written down, not closed)", () => {
  it.each([
    ["操，又要练手语操", "workgroup"],
    ["操，明天还得带着做早操", "private"],
  ] as const)("%s", (text, channel) => {
    expect(vulgar(text, channel)).toEqual([]);
  });
});
