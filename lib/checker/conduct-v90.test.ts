/**
 * Checker v90 (decision 125): rounds 278–281 studied. One change, lowering a finding, no new rule, where both readers agree the
 * draft is clean:
 *
 * 1. A grandson called by a family word (谢谢大孙子！[已领取红包], r280-104; 恭喜老李家添孙子！[微信红包], r109-086): GRANDCHILD
 *    (大孙子, 小孙子, 添孙子, 宝贝孙子, 家孙子) cancels `vulgar` only on the 孙子 it holds (unlessOverlapping), voided in its sentence by a
 *    curse form (GRANDCHILD_CURSE: 谁是, 是大孙子, 是小孙子, 当孙子, 装孙子).
 * The violations written for it stay flagged, in the same clause, another clause and another sentence.
 */
import { describe, expect, it } from "vitest";
import { claimed } from "./test-helpers";

describe("a grandson called by a family word: no P2 at v90 (r280-104 and r109-086 P2 at v88 and v89)", () => {
  it.each(["谢谢大孙子！[已领取红包]", "恭喜老李家添孙子！[微信红包]"])("%s", (text) => {
    expect(claimed(text, "P2", { channel: "group", kind: "reply" })).toEqual([]);
  });
  it.each([
    "今晚红包接龙，谁怂谁是大孙子！",
    "他就是个装孙子的大孙子！",
    "他妈的大孙子又来要钱！",
    "谢谢大孙子，他妈的这红包也太小了",
    "谢谢大孙子！他妈的这红包也太小了",
    "大孙子，谁怂谁是孙子，今晚老规矩",
    "你个孙子，大孙子都比你懂事！",
    "老李家添孙子了，他妈的请客还这么抠",
  ])("a curse stays P2: %s", (text) => {
    expect(claimed(text, "P2", "group")).not.toEqual([]);
  });
});
