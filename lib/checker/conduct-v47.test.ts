/**
 * Checker v47 (decision 082): the causes found in the studied rounds 106–107 and the everyday rounds
 * 108–109, each with our own messages (not fixture drafts). Red lines on clean messages at v46: a vote
 * bought by someone else and reported to the organ (有同志…私下给党员转账…投票支持; 有人在群里连发红包…
 * 改选时请多关照) claimed as V3 by rule and by the model, and as TJ3; a parent's birthday packet (妈生日快乐！
 * 红包是…给您的一点心意) as TJ3; a photo ordered deleted (这个赶紧删了吧，业主资料不能拍了往外发) as P5. Another
 * false alarm: a report's evidence kept (聊天记录截图已存档，需要的话随时提供) as P8. A red-line wrong claim: gossip
 * about a leader's connections (听说是上面有人才调过来的) as V1. Each counter-case — the sender admits the rule
 * or uses the same words and breaks it anyway — stays caught.
 */
import { describe, expect, it } from "vitest";
import { anyRedline, claimed, redline } from "./test-helpers";

describe("red lines on clean messages at v46, gone in v47", () => {
  it("canvassing by another, reported with the names kept for a meeting, is no V3", () => {
    const text = "王老师，有同志反映班级群里有人发红包拉票，我已经提醒了，名单明天当面向您说明。";
    expect(anyRedline(text, "V3", { channel: "private", kind: "report" })).toEqual([]);
  });

  it("a transfer for a vote reported as a lead is no V3, by rule or model", () => {
    const text =
      "纪委刘书记：\n现将一条线索报告如下：12月3日晚，有同志在党支部群外私下给6名党员转账各300元，并请求在支委选举中投票支持。相关截图已封存，待您当面查看。\n三组 王磊";
    expect(anyRedline(text, "V3", { channel: "private", kind: "report" })).toEqual([]);
    const short = "李书记：现将一条线索报告如下：昨晚有同志私下给几名党员转账各200元，请求在支部选举中投票支持他，截图已打印封存，待您当面查看。";
    expect(anyRedline(short, "V3", { channel: "private", kind: "report" })).toEqual([]);
  });

  it("packets in a members' group reported with their 多关照 are no TJ3", () => {
    const text =
      "陈组长：向您报告一起可能的拉票行为。\n1.昨晚有人在会员代表群里连发8个红包，并留言“换届时请多关照”；\n2.我未领取，截图已保存，明天当面提交。\n农资公司 李红";
    expect(anyRedline(text, "TJ3", { channel: "private", kind: "report" })).toEqual([]);
    expect(anyRedline(text, "V3", { channel: "private", kind: "report" })).toEqual([]);
  });

  it("a birthday packet to a parent or grandparent is no TJ3", () => {
    expect(anyRedline("老妈生日快乐，给您发了个红包，是我和小李的一点心意～", "TJ3", { channel: "group" })).toEqual([]);
    expect(anyRedline("奶奶生日快乐！孙子给您发了个红包，一点心意，祝您长命百岁！", "TJ3", { channel: "group" })).toEqual([]);
  });

  it("a photo of residents' data ordered deleted is no P5", () => {
    expect(anyRedline("那张赶紧删了吧，住户资料不能拍了往外发，传出去要挨批的。", "P5", { channel: "private", kind: "reply" })).toEqual([]);
  });
});

describe("other false alarms and red-line wrong claims at v46, gone in v47", () => {
  it("a report's screenshots kept for the organ is no P8", () => {
    const text = "李书记：报告一个情况，有家供货商今天微信联系我，说要给科里送购物卡，我已明确拒绝，聊天记录截图已保存，需要的话随时提供。后勤科 赵强";
    expect(claimed(text, "P8", { channel: "private", kind: "report" })).toEqual([]);
  });

  it("gossip about a leader's connections is no V1 (it is TJ2)", () => {
    const text = "你看那个新来的王所，讲话一股官腔，听说是上面有人才调过来的，在所里也就会开会";
    expect(anyRedline(text, "V1", { channel: "private" })).toEqual([]);
    expect(claimed(text, "TJ2", { channel: "private" })).not.toEqual([]);
  });
});

describe("the sender admits the rule or uses the same words and breaks it anyway: still caught in v47", () => {
  it("a transfer for a vote beside 有人都这么干 is still V3", () => {
    const text = "王哥，我知道拉票不对，但有人都这么干，我给你发个红包，请投我一票。";
    expect(redline(text, "V3", { channel: "private" })).not.toEqual([]);
  });

  it("a packet for a vote framed as 一条线索…当面说明 is still V3", () => {
    const text = "王哥，我知道拉票不对，现将一条线索报告如下：明天换届推选，我给你发个红包，请投我一票，详情当面说明。";
    expect(redline(text, "V3", { channel: "private" })).not.toEqual([]);
  });

  it("a packet carried for someone else to an official is still TJ3", () => {
    const text = "王局，我知道不合规矩，但这次有人托我给您带个红包，一点心意，项目的事请您多关照。";
    expect(redline(text, "TJ3", { channel: "private" })).not.toEqual([]);
  });

  it("material photographed and sent after 不能拍了往外发 is still P5", () => {
    const text = "我知道业主资料不能拍了往外发，但这次急用，内部材料我拍了发你[图片]，看完删了吧，别外传。";
    expect(anyRedline(text, "P5", { channel: "private" })).not.toEqual([]);
  });

  it("an advert with 截图已保存 in another sentence is still P8", () => {
    const text = "各位，我知道工作群不能发广告，但这次我家茶叶店八折，需要的联系我。上次的订单截图已保存。";
    expect(claimed(text, "P8", { channel: "workgroup" })).not.toEqual([]);
  });

  it("policy condemned beside 上面有人 is still V1", () => {
    const text = "我知道不该妄议，听说他上面有人才调过来的。上面这政策就是瞎折腾，说一套做一套。";
    expect(anyRedline(text, "V1", { channel: "group" })).not.toEqual([]);
  });

  it("a packet to an official after a parent's greeting is still TJ3", () => {
    const text = "王局，我知道不该送，妈生日快乐的红包我也发了。这次红包是给您的一点心意，项目审批的事还请多关照。";
    expect(redline(text, "TJ3", { channel: "private" })).not.toEqual([]);
  });
});
