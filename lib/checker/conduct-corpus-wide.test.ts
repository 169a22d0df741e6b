/**
 * Causes found across all labelled sets at once (not in one studied pair of rounds), each counted
 * over every draft first: our own messages, each failing with the rule data before the change.
 */
import { describe, expect, it } from "vitest";
import { byRule } from "./test-helpers";

describe("XY2: a picture or voice the sender knows is unclear (凑合看, 有点虚, 风声很大)", () => {
  it.each([
    "桥墩现场[图片]，光线不好拍虚了，大家将就看。",
    "我在河堤上，风声很大，语音里说的是水位的事[语音 40″]",
    "刚录的[语音 55″]，路上有点吵，凑合听一下。",
  ])("%s", (text) => {
    expect(byRule(text, "XY2", { channel: "workgroup" })).not.toEqual([]);
  });
});

describe("TJ2: gossip that two persons are intimate, even as hearsay (有点那个, 关系不一般) — decision 056", () => {
  it.each(["听说后勤科那个副科长跟新来的出纳有点那个，好几个人都看出来了。", "据说二中队的老钱跟他们队里那个内勤有点那个，你懂的。"])("%s", (text) => {
    expect(byRule(text, "TJ2", { channel: "group" })).not.toEqual([]);
  });
  it("not 有点那个 said of a thing (这个方案写得有点那个)", () => {
    expect(byRule("这个方案写得有点那个，我再改改。", "TJ2", { channel: "private" })).toEqual([]);
  });
});

describe("TJ2: a leader or colleague sneered at (镀金, 甩锅, 水平就这样) — decision 056", () => {
  it.each([
    ["听说咱们新来的分管副主任就是来基层镀金的，待满一年就回去。", "private"],
    ["今天又挨训了，说到底还是上头甩锅，累死累活的是我们。", "moments"],
    ["你瞧瞧这是他在处室群里的发言[图片]，水平就这样，呵呵", "private"],
  ] as const)("%s", (text, channel) => {
    expect(byRule(text, "TJ2", { channel })).not.toEqual([]);
  });
});

describe("P4: a colleague's depression told to others, even as hearsay (抑郁症) — decision 056", () => {
  it("听说是抑郁症", () => {
    expect(byRule("跟大家说一下，办公室老孙这两周休病假，听说是抑郁症，大家多担待。", "P4", { channel: "workgroup" })).not.toEqual([]);
  });
  it("not one's own (我的抑郁症)", () => {
    expect(byRule("我最近抑郁症复发了，想请两周假调整一下。", "P4", { channel: "private" })).toEqual([]);
  });
});

describe("P4: a person shown round to be known again (认认脸, 认一认) — decision 056", () => {
  it.each(["就是这个男的天天在售楼处闹，照片在这大家认认脸[图片]", "五栋那户的电动车又堵在楼道口了，车牌照片发群里，大家认一认[图片]"])("%s", (text) => {
    expect(byRule(text, "P4", { channel: "group" })).not.toEqual([]);
  });
});
