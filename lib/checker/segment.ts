/**
 * Chinese word segmentation for the server: jieba (jieba-rs through @node-rs/jieba, a prebuilt
 * N-API binary shipped inside the npm package, no download at install or run time) with its
 * standard dictionary plus the checker's domain terms (`DOMAIN_TERMS`), so that 奶茶钱、涉密件、
 * 标底 come out as one word and a lexicon entry only ever matches on word boundaries (中标 is not
 * found in 执行中标准, 操 is not found in 操作).
 *
 * Native code cannot run in the browser: the page's instant check runs only the form rules
 * (check-form.ts), and this module is server-only (docs/decisions/014-message-checker-v2.md).
 * The dictionary is loaded once, on first use (~0.3 s); a cut of 2,000 characters takes ~0.2 ms.
 */
import fs from "node:fs";
import path from "node:path";
import { Jieba } from "@node-rs/jieba";
import { DOMAIN_TERMS } from "./lexicon";

export interface Token {
  /** The word as written (a slice of the text). */
  w: string;
  /** UTF-16 offsets into the text. */
  start: number;
  end: number;
}

/** Frequency given to domain terms: high enough to win over splitting, as jieba's user dictionaries do. */
const DOMAIN_FREQ = 50_000;

let jieba: Jieba | null = null;

/**
 * jieba's standard dictionary, read here rather than through `@node-rs/jieba/dict.js`: that module
 * keeps its dict.txt and idf.txt (never used here) as Buffers for the life of the process, 11 MB
 * (docs/scaling.md, "Memory"); this one is garbage once jieba has built its own tables from it.
 */
function standardDictionary(): Buffer {
  return fs.readFileSync(path.join(/*turbopackIgnore: true*/ process.cwd(), "node_modules", "@node-rs", "jieba", "dict.txt"));
}

function instance(): Jieba {
  if (!jieba) {
    const j = Jieba.withDict(standardDictionary());
    j.loadDict(Buffer.from(DOMAIN_TERMS.map((w) => `${w} ${DOMAIN_FREQ}`).join("\n"), "utf8"));
    jieba = j;
  }
  return jieba;
}

/** Loads the dictionaries now rather than on the first check (server start-up). */
export function warmUpSegmenter(): void {
  instance().cut("预热", false);
}

/**
 * The words of `text`, in order, covering it exactly (whitespace and punctuation are tokens too).
 * jieba returns every character of its input; lone surrogates come back as U+FFFD of the same
 * length, so offsets are the running sum of lengths and each token's text is taken from `text`.
 */
export function segment(text: string): Token[] {
  if (text === "") return [];
  const words = instance().cut(text, false);
  const out: Token[] = [];
  let at = 0;
  for (const w of words) {
    const end = at + w.length;
    out.push({ w: text.slice(at, end), start: at, end });
    at = end;
  }
  if (at !== text.length) {
    // Never expected; one token per code unit keeps offsets right whatever the binding did.
    return Array.from({ length: text.length }, (_, i) => ({ w: text[i]!, start: i, end: i + 1 }));
  }
  return out;
}

/** The words of a lexicon entry, as the same segmenter cuts it. */
export function wordsOf(entry: string): string[] {
  return instance().cut(entry, false);
}

/** Words for a search index: jieba's search mode also yields the shorter words inside long ones (发红包 → 红包). */
export function searchSegment(text: string): string[] {
  if (text === "") return [];
  return instance().cutForSearch(text, false);
}
