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
