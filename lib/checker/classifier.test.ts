/**
 * The classifier's second opinion: shipped with the app (no training at run time), only ever a
 * suggestion for a code no rule reported, explained by words found in the text, and trained
 * deterministically.
 */
import { describe, expect, it } from "vitest";
import { checkMessage } from "./index";
import { classifierFindings, features, probabilities, type ClassifierModel } from "./classifier";
import MODEL from "./classifier-model.json";
import { newMeter } from "./meter";
import { segment } from "./segment";
import { CLASSIFIED, THRESHOLD, trainModel } from "./train-classifier";

const model = MODEL as ClassifierModel;

describe("the shipped model", () => {
  it("covers every conduct code at the chosen threshold", () => {
    expect(Object.keys(model.codes).sort()).toEqual([...CLASSIFIED].sort());
    expect(model.threshold).toBe(THRESHOLD);
  });

  it("adds only suggestions, for codes no rule reported, quoting words of the text", () => {
    // Veiled criticism no rule's words cover.
    const text = "这项改革的好处我是一点没感受到，反正上面怎么说就怎么算吧。";
    const r = checkMessage({ text, kind: "chat" });
    const byModel = r.findings.filter((f) => f.basis === "model");
    const byRule = new Set(r.findings.filter((f) => f.basis === "rule").map((f) => f.code));
    for (const f of byModel) {
      expect(f.severity).toBe("suggestion");
      expect(byRule.has(f.code)).toBe(false);
      for (const w of f.triggers) expect(text).toContain(w);
      expect(f.message).toContain("请自查");
    }
  });

  it("never changes the verdict", () => {
    for (const text of ["各位同事：明天上午9点开会。特此通知。办公室", "老张这周请假了，大家工作上多担待。"]) {
      const tokens = segment(text);
      const extra = classifierFindings(text, tokens, new Set(), newMeter());
      expect(extra.every((f) => f.severity === "suggestion")).toBe(true);
    }
  });

  it("gives probabilities in (0, 1) from the features present", () => {
    const text = "换届的时候投我一票，红包少不了。";
    const p = probabilities(model, features(text, segment(text)));
    for (const { p: x } of p.values()) expect(x > 0 && x < 1).toBe(true);
    expect(p.get("V3")!.p).toBeGreaterThan(p.get("P8")!.p);
  });
});

describe("training", () => {
  it("is deterministic", () => {
    const docs = [
      { text: "换届投我一票，发红包", labels: ["V3"] },
      { text: "各位同事：明天开会。特此通知。办公室", labels: [] },
      { text: "投我一票的请吃饭", labels: ["V3"] },
      { text: "请大家明天开会", labels: [] },
    ];
    expect(trainModel(docs)).toEqual(trainModel(docs));
  });
});
