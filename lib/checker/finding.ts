import { FINDINGS, type FindingId } from "./rules";
import type { Span } from "./text";
import type { Finding } from "./types";

/**
 * Builds a finding from its spec in `rules.ts`. `{match}` in the message and suggestion is
 * replaced by `match`, or by the spanned text when no match is given.
 */
export function makeFinding(text: string, id: FindingId, span: Span, match?: string): Finding {
  const spec = FINDINGS[id];
  const m = match ?? text.slice(span.start, span.end);
  return {
    code: spec.code,
    severity: spec.severity,
    start: span.start,
    end: span.end,
    message: spec.message.replaceAll("{match}", m),
    suggestion: spec.suggestion.replaceAll("{match}", m),
  };
}
