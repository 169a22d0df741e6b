/**
 * Precision and recall of the checker on the labelled fixtures, per rule and overall, for the
 * in-sample sets together and for each blind round separately, with red-line recall, the
 * false-alarm rate on clean drafts and the time per check. Counting follows the blind writer's
 * specification (/work/corpus/LABELS.md, "Scoring"):
 * - per draft and code: a labelled code the checker reports at any severity is a true positive,
 *   a labelled code it does not report a false negative;
 * - a reported code of severity must-fix or red line that is not labelled is a false positive
 *   (a suggestion is advice, not a claim that the draft is wrong);
 * - a false alarm is a clean draft (no labels) with any must-fix or red-line finding;
 * - red-line recall counts V1, V2, V3, TJ3, RP2 and P5;
 * - a finding also covers the inventory codes that forbid the same conduct (RULE_CATALOGUE's
 *   `sameConduct`: ZJ1 with V3, XY3 with P5 …), which the second blind writer labels beside the
 *   checker's code; "strict recall" counts only the codes as reported;
 * - honesty: of the labelled codes found, how many a must-fix or red-line finding claimed and how
 *   many only a suggestion hinted at (recall counts both).
 *
 *   npm run checker:eval              the tables
 *   npm run checker:eval -- --misses  also every disagreement, with the findings' trigger words
 */
import { checkMessage } from "./check";
import type { ClassifierModel } from "./classifier";
import { type CorpusSet, type Draft, loadCorpusSets, loadRoundRecords } from "./corpus";
import { RED_LINE_CODES, RULE_CATALOGUE } from "./rules";
import type { Finding } from "./types";

export interface CodeScore {
  code: string;
  tp: number;
  fp: number;
  fn: number;
  precision: number | null;
  recall: number | null;
}

export interface Disagreement {
  id: string;
  missed: string[];
  extra: string[];
  findings: Finding[];
}

export interface Evaluation {
  drafts: number;
  perCode: CodeScore[];
  overall: CodeScore;
  redLine: CodeScore;
  clean: number;
  falseAlarms: number;
  traps: number;
  trapAlarms: number;
  disagreements: Disagreement[];
  /** Milliseconds per check, sorted. */
  times: number[];
  /** Unlabelled codes reported at any severity (suggestions included): for a stricter precision. */
  anyExtra: number;
  /** Labelled codes found counting only the codes as reported (no same-conduct cover). */
  strictTp: number;
  /** Labelled codes found by a must-fix or red-line finding (the rest only by a suggestion); red lines: by a red-line finding. */
  claimed: number;
  redClaimed: number;
}

/** The codes a finding of `code` catches: its own and the inventory codes for the same conduct. */
export function covers(code: string): readonly string[] {
  const info = (RULE_CATALOGUE as Record<string, { sameConduct?: readonly string[] } | undefined>)[code];
  return [code, ...(info?.sameConduct ?? [])];
}

const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);
const score = (code: string, tp: number, fp: number, fn: number): CodeScore => ({
  code,
  tp,
  fp,
  fn,
  precision: ratio(tp, tp + fp),
  recall: ratio(tp, tp + fn),
});
const RED = new Set<string>(RED_LINE_CODES);

export function inputOf(d: Draft) {
  return { text: d.text, ...(d.sendAt ? { sendAt: d.sendAt } : {}), ...(d.kind ? { kind: d.kind } : {}), ...(d.channel ? { channel: d.channel } : {}) };
}

export function evaluate(drafts: readonly Draft[], model?: ClassifierModel): Evaluation {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const bump = (code: string, key: "tp" | "fp" | "fn") => {
    const c = counts.get(code) ?? { tp: 0, fp: 0, fn: 0 };
    c[key]++;
    counts.set(code, c);
  };
  const disagreements: Disagreement[] = [];
  const times: number[] = [];
  let clean = 0;
  let falseAlarms = 0;
  let traps = 0;
  let trapAlarms = 0;
  let anyExtra = 0;
  let strictTp = 0;
  let claimed = 0;
  let redClaimed = 0;

  for (const d of drafts) {
    const t0 = performance.now();
    const { findings } = checkMessage(inputOf(d), undefined, model);
    times.push(performance.now() - t0);
    const found = new Set(findings.flatMap((f) => covers(f.code)));
    const asReported = new Set(findings.map((f) => f.code));
    const claimedHere = new Set(findings.filter((f) => f.severity !== "suggestion").flatMap((f) => covers(f.code)));
    const redHere = new Set(findings.filter((f) => f.severity === "redline").flatMap((f) => covers(f.code)));
    const serious = new Set(findings.filter((f) => f.severity !== "suggestion").map((f) => f.code));
    const expected = new Set(d.labels);
    const missed: string[] = [];
    const extra: string[] = [];
    for (const code of expected) {
      if (asReported.has(code)) strictTp++;
      if (found.has(code)) {
        bump(code, "tp");
        if (claimedHere.has(code)) claimed++;
        if (RED.has(code) && redHere.has(code)) redClaimed++;
      } else {
        bump(code, "fn");
        missed.push(code);
      }
    }
    for (const code of asReported) if (!covers(code).some((c) => expected.has(c))) anyExtra++;
    for (const code of serious) {
      if (!covers(code).some((c) => expected.has(c))) {
        bump(code, "fp");
        extra.push(code);
      }
    }
    if (expected.size === 0) {
      clean++;
      if (serious.size > 0) falseAlarms++;
      if (d.trap) {
        traps++;
        if (serious.size > 0) trapAlarms++;
      }
    }
    if (missed.length > 0 || extra.length > 0) disagreements.push({ id: d.id, missed, extra, findings });
  }

  const perCode = [...counts.entries()].map(([code, c]) => score(code, c.tp, c.fp, c.fn)).sort((a, b) => codeOrder(a.code) - codeOrder(b.code));
  const sum = (list: CodeScore[]) => list.reduce((t, c) => ({ tp: t.tp + c.tp, fp: t.fp + c.fp, fn: t.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
  const all = sum(perCode);
  const red = sum(perCode.filter((c) => RED.has(c.code)));
  times.sort((a, b) => a - b);
  return {
    drafts: drafts.length,
    perCode,
    overall: score("overall", all.tp, all.fp, all.fn),
    redLine: score("red lines", red.tp, red.fp, red.fn),
    clean,
    falseAlarms,
    traps,
    trapAlarms,
    disagreements,
    times,
    anyExtra,
    strictTp,
    claimed,
    redClaimed,
  };
}

const GROUP_ORDER = ["R", "G", "U", "V", "TJ", "RP", "WH", "P"];
function codeOrder(code: string): number {
  const prefix = code.replace(/\d{1,3}$/, "");
  const g = GROUP_ORDER.indexOf(prefix);
  return (g < 0 ? 99 : g) * 100 + Number(code.slice(prefix.length));
}

export const pct = (x: number | null) => (x === null ? "—" : `${(x * 100).toFixed(1)}%`);
export const quantile = (sorted: readonly number[], q: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! : 0);

export function formatEvaluation(title: string, e: Evaluation): string {
  const rows = [
    `### ${title} — ${e.drafts} drafts`,
    "",
    "| code | TP | FP | FN | precision | recall |",
    "| --- | ---: | ---: | ---: | ---: | ---: |",
    ...[...e.perCode, e.redLine, e.overall].map((c) => `| ${c.code} | ${c.tp} | ${c.fp} | ${c.fn} | ${pct(c.precision)} | ${pct(c.recall)} |`),
    "",
    `False alarms on clean drafts: ${e.falseAlarms}/${e.clean} (${pct(ratio(e.falseAlarms, e.clean))}); on traps: ${e.trapAlarms}/${e.traps}. ` +
      `Time per check: p50 ${quantile(e.times, 0.5).toFixed(2)} ms, p99 ${quantile(e.times, 0.99).toFixed(2)} ms. ` +
      `Precision counting suggestions as claims too: ${pct(ratio(e.overall.tp, e.overall.tp + e.anyExtra))}. ` +
      `Strict recall (codes as reported): ${pct(ratio(e.strictTp, e.overall.tp + e.overall.fn))}.`,
    honesty(e),
  ];
  return rows.join("\n");
}

/** How much of the recall is claimed (must-fix, red line) rather than only suggested. */
export function honesty(e: Evaluation): string {
  const sugg = e.overall.tp - e.claimed;
  const redSugg = e.redLine.tp - e.redClaimed;
  return (
    `Honesty: of ${e.overall.tp} labelled codes found, ${e.claimed} claimed as must-fix or red line, ${sugg} only suggested; ` +
    `of ${e.redLine.tp} red lines found (of ${e.redLine.tp + e.redLine.fn}), ${e.redClaimed} claimed as red lines (${pct(ratio(e.redClaimed, e.redLine.tp + e.redLine.fn))} of all), ${redSugg} only suggested or claimed milder.`
  );
}

export function summaryRow(name: string, e: Evaluation): string {
  return `| ${name} | ${e.drafts} | ${pct(e.overall.precision)} | ${pct(ratio(e.overall.tp, e.overall.tp + e.anyExtra))} | ${pct(e.overall.recall)} | ${pct(ratio(e.strictTp, e.overall.tp + e.overall.fn))} | ${pct(e.redLine.recall)} | ${pct(ratio(e.redClaimed, e.redLine.tp + e.redLine.fn))} | ${e.falseAlarms}/${e.clean} (${pct(ratio(e.falseAlarms, e.clean))}) | ${quantile(e.times, 0.99).toFixed(2)} ms |`;
}

function formatMisses(e: Evaluation, drafts: readonly Draft[]): string {
  const byId = new Map(drafts.map((d) => [d.id, d]));
  return e.disagreements
    .map((d) => {
      const draft = byId.get(d.id)!;
      const found = d.findings.map((f) => `${f.code}/${f.severity}${f.triggers.length ? `[${f.triggers.join("|")}]` : ""}`).join(" ");
      return `- ${d.id}: missed [${d.missed.join(", ")}] extra [${d.extra.join(", ")}] — found ${found || "nothing"}\n    ${draft.text.replace(/\n/g, "⏎").slice(0, 160)}`;
    })
    .join("\n");
}

/** The sets to report: all in-sample sets together, then each blind round, then each training-only set apart. */
export function reportSets(sets: readonly CorpusSet[]): { name: string; drafts: Draft[] }[] {
  const inSample = sets.filter((s) => !s.blind && !s.training);
  return [
    { name: `in-sample (${inSample.map((s) => s.name).join(", ")})`, drafts: inSample.flatMap((s) => s.drafts) },
    ...sets.filter((s) => s.blind).map((s) => ({ name: s.name, drafts: s.drafts })),
    ...sets.filter((s) => s.training).map((s) => ({ name: `${s.name} (training only)`, drafts: s.drafts })),
  ];
}

function main() {
  const sets = loadCorpusSets(undefined, { training: true });
  const misses = process.argv.includes("--misses");
  const only = process.argv.find((a) => a.startsWith("--set="))?.slice(6);
  checkMessage({ text: "预热" }); // load the segmenter's dictionaries before timing
  const summary: string[] = [];
  for (const set of reportSets(sets)) {
    if (only && !set.name.includes(only)) continue;
    const e = evaluate(set.drafts);
    console.log(`\n${formatEvaluation(set.name, e)}`);
    if (misses && e.disagreements.length) console.log(`\nDisagreements:\n${formatMisses(e, set.drafts)}`);
    summary.push(summaryRow(set.name, e));
  }
  console.log(
    "\n### Summary\n\nprecision: per LABELS.md (must-fix and red-line claims); precision*: suggestions counted as claims too; strict recall: codes as reported, no same-conduct cover; red lines claimed: red-line labels a red-line finding claimed (not a suggestion), of all red-line labels.\n\n" +
      "| set | drafts | precision | precision* | recall | strict recall | red-line recall | red lines claimed | false alarms on clean | p99 |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  );
  console.log(summary.join("\n"));
  const records = loadRoundRecords();
  if (records.length) {
    console.log("\n### Blind rounds as first scored (before any change made for them)\n");
    console.log(
      "| round | scored at | commit | drafts | precision | recall | red-line recall | false alarms |\n| --- | --- | --- | ---: | ---: | ---: | ---: | --- |",
    );
    for (const r of records) {
      console.log(
        `| ${r.round} | ${r.firstScoredAt} | ${r.commit} | ${r.drafts} | ${pct(r.precision)} | ${pct(r.recall)} | ${pct(r.redLineRecall)} | ${r.falseAlarms} |`,
      );
    }
  }
}

if (/evaluate\.ts$/.test(process.argv[1] ?? "")) main();
