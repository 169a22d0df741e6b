/**
 * Text helpers shared by the detectors: sentence splitting with the platform's Intl.Segmenter,
 * whitespace-trimmed spans, clause boundaries, negation and quotation tests. All offsets are
 * UTF-16 indices into the original string; nothing here normalises or copies the text.
 */
import { NEGATORS } from "./rules";

export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  text: string;
}

/** Whitespace, including the ideographic space, WeChat's mention space and zero-width marks. */
const SPACE = /[\s\u200b\u2060\ufeff]/;

export function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && SPACE.test(ch);
}

/** [start, end) with surrounding whitespace removed; empty spans collapse to start. */
export function trimSpan(text: string, start: number, end: number): Span {
  let s = Math.max(0, start);
  let e = Math.min(text.length, end);
  while (s < e && isSpace(text[s])) s++;
  while (e > s && isSpace(text[e - 1])) e--;
  return { start: s, end: e };
}

/** Drops trailing punctuation (，。！？~ …) from a span, e.g. "在吗？" → "在吗". */
const TRAILING_PUNCT = /[\s，,。.！!？?~～…；;：:、]/;
export function trimTrailingPunct(text: string, span: Span): Span {
  let e = span.end;
  while (e > span.start && TRAILING_PUNCT.test(text[e - 1] ?? "")) e--;
  return { start: span.start, end: e };
}

let segmenter: Intl.Segmenter | null | undefined;
function getSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined) {
    segmenter = typeof Intl !== "undefined" && typeof Intl.Segmenter === "function" ? new Intl.Segmenter("zh-CN", { granularity: "sentence" }) : null;
  }
  return segmenter;
}

/** Fallback where Intl.Segmenter is missing: end at 。！？!? (plus closing quotes) or a line break. */
const FALLBACK_SENTENCE = /[^。！？!?\n]*(?:[。！？!?]+[”’」』）)]*|\n|$)/g;

/** Sentences of `text`, trimmed, empty ones dropped, in order. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const push = (start: number, end: number) => {
    const t = trimSpan(text, start, end);
    if (t.end > t.start) out.push({ start: t.start, end: t.end, text: text.slice(t.start, t.end) });
  };
  const seg = getSegmenter();
  if (seg) {
    for (const s of seg.segment(text)) push(s.index, s.index + s.segment.length);
  } else {
    for (const m of text.matchAll(FALLBACK_SENTENCE)) {
      if (m[0].length > 0) push(m.index, m.index + m[0].length);
    }
  }
  return out;
}

/** The sentence containing `index`, by binary search; undefined between sentences. */
export function sentenceIndexAt(sentences: readonly Sentence[], index: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (index < s.start) hi = mid - 1;
    else if (index >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

const CLAUSE_BREAK = /[，,；;。！？!?：:\n]/;

/** Start of the clause that contains `index`, looking back at most `max` characters. */
export function clauseStart(text: string, index: number, max = 20): number {
  const limit = Math.max(0, index - max);
  for (let i = index - 1; i >= limit; i--) {
    if (CLAUSE_BREAK.test(text[i] ?? "")) return i + 1;
  }
  return limit;
}

/** True when a negator (不得、严禁、不 …) precedes `index` in the same clause. */
export function isNegated(text: string, index: number, max = 20): boolean {
  return NEGATORS.test(text.slice(clauseStart(text, index, max), index));
}

const OPEN_QUOTES = '“「『"‘';
const CLOSE_QUOTES = '”」』"’';

/** True when `index` lies inside quotation marks opened within the same sentence. */
export function isQuoted(text: string, sentenceStart: number, index: number): boolean {
  let depth = 0;
  for (let i = sentenceStart; i < index; i++) {
    const ch = text[i] ?? "";
    if (ch === '"') depth = depth > 0 ? depth - 1 : depth + 1;
    else if (OPEN_QUOTES.includes(ch)) depth++;
    else if (CLOSE_QUOTES.includes(ch) && depth > 0) depth--;
  }
  return depth > 0;
}

/** Number of non-whitespace characters (code points), as a reader would count them. */
export function visibleLength(text: string): number {
  let n = 0;
  for (const ch of text) if (!isSpace(ch)) n++;
  return n;
}

export interface Line extends Span {
  text: string;
}

/** Lines of `text` (split at \n, \r\n or \r) with their offsets, untrimmed. */
export function splitLines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const ch = text[i];
    if (i === text.length || ch === "\n" || ch === "\r") {
      out.push({ start, end: i, text: text.slice(start, i) });
      if (ch === "\r" && text[i + 1] === "\n") i++;
      start = i + 1;
    }
  }
  return out;
}
