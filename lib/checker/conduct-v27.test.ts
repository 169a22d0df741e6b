/**
 * Checker v27 (decision 049): the causes found in the studied rounds 56–57, each with our own
 * messages (not fixture drafts). Red lines first — a game's debts settled by red packet, a gift with
 * an appraisal left to one official's care, a raid's hour told ahead, unit money under another name — then the wrong claims
 * (a child's contest vote read as vote buying, a party asked to come and 做笔录, the form of a P9 plea).
 */
import { describe, expect, it } from "vitest";
import { byRule, claimed, redline } from "./test-helpers";

describe("red lines missed or claimed wrong at v26, claimed in v27", () => {
  it("a game's debts settled by red packet (账用红包结) are RP2", () => {
    const text = "上周六那场的账大家用红包结一下，小刘差老周两百，今晚前发完，周末老地方接着来。";
    expect(redline(text, "RP2", { channel: "group" })).not.toEqual([]);
  });

  it("a gift card with 评先评优的事还请您多关照 is TJ3, not V3", () => {
    const text = "赵科，元旦快乐！给您发了张300元的购物卡，一点心意，今年评先评优的事还请您多关照。";
    expect(redline(text, "TJ3", { channel: "private" })).not.toEqual([]);
    expect(redline(text, "V3", { channel: "private" })).toEqual([]);
  });

  it("a raid's hour told ahead (今晚…收网) is P5, even on 朋友圈", () => {
    const text = "今晚十一点收网，兄弟们在城西物流园门口集合，盯了一个月的那伙人跑不了了💪";
    expect(redline(text, "P5", { channel: "moments" })).not.toEqual([]);
  });

  it("red packets paid out of the unit's 结余经费 are claimed", () => {
    const text = "用科里的结余经费给大家每人发个66的红包，抢完别往外说。";
    expect(byRule(text, "TJ3", { channel: "workgroup" }).filter((f) => f.severity === "redline")).not.toEqual([]);
  });
});

describe("wrong claims of v26, gone in v27", () => {
  it("a child's contest vote with packets for screenshots is P9, not V3", () => {
    const text = "麻烦各位帮我儿子投个票，市里少儿书法比赛，每天能投两次，投完截图发我，我给大家发红包谢谢！";
    expect(redline(text, "V3", { channel: "group" })).toEqual([]);
  });

  it("a victim asked to come and 做笔录, with her transfer records, is no P5 or TJ3", () => {
    const text = "您好，您报的被骗案件已受理。请保存好转账凭证，明天下午3点带身份证到派出所做笔录。";
    expect(redline(text, "P5", { channel: "private" })).toEqual([]);
    expect(redline(text, "TJ3", { channel: "private" })).toEqual([]);
  });

  it("a P9 plea written as a request has no must-fix R1 or R5", () => {
    const text = "帮个忙哈，我侄女参加少儿绘画比赛，点链接投一票再转发朋友圈集满30个赞，截图发我，我给大家发红包感谢！";
    expect(byRule(text, "P9", { kind: "request", channel: "workgroup" })).not.toEqual([]);
    expect(claimed(text, "R1", { kind: "request", channel: "workgroup" })).toEqual([]);
    expect(claimed(text, "R5", { kind: "request", channel: "workgroup" })).toEqual([]);
  });
});
