/**
 * Content lints for a bank whose scores mean "knows the rules" (issue 14 §1–§3): the figures in
 * BANK_TARGETS, citations that name only what content/sources.yaml gives for the case, no
 * internal labels in learner-facing text, misconception tags only on wrong answers, and scenarios
 * whose ending and score follow from the whole path.
 */
import { describe, expect, it } from "vitest";
import { bankProblems, bankStats, BANK_TARGETS } from "./bank-stats";
import { citationProblems, learnerTextProblems, learnerTexts } from "./lints";
import { loadContent } from "./load";
import { scenarioStoryProblems } from "./scenario-graph";
import type { TScenarioQuestion } from "./schema";

const content = loadContent();
const modules = content.course.modules.map((m) => m.slug);
const rules = content.rules.map((r) => r.code);
const scenarios = content.questions.filter((q): q is TScenarioQuestion => q.type === "scenario");

describe("the question bank", () => {
  it("meets every target: T/F balance, key-count spread, key positions, level-3 share, items per module and rule", () => {
    expect(bankProblems(content.questions, modules, rules)).toEqual([]);
  });

  it("has the figures the targets describe (a sanity check on bankStats itself)", () => {
    const s = bankStats(content.questions);
    expect(s.total).toBe(content.questions.length);
    expect(s.trueFalse.trueShare).toBeGreaterThanOrEqual(BANK_TARGETS.trueShare.min);
    expect(s.level3Share).toBeGreaterThanOrEqual(BANK_TARGETS.minLevel3Share);
    expect(Object.keys(s.keyCounts).map(Number).sort()).toEqual(expect.arrayContaining([2, 3, 4]));
  });

  it("tags misconceptions only on wrong answers, and tags every wrong choice-option", () => {
    const wrong: string[] = [];
    for (const q of content.questions) {
      if (q.type !== "single" && q.type !== "multiple") continue;
      for (const o of q.options) {
        if (o.correct && o.misconception) wrong.push(`${q.id}.${o.id}: 正确选项不应带误区标签`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("flags a bank that leans on one key count, one letter or no level 3 (bankProblems itself)", () => {
    const q = (id: string, keys: number) => ({
      id,
      type: "multiple" as const,
      module: "m",
      rules: ["V1"],
      stem: "s",
      explanation: "e",
      difficulty: 2,
      options: ["a", "b", "c", "d", "e"].map((x, i) => ({ id: x, text: x, correct: i < keys })),
    });
    const problems = bankProblems([q("a", 3), q("b", 3), q("c", 3), q("d", 5)], ["m"], ["V1", "V2"]);
    expect(problems.some((p) => p.includes("恰有 3 个正确选项"))).toBe(true);
    expect(problems.some((p) => p.includes("选项全部正确"))).toBe(true);
    expect(problems.some((p) => p.includes("三级难度"))).toBe(true);
    expect(problems.some((p) => p.includes("规则 V2 只有 0 道题"))).toBe(true);
  });
});

describe("citations and learner-facing text", () => {
  it("cite only a case, publication and date that content/sources.yaml gives the source for that case", () => {
    expect(citationProblems(content)).toEqual([]);
  });

  it("catch an unsupported publication or date (citationProblems itself)", () => {
    const c2 = content.questions.find((q) => q.citation?.case === "C2")!;
    const broken = {
      ...content,
      questions: [
        { ...c2, citation: { source: "A" as const, publication: "《中国纪检监察报》", date: "2016-11-03", case: "C2" } },
        { ...c2, id: "x2", citation: { source: "A" as const, date: "2017-01", case: "C2" } },
        { ...c2, id: "x3", citation: { source: "A" as const, case: "C5" } },
      ],
    };
    const problems = citationProblems(broken);
    expect(problems.some((p) => p.includes("没有转述“《中国纪检监察报》”"))).toBe(true);
    expect(problems.some((p) => p.includes("日期 2017-01 没有对应的出处"))).toBe(true);
    expect(problems.some((p) => p.includes("没有记载案例 C5"))).toBe(true);
  });

  it("never show a learner an internal label (来源A/B, a case code) or a typography slip", () => {
    expect(learnerTextProblems(content)).toEqual([]);
    expect(learnerTexts(content).length).toBeGreaterThan(2000);
  });

  it("catch “来源B” and a half-width bracket (learnerTextProblems itself)", () => {
    const c = structuredClone(content);
    c.lessons[0] = { ...c.lessons[0], why: "来源B说得好(试行)" };
    const problems = learnerTextProblems(c);
    expect(problems.some((p) => p.includes("来源A/B"))).toBe(true);
    expect(problems.some((p) => p.includes("半角括号"))).toBe(true);
  });
});

describe("scenarios", () => {
  it.each(scenarios.map((s) => [s.id, s] as const))("%s: the ending and the score follow from the whole path", (_id, s) => {
    expect(scenarioStoryProblems(s)).toEqual([]);
  });

  it.each(scenarios.map((s) => [s.id, s] as const))("%s: is framed as a teaching re-enactment and claims no path as the real case", (_id, s) => {
    expect(s.stem.startsWith("情景模拟：以下情节为教学改编")).toBe(true);
    for (const e of s.endings) expect(e.consequence, e.id).not.toMatch(/这正是|真实经历/);
  });
});
