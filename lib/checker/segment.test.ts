/**
 * The segmenter reads jieba's dict.txt itself (so that `@node-rs/jieba/dict.js` does not keep it
 * and idf.txt in memory, docs/scaling.md "Memory"): it must cut every text as jieba with the
 * package's own dictionary Buffer and the domain terms did.
 */
import fs from "node:fs";
import path from "node:path";
import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict.js";
import { describe, expect, it } from "vitest";
import { loadCorpusSets } from "./corpus";
import { DOMAIN_TERMS } from "./lexicon";
import { searchSegment, segment, wordsOf } from "./segment";
import { filesUnder } from "../test/app-files";

describe("the segmenter's dictionary", () => {
  it("keeps every domain term one word", () => {
    expect(DOMAIN_TERMS.length).toBeGreaterThan(1000);
    expect(DOMAIN_TERMS.filter((t) => wordsOf(t).length !== 1)).toEqual([]);
  });

  // Grows with the corpus (30,000 drafts: 8 s alone, over 30 s on a machine busy with other work).
  it("cuts the drafts and the course as jieba with the package's dictionary does, in both modes", { timeout: 180_000 }, () => {
    const reference = Jieba.withDict(dict);
    reference.loadDict(Buffer.from(DOMAIN_TERMS.map((w) => `${w} 50000`).join("\n"), "utf8"));
    const texts = [
      ...loadCorpusSets().flatMap((s) => s.drafts.map((d) => d.text)),
      ...filesUnder(path.join(process.cwd(), "content")).flatMap((f) => fs.readFileSync(f, "utf8").split(/\n\s*\n/)),
    ];
    expect(texts.length).toBeGreaterThan(2000);
    // One assertion over the texts that cut differently (not two expects per text: 60,000 of them
    // cost seconds), so a failure lists every such text.
    const joined = (words: readonly string[]) => words.join("\u0000");
    const differ = texts.filter((text) => {
      const lower = text.toLowerCase();
      return (
        joined(segment(text).map((t) => t.w)) !== joined(reference.cut(text, false)) ||
        joined(searchSegment(lower)) !== joined(reference.cutForSearch(lower, false))
      );
    });
    expect(differ).toEqual([]);
  });
});
