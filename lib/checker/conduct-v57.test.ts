/**
 * Checker v57 (decision 092): rounds 142–145 studied. Our own messages of the cause changed there: a voice message turned
 * into text ([语音转文字 58秒] 王局，那个用地指标的事，我跟您语音说一下): a TJ3 red line at v56 (转 of 转文字 within three words
 * of 58 read as money transferred, 指标 beside it as the favour), none in v57 (a number before 秒 is a length, not money). The
 * counter-cases admit the rule and break it anyway beside the same voice tag, with money really transferred: TJ3 red lines at
 * both. The innocent messages with a number before 秒 raise no red line at either.
 */
import { describe, expect, it } from "vitest";
import { anyRedline, check } from "./test-helpers";

describe("a voice message's length ([语音转文字 58秒]): a TJ3 red line at v56, none in v57", () => {
  it.each([
    ["[语音转文字 58秒] 冯局冯局，嗯那个我就语音跟您说一下哈，就是瑞丰那边说土地那个，呃，那个指标的事，还有那个环评，他们说……反正挺乱的，您有空听一下。"],
    ["[语音转文字 58秒] 王局，那个用地指标的事，我跟您语音说一下，您有空听听。"],
    ["[语音转文字 45秒] 李主任，项目指标那边还差两个材料，我明天补上。"],
    ["[语音转文字 60秒] 张科，土地指标的事企业那边又来问了，您看怎么回。"],
  ] as const)("%s", (text) => {
    expect(anyRedline(text, "TJ3", { channel: "private" })).toEqual([]);
  });
});

describe("the same words, the rule admitted and broken: still a TJ3 red line in v57", () => {
  it.each([
    ["我知道不该收送红包，但[语音转文字 30秒] 王局，指标的事您多关照，刚给您转了8888，别退啊。"],
    ["明知道不让，可指标这事太急了，[语音转文字 20秒] 我先转您2000，您收下。"],
  ] as const)("%s", (text) => {
    expect(anyRedline(text, "TJ3", { channel: "private" })).not.toEqual([]);
  });
});

describe("a number before 秒 in everyday messages: no red line", () => {
  it.each([
    ["[语音 58秒][语音 60秒][语音 47秒]", "workgroup"],
    ["[语音转文字 58秒] 各位，明天上午九点开会，别迟到。", "workgroup"],
    ["短视频控制在60秒以内，明天中午前转给宣传股。", "workgroup"],
    ["消防演练要求全员30秒内撤离到楼下，请大家配合。", "workgroup"],
    ["刚才的语音转文字不太准，我再打一遍：明天指标分解会改到下午三点。", "workgroup"],
    ["转发：防诈骗提醒，接到陌生来电10秒内挂断。", "moments"],
    ["妈，给你转了500，[语音 15秒] 生日快乐！", "private"],
    ["跑步机上跑了5公里，配速5分30秒🏃", "moments"],
    ["宣传片第2分15秒那里字幕有错，麻烦改一下转给我。", "workgroup"],
    ["[语音转文字 12秒] 老婆我加会班，晚饭别等我。", "private"],
    ["领导讲话视频剪到90秒，转给新媒体中心审一下。", "workgroup"],
    ["我转了10秒的片段给你，看看声音清不清楚。", "private"],
  ] as const)("%s", (text, channel) => {
    expect(check(text, { channel }).findings.filter((f) => f.severity === "redline")).toEqual([]);
  });
});
