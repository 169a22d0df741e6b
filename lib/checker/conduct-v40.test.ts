/**
 * Checker v40 (decision 072): the causes found in the studied rounds 82–83, each with our own
 * messages (not fixture drafts). One is a red line missed at v39: a boss's packet thanked by name
 * (谢谢王总的红包) with a lucky draw in it (手气最佳), which firm-packet-taken leaves to the game rules
 * (TJ3). The others are false alarms or red-line wrong claims at v39: a report of someone demanding a
 * packet (索要) claimed as TJ3, a training notice's syllabus (关于举办…直播间) claimed as an advert
 * (P8) and off-topic (G2), a contract's valuation clause (对赌条款) claimed as gambling (RP2).
 */
import { describe, expect, it } from "vitest";
import { claimed, redline } from "./test-helpers";

describe("a red line missed at v39, claimed in v40", () => {
  it("a boss's packet thanked by name is TJ3, a lucky draw in it too", () => {
    expect(redline("谢谢李总的红包🧧 手气最佳哈哈，李总太客气了！", "TJ3", { channel: "group" })).not.toEqual([]);
    expect(redline("感谢赵老板发的红包，抢到手气最佳了😄", "TJ3", { channel: "group" })).not.toEqual([]);
  });

  it("a boss's packet thanked and sent back is not", () => {
    expect(redline("谢谢李总的红包，心意领了，已经退回去了", "TJ3", { channel: "private" })).toEqual([]);
  });
});

describe("false alarms and red-line wrong claims at v39, gone in v40", () => {
  it("a demand for a packet reported to one's superior is no TJ3", () => {
    const text = "刘科长：\n村民老周今天向我反映，有人以“帮忙加快宅基地审批”为名向他索要微信红包，聊天截图附后[图片]，请科里核实。\n城关所 陈明";
    expect(claimed(text, "TJ3", { channel: "private", kind: "report" })).toEqual([]);
  });

  it("a training notice whose syllabus names a live-stream room and coupons is no advert", () => {
    const text =
      "各村电商专干：关于举办直播带货技能培训的通知。\n1.时间：1月8日9:00；\n2.地点：县电商中心；\n3.课程：直播间搭建、优惠券设置、售后规范；\n4.每村报名1人。\n县商务局 王芳";
    expect(claimed(text, "P8", { channel: "workgroup", kind: "notice" })).toEqual([]);
    expect(claimed(text, "G2", { channel: "workgroup", kind: "notice" })).toEqual([]);
  });

  it("a contract's valuation clause (对赌条款) is no gambling", () => {
    const text = "王总您好，投资协议里的对赌条款我们法务还在看，第二条的业绩承诺建议再商量。";
    expect(claimed(text, "RP2", { channel: "private", kind: "reply" })).toEqual([]);
  });
});
