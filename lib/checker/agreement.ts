/**
 * How far two careful human readers of the same rules agree, and where the checker stands between
 * them (decision 079). For some blind rounds a second reader, who read only the seeds, the inventory
 * and a short brief and never the writer's labels, labelled the same messages
 * (`__fixtures__/second-reader/round-<k>.yaml`). This prints, per round and pooled:
 * - the second reader scored against the writer's labels, and the writer against the reader's;
 * - the checker scored against each, and against what both agree on (the labels both gave, the
 *   drafts both left clean).
 *
 * Counting is `evaluate.ts`'s, for humans and checker alike, with one change: a code matches the codes
 * its rule names as the same conduct in either direction (ZJ1 and V3 match each other), since a human
 * reader may write either code, where the checker only ever reports its own.
 * A human's label is a claim; the checker's suggestions count towards recall, not against precision.
 *
 *   npm run checker:agreement
 */
import fs from "node:fs";
import path from "node:path";
import { load } from "js-yaml";
import { z } from "zod";
import { checkMessage } from "./check";
import { type Draft, FIXTURES_DIR, loadCorpusFile, loadRoundRecords, ZCode } from "./corpus";
import { covers, inputOf } from "./evaluate";
import { RED_LINE_CODES, RULE_CATALOGUE } from "./rules";

export const READER_DIR = path.join(FIXTURES_DIR, "second-reader");

const ZReading = z.strictObject({
  round: z.number().int().positive(),
  reader: z.string(),
  drafts: z.array(z.strictObject({ id: z.string(), labels: z.array(ZCode), note: z.string().optional() })),
});

/** Per draft: the labels (claims) and, for the checker, the codes only suggested. */
export interface Labelling {
  claims: readonly string[];
  suggestions?: readonly string[];
}

const RED = new Set<string>(RED_LINE_CODES);

/** `covers` in both directions: the codes a label of `code` stands for. */
export function matches(code: string): Set<string> {
  const out = new Set(covers(code));
  for (const [other, info] of Object.entries(RULE_CATALOGUE) as [string, { sameConduct?: readonly string[] }][]) {
    if (info.sameConduct?.includes(code)) out.add(other);
  }
  return out;
}

export interface Agreement {
  labels: number;
  found: number;
  claims: number;
  wrongClaims: number;
  redLabels: number;
  redFound: number;
  clean: number;
  falseAlarms: number;
}

const empty = (): Agreement => ({ labels: 0, found: 0, claims: 0, wrongClaims: 0, redLabels: 0, redFound: 0, clean: 0, falseAlarms: 0 });

export function add(a: Agreement, b: Agreement): Agreement {
  return Object.fromEntries(Object.keys(a).map((k) => [k, a[k as keyof Agreement] + b[k as keyof Agreement]])) as unknown as Agreement;
}

/** `other` scored against `reference`, draft by draft (the same drafts, in the same order). */
export function agreement(reference: readonly Labelling[], other: readonly Labelling[]): Agreement {
  const a = empty();
  reference.forEach((ref, i) => {
    const o = other[i]!;
    const hinted = new Set([...o.claims, ...(o.suggestions ?? [])].flatMap((c) => [...matches(c)]));
    for (const code of new Set(ref.claims)) {
      a.labels++;
      if (hinted.has(code)) a.found++;
      if (RED.has(code)) {
        a.redLabels++;
        if (hinted.has(code)) a.redFound++;
      }
    }
    const wanted = new Set(ref.claims);
    for (const code of new Set(o.claims)) {
      a.claims++;
      if (![...matches(code)].some((c) => wanted.has(c))) a.wrongClaims++;
    }
    if (ref.claims.length === 0) {
      a.clean++;
      if (o.claims.length > 0) a.falseAlarms++;
    }
  });
  return a;
}

/**
 * What two labellings agree on, per draft: the labels of the first that the second matched, or clean
 * when both leave the draft clean; null when they agree on nothing (one calls it clean, the other not,
 * or their labels do not meet), so the draft is left out.
 */
export function consensus(a: readonly Labelling[], b: readonly Labelling[]): (Labelling | null)[] {
  return a.map((x, i) => {
    const y = b[i]!;
    if (x.claims.length === 0 && y.claims.length === 0) return { claims: [] };
    const seen = new Set(y.claims.flatMap((c) => [...matches(c)]));
    const both = x.claims.filter((c) => seen.has(c));
    return both.length > 0 ? { claims: both } : null;
  });
}

function checkerLabelling(drafts: readonly Draft[]): Labelling[] {
  return drafts.map((d) => {
    const { findings } = checkMessage(inputOf(d));
    return {
      claims: [...new Set(findings.filter((f) => f.severity !== "suggestion").map((f) => f.code))],
      suggestions: [...new Set(findings.filter((f) => f.severity === "suggestion").map((f) => f.code))],
    };
  });
}

export interface RoundAgreement {
  round: number;
  drafts: number;
  readerVsWriter: Agreement;
  writerVsReader: Agreement;
  checkerVsWriter: Agreement;
  checkerVsReader: Agreement;
  checkerVsBoth: Agreement;
}

export function loadReadings(dir = READER_DIR): z.infer<typeof ZReading>[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => /^round-\d+\.yaml$/.test(f))
    .map((f) => ZReading.parse(load(fs.readFileSync(path.join(dir, f), "utf8"))))
    .sort((a, b) => a.round - b.round);
}

export function roundAgreement(reading: z.infer<typeof ZReading>, fixturesDir = FIXTURES_DIR): RoundAgreement {
  const drafts = loadCorpusFile(path.join(fixturesDir, `round-${reading.round}.yaml`)).drafts;
  const ids = drafts.map((d) => d.id).join();
  if (reading.drafts.map((d) => d.id).join() !== ids) throw new Error(`second reader of round ${reading.round}: ids differ from the round's`);
  const writer: Labelling[] = drafts.map((d) => ({ claims: d.labels }));
  const reader: Labelling[] = reading.drafts.map((d) => ({ claims: d.labels }));
  const checker = checkerLabelling(drafts);
  const both = consensus(writer, reader);
  const kept = both.flatMap((b, i) => (b ? [{ b, c: checker[i]! }] : []));
  return {
    round: reading.round,
    drafts: drafts.length,
    readerVsWriter: agreement(writer, reader),
    writerVsReader: agreement(reader, writer),
    checkerVsWriter: agreement(writer, checker),
    checkerVsReader: agreement(reader, checker),
    checkerVsBoth: agreement(
      kept.map(({ b }) => b),
      kept.map(({ c }) => c),
    ),
  };
}

const pct = (a: number, b: number) => (b === 0 ? "—" : `${((100 * a) / b).toFixed(1)} %`);

export function formatAgreement(name: string, a: Agreement): string {
  return `| ${name} | ${a.found}/${a.labels} (${pct(a.found, a.labels)}) | ${pct(a.claims - a.wrongClaims, a.claims)} | ${a.redFound}/${a.redLabels} (${pct(a.redFound, a.redLabels)}) | ${a.falseAlarms}/${a.clean} (${pct(a.falseAlarms, a.clean)}) |`;
}

const HEAD = "| who, against whom | recall | precision | red lines | false alarms on clean |\n| --- | ---: | ---: | ---: | ---: |";

function main() {
  const rounds = loadReadings().map((r) => roundAgreement(r));
  // rounds.yaml notes which rounds were written to the everyday brief (ordinary traffic, no traps).
  const everyday = new Set(loadRoundRecords().flatMap((r) => (r.note?.includes("everyday brief") ? [r.round] : [])));
  const groups: [string, RoundAgreement[]][] = [
    ...rounds.map((r): [string, RoundAgreement[]] => [`round ${r.round}`, [r]]),
    ["adversarial brief", rounds.filter((r) => !everyday.has(r.round))],
    ["everyday brief", rounds.filter((r) => everyday.has(r.round))],
    ["all rounds read twice", rounds],
  ];
  const rows: [string, keyof Omit<RoundAgreement, "round" | "drafts">][] = [
    ["second reader against the writer", "readerVsWriter"],
    ["writer against the second reader", "writerVsReader"],
    ["checker against the writer", "checkerVsWriter"],
    ["checker against the second reader", "checkerVsReader"],
    ["checker against what both agree on", "checkerVsBoth"],
  ];
  for (const [title, list] of groups) {
    if (list.length === 0) continue;
    console.log(`\n### ${title} (${list.reduce((t, r) => t + r.drafts, 0)} drafts)\n\n${HEAD}`);
    for (const [label, key] of rows) console.log(formatAgreement(label, list.map((r) => r[key]).reduce(add, empty())));
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) main();
