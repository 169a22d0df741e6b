/**
 * The classifier's second opinion: shipped with the app (no training at run time), for codes no
 * rule reported; raised to the rule's severity only above its calibrated threshold, with a cue of
 * the same rule in the text and no clean context of it (decision 020), otherwise a suggestion;
 * explained by words found in the text, and trained deterministically.
 */
import { describe, expect, it } from "vitest";
import { checkMessage } from "./index";
import { classifierFindings, features, probabilities, type ClassifierModel } from "./classifier";
import MODEL from "./classifier-model.json";
import { newMeter } from "./meter";
import { segment } from "./segment";
import { calibrate, CLASSIFIED, THRESHOLD, trainModel } from "./train-classifier";
import { type Draft, loadCorpusSets } from "./corpus";

const model = MODEL as ClassifierModel;

describe("the shipped model", () => {
  it("covers every conduct code at the chosen threshold", () => {
    expect(Object.keys(model.codes).sort()).toEqual([...CLASSIFIED].sort());
    expect(model.threshold).toBe(THRESHOLD);
  });

  it("has promotion thresholds only for codes of must-fix or red-line severity, from the grid", () => {
    for (const [code, t] of Object.entries(model.promote ?? {})) {
      expect(code).not.toBe("P7");
      expect(t).toBeGreaterThanOrEqual(0.35);
      expect(t).toBeLessThanOrEqual(0.95);
    }
  });

  it("quotes only words of the text and never repeats a code a rule reported", () => {
    // Veiled criticism no rule's words cover.
    const text = "这项改革的好处我是一点没感受到，反正上面怎么说就怎么算吧。";
    const r = checkMessage({ text, kind: "chat" });
    const byModel = r.findings.filter((f) => f.basis === "model");
    const byRule = new Set(r.findings.filter((f) => f.basis === "rule").map((f) => f.code));
    for (const f of byModel) {
      expect(byRule.has(f.code)).toBe(false);
      for (const w of f.triggers) expect(text).toContain(w);
    }
  });

  it("raises nothing on a plain meeting notice or a colleague's leave", () => {
    for (const text of ["各位同事：明天上午9点开会。特此通知。办公室", "老张这周请假了，大家工作上多担待。"]) {
      const extra = classifierFindings(text, segment(text), new Set(), newMeter());
      expect(extra.every((f) => f.severity === "suggestion")).toBe(true);
    }
  });

  // Over every draft of all sets (25,000 and growing): the limit is a backstop, not a measure.
  it("scores the same read from disk in its compact form as the JSON object imported", { timeout: 240_000 }, () => {
    // The server reads classifier-model.json itself and keeps only typed arrays (docs/scaling.md, "Memory").
    const drafts = loadCorpusSets().flatMap((s) => s.drafts);
    expect(drafts.length).toBeGreaterThan(1000);
    for (const { text } of drafts) {
      const tokens = segment(text);
      const [a, b] = [newMeter(), newMeter()];
      expect(classifierFindings(text, tokens, new Set(), a)).toEqual(classifierFindings(text, tokens, new Set(), b, model));
      expect(a.ops).toBe(b.ops);
    }
  });

  it("sums, per code, the JSON's weights of the features present", () => {
    for (const text of ["换届的时候投我一票，红包少不了。", "这点奶茶钱收着，上面那个文件别外传", "各位同事：明天上午9点开会。特此通知。办公室"]) {
      const feats = features(text, segment(text));
      const p = probabilities(model, feats);
      for (const [code, { bias, weights }] of Object.entries(model.codes)) {
        let z = bias;
        for (const f of feats) if (f in weights) z += weights[f]!;
        expect(p.get(code)!.p).toBe(1 / (1 + Math.exp(-z)));
      }
    }
  });

  it("gives probabilities in (0, 1) from the features present", () => {
    const text = "换届的时候投我一票，红包少不了。";
    const p = probabilities(model, features(text, segment(text)));
    for (const { p: x } of p.values()) expect(x >= 0 && x <= 1).toBe(true);
    expect(p.get("V3")!.p).toBeGreaterThan(p.get("P8")!.p);
  });
});

describe("promotion to the rule's severity", () => {
  // A model certain of V3 and TJ3 whatever the text: what decides is the cue and the context.
  const sure: ClassifierModel = { threshold: 0.5, promote: { V3: 0.5, TJ3: 0.5 }, codes: { V3: { bias: 5, weights: {} }, TJ3: { bias: 5, weights: {} } } };
  const run = (text: string, reported: string[] = []) => classifierFindings(text, segment(text), new Set(reported), newMeter(), sure);

  it("raises a red line when a cue of the same rule occurs, quoting it", () => {
    const text = "下周换届，大家多多支持，奶茶我请。";
    const v3 = run(text).find((f) => f.code === "V3")!;
    expect(v3.severity).toBe("redline");
    expect(v3.basis).toBe("model");
    expect(v3.triggers).toContain("换届");
    for (const w of v3.triggers) expect(text).toContain(w);
  });

  it("stays a suggestion without a cue, or in a clean context", () => {
    expect(run("周末一起去爬山吧，天气不错。").every((f) => f.severity === "suggestion")).toBe(true);
    // A refusal and a rule notice: the subject is there, the conduct is not.
    expect(run("换届期间群里不能发红包，这个红包我不领，选举按程序来。").every((f) => f.severity === "suggestion")).toBe(true);
    expect(run("严禁在换届选举中拉票贿选，发现的请向纪委举报。").every((f) => f.severity === "suggestion")).toBe(true);
  });

  it("yields: no 红包 finding (TJ3) beside a vote-buying one (V3)", () => {
    const text = "换届的时候支持一下，红包已经转您了。";
    expect(
      run(text)
        .filter((f) => f.severity !== "suggestion")
        .map((f) => f.code),
    ).toEqual(["V3"]);
    expect(
      run(text, ["V3"])
        .filter((f) => f.severity !== "suggestion")
        .map((f) => f.code),
    ).toEqual([]);
  });

  it("calibrates on held-out predictions: a threshold only where claims would mostly be right", () => {
    const d = (text: string, labels: string[]): Draft => ({ id: text, text, labels, trap: false });
    const oof = [
      { draft: d("换届请支持我，红包已发", ["V3"]), p: new Map([["V3", 0.9]]) },
      { draft: d("选举投我一票，请吃饭", ["V3"]), p: new Map([["V3", 0.8]]) },
      { draft: d("推荐会上帮我说两句，给您转了两千", ["V3"]), p: new Map([["V3", 0.7]]) },
      { draft: d("今天参加换届选举，投下了一票", []), p: new Map([["V3", 0.6]]) },
    ];
    expect(calibrate(oof).V3).toBe(0.7);
    // Confident and wrong: no threshold at all.
    const wrong = oof.map((o) => ({ ...o, draft: { ...o.draft, labels: [] } }));
    expect(calibrate(wrong).V3).toBeUndefined();
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

describe("what a model finding quotes", () => {
  it("quotes whole words of the message, never a character pair across a word boundary (机密文件请 → 件请)", () => {
    // (The v8 model, trained with rounds 14–15, no longer speaks on a request to review: 审阅 reads as proper handling.)
    const text = "老张：这份机密文件请你拍照发我，别外传。";
    const words = new Set(segment(text).map((t) => t.w));
    const found = classifierFindings(text, segment(text), new Set(), newMeter());
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) {
      expect(f.triggers.length).toBeGreaterThan(0);
      for (const w of f.triggers) expect(words.has(w), `${f.code} quotes “${w}”`).toBe(true);
    }
  });
});
