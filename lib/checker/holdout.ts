/**
 * Held-out figures for the checker as it stands: for each blind round asked for, the current rules
 * united with a classifier trained (and its promotion thresholds calibrated out of fold) on every
 * other set — never on that round. The rules themselves are whatever the tree holds, so a round
 * whose drafts the rules were fixed on is held out only for the classifier: say which in the notes.
 *
 *   npx tsx lib/checker/holdout.ts                 every blind round
 *   npx tsx lib/checker/holdout.ts --rounds=6,7    only these
 *   npx tsx lib/checker/holdout.ts --rounds=7 --without=6,7   also keep round 6 out of training
 *   npx tsx lib/checker/holdout.ts --with-training  also train on the training-only sets (train-*.yaml)
 */
import { checkMessage } from "./check";
import { loadCorpusSets, loadRoundRecords } from "./corpus";
import { evaluate, formatEvaluation, summaryRow } from "./evaluate";
import { buildModel } from "./train-classifier";

function list(flag: string): number[] | null {
  const arg = process.argv.find((a) => a.startsWith(`--${flag}=`));
  return arg
    ? arg
        .slice(flag.length + 3)
        .split(",")
        .map(Number)
    : null;
}

function main() {
  const judged = new Set(
    loadRoundRecords()
      .filter((r) => r.judged)
      .map((r) => r.round),
  );
  const withTraining = process.argv.includes("--with-training");
  const sets = loadCorpusSets(undefined, { training: withTraining }).filter((s) => !(s.round && judged.has(s.round)));
  const rounds = list("rounds");
  const without = list("without") ?? [];
  checkMessage({ text: "预热" });
  const rows: string[] = [];
  for (const held of sets.filter((s) => s.blind && (!rounds || rounds.includes(s.round!)))) {
    const train = sets.filter((s) => s !== held && !(s.round && without.includes(s.round)));
    const model = buildModel(train.map((s) => s.drafts));
    const e = evaluate(held.drafts, model);
    const name = `${held.name} (classifier without it${without.length ? `, without rounds ${without.join(",")}` : ""}${withTraining ? ", with training sets" : ""})`;
    console.log(`\n${formatEvaluation(name, e)}\npromotion thresholds: ${JSON.stringify(model.promote)}`);
    rows.push(summaryRow(name, e));
  }
  console.log(
    "\n| set | drafts | precision | precision* | recall | strict recall | red-line recall | red lines claimed | false alarms on clean | p99 |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  );
  console.log(rows.join("\n"));
}

main();
