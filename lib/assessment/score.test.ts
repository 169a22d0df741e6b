import { expect, test } from "vitest";
import { loadContent } from "../content/load";
import type { TQuestion, TScenarioQuestion } from "../content/schema";
import { maxScenarioScore } from "../content/scenario-graph";
import { publicQuestion, reveal } from "./public-view";
import { scoreAnswer, walkScenario } from "./score";

const { questions } = loadContent();
const of = <T extends TQuestion["type"]>(type: T) => questions.filter((q): q is Extract<TQuestion, { type: T }> => q.type === type);

test("single choice: 1 for the right option, 0 and the misconception for a wrong one", () => {
  const q = of("single").find((x) => x.options.some((o) => !o.correct && o.misconception))!;
  const right = q.options.find((o) => o.correct)!;
  const wrong = q.options.find((o) => !o.correct && o.misconception)!;
  expect(scoreAnswer(q, { type: "single", choice: right.id })).toMatchObject({ correct: true, score: 1, misconceptions: [] });
  expect(scoreAnswer(q, { type: "single", choice: wrong.id })).toMatchObject({ correct: false, score: 0, misconceptions: [wrong.misconception] });
  expect(() => scoreAnswer(q, { type: "single", choice: "z" })).toThrow("选项无效");
  expect(() => scoreAnswer(q, { type: "truefalse", value: true })).toThrow("答案类型与题目不符");
});

test("multiple choice: exact set is correct; partial credit is (right − wrong) / right, never below 0", () => {
  // A literal table, not the formula restated: three right options (a, b, c), two wrong (d, e).
  const base = of("multiple")[0];
  const q = {
    ...base,
    options: ["a", "b", "c", "d", "e"].map((id) => ({ id, text: `选项${id}`, correct: "abc".includes(id) })),
  };
  const table: [string[], number, boolean][] = [
    [["a", "b", "c"], 1, true],
    [["a"], 0.33, false],
    [["a", "b"], 0.67, false],
    [["a", "b", "c", "d"], 0.67, false],
    [["a", "b", "c", "d", "e"], 0.33, false],
    [["a", "d"], 0, false],
    [["a", "d", "e"], 0, false],
    [["d", "e"], 0, false],
    [["a", "a"], 0.33, false], // duplicates do not add up
  ];
  for (const [choices, score, correct] of table) expect(scoreAnswer(q, { type: "multiple", choices }), choices.join("")).toMatchObject({ correct, score });
});

test("true/false", () => {
  const q = of("truefalse")[0];
  expect(scoreAnswer(q, { type: "truefalse", value: q.answer })).toMatchObject({ correct: true, score: 1 });
  expect(scoreAnswer(q, { type: "truefalse", value: !q.answer })).toMatchObject({ correct: false, score: 0 });
});

function bestPath(s: TScenarioQuestion): string[] {
  // Depth-first over the DAG for the path with the highest total.
  const go = (node: string): { sum: number; path: string[] } => {
    const step = s.steps.find((x) => x.id === node);
    if (!step) return { sum: 0, path: [] };
    return step.choices
      .map((c) => {
        const rest = go(c.next);
        return { sum: c.score + rest.sum, path: [c.id, ...rest.path] };
      })
      .sort((a, b) => b.sum - a.sum)[0];
  };
  return go(s.start).path;
}

test("scenarios: the best path ends well with full marks; a partial path is saved but not final", () => {
  for (const s of of("scenario")) {
    const path = bestPath(s);
    const full = scoreAnswer(s, { type: "scenario", path });
    expect(full).toMatchObject({ final: true, correct: true, score: 2, path });
    expect(walkScenario(s, path).ending?.outcome).toBe("good");
    const partial = scoreAnswer(s, { type: "scenario", path: path.slice(0, 1) });
    if (walkScenario(s, path.slice(0, 1)).step) expect(partial).toMatchObject({ final: false, score: 0 });
    expect(() => scoreAnswer(s, { type: "scenario", path: ["no-such-choice"] })).toThrow();
    expect(maxScenarioScore(s)).toBeGreaterThan(0);
  }
});

test("a bad ending scores less than the best and is not correct", () => {
  const s = of("scenario").find((x) => x.case === "C2")!;
  const walk = (path: string[]): string[] | null => {
    const { step, ending } = walkScenario(s, path);
    if (ending) return ending.outcome === "bad" ? path : null;
    for (const c of step!.choices) {
      const found = walk([...path, c.id]);
      if (found) return found;
    }
    return null;
  };
  const bad = walk([])!;
  const r = scoreAnswer(s, { type: "scenario", path: bad });
  expect(r.correct).toBe(false);
  expect(r.score).toBeLessThan(2);
  expect(r.misconceptions.length).toBeGreaterThan(0);
});

test("drafting: the sample answer passes its rubric; a sloppy draft does not", () => {
  for (const q of of("drafting")) {
    expect(scoreAnswer(q, { type: "drafting", text: q.sample, sendAt: q.sampleSendAt })).toMatchObject({ correct: true, score: 2 });
    const sloppy = scoreAnswer(q, { type: "drafting", text: "在吗？明天的事大家看一下" });
    expect(sloppy.correct).toBe(false);
    expect(sloppy.score).toBeLessThan(2);
  }
});

test("the public view of every question carries no key, explanation or misconception", () => {
  for (const q of questions) {
    const json = JSON.stringify(publicQuestion(q));
    expect(json).not.toMatch(/"correct"|"misconception|"explanation"|"answer"|"score"|"sample"|"rubric"|"consequence"|"outcome"/);
    expect(json).not.toContain(q.explanation);
    if (q.type === "scenario") {
      for (const e of q.endings) expect(json).not.toContain(e.consequence);
    }
    expect(JSON.stringify(reveal(q))).toContain(q.explanation.slice(0, 10));
  }
});
