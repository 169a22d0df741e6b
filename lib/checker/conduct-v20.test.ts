/**
 * Checker v20 (decision 042): the causes found in the studied rounds 42–43, each with our own
 * messages (not fixture drafts). Red lines first — talk about a person passed on as what everyone
 * already says (都传遍了), a police deployment caught in a photo (警力部署…[图片]) — each with its
 * innocent relatives clean; then the wrong claims (别外传 beside a private talk's screenshot, scorn of
 * a boss taking credit read as a leak by the model); then other causes (跟着…干 flattery, scorn of a
 * leader's reading and grasp, a banquet with guests on 朋友圈, a chat record of one's own shown as
 * pictures, the complainant named).
 */
import { describe, expect, it } from "vitest";
import { byRule, claimed, redline } from "./test-helpers";

describe("red lines missed at v19, caught in v20", () => {
  it("talk about a person passed on as 都传遍了 is V2", () => {
    expect(redline("单位里都传遍了，新调来的副主任是花钱买的位子", "V2", { channel: "private" })).not.toEqual([]);
    // A question, good news, or news of the reader himself is no rumour passed on.
    expect(byRule("是不是真的？好多人都在传老李要调走", "V2", { channel: "private" })).toEqual([]);
    expect(byRule("村里都在传老王家的孙子考上清华了，真替他高兴", "V2", { channel: "group" })).toEqual([]);
    expect(byRule("大家都在传你要升了，恭喜恭喜", "V2", { channel: "private" })).toEqual([]);
    // The same hearsay without 传遍 stays gossip (P6), as the writers of rounds 4–36 label it.
    const gossip = "听说新来的副主任是靠老丈人上来的";
    expect(byRule(gossip, "V2", { channel: "private" })).toEqual([]);
    expect(byRule(gossip, "P6", { channel: "private" })).not.toEqual([]);
  });

  it("a police deployment caught in a photo (警力部署…[图片]) is P5", () => {
    expect(redline("在指挥中心加班，大屏上今晚的警力部署一目了然[图片]", "P5", { channel: "moments" })).not.toEqual([]);
    // The duty room without the deployment, or the deployment named without a photo, is no leak.
    expect(byRule("在指挥中心加班，大家辛苦了[图片]", "P5", { channel: "moments" })).toEqual([]);
    expect(byRule("今晚的警力部署已调整，请各组到指挥中心当面领取任务", "P5", { channel: "workgroup" })).toEqual([]);
  });
});

describe("wrong claims at v19, gone in v20", () => {
  it("别外传 beside a private talk's screenshot is no P5; the G1 stays", () => {
    const text = "给你看看，老李私下跟我吐槽处长的截图[图片]，千万别外传";
    expect(claimed(text, "P5", { channel: "private" })).toEqual([]);
    expect(byRule(text, "G1", { channel: "private" })).not.toEqual([]);
    // 别外传 beside an internal document stays P5.
    expect(redline("这是局里的内部文件[图片]，千万别外传", "P5", { channel: "private" })).not.toEqual([]);
  });

  it("scorn of a boss who takes the credit for a colleague's material is no P5", () => {
    const text = "我们处长真是甩手掌柜，功劳都是他的，锅全是我们背，那份材料明明是小刘熬了两个通宵写的";
    expect(claimed(text, "P5", { channel: "group" })).toEqual([]);
  });
});

describe("other causes, for recall", () => {
  it("跟着…干 said of a leader is flattery (WH1)", () => {
    expect(byRule("王书记太厉害了！跟着王书记干，前途一片光明", "WH1", { channel: "workgroup" })).not.toEqual([]);
    // Work learned from a master is no flattery.
    expect(byRule("我跟着师傅干了三年电工，手艺还行", "WH1", { channel: "group" })).toEqual([]);
  });

  it("scorn of a leader's reading and grasp is TJ2, and G2 in a work group", () => {
    const text = "处长开会又念了半个钟头的稿子，那口音我是真听不下去了";
    expect(byRule(text, "TJ2", { channel: "workgroup" })).not.toEqual([]);
    expect(byRule(text, "G2", { channel: "workgroup" })).not.toEqual([]);
    expect(byRule("领导拍脑袋定的，啥都不懂还瞎指挥", "TJ2", { channel: "group" })).not.toEqual([]);
    // A recording one cannot bear to hear is about no one.
    expect(byRule("这段录音杂音太大，我实在听不下去了", "TJ2", { channel: "group" })).toEqual([]);
  });

  it("a banquet with guests shown on 朋友圈 is a G5 suggestion", () => {
    expect(byRule("今晚陪市里来的领导吃饭，茅台管够[图片]", "G5", { channel: "moments" })).not.toEqual([]);
    // Elsewhere, no G5.
    expect(byRule("今晚陪市里来的领导吃饭，茅台管够[图片]", "G5", { channel: "group" })).toEqual([]);
  });

  it("a chat record of one's own shown as pictures is G1", () => {
    expect(byRule("大家看看，这是老王跟我的聊天记录[图片]，他自己答应的", "G1", { channel: "workgroup" })).not.toEqual([]);
    // Named without being shown, no G1.
    expect(byRule("跟我的聊天记录我已经删了，放心", "G1", { channel: "private" })).toEqual([]);
  });

  it("the complainant named to the side complained of is P4", () => {
    expect(claimed("告诉你个事，投诉你们所长的就是隔壁店的老板，你心里有数", "P4", { channel: "private" })).not.toEqual([]);
    // A complaint's outcome, with no one named, is no P4.
    expect(byRule("投诉的处理结果已经反馈给当事人了", "P4", { channel: "private" })).toEqual([]);
  });
});
