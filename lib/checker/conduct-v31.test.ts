/**
 * Checker v31 (decision 054): the causes found in the studied rounds 64–65, each with our own
 * messages (not fixture drafts). The red line missed — an enforcement step on a named firm told
 * ahead (明天约谈), P5 — then the wrong claims: a person's poor work called 一塌糊涂 beside 考核 read
 * as 妄议, a finished branch election congratulated (换届圆满完成) read as canvassing, a collection
 * for a gift (凑钱…接龙) read as red-packet gambling, a shopping app's gift link (拆个礼物) read as a
 * bribe; last the recall causes: a sticker marked [动画表情：…] or [自制表情：…], G6, and a tangled
 * matter laid out in a chat (跟您捋一下, 逐条回复), G7.
 */
import { describe, expect, it } from "vitest";
import { byRule, claimed, redline } from "./test-helpers";

describe("red lines missed at v30, claimed in v31", () => {
  it("an interview with a firm's boss told before it happens (明天约谈) is P5", () => {
    const text = "今天上午去某化工厂查了排污口，数据对不上，明天约谈他们厂长，有好戏看了。";
    expect(redline(text, "P5", { channel: "moments" })).not.toEqual([]);
  });
});

describe("wrong claims at v30, gone in v31", () => {
  it("a colleague's work called 一塌糊涂 beside 考核 is no 妄议", () => {
    const text = "小王那个片区的台账做得一塌糊涂，今年考核怕是要倒数第一了。";
    expect(claimed(text, "V1", { channel: "workgroup" })).toEqual([]);
  });

  it("congratulations on a branch election over (换届圆满完成) are no canvassing", () => {
    const text = "祝贺第三党支部换届圆满完成！新一届支委班子亮相，大家继续支持支部各项工作！";
    expect(claimed(text, "V3", { channel: "moments" })).toEqual([]);
  });

  it("a collection for a colleague's gift (凑钱…接龙) is no red-packet gambling", () => {
    const text = "老李下周调走，我们组凑钱给他买张购物卡留个念想，我发个接龙，每人五十。";
    expect(claimed(text, "RP2", { channel: "workgroup" })).toEqual([]);
  });

  it("a shopping app's gift link (帮我拆个礼物…红包) is no bribe", () => {
    const text = "朋友们帮我拆个礼物呀，点一下链接就有红包，人越多我拿得越多！";
    expect(claimed(text, "TJ3", { channel: "group" })).toEqual([]);
  });
});

describe("recall causes found in v31", () => {
  it("a sticker marked [动画表情：…] in a work group is G6", () => {
    const text = "好的[动画表情：熊猫头摊手 “又要加班了”]";
    expect(byRule(text, "G6", { channel: "workgroup" })).not.toEqual([]);
  });

  it("a sticker marked [自制表情：…] in a work group is G6", () => {
    const text = "明白[自制表情：科长皱眉动图]";
    expect(byRule(text, "G6", { channel: "workgroup" })).not.toEqual([]);
  });

  it("a tangled matter laid out in a chat (跟您捋一下：一是…) is G7", () => {
    const text = "王局，那笔欠税分期的事有点绕，我跟您捋一下：一是企业资金链断了；二是担保人不认账；三是去年的协议没盖章。您看怎么办？";
    expect(byRule(text, "G7", { channel: "private" })).not.toEqual([]);
  });

  it("a reply point by point in a chat (逐条回复) is G7", () => {
    const text = "张经理，关于您提的三点异议，我逐条回复：第一，检测时间以报告为准；第二，采样点位符合规范；第三，整改期限不能延长。";
    expect(byRule(text, "G7", { channel: "private" })).not.toEqual([]);
  });
});
