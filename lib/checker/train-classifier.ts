/**
 * Trains the classifier (classifier.ts) on every labelled fixture and writes
 * classifier-model.json. Deterministic: fixed order, fixed epochs, no randomness.
 *
 *   npm run checker:train     (after adding or changing fixtures; commit the model)
 */
import fs from "node:fs";
import path from "node:path";
import { type ClassifierModel, features } from "./classifier";
import { loadCorpusSets } from "./corpus";
import { segment } from "./segment";

/** The conduct codes: the form rules are exact and need no model. */
export const CLASSIFIED = ["V1", "V2", "V3", "TJ1", "TJ2", "TJ3", "RP2", "WH1", "P2", "P3", "P4", "P5", "P6", "P7", "P8", "P9"];
/** Chosen on blind rounds held out from training (experiment-classifier.ts, decision 014). */
export const THRESHOLD = 0.5;
const EPOCHS = 40;
const L2 = 1e-3;
/** Weights smaller than this are dropped from the shipped model. */
const CUTOFF = 0.15;

export function trainModel(docs: { text: string; labels: readonly string[] }[]): ClassifierModel {
  const feats = docs.map((d) => [...features(d.text, segment(d.text))]);
  const df = new Map<string, number>();
  for (const f of feats) for (const x of f) df.set(x, (df.get(x) ?? 0) + 1);
  const vocab = [...df].filter(([, n]) => n >= 2).map(([x]) => x);
  const index = new Map(vocab.map((x, i) => [x, i]));
  const rows = feats.map((f) => f.flatMap((x) => (index.has(x) ? [index.get(x)!] : [])));
  const codes: ClassifierModel["codes"] = {};
  for (const code of CLASSIFIED) {
    const y = docs.map((d) => (d.labels.includes(code) ? 1 : 0));
    const pos = y.filter((v) => v === 1).length;
    const posWeight = Math.min(10, (y.length - pos) / Math.max(1, pos));
    const w = new Float64Array(vocab.length);
    let b = 0;
    for (let epoch = 0; epoch < EPOCHS; epoch++) {
      const lr = 0.3 / (1 + epoch * 0.1);
      for (let i = 0; i < rows.length; i++) {
        let z = b;
        for (const j of rows[i]!) z += w[j]!;
        const g = (1 / (1 + Math.exp(-z)) - y[i]!) * (y[i] ? posWeight : 1);
        b -= lr * g;
        for (const j of rows[i]!) w[j] = w[j]! * (1 - lr * L2) - lr * g;
      }
    }
    const weights: Record<string, number> = {};
    vocab.forEach((x, j) => {
      if (Math.abs(w[j]!) >= CUTOFF) weights[x] = Math.round(w[j]! * 1000) / 1000;
    });
    codes[code] = { bias: Math.round(b * 1000) / 1000, weights };
  }
  return { threshold: THRESHOLD, codes };
}

if (/train-classifier\.ts$/.test(process.argv[1] ?? "")) {
  const docs = loadCorpusSets().flatMap((s) => s.drafts);
  const model = trainModel(docs);
  const file = path.join(import.meta.dirname, "classifier-model.json");
  fs.writeFileSync(file, `${JSON.stringify(model)}\n`);
  const n = Object.values(model.codes).reduce((a, c) => a + Object.keys(c.weights).length, 0);
  console.log(`trained on ${docs.length} drafts; ${n} weights; ${(fs.statSync(file).size / 1024).toFixed(0)} kB → ${path.relative(process.cwd(), file)}`);
}
