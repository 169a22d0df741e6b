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
