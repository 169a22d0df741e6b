/**
 * Two cadres of one branch rarely share more than half their exam items (issue 14 §5): 1,000 exam
 * papers drawn by the real query from the final exam's blueprint, every pair compared. Prints the
 * figures the closing note reports.
 */
import { beforeAll, expect, test } from "vitest";
import { loadContent } from "../content/load";
import { db } from "../db/client";
import { drawPaper } from "./attempts";
import { syncQuestionBank } from "./bank";
import { defaultQuizzes, EXAM_ID } from "./quizzes";

const PAPERS = 1000;
const content = loadContent();

beforeAll(async () => {
  await syncQuestionBank(db(), content.questions);
});

test(`${PAPERS} simulated exam papers: pairs sharing more than half their items are rare`, async () => {
  const blueprint = defaultQuizzes(content.course).find((q) => q.id === EXAM_ID)!.blueprint;
  const papers: Set<number>[] = [];
  for (let i = 0; i < PAPERS; i++) papers.push(new Set(await drawPaper(db(), blueprint)));
  const size = papers[0].size;
  expect(papers.every((p) => p.size === size)).toBe(true);

  let pairs = 0;
  let total = 0;
  let overHalf = 0;
  let max = 0;
  const histogram = new Map<number, number>();
  for (let i = 0; i < papers.length; i++) {
    for (let j = i + 1; j < papers.length; j++) {
      let shared = 0;
      for (const v of papers[i]) if (papers[j].has(v)) shared++;
      pairs++;
      total += shared;
      if (shared * 2 > size) overHalf++;
      max = Math.max(max, shared);
      histogram.set(shared, (histogram.get(shared) ?? 0) + 1);
    }
  }
  const mean = total / pairs;
  const p95 = (() => {
    let seen = 0;
    for (const k of [...histogram.keys()].sort((a, b) => a - b)) {
      seen += histogram.get(k)!;
      if (seen >= 0.95 * pairs) return k;
    }
    return max;
  })();
  console.log(
    `[paper overlap] ${PAPERS} papers of ${size} items, ${pairs} pairs: mean shared ${mean.toFixed(2)} (${((100 * mean) / size).toFixed(1)}%), ` +
      `95th percentile ${p95}, max ${max}, pairs sharing more than half: ${overHalf} (${((100 * overHalf) / pairs).toFixed(4)}%)`,
  );
  expect(mean / size).toBeLessThan(0.25);
  expect(overHalf / pairs).toBeLessThan(0.001);
}, 120_000);
