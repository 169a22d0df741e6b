/**
 * A second opinion for the conduct rules: a per-code logistic regression over jieba words and
 * Chinese character bigrams and trigrams, trained at build time on the labelled fixtures (train-classifier.ts
 * writes classifier-model.json, committed; no model is downloaded or trained at run time).
 *
 * The lexicon rules (conduct.ts) are precise but miss paraphrase they have not seen; on blind
 * rounds held out from its training the classifier found 75–81 % of conduct labels where the
 * lexicon had found 50–63 %, at 56–63 % precision (docs/decisions/014). So it only ever adds a
 * *suggestion* — "可能涉及……，请自查" — for a code the rules did not report, quoting the words that
 * weighed most. It never raises the verdict and never overrides a rule.
 */
import type { Meter } from "./meter";
import MODEL from "./classifier-model.json";
import { RULE_CATALOGUE, type CheckCode } from "./rules";
import type { Token } from "./segment";
import type { Finding } from "./types";

export interface ClassifierModel {
  /** Probability at or above which a code is suggested. */
  threshold: number;
  /** Per code: intercept and the weights of the features that matter (|w| ≥ cutoff). */
  codes: Record<string, { bias: number; weights: Record<string, number> }>;
}

const CJK_RUN = /[\u4e00-\u9fff]+/g;
const PUNCT_OR_SPACE = /^[\p{P}\p{S}\s]+$/u;

/** Features of a text: its words (w:…) and its Chinese character bigrams (b:…). */
export function features(text: string, tokens: readonly Token[], meter?: Meter): Set<string> {
  const out = new Set<string>();
  for (const t of tokens) {
    const w = t.w.trim().toLowerCase();
    if (w && !PUNCT_OR_SPACE.test(w)) out.add(`w:${w}`);
  }
  for (const m of text.matchAll(CJK_RUN)) {
    const run = m[0];
    for (let i = 0; i + 1 < run.length; i++) out.add(`b:${run.slice(i, i + 2)}`);
    for (let i = 0; i + 2 < run.length; i++) out.add(`t:${run.slice(i, i + 3)}`);
  }
  if (meter) meter.ops += tokens.length + text.length;
  return out;
}

/** The model by feature: one lookup per feature of the text, whatever the number of codes. */
const inverted = new WeakMap<ClassifierModel, { codes: string[]; bias: number[]; byFeature: Map<string, [number, number][]> }>();
function invert(model: ClassifierModel) {
  let inv = inverted.get(model);
  if (!inv) {
    const codes = Object.keys(model.codes);
    const byFeature = new Map<string, [number, number][]>();
    codes.forEach((code, i) => {
      for (const [f, w] of Object.entries(model.codes[code]!.weights)) {
        const list = byFeature.get(f) ?? [];
        list.push([i, w]);
        byFeature.set(f, list);
      }
    });
    inv = { codes, bias: codes.map((c) => model.codes[c]!.bias), byFeature };
    inverted.set(model, inv);
  }
  return inv;
}

export function probabilities(model: ClassifierModel, feats: ReadonlySet<string>, meter?: Meter): Map<string, { p: number; top: string[] }> {
  const inv = invert(model);
  const z = [...inv.bias];
  const contrib: [string, number][][] = inv.codes.map(() => []);
  for (const f of feats) {
    const list = inv.byFeature.get(f);
    if (!list) continue;
    for (const [i, w] of list) {
      z[i]! += w;
      if (w > 0) contrib[i]!.push([f, w]);
    }
    if (meter) meter.ops += list.length;
  }
  if (meter) meter.ops += feats.size;
  const out = new Map<string, { p: number; top: string[] }>();
  inv.codes.forEach((code, i) => {
    // A word and its bigram are the same words to the reader: quote each once.
    const top = [...new Set(contrib[i]!.sort((a, b) => b[1] - a[1]).map(([f]) => f.slice(2)))].slice(0, 3);
    out.set(code, { p: 1 / (1 + Math.exp(-z[i]!)), top });
  });
  return out;
}

/** Suggestions for conduct codes the rules did not report, where the model is confident enough. */
export function classifierFindings(text: string, tokens: readonly Token[], reported: ReadonlySet<string>, meter: Meter): Finding[] {
  const model = MODEL as ClassifierModel;
  const probs = probabilities(model, features(text, tokens, meter), meter);
  const end = text.trimEnd().length;
  const out: Finding[] = [];
  for (const [code, { p, top }] of probs) {
    if (p < model.threshold || reported.has(code) || !(code in RULE_CATALOGUE)) continue;
    const title = RULE_CATALOGUE[code as CheckCode].title;
    const words = top.filter((w) => text.includes(w));
    out.push({
      code,
      severity: "suggestion",
      start: 0,
      end,
      message: `语义模型提示：这条消息整体上可能涉及“${title}”（把握 ${Math.round(p * 100)}%），但没有命中明确的规则，请自查${words.length ? `。依据的词语：${words.map((w) => `“${w}”`).join("")}` : ""}。`,
      suggestion: "对照这条规则读一遍：如确有此意，删改后再发；如只是字面相近，可以忽略这条提示。",
      rule: title,
      triggers: words,
      basis: "model",
    });
  }
  return out;
}
