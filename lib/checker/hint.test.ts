/**
 * A hint rule's finding (decision 043) leaves its code to the classifier; that is decided per
 * finding, so another rule's suggestion of a code never counts as a hint because the code has one.
 */
import { describe, expect, it } from "vitest";
import { checkConduct, isHint } from "./conduct";
import { newMeter } from "./meter";
import { segment } from "./segment";
import { analyse } from "./structure";

const conduct = (text: string) => {
  const s = analyse(text);
  return checkConduct({
    text,
    tokens: segment(text),
    sentences: s.sentences,
    address: s.address?.span ?? null,
    signature: s.signature?.span ?? null,
    official: false,
    channel: "private",
    meter: newMeter(),
  });
};

describe("hint findings", () => {
  it("marks the finding of a hint rule (gossip about a marriage hints P4)", () => {
    const found = conduct("听说办公室老陈要离婚了，他媳妇早就搬回娘家了。");
    expect(found.filter(isHint).map((f) => f.code)).toEqual(["P4"]);
  });

  it("does not mark another rule's suggestion", () => {
    const found = conduct("各位，今晚的视频会我在开车，手机一律不准静音，群里消息5分钟内必须回。");
    expect(found.some((f) => f.severity === "suggestion")).toBe(true);
    expect(found.filter(isHint)).toEqual([]);
  });
});
