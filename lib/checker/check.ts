/**
 * The full check, on the server: the form checks (check-form.ts), the conduct rules over the
 * segmented text (conduct.ts), and the classifier's suggestions where no rule spoke (classifier.ts). Deterministic, never throws for any string; validate untrusted
 * input with `ZCheckInput` first (it bounds the length, so the cost is bounded too).
 */
import { type ClassifierModel, classifierFindings } from "./classifier";
import { mergeOverlapping } from "./finding";
import { checkConduct } from "./conduct";
import { formFindings, sortFindings, verdictOf } from "./check-form";
import { type Meter, newMeter } from "./meter";
import { segment } from "./segment";
import { MODEL_CUES } from "./model-cues";
import { type CheckCode, SIGNATURE } from "./rules";
import { analyse } from "./structure";
import type { CheckInput, CheckResult } from "./types";

const OFFICIAL_CLOSING = /特此(?:通知|公告|通告)/;
export const UNIT_SIGNATURE = new RegExp(`(?:${SIGNATURE.unitSuffix})(?:\\s|$|[（(])`);

/** Longest text the checker processes, in UTF-16 units (ZCheckInput allows 20,000 code points). */
export const MAX_PROCESSED_UNITS = 40_000;

/** `model` replaces the shipped classifier: for held-out measurements (experiment-classifier.ts) only. */
export function checkMessage(input: CheckInput, meter: Meter = newMeter(), model?: ClassifierModel): CheckResult {
  let text = typeof input.text === "string" ? input.text : "";
  // Callers validate first; this only guarantees a bound for any caller that does not.
  if (text.length > MAX_PROCESSED_UNITS) text = text.slice(0, MAX_PROCESSED_UNITS);
  if (text.trim() === "") return { verdict: "pass", findings: [] };

  const s = analyse(text);
  const found = formFindings(s, { ...input, text }, meter);
  const tokens = segment(text);
  meter.ops += tokens.length;
  const official = OFFICIAL_CLOSING.test(text) || (s.signature !== null && UNIT_SIGNATURE.test(text.slice(s.signature.span.start, s.signature.span.end)));
  found.push(
    ...checkConduct({ text, tokens, sentences: s.sentences, address: s.address?.span ?? null, signature: s.signature?.span ?? null, official, meter }),
  );
  // The classifier's second opinion, for conduct codes no rule reported: a finding of the rule's
  // severity where calibrated and cue-backed, else a suggestion (classifier.ts, decision 020).
  const byModel = classifierFindings(text, tokens, new Set(found.map((f) => f.code)), meter, model);
  // A code the model raised may supersede a milder rule finding on the same words (model-cues.ts).
  const superseded = new Set<string>(byModel.filter((f) => f.severity !== "suggestion").flatMap((f) => MODEL_CUES[f.code as CheckCode]?.supersedes ?? []));
  const kept = found.filter((f) => !(f.basis === "rule" && superseded.has(f.code)));

  const findings = sortFindings(mergeOverlapping([...kept, ...byModel]));
  return { verdict: verdictOf(findings), findings };
}
