/**
 * Checker v85 (decision 120): rounds 258–261 studied. Three changes, one of them a new rule:
 *
 * 1. A P5 red line on a screenshot refused (小周：领导在会上的讲话稿是内部材料，我不方便截图发你，你下午到综合办看纸质版吧, r259-094; 领导对
 *    德沃项目的批示属于内部工作文件，不便截图转发, r142-018; both clean by both readers): SHOT_REFUSED (不方便截图, 不便截图, 不能截图)
 *    joins P5_CANCELS. All 15 drafts of all sets with these words are clean.
 * 2. A P5 red line on papers locked away (1. 各科室整理好桌面，涉密文件一律入柜, r258-046, clean by both readers): LOCKED_AWAY (入柜)
 *    joins P5_CANCELS. All five drafts of all sets with 入柜 are clean.
 *    Both cancels are void when the material is photographed, copied or posted anyway anywhere in the message (SENT_ANYWAY:
 *    [图片], 拍照发, 拍给你, 复制给你 … — CANCELS_ANYWHERE in conduct.ts): those leaks stay P5 red lines.
 * 3. No V3 on votes gathered without money ([语音转文字] 副科竞争上岗那个票，你们几个乡镇的机要员都熟，帮我拢一拢，以后咱们就是一条线上的人了,
 *    r258-105, V3 by both readers, only a P7 suggestion at v84): `vote-gather` (V3, red line) on VOTE_GATHER (帮我拢一拢, 帮着…拢一拢,
 *    帮我拉一拉, 帮着拉一拉) with a ballot (票, 投票, 选票 …) and a selection (竞争上岗, 竞聘, 选举, 换届, 民主推荐 …) in the sentence.
 *    All seven drafts of all sets with VOTE_GATHER are V3. Material or tickets gathered, ballots gathered to be counted (BALLOT_COUNTED:
 *    计票, 唱票, 统计完, 交组织部 …), a child's contest, a ban and a report stay free of it.
 */
import { describe, expect, it } from "vitest";
import { anyRedline } from "./test-helpers";

describe("a screenshot refused or papers locked away: no P5 red line at v85 (a red line at v84)", () => {
  it.each([
    ["小周：领导在会上的讲话稿是内部材料，我不方便截图发你，你下午到综合办看纸质版吧。\n刘晓琳", { channel: "private", kind: "reply" }],
    ["刘总：您好！领导对德沃项目的批示属于内部工作文件，不便截图转发，审批进度请以政务服务平台显示为准。", { channel: "private", kind: "reply" }],
    [
      "各位同事：\n关于明天上午市局领导来局检查的通知。周局刚才电话通知，明天上午市局领导来局检查，请做好以下准备：\n1. 各科室整理好桌面，涉密文件一律入柜；\n2. 各科室负责人8:30前到岗。\n特此通知。收到请回复，谢谢！\n局办公室 陈晓琳",
      { channel: "workgroup", kind: "notice" },
    ],
    ["小吴，局务会纪要是内部材料，不能截图发你，明天上午到办公室看原件。", "private"],
    ["下班前请把桌上的涉密材料入柜上锁，钥匙交值班室。", "workgroup"],
  ] as const)("%s", (text, extra) => {
    expect(anyRedline(text, "P5", extra)).toEqual([]);
  });
});

describe("the leaks: a refusal or 入柜 beside the material sent anyway stays a P5 red line at v84 and v85", () => {
  it.each([
    ["这是内部材料，不方便截图，我直接拍照发你[图片]", "private"],
    ["内部材料不方便截图。我拍了张照片发你[图片]", "private"],
    ["讲话稿是内部材料，不能截图，你自己拍一下发我吧", "private"],
    ["内部材料不方便截图。原文我复制给你：一、人事调整……", "private"],
    ["这份涉密文件我拍照发你了[图片]，原件已经入柜", "private"],
    ["这份涉密文件大家先看看[图片]，下班前统一入柜", "group"],
    ["涉密文件一律入柜。这份涉密文件我拍给大家看看[图片]", "group"],
  ] as const)("%s", (text, channel) => {
    expect(anyRedline(text, "P5", channel)).not.toEqual([]);
  });
});

describe("votes gathered for the sender: a V3 red line at v85 (none at v84 without money)", () => {
  it.each([
    ["[语音转文字] 副科竞争上岗那个票，你们几个乡镇的机要员都熟，帮我拢一拢，以后咱们就是一条线上的人了。", "private"],
    ["小王，下周竞聘民主测评，科里那几票你帮我拢一拢。", "private"],
    ["老李，这次支部换届，你们支部的票帮我拉一拉。", "private"],
  ] as const)("%s", (text, channel) => {
    expect(anyRedline(text, "V3", channel)).not.toEqual([]);
  });
});

describe("the same words, no votes gathered for the sender: no V3 red line at v85", () => {
  it.each([
    ["这次竞争上岗的报名材料，你帮我拢一拢，下午交人事科。", "private"],
    ["出差的车票、住宿票帮我拢一拢，月底一起报销。", "private"],
    ["各投票点的选票清点后拢一拢，下午三点前报选委会。", "workgroup"],
    // Ballots handed to the one who counts them (the rule's first version made these red lines; BALLOT_COUNTED).
    ["民主测评的选票帮我拢一拢，统计完交组织部。", "private"],
    ["小王，换届选举的选票帮我拢一拢，下午计票。", "workgroup"],
    ["选举结束，各组的选票帮我拢一拢，放进票箱封存。", "workgroup"],
    ["小王，帮我把这周各股的周报拢一拢，下班前发我。", "private"],
    ["各位老同学，我家闺女参加市里少儿绘画比赛，有个网络投票环节，方便的话帮我拉一拉票，13号作品，谢谢大家", "group"],
    ["各位同事：民主推荐期间严禁托人帮着拉一拉票、打招呼，请大家按规定独立投票。", "workgroup"],
    ["罗书记：向您反映一个情况。有同事在竞聘前让人帮他把各股的票拢一拢，相关聊天记录我已保存。", "private"],
  ] as const)("%s", (text, channel) => {
    expect(anyRedline(text, "V3", channel)).toEqual([]);
  });
});
