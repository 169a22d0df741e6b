import { FINDINGS, type FindingId, RULE_CATALOGUE } from "./rules";
import type { Span } from "./text";
import type { Finding } from "./types";

/**
 * Builds a form or data finding from its spec in `rules.ts`. `{match}` in the message and
 * suggestion is replaced by `match`, or by the spanned text when no match is given; the spanned
 * text (if any) is the finding's trigger.
 */
export function makeFinding(text: string, id: FindingId, span: Span, match?: string): Finding {
  const spec = FINDINGS[id];
  const spanned = text.slice(span.start, span.end);
  const m = match ?? spanned;
  return {
    code: spec.code,
    severity: spec.severity,
    start: span.start,
    end: span.end,
    message: spec.message.replaceAll("{match}", m),
    suggestion: spec.suggestion.replaceAll("{match}", m),
    rule: RULE_CATALOGUE[spec.code].title,
    triggers: spanned.trim() ? [spanned.trim()] : [],
    basis: "rule",
  };
}

const SEVERITY_RANK = { redline: 0, must: 1, suggestion: 2 } as const;

/**
 * One problem, one finding: two findings of the same rule on overlapping words (the conduct rule
 * P4 on "张三的身份证号是…" and the number check P4 on the number itself) are one item for the
 * reader and one count in the headline. The survivor is the more severe, then a rule's over the
 * model's, then the narrower span (it marks the offending words more precisely); it carries the
 * trigger words of both. Findings on missing parts (empty spans) are left alone.
 */
export function mergeOverlapping(found: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  for (const f of found) {
    const i = f.start === f.end ? -1 : out.findIndex((g) => g.code === f.code && g.start < g.end && g.start < f.end && f.start < g.end);
    if (i < 0) {
      out.push(f);
      continue;
    }
    const g = out[i];
    const better =
      SEVERITY_RANK[f.severity] - SEVERITY_RANK[g.severity] || (f.basis === g.basis ? 0 : f.basis === "rule" ? -1 : 1) || f.end - f.start - (g.end - g.start);
    const [keep, drop] = better < 0 ? [f, g] : [g, f];
    out[i] = { ...keep, triggers: [...new Set([...keep.triggers, ...drop.triggers])] };
  }
  return out;
}
