/**
 * 朋友圈 (`channel: "moments"`) and G5, 区分朋友圈和工作圈: a post venting about the unit, a work
 * notice posted there, and the unit's people or matters aired there (beside a TJ2, G1, P5 or P4
 * finding) bring a G5 suggestion — never a must-fix, since writers label it on about half such
 * posts. The same words sent anywhere else bring none. Our own messages, not fixture drafts.
 */
import { describe, expect, it } from "vitest";
import { checkMessage } from "./index";
import type { Channel } from "./types";

const check = (text: string, channel?: Channel) => checkMessage({ text, kind: "chat", ...(channel ? { channel } : {}) });
const g5 = (text: string, channel: Channel = "moments") => check(text, channel).findings.filter((f) => f.code === "G5");

describe("a 朋友圈 post that airs work is a G5 suggestion", () => {
  it.each([
    ["周报又被打回来了，科长说重写，这班上得真没意思。", "没意思"],
    ["单位天天开会开到七点，烦死了，谁来救救我。", "烦死"],
    ["昨晚陪客户喝断片了，今早到单位头还是晕的。", "喝断片"],
    ["下周一上午九点，全体网格员到街道二楼会议室开会，务必参加。", "务必参加"],
  ])("%j", (text, word) => {
    const found = g5(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: "suggestion", basis: "rule", rule: "区分朋友圈和工作圈" });
    expect(found[0]!.triggers).toContain(word);
    expect(found[0]!.suggestion).toContain("把朋友圈和工作圈分开");
  });

  // The whole post was read as a signature (天天加班 as a class, the rest as one more word), so
  // its content words were masked and no rule saw 破单位.
  it("a one-line moan that opens with 天天加班", () => {
    expect(g5("天天加班，这破单位谁爱干谁干")).toHaveLength(1);
  });

  it("beside a leak or gossip about a colleague on 朋友圈, with the red line kept", () => {
    const leak = check("今天会上刚定的拟调整干部名单，拍给大家看看[图片：会议室白板上的名单]", "moments").findings;
    expect(leak.some((f) => f.code === "P5" && f.severity === "redline")).toBe(true);
    const beside = leak.filter((f) => f.code === "G5");
    expect(beside).toHaveLength(1);
    expect(beside[0]!.severity).toBe("suggestion");
    expect(beside[0]!.message).toContain("工作上的内部情况");
  });
});

describe("nothing for the same words elsewhere, or for a post with no work in it", () => {
  it.each<[string, Channel]>([
    ["周报又被打回来了，科长说重写，这班上得真没意思。", "private"],
    ["单位天天开会开到七点，烦死了，谁来救救我。", "group"],
    ["下周一上午九点，全体网格员到街道二楼会议室开会，务必参加。", "workgroup"],
    ["今天会上刚定的拟调整干部名单，拍给大家看看[图片：会议室白板上的名单]", "private"],
  ])("%j to %s", (text, channel) => {
    expect(g5(text, channel)).toEqual([]);
  });

  it.each([
    "周末带娃去湿地公园，银杏全黄了，真美。",
    "今天参加了单位组织的义务植树，种了二十棵，很有意义。",
    "老同学聚会喝多了，十几年没见，聊到半夜。",
    "堵车堵了一个小时，烦死了。",
  ])("%j", (text) => {
    expect(g5(text)).toEqual([]);
  });

  it("with no channel given, as before decision 036", () => {
    expect(check("单位天天开会开到七点，烦死了，谁来救救我。").findings.filter((f) => f.code === "G5")).toEqual([]);
  });
});
