/**
 * The full check, on the server: the form checks (check-form.ts), the conduct rules over the
 * segmented text (conduct.ts), and the classifier's suggestions where no rule spoke (classifier.ts). Deterministic, never throws for any string; validate untrusted
 * input with `ZCheckInput` first (it bounds the length, so the cost is bounded too).
 */
import { type ClassifierModel, classifierFindings } from "./classifier";
import { mergeOverlapping } from "./finding";
import { checkConduct, isHint } from "./conduct";
import { MOMENTS_WORK, MOMENTS_WORK_FINDING, WORKGROUP_OFF_TOPIC, WORKGROUP_OFF_TOPIC_FINDING } from "./conduct-rules";
import { formFindings, sortFindings, verdictOf } from "./check-form";
import { type Meter, newMeter } from "./meter";
import { segment } from "./segment";
import { MODEL_CUES } from "./model-cues";
import { ABIDE_CLOSING, type CheckCode, RULE_CATALOGUE, SIGNATURE } from "./rules";
import { analyse } from "./structure";
import type { Channel, CheckInput, CheckResult, Finding, Severity } from "./types";

const OFFICIAL_CLOSING = new RegExp(`特此(?:通知|公告|通告)|${ABIDE_CLOSING}`);
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
    ...checkConduct({
      text,
      tokens,
      sentences: s.sentences,
      address: s.address?.span ?? null,
      signature: s.signature?.span ?? null,
      official,
      channel: input.channel,
      meter,
    }),
  );
  // The classifier's second opinion, for conduct codes no rule reported: a finding of the rule's
  // severity where calibrated and cue-backed, else a suggestion (classifier.ts, decision 020).
  // A hint rule's finding does not stop the model from claiming its code (decision 043).
  const reported = new Set(found.filter((f) => !isHint(f)).map((f) => f.code));
  const byModel = classifierFindings(text, tokens, reported, meter, model);
  // A code the model raised may supersede a milder rule finding on the same words (model-cues.ts).
  const superseded = new Set<string>(byModel.filter((f) => f.severity !== "suggestion").flatMap((f) => MODEL_CUES[f.code as CheckCode]?.supersedes ?? []));
  const kept = found.filter((f) => !(f.basis === "rule" && superseded.has(f.code)));
  const all = moot(kept, byModel);
  const beside = input.channel ? BESIDE[input.channel] : undefined;
  if (beside) all.push(...besideFindings(all, beside));

  const findings = sortFindings(mergeOverlapping(all));
  return { verdict: verdictOf(findings), findings };
}

/**
 * A plea for votes or likes with a prize (P9, by rule) is no message to put in order either: of the
 * 18 P9 drafts of all sets written as requests or notices, none is labelled R1 or R5 (decision 049).
 */
const MOOT_FORM_BESIDE: ReadonlySet<string> = new Set(["P9"]);

/**
 * A draft that crosses a red line by rule must not be sent at all: a missing address (R1) or
 * signature (R5) is then moot and only a suggestion. Writers almost never mark them on such drafts
 * (decision 034: 4 R1 and 21 R5 labels on 1,050 red-line drafts of rounds 1–27).
 */
function moot(kept: readonly Finding[], byModel: readonly Finding[]): Finding[] {
  const all = [...kept, ...byModel];
  if (!kept.some((f) => f.basis === "rule" && (f.severity === "redline" || MOOT_FORM_BESIDE.has(f.code)))) return all;
  return all.map((f) => ((f.code === "R1" || f.code === "R5") && f.severity === "must" && f.start === f.end ? { ...f, severity: "suggestion" } : f));
}

/** A channel's rule that other findings also break there: the code it brings, per code of theirs. */
interface Beside {
  code: CheckCode;
  entries: Readonly<Partial<Record<CheckCode, { what: string; severity: Severity }>>>;
  finding: { message: string; suggestion: string };
}

/**
 * In a work group, the findings of conduct that is off-topic by nature (WORKGROUP_OFF_TOPIC: an
 * advert, a 集赞 plea, gambling …) each bring a G2 finding on the same words: the post breaks the
 * group's rule as well. On 朋友圈, gossip about colleagues or the unit's matters bring a G5
 * suggestion (MOMENTS_WORK). A model's claim (a must-fix or red line it raised) brings one too, its
 * suggestions not.
 */
const BESIDE: Partial<Record<Channel, Beside>> = {
  workgroup: { code: "G2", entries: WORKGROUP_OFF_TOPIC, finding: WORKGROUP_OFF_TOPIC_FINDING },
  moments: { code: "G5", entries: MOMENTS_WORK, finding: MOMENTS_WORK_FINDING },
};

function besideFindings(found: readonly Finding[], beside: Beside): Finding[] {
  return found.flatMap((f) => {
    const entry = beside.entries[f.code as CheckCode];
    // The model's mere suggestions stay suggestions of their own code: a finding beside each would only repeat them.
    if (!entry || (f.basis === "model" && f.severity === "suggestion")) return [];
    const quoted = f.triggers.map((w) => `“${w}”`).join("");
    return [
      {
        code: beside.code,
        severity: entry.severity,
        start: f.start,
        end: f.end,
        message: beside.finding.message.replaceAll("{words}", quoted || "这条消息").replaceAll("{what}", entry.what),
        suggestion: beside.finding.suggestion,
        rule: RULE_CATALOGUE[beside.code].title,
        triggers: f.triggers,
        basis: f.basis,
      },
    ];
  });
}
