/**
 * Checks the question bank (content/questions/*.yaml) and the case scenarios
 * (content/scenarios/*.yaml): schema, scenario graphs, coverage of every inventory rule and case,
 * unique ids, and that answer keys are not guessable from the option letter or length.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { load as parse } from "js-yaml";
import { describe, expect, it } from "vitest";
import { ZQuestionFile, ZScenarioQuestion, type TQuestion, type TScenarioQuestion } from "./schema";
import { checkScenarioGraph, maxScenarioScore } from "./scenario-graph";
import { sharedDir } from "./load";

const contentDir = fileURLToPath(new URL("../../content", import.meta.url));
const questionsDir = path.join(contentDir, "questions");
const scenariosDir = path.join(contentDir, "scenarios");
const inventoryFile = path.join(sharedDir(fileURLToPath(new URL("../..", import.meta.url))) ?? "/nonexistent", "CONTENT-INVENTORY.md");

/** The 44 rule codes of the content inventory, by module. */
const RULES_BY_MODULE: Record<string, readonly string[]> = {
  "red-lines": ["V1", "V2", "V3"],
  "usage-guide": ["G1", "G2", "G3", "G4", "G5", "G6", "G7", "G8"],
  "official-messages": ["R1", "R2", "R3", "R4", "R5"],
  "usage-rules": ["U1", "U2", "U3"],
  "ten-principles": ["P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8", "P9", "P10"],
  "local-rules": ["TJ1", "TJ2", "TJ3", "ZJ1", "ZJ2", "ZJ3", "WH1", "GR1", "XY1", "XY2", "XY3", "RP1", "RP2", "RP3"],
};
const INVENTORY_RULES = Object.values(RULES_BY_MODULE).flat();
/** Inventory cases and the rules each case row lists. */
const CASE_RULES: Record<string, readonly string[]> = {
  C1: ["V1", "P1", "ZJ3"],
  C2: ["V2", "P6"],
  C3: ["V3", "P7", "ZJ1"],
  C4: ["ZJ2", "TJ3", "RP1"],
  C5: ["RP1", "RP2", "ZJ2"],
  C6: ["G5", "P7"],
  C7: ["GR1", "G2"],
};
const MODULES = [...Object.keys(RULES_BY_MODULE), "cases"];

interface Loaded {
  file: string;
  question: TQuestion;
}

function yamlFiles(dir: string): string[] {
  return fs
    .readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => path.join(dir, f));
}

function zodProblems(file: string, issues: readonly { path: readonly PropertyKey[]; message: string }[]): string[] {
  return issues.map((i) => `${path.basename(file)}: ${i.path.map(String).join(".")}: ${i.message}`);
}

function load(): { questions: Loaded[]; scenarios: { file: string; scenario: TScenarioQuestion }[]; problems: string[] } {
  const questions: Loaded[] = [];
  const scenarios: { file: string; scenario: TScenarioQuestion }[] = [];
  const problems: string[] = [];
  for (const file of yamlFiles(questionsDir)) {
    const result = ZQuestionFile.safeParse(parse(fs.readFileSync(file, "utf8")));
    if (!result.success) {
      problems.push(...zodProblems(file, result.error.issues));
      continue;
    }
    for (const question of result.data.questions) questions.push({ file, question });
  }
  for (const file of yamlFiles(scenariosDir)) {
    const result = ZScenarioQuestion.safeParse(parse(fs.readFileSync(file, "utf8")));
    if (!result.success) {
      problems.push(...zodProblems(file, result.error.issues));
      continue;
    }
    scenarios.push({ file, scenario: result.data });
    questions.push({ file, question: result.data });
  }
  return { questions, scenarios, problems };
}

const { questions, scenarios, problems } = load();
const objective = questions.filter(
  (q): q is Loaded & { question: Extract<TQuestion, { type: "single" | "multiple" | "truefalse" }> } =>
    q.question.type === "single" || q.question.type === "multiple" || q.question.type === "truefalse",
);
const singles = questions.flatMap((q) => (q.question.type === "single" ? [q.question] : []));
const multiples = questions.flatMap((q) => (q.question.type === "multiple" ? [q.question] : []));

/** Every path from start to an ending, as [ending id, total score]. */
function paths(s: TScenarioQuestion): [string, number][] {
  const steps = new Map(s.steps.map((st) => [st.id, st]));
  const out: [string, number][] = [];
  const walk = (id: string, score: number): void => {
    const step = steps.get(id);
    if (!step) return;
    for (const c of step.choices) {
      if (steps.has(c.next)) walk(c.next, score + c.score);
      else out.push([c.next, score + c.score]);
    }
  };
  walk(s.start, 0);
  return out;
}

describe("question files", () => {
  it("parse and match the zod schemas", () => {
    expect(problems).toEqual([]);
  });

  it("the test's rule list matches the shared content inventory", () => {
    if (!fs.existsSync(inventoryFile)) return;
    const codes = fs
      .readFileSync(inventoryFile, "utf8")
      .split(/\r?\n/)
      .flatMap((line) => /^\|\s*([A-Z]{1,2}\d{1,2})\s*\|/.exec(line)?.[1] ?? []);
    expect(codes.filter((c) => !/^C\d+$/.test(c)).sort()).toEqual([...INVENTORY_RULES].sort());
    expect(codes.filter((c) => /^C\d+$/.test(c)).sort()).toEqual(Object.keys(CASE_RULES).sort());
  });

  it("hold at least 100 questions with unique ids", () => {
    expect(questions.length).toBeGreaterThanOrEqual(100);
    const seen = new Map<string, string>();
    const dupes: string[] = [];
    for (const { file, question } of questions) {
      const first = seen.get(question.id);
      if (first) dupes.push(`${question.id}: ${path.basename(first)} / ${path.basename(file)}`);
      else seen.set(question.id, file);
    }
    expect(dupes).toEqual([]);
  });

  it("put each question in the module its file is named after, and only cite inventory rules", () => {
    const wrong: string[] = [];
    for (const { file, question } of questions) {
      const expected = path.dirname(file) === scenariosDir ? "cases" : path.basename(file).replace(/\.ya?ml$/, "");
      if (question.module !== expected) wrong.push(`${question.id}: module ${question.module}, expected ${expected}`);
      for (const r of question.rules) if (!INVENTORY_RULES.includes(r)) wrong.push(`${question.id}: unknown rule ${r}`);
    }
    expect(wrong).toEqual([]);
  });

  it("give every module enough questions for a practice quiz and two self-assessment papers", () => {
    const counts = new Map<string, number>();
    for (const { question } of questions) counts.set(question.module, (counts.get(question.module) ?? 0) + 1);
    for (const m of MODULES) expect(counts.get(m) ?? 0, m).toBeGreaterThanOrEqual(8);
    expect(counts.get("ten-principles") ?? 0).toBeGreaterThanOrEqual(20);
    expect(counts.get("local-rules") ?? 0).toBeGreaterThanOrEqual(20);
  });

  it("link every inventory rule from at least two objective questions", () => {
    const counts = new Map<string, number>();
    for (const { question } of objective) for (const r of question.rules) counts.set(r, (counts.get(r) ?? 0) + 1);
    const thin = INVENTORY_RULES.filter((r) => (counts.get(r) ?? 0) < 2).map((r) => `${r}: ${counts.get(r) ?? 0}`);
    expect(thin).toEqual([]);
  });

  it("give every question an explanation and citation, and single answers a misconception on most wrong options", () => {
    const missing: string[] = [];
    for (const { question } of questions) if (!question.citation) missing.push(question.id);
    expect(missing).toEqual([]);
    const wrong = singles.flatMap((q) => q.options.filter((o) => !o.correct));
    const labelled = wrong.filter((o) => o.misconception).length;
    expect(labelled / wrong.length).toBeGreaterThan(0.8);
  });
});

describe("answer keys are not guessable", () => {
  it("spread the correct single-choice letter over a–d", () => {
    const letters = new Map<string, number>();
    for (const q of singles) {
      const id = q.options.find((o) => o.correct)?.id ?? "?";
      letters.set(id, (letters.get(id) ?? 0) + 1);
    }
    for (const l of ["a", "b", "c", "d"]) {
      const share = (letters.get(l) ?? 0) / singles.length;
      expect(share, `share of "${l}"`).toBeGreaterThanOrEqual(0.1);
      expect(share, `share of "${l}"`).toBeLessThanOrEqual(0.4);
    }
  });

  it("do not make the correct option the longest (or the shortest) most of the time", () => {
    const len = (t: string) => [...t].length;
    let longest = 0;
    let shortest = 0;
    for (const q of singles) {
      const c = q.options.find((o) => o.correct);
      if (!c) continue;
      const others = q.options.filter((o) => o !== c).map((o) => len(o.text));
      if (others.every((n) => n < len(c.text))) longest++;
      if (others.every((n) => n > len(c.text))) shortest++;
    }
    expect(longest / singles.length).toBeLessThanOrEqual(0.4);
    expect(shortest / singles.length).toBeLessThanOrEqual(0.4);
  });

  it("vary which options are correct in multiple-choice questions", () => {
    const patterns = new Set(multiples.map((q) => q.options.filter((o) => o.correct).map((o) => o.id).join("")));
    expect(patterns.size).toBeGreaterThanOrEqual(4);
    for (const l of ["a", "b", "c", "d", "e"]) {
      const withL = multiples.filter((q) => q.options.some((o) => o.id === l && o.correct)).length;
      expect(withL, `multiples with "${l}" correct`).toBeLessThan(multiples.length);
    }
  });

  it("balance true and false answers", () => {
    const tf = questions.flatMap((q) => (q.question.type === "truefalse" ? [q.question] : []));
    const trues = tf.filter((q) => q.answer).length;
    expect(trues / tf.length).toBeGreaterThanOrEqual(0.3);
    expect(trues / tf.length).toBeLessThanOrEqual(0.7);
  });
});

describe("drafting questions", () => {
  const drafting = questions.flatMap((q) => (q.question.type === "drafting" ? [q.question] : []));

  it("has 4–6 in official-messages, graded on R1–R5 and U1 only", () => {
    expect(drafting.length).toBeGreaterThanOrEqual(4);
    expect(drafting.length).toBeLessThanOrEqual(6);
    for (const q of drafting) {
      expect(q.module).toBe("official-messages");
      for (const r of q.rubric) expect(["R1", "R2", "R3", "R4", "R5", "U1"]).toContain(r);
    }
  });

  it("sends within working hours and gives a sample with salutation, closing and signature", () => {
    for (const q of drafting) {
      expect(q.sampleSendAt >= "08:00" && q.sampleSendAt <= "22:00", `${q.id} sampleSendAt ${q.sampleSendAt}`).toBe(true);
      const lines = q.sample.split("\n").map((l) => l.trim()).filter(Boolean);
      expect(lines[0], `${q.id} salutation`).toMatch(/[：:]/);
      expect(lines.length, `${q.id} lines`).toBeGreaterThanOrEqual(3);
      if (q.rubric.includes("R4")) expect(q.sample, `${q.id} closing`).toMatch(/特此通知|收到请回复/);
      if (q.rubric.includes("R3")) expect(q.sample, `${q.id} numbered points`).toMatch(/^\s*[1１一][.．、]/m);
    }
  });
});

describe("case scenarios", () => {
  it("exist for every case C1–C7, one file each", () => {
    const cases = scenarios.map((s) => s.scenario.case).sort();
    expect(cases).toEqual(Object.keys(CASE_RULES).sort());
    for (const { file, scenario } of scenarios) {
      expect(path.basename(file).startsWith(`${scenario.case?.toLowerCase()}-`), path.basename(file)).toBe(true);
      expect(scenario.citation?.case, scenario.id).toBe(scenario.case);
    }
  });

  it("link the rules of their inventory row", () => {
    for (const { scenario } of scenarios) {
      const expected = CASE_RULES[scenario.case ?? ""] ?? [];
      expect([...scenario.rules].sort(), scenario.id).toEqual([...expected].sort());
      expect(scenario.module).toBe("cases");
    }
  });

  it("have sound graphs", () => {
    const found = scenarios.flatMap(({ file, scenario }) => checkScenarioGraph(scenario).map((p) => `${path.basename(file)}: ${p}`));
    expect(found).toEqual([]);
  });

  it("are 3–5 steps deep with at least 3 endings, a good one and a bad or neutral one", () => {
    for (const { scenario } of scenarios) {
      const steps = new Map(scenario.steps.map((st) => [st.id, st]));
      const depth = (id: string): number => {
        const st = steps.get(id);
        return st ? 1 + Math.max(...st.choices.map((c) => depth(c.next))) : 0;
      };
      const d = depth(scenario.start);
      expect(d, `${scenario.id} depth`).toBeGreaterThanOrEqual(3);
      expect(d, `${scenario.id} depth`).toBeLessThanOrEqual(5);
      expect(scenario.endings.length, scenario.id).toBeGreaterThanOrEqual(3);
      const outcomes = new Set(scenario.endings.map((e) => e.outcome));
      expect(outcomes.has("good"), scenario.id).toBe(true);
      expect(outcomes.has("bad") || outcomes.has("neutral"), scenario.id).toBe(true);
      for (const e of scenario.endings) expect(e.citation?.case, `${scenario.id} ${e.id}`).toBe(scenario.case);
    }
  });

  it("reward the best path with a good ending, and every bad ending scores below the maximum", () => {
    for (const { scenario } of scenarios) {
      const max = maxScenarioScore(scenario);
      const outcome = new Map(scenario.endings.map((e) => [e.id, e.outcome]));
      const all = paths(scenario);
      const bestGood = Math.max(...all.filter(([e]) => outcome.get(e) === "good").map(([, s]) => s));
      expect(bestGood, scenario.id).toBe(max);
      for (const [e, s] of all) if (outcome.get(e) !== "good") expect(s, `${scenario.id} → ${e}`).toBeLessThan(max);
    }
  });

  it("give the negative cases a bad ending that cites the real outcome", () => {
    const realOutcome: Record<string, RegExp> = {
      C1: /纪律处理/,
      C2: /党内警告处分/,
      C3: /立案调查/,
      C4: /党内严重警告/,
      C5: /双开/,
    };
    for (const { scenario } of scenarios) {
      const pattern = realOutcome[scenario.case ?? ""];
      if (!pattern) continue;
      const bad = scenario.endings.filter((e) => e.outcome === "bad");
      expect(bad.length, scenario.id).toBeGreaterThan(0);
      expect(bad.some((e) => pattern.test(e.consequence)), scenario.id).toBe(true);
    }
  });
});
