/**
 * The test-wise guesser (issue 14 §2): cue strategies that never see a key answer every objective
 * item of the bank. Even picking, with hindsight, the best strategy for each item type, it must
 * stay near chance — overall below 45 %, no type above 60 % — or a cadre who has read nothing could
 * pass. Prints every strategy's share for the closing note.
 */
import { describe, expect, it } from "vitest";
import { loadContent } from "../content/load";
import { ZSingleQuestion, type TQuestion } from "../content/schema";
import { caution, guessBank, MULTIPLE_STRATEGIES, SINGLE_STRATEGIES, TRUE_FALSE_STRATEGIES } from "./guesser";
import { publicQuestion } from "./public-view";

const { questions } = loadContent();
const report = guessBank(questions);

describe("a test-wise guesser on the real bank", () => {
  it("scores near chance: below 45 % overall and below 60 % on every type, even with the best strategy per type", () => {
    const lines = report.strategies.map((s) => `${s.type.padEnd(9)} ${s.name.padEnd(32)} ${(100 * s.share).toFixed(1).padStart(5)}%  ${s.describe}`);
    console.log(`[guesser]\n${lines.join("\n")}\n best per type: ${JSON.stringify(report.bestPerType)}\n overall ${(100 * report.overall).toFixed(1)}%`);
    expect(report.overall).toBeLessThan(0.45);
    for (const [type, best] of Object.entries(report.bestPerType)) expect(best.share, `${type}: ${best.name}`).toBeLessThan(0.6);
    for (const s of report.strategies) expect(s.share, s.name).toBeLessThan(0.6);
  });

  it("answers every objective item", () => {
    const objective = questions.filter((q) => q.type === "single" || q.type === "multiple" || q.type === "truefalse").length;
    const answered = Object.values(report.bestPerType).reduce((n, b) => n + b.items, 0);
    expect(answered).toBe(objective);
  });
});

describe("the guesser itself", () => {
  const single = (options: [string, boolean][]): TQuestion =>
    ZSingleQuestion.parse({
      id: "x",
      type: "single",
      module: "m",
      rules: ["V1"],
      stem: "你应当：",
      explanation: "e",
      options: options.map(([text, correct], i) => ({ id: "abcd"[i], text, correct })),
    });

  it("sees only what the browser sees", () => {
    const q = single([
      ["收下，金额不大没关系", false],
      ["拒收，并向组织报告", true],
      ["先收下再说", false],
    ]);
    for (const s of SINGLE_STRATEGIES) {
      const answer = s.answer(publicQuestion(q) as Parameters<typeof s.answer>[0]);
      expect(answer.type).toBe("single");
    }
    expect(JSON.stringify(publicQuestion(q))).not.toContain("correct");
  });

  it("beats chance on a bank where the strict-sounding option always wins (so a low score on the real bank means something)", () => {
    const rigged = Array.from({ length: 20 }, (_, i) => ({
      ...single([
        ["收下，金额不大没关系", false],
        ["拒收，并按规定向组织报告", true],
        ["先收下再说，反正没人知道", false],
        ["只要不影响工作，领了也无妨", false],
      ]),
      id: `r${i}`,
    }));
    const r = guessBank(rigged);
    expect(r.bestPerType.single.share).toBe(1);
    expect(caution("拒收，并按规定向组织报告")).toBeGreaterThan(caution("只要不影响工作，领了也无妨"));
  });

  it("has several strategies for each type", () => {
    expect(TRUE_FALSE_STRATEGIES.length).toBeGreaterThanOrEqual(4);
    expect(SINGLE_STRATEGIES.length).toBeGreaterThanOrEqual(4);
    expect(MULTIPLE_STRATEGIES.length).toBeGreaterThanOrEqual(3);
  });
});
