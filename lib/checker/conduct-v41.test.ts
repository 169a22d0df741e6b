/**
 * Checker v41 (decision 074): the causes found in the studied rounds 84–85, each with our own
 * messages (not fixture drafts). One is a red line missed at v40: a firm's man thanked for a gift
 * taken (谢谢…经理，收下了) with a favour the rules do not name (TJ3). The others are false alarms at
 * v40: a report to one's superior of a transfer offered and sent back (关于…的情况报备) claimed as TJ3,
 * a notice denying the unit ever issued an advert (从未发布) claimed as an unpublished screenshot (G1),
 * numb legs (腿都站麻了) read as a person named 麻了 and claimed as P4 and TJ2.
 */
import { describe, expect, it } from "vitest";
import { claimed, redline } from "./test-helpers";

describe("a red line missed at v40, claimed in v41", () => {
  it("a gift taken from a firm's man, the packet unnamed, is TJ3", () => {
    expect(redline("谢谢孙经理，收下了😊 下周的推介会我帮你提一提。", "TJ3", { channel: "private" })).not.toEqual([]);
    expect(redline("谢谢钱总，收下啦，以后常联系。", "TJ3", { channel: "private" })).not.toEqual([]);
  });

  it("taken and then sent back is not", () => {
    expect(redline("谢谢王经理，收下了又想想不妥，已经原路退回了。", "TJ3", { channel: "private" })).toEqual([]);
  });
});

describe("false alarms at v40, gone in v41", () => {
  it("a report of a transfer offered and sent back is no TJ3", () => {
    const text =
      "张局：\n关于个体户微信转账的情况报备。今天下午一家早餐店老板通过微信给我转账300元，说是“感谢关照”。我未点收，已于当晚退回，截图报纪检组备案。\n特此报告。\n执法三中队 李强";
    expect(claimed(text, "TJ3", { channel: "workgroup", kind: "report" })).toEqual([]);
  });

  it("a notice denying the unit ever issued an advert is no unpublished screenshot", () => {
    const text = "各位同事：\n近期有人冒用我局名义在网上发布“代办证件”广告，我局从未发布此类信息。请勿转发，发现线索请截图发办公室。\n办公室 王芳";
    expect(claimed(text, "G1", { channel: "workgroup", kind: "notice" })).toEqual([]);
  });

  it("numb legs after a long operation are nobody's privacy or looks", () => {
    const text = "连着两台手术下来，腿都站麻了，大家早点休息～";
    expect(claimed(text, "P4", { channel: "group" })).toEqual([]);
    expect(claimed(text, "TJ2", { channel: "group" })).toEqual([]);
  });
});
