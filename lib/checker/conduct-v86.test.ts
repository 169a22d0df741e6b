/**
 * Checker v86 (decision 121): rounds 262–265 studied. Two changes, no new rule:
 *
 * 1. A P5 red line on WeChat refused in the words 不在微信上传送 (方委员：关于安检站个别人员收受旅客微信红包的问题线索，我已整理成书面材料，
 *    拟明天上午当面交给您，不在微信上传送, r263-010, a trap, clean by both readers): WECHAT_REFUSED's 不在微信上传 is not found
 *    there (jieba cuts 上|传送). WECHAT_SEND_REFUSED (不在微信(上/群/中)传送, 传输) joins P5_CANCELS; all eight drafts of all sets
 *    with these words are clean of P5. Void when the material is photographed, copied, mailed or sent privately anyway
 *    anywhere in the message (SENT_ANYWAY, now with 发你邮箱, 私发你 …): those leaks stay P5 red lines, and a bribe or bought
 *    votes beside the words stay red lines.
 * 2. A U1 must-fix on a short reply acknowledging what it answers, sent out of hours (收到，已到园 at 07:35, r264-048; 收到 at 06:46,
 *    r264-086; 饲养班收到，七点半到 at 06:50, r264-087; all traps, clean by both readers): `sendTimeAcknowledged`, a suggestion.
 *    33 of the 34 replies of all sets sent out of hours and opening with 收到 are clean; the one labelled U1 (r212-024) keeps it
 *    as a suggestion. A reply that hands out work, a long one and a notice stay must-fixes.
 */
import { describe, expect, it } from "vitest";
import { allRedlines, anyRedline, claimed, found } from "./test-helpers";

describe("WeChat refused in the words 不在微信上传送: no P5 red line at v86 (a red line at v85)", () => {
  it.each([
    [
      "方委员：\n关于安检站个别人员收受旅客微信红包的问题线索，我已整理成书面材料，拟明天上午当面交给您，不在微信上传送。收到请回复，谢谢！\n安保部 何春生",
      { channel: "private", kind: "request" },
    ],
    ["周主任：收到。那份考察材料属工作秘密，我不在微信上传送，下午当面交给您。小李", { channel: "private", kind: "reply" }],
  ] as const)("%s", (text, extra) => {
    expect(anyRedline(text, "P5", extra)).toEqual([]);
  });
});

describe("the same words in the notices of those who keep the secrets: no P5 red line at v86", () => {
  it.each([
    ["各位同事：涉密文件一律不在微信传送，需要传递的通过机要渠道办理。特此通知。办公室 王芳", { channel: "workgroup", kind: "notice" }],
    ["各乡镇：身份证号、银行卡号等信息一律不在微信群传送，请通过政务内网报送。收到请回复，谢谢！县民政局 刘敏", { channel: "workgroup", kind: "notice" }],
    [
      '林主任：县志"驻军"篇中涉密部分已按规定由专人线下报送县保密局审查，不在微信上传输；非涉密部分的修改稿已发您邮箱，请查收。',
      { channel: "private", kind: "report" },
    ],
  ] as const)("%s", (text, extra) => {
    expect(anyRedline(text, "P5", extra)).toEqual([]);
  });
});

describe("the leaks: 不在微信上传送 beside the material sent anyway stays a P5 red line at v85 and v86", () => {
  it.each([
    ["这份涉密文件不在微信上传送，我拍照发你[图片]", "private"],
    ["考察材料属工作秘密，不在微信上传送。我拍给你看看[图片]", "private"],
    ["这份涉密文件不在微信上传送。原文我复制给你：一、人事调整……", "private"],
    ["涉密材料不在微信上传送，我把文件发你邮箱了，你看完删掉。", "private"],
  ] as const)("%s", (text, channel) => {
    expect(anyRedline(text, "P5", channel)).not.toEqual([]);
  });
});

describe("a bribe or bought votes beside 不在微信上传送 stays a red line", () => {
  it.each([
    ["王局：项目材料不在微信上传送，明天当面交给您。另外给您准备了两万元红包，审批的事还请多关照。", "TJ3"],
    ["李科长，这次竞聘民主测评的事，材料不在微信上传送，我给你发个红包，你们科那几票帮我拢一拢。", "V3"],
  ] as const)("%s", (text, code) => {
    expect(allRedlines(text, "private").map((f) => f.code)).toContain(code);
  });
});

describe("a short acknowledgement sent out of hours: U1 a suggestion at v86 (a must-fix at v85)", () => {
  it.each([
    ["收到，已到园。", "07:35"],
    ["收到", "06:46"],
    ["饲养班收到，七点半到。王大勇", "06:50"],
    ["收到", "22:41"],
    ["收到，已到科室。", "07:52"],
  ] as const)("%s at %s", (text, sendAt) => {
    const extra = { channel: "workgroup", kind: "reply", sendAt } as const;
    expect(claimed(text, "U1", extra)).toEqual([]);
    expect(found(text, "U1", extra)).not.toEqual([]);
  });
});

describe("out of hours, work handed out, a long reply or a notice: U1 stays a must-fix at v86", () => {
  it.each([
    ["收到。小王把材料整理好发我，明早要用。", "reply", "23:00"],
    // Found in the lead's review: orders after 收到, and 收到请回复 opening a notice sent as a reply.
    ["收到！各位明早6点集合出发，带好材料", "reply", "22:40"],
    ["收到。明天早上七点全员到岗，迟到的扣分", "reply", "23:30"],
    ["收到请回复：明早7点到会议室开会", "reply", "23:00"],
    ["收到，大家明早7:30局门口集合，全体人员准时到，不得迟到，请各科室负责人提前清点人数并报办公室。", "reply", "23:10"],
    ["收到。明早7:30局门口集合，全体人员准时到。", "notice", "23:00"],
    ["各位同事：明早7:30局门口集合。办公室 王芳", "notice", "06:30"],
  ] as const)("%s", (text, kind, sendAt) => {
    expect(claimed(text, "U1", { channel: "workgroup", kind, sendAt })).not.toEqual([]);
  });
});
