/**
 * Pure helpers for the checker page: cutting the draft into highlighted runs for the mirror layer,
 * describing where a finding is, and spotting invisible control characters. No React, no DOM.
 */
import type { CheckResult, Finding, Severity } from "@/lib/checker/types";

export const SEVERITY_LABEL: Record<Severity, string> = { redline: "红线", must: "必须修改", suggestion: "建议" };
/** The headline: never milder than the worst finding (a must-fix is 必须修改, not 建议修改). */
export const VERDICT_LABEL: Record<CheckResult["verdict"], string> = { pass: "可以发送", revise: "必须修改后再发", block: "触碰红线，不能发送" };

const RANK: Record<Severity, number> = { redline: 0, must: 1, suggestion: 2 };
const worst = (a: Severity | null, b: Severity): Severity => (a === null || RANK[b] < RANK[a] ? b : a);

/** A run of text (`start < end`) covered by the same findings, or a zero-width marker. */
export type Piece =
  | { kind: "text"; start: number; end: number; severity: Severity | null; findings: number[] }
  | { kind: "marker"; at: number; severity: Severity; findings: number[] };

/**
 * The text cut at every finding boundary, in order. Each run carries the indexes of the findings
 * covering it and the most severe of their severities (null: not highlighted); a finding with an
 * empty span becomes a marker placed before the text at its position. Spans are clamped to the
 * text, so a result for a slightly different text never throws.
 */
export function highlightPieces(text: string, findings: readonly Finding[]): Piece[] {
  const len = text.length;
  const clamp = (n: number) => Math.min(len, Math.max(0, Number.isFinite(n) ? Math.trunc(n) : 0));
  const spans = findings.map((f, i) => {
    const start = clamp(f.start);
    return { i, start, end: Math.max(start, clamp(f.end)), severity: f.severity };
  });

  const markersAt = new Map<number, { severity: Severity; findings: number[] }>();
  const cuts = new Set<number>([0, len]);
  for (const s of spans) {
    if (s.start === s.end) {
      const m = markersAt.get(s.start);
      if (m) {
        m.findings.push(s.i);
        m.severity = worst(m.severity, s.severity);
      } else markersAt.set(s.start, { severity: s.severity, findings: [s.i] });
      cuts.add(s.start);
    } else {
      cuts.add(s.start);
      cuts.add(s.end);
    }
  }
  const points = [...cuts].sort((a, b) => a - b);

  const startsAt = new Map<number, number[]>();
  for (const s of spans) if (s.end > s.start) startsAt.set(s.start, [...(startsAt.get(s.start) ?? []), s.i]);
  const active = new Set<number>();
  const pieces: Piece[] = [];
  for (let k = 0; k < points.length; k++) {
    const at = points[k]!;
    for (const i of [...active]) if (spans[i]!.end <= at) active.delete(i);
    for (const i of startsAt.get(at) ?? []) active.add(i);
    const m = markersAt.get(at);
    if (m) pieces.push({ kind: "marker", at, severity: m.severity, findings: m.findings });
    const next = points[k + 1];
    if (next === undefined || next === at) continue;
    const covering = [...active].sort((a, b) => a - b);
    let severity: Severity | null = null;
    for (const i of covering) severity = worst(severity, spans[i]!.severity);
    pieces.push({ kind: "text", start: at, end: next, severity, findings: covering });
  }
  return pieces;
}

const MAX_QUOTE = 60;

/** The offending text, shortened for the list when long. */
export function quoteOf(text: string, f: Finding): string {
  const q = text.slice(f.start, f.end).replace(/\s+/g, " ").trim();
  return q.length > MAX_QUOTE ? `${q.slice(0, MAX_QUOTE)}…` : q;
}

/** Where an empty-span finding (something missing) belongs, in words. */
export function placeOf(text: string, f: Finding): string {
  if (f.code === "U1") return "发送时间";
  const before = text.slice(0, f.start).replace(/\s+/g, " ").trim();
  if (before === "") return "开头";
  if (text.slice(f.end).trim() === "") return "结尾";
  const tail = Array.from(before).slice(-8).join("");
  return `“${tail}”之后`;
}

/** C0/C1 control characters other than tab and line breaks, and unpaired surrogates. */
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Invisible control characters in the draft (pasted from other software), with the first one's code. */
export function controlCharacters(text: string): { count: number; first: string | null } {
  const all = text.match(INVISIBLE) ?? [];
  const c = all[0];
  return { count: all.length, first: c === undefined ? null : `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}` };
}

export function withoutControlCharacters(text: string): string {
  return text.replace(INVISIBLE, "");
}

/** Findings per severity, for the verdict banner. */
export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const out: Record<Severity, number> = { redline: 0, must: 0, suggestion: 0 };
  for (const f of findings) out[f.severity]++;
  return out;
}
