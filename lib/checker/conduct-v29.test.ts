/**
 * Checker v29 (decision 051): the causes found in the studied rounds 60–61, each with our own
 * messages (not fixture drafts). A red line only suggested — an unannounced inspection's schedule
 * confided as 要来暗访 — then the false alarms: a secrecy self-check asking 是否存在…内部文件, and a
 * notice asking members to report vote buying to the 纪工委.
 */
import { describe, expect, it } from "vitest";
import { claimed, redline } from "./test-helpers";

describe("red lines only suggested at v28, claimed in v29", () => {
  it("an unannounced inspection's schedule confided (要来暗访…别外传) is P5", () => {
    const text = "跟大家透个内部消息，千万别外传：市里下周三要来暗访，先去城东所再去城西所，大家提前准备。";
    expect(redline(text, "P5", { channel: "workgroup" })).not.toEqual([]);
  });
});

describe("false alarms at v28, clean in v29", () => {
  it("a secrecy self-check asking whether internal files were sent (是否存在) is no leak", () => {
    const text =
      "各科室：\n关于开展保密检查的通知。请各科室对照以下内容逐项检查：\n1.是否存在用微信传递内部文件的情况；\n2.涉密载体登记是否完整。\n特此通知。\n局办公室";
    expect(claimed(text, "P5", { channel: "workgroup" })).toEqual([]);
  });

  it("a call to report vote buying to the 纪工委 is no vote buying", () => {
    const text = "各位居民党员：村委换届期间，如有人发红包或请客拉票，请向镇纪工委反映，电话6612 3300，我们为反映人保密。\n中共青山镇委员会";
    expect(claimed(text, "V3", { channel: "group" })).toEqual([]);
  });
});
