/**
 * Checker v29 (decision 051): the causes found in the studied rounds 60–61, each with our own
 * messages (not fixture drafts). Red lines missed or only suggested — an unannounced inspection's
 * schedule confided as 要来暗访, a 秘密件 photographed in the 机要室, a candidate's 礼包 for votes — then the false alarms: a secrecy self-check asking 是否存在…内部文件, and a
 * notice asking members to report vote buying to the 纪工委.
 */
import { describe, expect, it } from "vitest";
import { claimed, redline } from "./test-helpers";

describe("red lines only suggested at v28, claimed in v29", () => {
  it("an unannounced inspection's schedule confided (要来暗访…别外传) is P5", () => {
    const text = "跟大家透个内部消息，千万别外传：市里下周三要来暗访，先去城东所再去城西所，大家提前准备。";
    expect(redline(text, "P5", { channel: "workgroup" })).not.toEqual([]);
  });

  it("a classified paper photographed in the 机要室 and posted (秘密件…拍下来了) is P5", () => {
    const text = "机要室柜子里那份秘密件我拍下来了，大家先看看，明天开会要用[图片][图片]";
    expect(redline(text, "P5", { channel: "workgroup" })).not.toEqual([]);
  });

  it("a candidate (参选) promising a gift pack (礼包) for support is V3", () => {
    const text = "我这次报名参选村委会委员，请乡亲们投我一票，投票那天每家我送一个过年礼包。";
    expect(redline(text, "V3", { channel: "group" })).not.toEqual([]);
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
