/**
 * Precision and recall of the checker on the labelled corpus, per rule code and overall.
 * Counting is per message and code: a code the checker reports on a message whose label has it is
 * a true positive (however many findings), one it reports that the label lacks is a false
 * positive, and a labelled code it does not report is a false negative. All severities count.
 *
 *   npx tsx lib/checker/evaluate.ts          prints the table
 *   npx tsx lib/checker/evaluate.ts --misses also lists every disagreement
 */
import { checkMessage } from "./check";
import { CORPUS, type CorpusEntry } from "./corpus";
import { HOLDOUT_CORPUS, HOLDOUT_CORPUS_2 } from "./corpus-holdout";

/** The labelled sets: the development corpus and the two held-out rounds (see README.md). */
export const CORPUS_SETS: ReadonlyArray<{ name: string; entries: readonly CorpusEntry[] }> = [
  { name: "development corpus (corpus.ts)", entries: CORPUS },
  { name: "held-out round 1 (corpus-holdout.ts)", entries: HOLDOUT_CORPUS },
  { name: "held-out round 2 (corpus-holdout.ts)", entries: HOLDOUT_CORPUS_2 },
];

/** Every labelled message. */
export const ALL_CORPUS: readonly CorpusEntry[] = CORPUS_SETS.flatMap((s) => s.entries);

export interface CodeScore {
  code: string;
  tp: number;
  fp: number;
  fn: number;
  /** null when the checker never reported the code (no denominator). */
  precision: number | null;
  /** null when no message is labelled with the code. */
  recall: number | null;
}

export interface Disagreement {
  id: string;
  missed: string[];
  extra: string[];
}

export interface Evaluation {
  messages: number;
  perCode: CodeScore[];
  overall: CodeScore;
  disagreements: Disagreement[];
}

const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);

function score(code: string, tp: number, fp: number, fn: number): CodeScore {
  return { code, tp, fp, fn, precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn) };
}

export function evaluate(corpus: readonly CorpusEntry[] = ALL_CORPUS): Evaluation {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const bump = (code: string, key: "tp" | "fp" | "fn") => {
    const c = counts.get(code) ?? { tp: 0, fp: 0, fn: 0 };
    c[key]++;
    counts.set(code, c);
  };
  const disagreements: Disagreement[] = [];

  for (const entry of corpus) {
    const input = { text: entry.text, sendAt: entry.sendAt, kind: entry.kind };
    const found = new Set(checkMessage(input).findings.map((f) => f.code));
    const expected = new Set(entry.expect);
    const missed: string[] = [];
    const extra: string[] = [];
    for (const code of expected) {
      if (found.has(code)) bump(code, "tp");
      else {
        bump(code, "fn");
        missed.push(code);
      }
    }
    for (const code of found) {
      if (!expected.has(code)) {
        bump(code, "fp");
        extra.push(code);
      }
    }
    if (missed.length > 0 || extra.length > 0) disagreements.push({ id: entry.id, missed, extra });
  }

  const perCode = [...counts.entries()]
    .map(([code, c]) => score(code, c.tp, c.fp, c.fn))
    .sort((a, b) => codeOrder(a.code) - codeOrder(b.code) || a.code.localeCompare(b.code));
  const total = perCode.reduce((t, c) => ({ tp: t.tp + c.tp, fp: t.fp + c.fp, fn: t.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
  return { messages: corpus.length, perCode, overall: score("overall", total.tp, total.fp, total.fn), disagreements };
}

const GROUP_ORDER = ["R", "G", "U", "V", "TJ", "RP", "P"];
function codeOrder(code: string): number {
  const prefix = code.replace(/\d+$/, "");
  const g = GROUP_ORDER.indexOf(prefix);
  return (g < 0 ? 99 : g) * 100 + Number(code.slice(prefix.length));
}

const pct = (x: number | null) => (x === null ? "   —  " : `${(x * 100).toFixed(1).padStart(5)}%`);

/** The table as Markdown, for the lead's report. */
export function formatTable(e: Evaluation): string {
  const rows = [
    `Corpus: ${e.messages} messages`,
    "",
    "| code | TP | FP | FN | precision | recall |",
    "| --- | ---: | ---: | ---: | ---: | ---: |",
    ...[...e.perCode, e.overall].map((c) => `| ${c.code} | ${c.tp} | ${c.fp} | ${c.fn} | ${pct(c.precision)} | ${pct(c.recall)} |`),
  ];
  return rows.join("\n");
}

const isMain = typeof process !== "undefined" && Array.isArray(process.argv) && /evaluate\.ts$/.test(process.argv[1] ?? "");

if (isMain) {
  const all = evaluate();
  console.log("All labelled messages\n");
  console.log(formatTable(all));
  console.log("\nOverall per set");
  console.log("\n| set | messages | TP | FP | FN | precision | recall |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const set of CORPUS_SETS) {
    const o = evaluate(set.entries).overall;
    console.log(`| ${set.name} | ${set.entries.length} | ${o.tp} | ${o.fp} | ${o.fn} | ${pct(o.precision)} | ${pct(o.recall)} |`);
  }
  if (process.argv.includes("--misses")) {
    console.log("\nDisagreements (missed = labelled but not found, extra = found but not labelled):");
    for (const d of all.disagreements) {
      console.log(`- ${d.id}: missed [${d.missed.join(", ")}] extra [${d.extra.join(", ")}]`);
    }
  }
}
