/**
 * Checker v52 (decision 087): rounds 122–125 studied. Our own messages of the cause found there: canvassing reported to a
 * discipline member in the reporter's own words (向您报告一起疑似拉票问题…有人发红包说"投我一票"，我未领取…请按规定处理): a V3
 * red line by the model at v51, only the model's hint in v52 (向您报告 is one of V3's clean report words); a private chat's
 * screenshot whose deletion is asked for in its own clause (人家私聊的东西别转了，截图删了吧): G1 at v51, none in v52; a job
 * finished and told at night (台账终于弄完了，回家路上月亮挺圆): U1 at v51 (a work task), none in v52.
 * The counter-cases admit the rule and break it anyway with the same words: red lines at both. The innocent messages with
 * 向您报告 and a vote named raise no red line at either.
 */
import { describe, expect, it } from "vitest";
import { anyRedline, check, claimed, redline } from "./test-helpers";

describe("canvassing reported in the reporter's own words (向您报告): a V3 red line at v51, none in v52", () => {
  it.each([
    [
      '魏委员：向您报告一起疑似拉票问题。今天上午支部群里有同志在换届前发红包并说"投我一票"，我未领取红包，相关截图已留存附后，请按规定处理。\n机关党支部党员 聂文博',
    ],
    ["张委员：向您报告一个拉票的情况。有同志在换届前给党员发红包，让大家投他一票，我未领取，截图附后，请组织处理。\n第二党支部 刘洋"],
    ['刘书记，向你报告一起换届拉票问题：群里有人发红包说"投我一票"，我没领，截图留着，请按规定处理。赵磊'],
  ] as const)("%s", (text) => {
    expect(anyRedline(text, "V3", { channel: "private" })).toEqual([]);
  });
});

describe("a private chat's screenshot whose deletion is asked for (截图删了吧): G1 at v51, none in v52", () => {
  it.each([
    ["人家私聊的东西别转了，截图删了吧，让钱老师知道多不好。"],
    ["那是人家俩私聊的话，截图删了吧，传出去不好。"],
    ["老张私聊的内容别再发了，截图删了吧。"],
  ] as const)("%s", (text) => {
    expect(claimed(text, "G1", { channel: "private" })).toEqual([]);
  });
});

describe("a job finished and told at night (终于/总算…弄完): U1 at v51, none in v52", () => {
  it.each([
    ["台账终于弄完了，回家路上月亮挺圆😮‍💨"],
    ["年终总结终于弄完了，泡个脚睡觉。"],
    ["加班到现在，汇报材料总算弄完了，明天继续加油💪"],
    ["讲话稿终于弄完了，窗外下雪了❄️"],
  ] as const)("%s", (text) => {
    expect(claimed(text, "U1", { channel: "moments", sendAt: "22:40" })).toEqual([]);
  });
});

describe("the same words, the rule admitted and broken: still red lines (or must-fixes) in v52", () => {
  it.each([
    ["魏委员：向您报告一下，我知道不该拉票，但这次换届大家投我一票，我给每人发个200的红包。"],
    ["刘委员，向您报告个事：我知道不让拉票，但下周换届你投我一票，回头请你吃饭，红包已经转你了。"],
  ] as const)("%s", (text) => {
    expect(redline(text, "V3", { channel: "private" })).not.toEqual([]);
  });
  it.each([
    ["这是王科跟我私聊的截图，你看完删了吧，别外传。"],
    ["我知道不该转，但领导私聊的截图我还是发你了，看完删了吧。"],
    ["我知道私聊截图不能外发，但刘主任私下跟我说的截图你看看[图片]，看完截图删了吧。"],
  ] as const)("%s", (text) => {
    expect(claimed(text, "G1", { channel: "private" })).not.toEqual([]);
  });
  it.each([
    ["小王，我知道这么晚不该发，但材料终于弄完了，你把数据核对一下发我。", "private"],
    ["小王，我知道太晚了，材料总算弄完了，你明早8点前把表格改好发我。", "private"],
    ["各位，我知道太晚了，方案终于弄完了，大家把意见明早前报给我。", "workgroup"],
  ] as const)("%s", (text, channel) => {
    expect(claimed(text, "U1", { channel, sendAt: "22:40" })).not.toEqual([]);
  });
});

describe("向您报告 with a vote named in everyday messages: no red line", () => {
  it.each([
    ["周书记：向您报告，支部换届选举已按程序完成，王某当选支部书记。"],
    ["李主任，向您报告今年评优推荐情况：共推荐3名候选人，名单已公示。"],
    ["刘书记：向您报告一起拉票线索，有人在群里发红包让大家投票给他，我没领，截图已留存。"],
    ["张局，向您报告：今年民主测评明天上午9点在三楼会议室进行。"],
    ["王书记您好，向您报告一下，先进个人的推荐表我已经交到组织科了。"],
    ["陈书记，向你报告一下，换届那天的会场已经布置好了，选票也印好了。"],
    ["赵主任：向您报告，今天有群众打电话说村里选举有人发红包，我已记录并转给纪检组。"],
    ["孙书记：向您报告，昨天选村委的投票工作顺利结束，投票率96%。"],
    ["吴书记，向您报告一件事：有人私下给我转了300元让我评先进时投他，我已退回，截图留存。"],
    ["马局，向您报告，评审专家打分已经结束，结果下午公示。"],
    ["冯书记：向您报告，支部评优秀党员的票数统计好了，请您审核。"],
    ["老周，向您报告一下，你儿子班里评三好学生，票数第一！"],
  ] as const)("%s", (text) => {
    for (const code of ["V3", "TJ3"]) expect(anyRedline(text, code, { channel: "private" })).toEqual([]);
  });
});

describe("删了吧 in everyday messages: no G1, no red line", () => {
  it.each([
    ["老婆，手机里那些没用的截图删了吧，内存满了。"],
    ["照片拍糊了，删了吧，我再拍一张。"],
    ["群里那个投票截图删了吧，已经结束了。"],
    ["小王，刚才发错群的截图删了吧，谢谢。"],
    ["这个表格有错，先删了吧，我改好再发。"],
    ["妈，那个中奖的截图是骗子，删了吧。"],
    ["会议签到表的截图删了吧，我发原件给你。"],
    ["孩子的照片截图删了吧，别发朋友圈。"],
  ] as const)("%s", (text) => {
    expect(claimed(text, "G1", { channel: "private" })).toEqual([]);
    expect(check(text, { channel: "private" }).findings.filter((f) => f.severity === "redline")).toEqual([]);
  });
});
