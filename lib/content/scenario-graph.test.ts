import { describe, expect, it } from "vitest";
import { ZScenarioQuestion, type TScenarioQuestion } from "./schema";
import { bestScenarioPath, checkScenarioGraph, maxScenarioScore, scenarioPaths, scenarioStoryProblems } from "./scenario-graph";

/** A step: `[id, [[choiceId, next, score], …]]`. */
type StepSpec = [string, [string, string, number][]];

/** Builds a minimal valid scenario through the zod schema so defaults are filled in. */
function scenario(start: string, steps: StepSpec[], endings: string[]): TScenarioQuestion {
  return ZScenarioQuestion.parse({
    id: "test-scenario",
    type: "scenario",
    module: "cases",
    rules: ["V2"],
    stem: "测试场景",
    explanation: "测试用",
    setting: "group",
    chatTitle: "测试群",
    start,
    steps: steps.map(([id, choices]) => ({
      id,
      messages: [{ from: "群成员", text: `步骤 ${id}` }],
      prompt: "你怎么做？",
      choices: choices.map(([cid, next, score]) => ({ id: cid, action: "reply", label: `选项 ${cid}`, next, score })),
    })),
    endings: endings.map((id, i) => ({
      id,
      outcome: i === 0 ? "good" : "bad",
      title: `结局 ${id}`,
      consequence: "测试用",
      rules: ["V2"],
    })),
  });
}

/** A sound diamond: s1 → (s2 | s3) → s4 → endings. */
const sound = (): TScenarioQuestion =>
  scenario(
    "s1",
    [
      ["s1", [["a", "s2", 3], ["b", "s3", 5]]],
      ["s2", [["a", "s4", 10], ["b", "bad", 0]]],
      ["s3", [["a", "s4", 1], ["b", "neutral", 4]]],
      ["s4", [["a", "good", 6], ["b", "bad", 2]]],
    ],
    ["good", "bad", "neutral"],
  );

describe("checkScenarioGraph", () => {
  it("accepts a sound DAG", () => {
    expect(checkScenarioGraph(sound())).toEqual([]);
  });

  it("reports an unknown start", () => {
    const s = sound();
    s.start = "nope";
    const problems = checkScenarioGraph(s);
    expect(problems).toContain('start: 起始步骤 "nope" 不存在');
  });

  it("reports a start that names an ending", () => {
    const s = sound();
    s.start = "good";
    expect(checkScenarioGraph(s)).toContain('start: 起始应指向一个步骤，"good" 是结局');
  });

  it("reports a dangling next with its path", () => {
    const s = scenario(
      "s1",
      [
        ["s1", [["a", "s2", 1], ["b", "end", 0]]],
        ["s2", [["a", "end", 1], ["b", "x", 0]]],
      ],
      ["end", "other"],
    );
    const problems = checkScenarioGraph(s);
    expect(problems).toContain('steps.1.choices.1.next: 指向不存在的步骤 "x"');
  });

  it("reports an ending that is never reached", () => {
    const s = scenario(
      "s1",
      [
        ["s1", [["a", "s2", 1], ["b", "good", 0]]],
        ["s2", [["a", "good", 1], ["b", "bad", 0]]],
      ],
      ["good", "bad", "lonely"],
    );
    expect(checkScenarioGraph(s)).toEqual(['endings.2: 结局 "lonely" 从未被到达（从起始步骤出发没有任何路径通向它）']);
  });

  it("counts an ending reached only from an orphan step as never reached", () => {
    const s = scenario(
      "s1",
      [
        ["s1", [["a", "good", 1], ["b", "bad", 0]]],
        ["orphan", [["a", "hidden", 1], ["b", "bad", 0]]],
      ],
      ["good", "bad", "hidden"],
    );
    const problems = checkScenarioGraph(s);
    expect(problems).toContain('steps.1: 孤立步骤 "orphan"：从起始步骤 "s1" 无法到达');
    expect(problems).toContain('endings.2: 结局 "hidden" 从未被到达（从起始步骤出发没有任何路径通向它）');
    expect(problems).toHaveLength(2);
  });

  it("reports a cycle naming its steps", () => {
    const s = scenario(
      "s1",
      [
        ["s1", [["a", "s2", 1], ["b", "bad", 0]]],
        ["s2", [["a", "s3", 1], ["b", "good", 0]]],
        ["s3", [["a", "s1", 1], ["b", "bad", 0]]],
      ],
      ["good", "bad"],
    );
    const problems = checkScenarioGraph(s);
    expect(problems).toEqual(['steps.0: 场景存在循环："s1" → "s2" → "s3" → "s1"']);
  });

  it("reports a self-loop as a cycle", () => {
    const s = scenario(
      "s1",
      [["s1", [["again", "s1", 1], ["stop", "good", 0]]]],
      ["good", "bad"],
    );
    const problems = checkScenarioGraph(s);
    expect(problems.some((p) => p.includes('场景存在循环："s1" → "s1"'))).toBe(true);
  });

  it("reports dead-end steps from which no ending can be reached", () => {
    const s = scenario(
      "s1",
      [
        ["s1", [["a", "s2", 1], ["b", "good", 0]]],
        ["s2", [["a", "s3", 1], ["b", "s3", 0]]],
        ["s3", [["a", "s2", 1], ["b", "s2", 0]]],
      ],
      ["good", "bad"],
    );
    const problems = checkScenarioGraph(s);
    expect(problems).toContain('steps.1: 死胡同：从步骤 "s2" 出发无法到达任何结局');
    expect(problems).toContain('steps.2: 死胡同：从步骤 "s3" 出发无法到达任何结局');
    expect(problems.some((p) => p.startsWith("steps.1: 场景存在循环"))).toBe(true);
    expect(problems).toContain('endings.1: 结局 "bad" 从未被到达（从起始步骤出发没有任何路径通向它）');
  });

  it("reports a step whose only targets dangle as a dead end", () => {
    const s = scenario(
      "s1",
      [
        ["s1", [["a", "s2", 1], ["b", "good", 0]]],
        ["s2", [["a", "nowhere", 1], ["b", "gone", 0]]],
      ],
      ["good", "bad"],
    );
    const problems = checkScenarioGraph(s);
    expect(problems).toContain('steps.1.choices.0.next: 指向不存在的步骤 "nowhere"');
    expect(problems).toContain('steps.1: 死胡同：从步骤 "s2" 出发无法到达任何结局');
  });

  it("reports duplicate step, ending and choice ids", () => {
    const s = scenario(
      "s1",
      [
        ["s1", [["a", "s2", 1], ["a", "good", 0]]],
        ["s2", [["a", "good", 1], ["b", "bad", 0]]],
        ["s2", [["a", "good", 1], ["b", "bad", 0]]],
      ],
      ["good", "bad", "bad", "s1"],
    );
    const problems = checkScenarioGraph(s);
    expect(problems).toContain('steps.0.choices.1.id: 选项标识 "a" 在步骤 "s1" 中重复（与 choices.0 相同）');
    expect(problems).toContain('steps.2.id: 步骤标识 "s2" 重复（与 steps.1 相同）');
    expect(problems).toContain('endings.2.id: 结局标识 "bad" 重复（与 endings.1 相同）');
    expect(problems).toContain('endings.3.id: 结局标识 "s1" 与步骤 steps.0 重名');
  });
});

describe("maxScenarioScore", () => {
  it("takes the best path through a diamond, not the best first choice", () => {
    // s1 -a(3)-> s2 -a(10)-> s4 -a(6)-> good  = 19
    // s1 -b(5)-> s3 -a(1)->  s4 -a(6)-> good  = 12
    expect(maxScenarioScore(sound())).toBe(19);
  });

  it("counts a direct ending choice", () => {
    const s = scenario("s1", [["s1", [["a", "good", 7], ["b", "bad", 2]]]], ["good", "bad"]);
    expect(maxScenarioScore(s)).toBe(7);
  });

  it("ignores branches that cannot reach an ending", () => {
    const s = scenario(
      "s1",
      [
        ["s1", [["rich", "s2", 10], ["plain", "good", 1]]],
        ["s2", [["a", "nowhere", 10], ["b", "missing", 10]]],
      ],
      ["good", "bad"],
    );
    expect(maxScenarioScore(s)).toBe(1);
  });

  it("stays finite on a cyclic graph and returns 0 when nothing is reachable", () => {
    const cyclic = scenario(
      "s1",
      [
        ["s1", [["a", "s2", 4], ["b", "good", 1]]],
        ["s2", [["a", "s1", 10], ["b", "bad", 2]]],
      ],
      ["good", "bad"],
    );
    expect(maxScenarioScore(cyclic)).toBe(6);
    const none = scenario("x", [["s1", [["a", "good", 4], ["b", "bad", 1]]]], ["good", "bad"]);
    expect(maxScenarioScore(none)).toBe(0);
  });
});

describe("scenarioStoryProblems", () => {
  /** s1 → (ok | slip) → s2 → good | bad; `slip` carries a misconception. */
  const story = (over: { slipTo?: string; goodScore?: number; feedback?: boolean; badAfterOk?: boolean } = {}) => {
    const s = scenario(
      "s1",
      [
        ["s1", [["ok", "s2", 5], ["slip", over.slipTo ?? "s3", 0]]],
        ["s2", [["fine", "good", over.goodScore ?? 10], ["worse", over.badAfterOk ? "bad" : "neutral", 1]]],
        ["s3", [["mend", "neutral", 4], ["sink", "bad", 0]]],
      ],
      ["good", "bad", "neutral"],
    );
    s.endings[2].outcome = "neutral";
    s.steps[0].choices[1].misconception = "误区";
    s.steps[1].choices[1].misconception = over.badAfterOk ? undefined : "又一个误区";
    if (over.feedback !== false) {
      for (const c of [s.steps[0].choices[0], s.steps[1].choices[0]]) {
        c.feedback = "为什么";
        c.rules = ["V2"];
      }
    }
    return s;
  };

  it("accepts a story whose endings follow from the choices", () => {
    expect(scenarioStoryProblems(story())).toEqual([]);
    expect(bestScenarioPath(story())?.choices.map((c) => c.choice.id)).toEqual(["ok", "fine"]);
    expect(scenarioPaths(story()).map((p) => p.endingId).sort()).toEqual(["bad", "good", "neutral", "neutral"]);
  });

  it("reports a good ending reached after a mistake", () => {
    const problems = scenarioStoryProblems(story({ slipTo: "s2" }));
    expect(problems.some((p) => p.startsWith("好的结局在误区选项之后：slip → fine → good"))).toBe(true);
  });

  it("reports a bad ending with no mistake before it", () => {
    expect(scenarioStoryProblems(story({ badAfterOk: true }))).toContain("坏的结局之前没有任何误区选项：ok → worse → bad");
  });

  it("reports a best path that does not end well, and a best path without feedback or rules", () => {
    expect(scenarioStoryProblems(story({ goodScore: 0 })).some((p) => p.startsWith("最高分路径没有到达好的结局"))).toBe(true);
    const bare = scenarioStoryProblems(story({ feedback: false }));
    expect(bare).toContain("最佳路径上的选项 s1/ok 缺少 feedback（回看时说明后果）");
    expect(bare).toContain("最佳路径上的选项 s2/fine 缺少 rules（回看时说明依据）");
  });

  it("reports a mistake that scores as well as the best choice at its step", () => {
    const s = story();
    s.steps[0].choices[1].score = 5;
    expect(scenarioStoryProblems(s)).toContain("步骤 s1 的误区选项 slip 得分不低于该步最佳选项");
  });
});

