/**
 * Checker v28 (decision 050): the causes found in the studied rounds 58–59, each with our own
 * messages (not fixture drafts). A red line only suggested — a partner bank's gift vouchers to a
 * unit's staff, an exam's content told ahead — then the false alarms (a notice of a packet refused, a
 * group's investment figures, a police fraud report naming 刷单返利 as a fraud type, classmates' AA
 * dinners read as a network of favours), then a recall cause: phones on at every hour (P10).
 */
import { describe, expect, it } from "vitest";
import { byRule, claimed, redline } from "./test-helpers";

describe("red lines only suggested at v27, claimed in v28", () => {
  it("an exam's content told ahead (面试考的是…重点准备) is P5", () => {
    const text = "小侄子，跟你透个内部消息，别跟别人说：今年招警面试考的是突发事件处置，你重点准备这一块。";
    expect(redline(text, "P5", { channel: "private" })).not.toEqual([]);
  });

  it("a partner bank's vouchers handed to a unit's staff are TJ3", () => {
    const text = "合作银行给咱们科每人送了一张300元的电子购物券，大家扫码领一下。";
    expect(redline(text, "TJ3", { channel: "workgroup" })).not.toEqual([]);
  });
});

describe("false alarms at v27, clean in v28", () => {
  it("a notice that a parent's packet was refused is no gossip", () => {
    const text =
      "各位家长：\n昨晚有家长在群里发红包说请老师们吃水果，老师们都没有领取，红包已原路转回。以后请不要在群里发红包。\n特此通知。\n三（2）班班主任 陈敏";
    expect(claimed(text, "P6", { channel: "workgroup" })).toEqual([]);
  });

  it("a group's own investment figures (投资完成情况) are no advert", () => {
    const text = "各子公司：周五下班前把三季度投资完成情况报集团投资部，逾期通报。";
    expect(claimed(text, "P8", { channel: "workgroup" })).toEqual([]);
  });

  it("a police fraud report naming 刷单返利 as a type is no advert", () => {
    const brief = "城北派出所本周接报警情11起，主要类型为刷单返利5起、网络贷款3起，均已立案。";
    expect(byRule(brief, "P8", { channel: "workgroup" })).toEqual([]);
    const text =
      "各位领导：\n城南分局反诈中心本月工作情况报告如下：\n1. 辖区接报诈骗警情15起，同比下降9%；\n2. 主要类型为刷单返利（6起）、冒充公检法（4起）。\n特此报告。\n城南分局反诈中心";
    expect(byRule(text, "P8", { channel: "workgroup" }).filter((f) => f.severity !== "suggestion")).toEqual([]);
    expect(byRule(text, "G2", { channel: "workgroup" }).filter((f) => f.severity !== "suggestion")).toEqual([]);
  });

  it("old classmates asked to keep their dinner AA are no network of favours", () => {
    for (const text of [
      "各位老同学：咱们群里好些人在政府、在机关上班，群里就别发红包了，聚餐费用还是AA，班长收齐后公布账目。",
      "老同学们，群里在机关的同学不少，红包就别发了，周六聚会AA，班长统一收。",
    ])
      expect(claimed(text, "TJ1", { channel: "group" })).toEqual([]);
  });
});

describe("a recall cause in v28", () => {
  it("phones on 24 hours and messages answered within minutes are P10", () => {
    const text = "全体员工：从下周起，手机24小时开机，客户消息10分钟内必须回复，节假日也一样。";
    expect(byRule(text, "P10", { channel: "workgroup" })).not.toEqual([]);
  });
});
