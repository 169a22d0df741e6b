/**
 * A second opinion for the conduct rules: a per-code logistic regression over jieba words and
 * Chinese character bigrams and trigrams, trained at build time on the labelled fixtures (train-classifier.ts
 * writes classifier-model.json, committed; no model is downloaded or trained at run time).
 *
 * The lexicon rules (conduct.ts) are precise but miss paraphrase they have not seen; on blind
 * rounds held out from its training the classifier found far more of it, but alone it is too
 * imprecise to block a message (docs/decisions/014, 020). So, for a conduct code no rule reported:
 * - it raises a finding of the rule's own severity (red line, must-fix) only when its probability
 *   reaches that code's calibrated threshold (`promote`, chosen by train-classifier.ts on
 *   predictions for drafts held out of training), a lexical cue of the same rule occurs and no
 *   clean context of it does (model-cues.ts) — the finding quotes the cue words;
 * - otherwise, at p ≥ `threshold`, it adds a *suggestion* — "可能涉及……，请自查".
 */
import fs from "node:fs";
import path from "node:path";
import type { Meter } from "./meter";
import { MODEL_CUES } from "./model-cues";
import { RED_LINE_CODES, RULE_CATALOGUE, type CheckCode } from "./rules";
import type { Token } from "./segment";
import type { Finding, Severity } from "./types";

export interface ClassifierModel {
  /** Probability at or above which a code is suggested. */
  threshold: number;
  /** Per code: probability at or above which, with a cue and no clean context, the code is raised at its own severity. */
  promote?: Record<string, number>;
  /** Per code: intercept and the weights of the features that matter (|w| ≥ cutoff). */
  codes: Record<string, { bias: number; weights: Record<string, number> }>;
}

const GLOBAL_CUES = new Map(Object.entries(MODEL_CUES).map(([code, c]) => [code, new RegExp(c.cue.source, "g")]));
const CJK_RUN = /[\u4e00-\u9fff]+/g;
const PUNCT_OR_SPACE = /^[\p{P}\p{S}\s]+$/u;

/**
 * Features of a text: its words (w:…), its Chinese character bigrams (b:…) and trigrams (t:…), and
 * for each cue family of model-cues.ts whether it occurs once, twice, three times (c:, c2:, c3:) and
 * whether its clean context does (k:). The families generalise to new wording where n-grams of the
 * training drafts do not (decision 020: +2–4 points of held-out recall).
 */
/** Per cue family: its distinct words in the text, and whether its clean context occurs. */
export type CueScan = Map<string, { words: string[]; clean: boolean }>;

/** One pass of every cue family over the text, shared by the features and the findings. */
export function scanCues(text: string): CueScan {
  const out: CueScan = new Map();
  for (const [code, c] of Object.entries(MODEL_CUES)) {
    out.set(code, {
      words: [...new Set(text.match(GLOBAL_CUES.get(code)!) ?? [])],
      clean: (c.clean?.test(text) ?? false) || (c.cleanContext?.(text) ?? false),
    });
  }
  return out;
}

export function features(text: string, tokens: readonly Token[], meter?: Meter, scan: CueScan = scanCues(text)): Set<string> {
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
  // The cue families (model-cues.ts) as features: general paraphrase families carry over to new
  // wording better than the n-grams of the drafts the model was trained on.
  for (const [code, { words, clean }] of scan) {
    const n = words.length;
    if (n >= 1) out.add(`c:${code}`);
    if (n >= 2) out.add(`c2:${code}`);
    if (n >= 3) out.add(`c3:${code}`);
    if (clean) out.add(`k:${code}`);
  }
  if (meter) meter.ops += tokens.length + text.length * (1 + 2 * Object.keys(MODEL_CUES).length);
  return out;
}

/**
 * A model as scored: by feature, one lookup per feature of the text whatever the number of codes,
 * its (code, weight) pairs in typed arrays. The JSON's per-code objects and an index of small
 * arrays held ~21 MB of heap for the shipped model's 72,000 weights; this form ~2 MB
 * (docs/scaling.md, "Memory"). Pairs keep the order of the JSON's codes, so sums are the same.
 */
interface ScoringModel {
  threshold: number;
  promote: Record<string, number> | undefined;
  codes: string[];
  bias: Float64Array;
  /** Feature → its slot; the slot's pairs are `start[slot]` up to `start[slot + 1]`. */
  slot: Map<string, number>;
  start: Uint32Array;
  code: Uint8Array;
  weight: Float64Array;
}

function compact(model: ClassifierModel): ScoringModel {
  const codes = Object.keys(model.codes);
  if (codes.length > 256) throw new Error("classifier: more than 256 codes");
  const slot = new Map<string, number>();
  const count: number[] = [];
  for (const c of codes) {
    for (const f of Object.keys(model.codes[c]!.weights)) {
      const s = slot.get(f);
      if (s === undefined) {
        slot.set(f, count.length);
        count.push(1);
      } else count[s]!++;
    }
  }
  const start = new Uint32Array(count.length + 1);
  count.forEach((n, s) => (start[s + 1] = start[s]! + n));
  const next = start.slice(0, count.length);
  const code = new Uint8Array(start[count.length]!);
  const weight = new Float64Array(start[count.length]!);
  codes.forEach((c, i) => {
    for (const [f, w] of Object.entries(model.codes[c]!.weights)) {
      const at = next[slot.get(f)!]!++;
      code[at] = i;
      weight[at] = w;
    }
  });
  return { threshold: model.threshold, promote: model.promote, codes, bias: Float64Array.from(codes, (c) => model.codes[c]!.bias), slot, start, code, weight };
}

const compacted = new WeakMap<ClassifierModel, ScoringModel>();
function scoringModel(model: ClassifierModel): ScoringModel {
  let m = compacted.get(model);
  if (!m) compacted.set(model, (m = compact(model)));
  return m;
}

let shipped: ScoringModel | undefined;
/**
 * The shipped model (classifier-model.json), read on first use and kept only in its compact form:
 * imported, the JSON would stay in the bundle's source and as objects for the life of the process.
 */
function shippedModel(): ScoringModel {
  shipped ??= compact(
    JSON.parse(fs.readFileSync(path.join(/*turbopackIgnore: true*/ process.cwd(), "lib", "checker", "classifier-model.json"), "utf8")) as ClassifierModel,
  );
  return shipped;
}

export function probabilities(model: ClassifierModel, feats: ReadonlySet<string>, meter?: Meter): Map<string, { p: number; top: string[] }> {
  return score(scoringModel(model), feats, meter);
}

function score(m: ScoringModel, feats: ReadonlySet<string>, meter?: Meter): Map<string, { p: number; top: string[] }> {
  const z = Array.from(m.bias);
  const contrib: [string, number][][] = m.codes.map(() => []);
  for (const f of feats) {
    const s = m.slot.get(f);
    if (s === undefined) continue;
    const end = m.start[s + 1]!;
    for (let at = m.start[s]!; at < end; at++) {
      const i = m.code[at]!;
      const w = m.weight[at]!;
      z[i]! += w;
      if (w > 0) contrib[i]!.push([f, w]);
    }
    if (meter) meter.ops += end - m.start[s]!;
  }
  if (meter) meter.ops += feats.size;
  const out = new Map<string, { p: number; top: string[] }>();
  m.codes.forEach((code, i) => {
    // A word and its bigram are the same words to the reader: quote each once.
    const top = [...new Set(contrib[i]!.sort((a, b) => b[1] - a[1]).map(([f]) => f.slice(2)))].slice(0, 3);
    out.set(code, { p: 1 / (1 + Math.exp(-z[i]!)), top });
  });
  return out;
}

const RED = new Set<string>(RED_LINE_CODES);
/** A red line's cue with at least this probability is worth a hedged suggestion. */
const CUED_HINT = 0.15;
/** The severity a conduct code has when a rule reports it (conduct-rules.ts): P7 is only ever a caution. */
export function severityOf(code: string): Severity {
  return RED.has(code) ? "redline" : code === "P7" ? "suggestion" : "must";
}

/** The cue words of `code` in the text, when its cue occurs and no clean context does; else null. */
export function cueWords(code: string, text: string, scan?: CueScan): string[] | null {
  const c = MODEL_CUES[code as CheckCode];
  if (!c) return null;
  const found = scan?.get(code) ?? scanCues(text).get(code)!;
  if (found.clean) return null;
  return found.words.length >= (c.minCues ?? 1) ? found.words.slice(0, 4) : null;
}

/**
 * The classifier's findings for conduct codes the rules did not report: raised at the rule's
 * severity where calibrated, cue-backed and not in a clean context; otherwise suggestions.
 */
export function classifierFindings(text: string, tokens: readonly Token[], reported: ReadonlySet<string>, meter: Meter, given?: ClassifierModel): Finding[] {
  const model = given ? scoringModel(given) : shippedModel();
  const scan = scanCues(text);
  const wordsOfText = new Set(tokens.map((t) => t.w));
  const probs = score(model, features(text, tokens, meter, scan), meter);
  const end = text.trimEnd().length;
  const out: Finding[] = [];
  const raised = new Set<string>();
  // Highest probability first, so that of two codes where one yields to the other the likelier speaks.
  for (const [code, { p, top }] of [...probs].sort((a, b) => b[1].p - a[1].p)) {
    const bar = model.promote?.[code];
    if (p < Math.min(model.threshold, bar ?? 1, CUED_HINT) || reported.has(code) || !(code in RULE_CATALOGUE)) continue;
    const title = RULE_CATALOGUE[code as CheckCode].title;
    // Quote only what a reader sees as a word of the message: the model also weighs character
    // pairs across word boundaries (机密文件请 → "件请"), which mean nothing to the sender.
    const words = top.filter((w) => wordsOfText.has(w));
    const yields = MODEL_CUES[code as CheckCode]?.yieldsTo?.some((c) => reported.has(c) || raised.has(c)) ?? false;
    const cues = bar !== undefined && p >= bar && !yields ? cueWords(code, text, scan) : null;
    if (meter) meter.ops += text.length;
    const severity = severityOf(code);
    if (cues && severity !== "suggestion") {
      raised.add(code);
      // A cue inside a longer word is quoted as that word (密 in 机密 → 机密).
      const whole = cues.map((c) => tokens.find((t) => t.w.includes(c))?.w ?? c);
      const quoted = [...new Set([...whole, ...words])].slice(0, 5);
      out.push({
        code,
        severity,
        start: 0,
        end,
        message: `语义判断：这条消息整体上${severity === "redline" ? "触碰" : "违反"}“${title}”（模型把握 ${Math.round(p * 100)}%），依据的词语：${quoted.map((w) => `“${w}”`).join("")}。`,
        suggestion:
          severity === "redline"
            ? "这条消息不能发送：删去相关内容；如确属误判，请按单位规定请示后再发。"
            : "删改相关内容后再发；如确属误判，可对照这条规则说明理由。",
        rule: title,
        triggers: quoted,
        basis: "model",
      });
      continue;
    }
    // Below the model's threshold, a red line is still hinted at when a cue of it occurs.
    if (p < model.threshold && !(RED.has(code) && (cues ?? cueWords(code, text, scan)))) continue;
    // When none of the model's own features is a word of the text, the hint quotes the rule's cue
    // words there (as whole words). A hint with neither stays (dropping them cost rounds 5–11 recall).
    const hinted = words.length ? words : [...new Set((scan.get(code)?.words ?? []).map((c) => tokens.find((t) => t.w.includes(c))?.w ?? c))].slice(0, 4);
    out.push({
      code,
      severity: "suggestion",
      start: 0,
      end,
      message: `语义模型提示：这条消息整体上可能涉及“${title}”（把握 ${Math.round(p * 100)}%），但没有命中明确的规则，请自查${hinted.length ? `。依据的词语：${hinted.map((w) => `“${w}”`).join("")}` : ""}。`,
      suggestion: "对照这条规则读一遍：如确有此意，删改后再发；如只是字面相近，可以忽略这条提示。",
      rule: title,
      triggers: hinted,
      basis: "model",
    });
  }
  return out;
}
