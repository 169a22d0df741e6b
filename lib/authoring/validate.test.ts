import { describe, expect, test } from "vitest";
import { scenarioQuestion, singleQuestion } from "../test/authoring";
import { citedRules, pathLabel, problemsOf, validateQuestion } from "./validate";

describe("validateQuestion", () => {
  test("accepts a sound question and fills content/'s defaults", () => {
    const v = validateQuestion(singleQuestion("v1"));
    expect(v.ok && v.question.difficulty).toBe(2);
  });

  test("names every field in Chinese", () => {
    expect(pathLabel("options.1.text")).toBe("选项 B · 内容");
    expect(pathLabel("steps.1.choices.0.next")).toBe("步骤 2 · 选项 1 · 下一步");
    expect(pathLabel("endings.2.consequence")).toBe("结局 3 · 后果说明");
    expect(pathLabel("steps.0.messages.1.text")).toBe("步骤 1 · 消息 2 · 内容");
    expect(pathLabel("")).toBe("整道题");
  });

  test("reports type, schema and built-in problems without English", () => {
    expect(problemsOf(null)[0].message).toBe("题目应为一个对象");
    expect(problemsOf({ type: "essay" })[0]).toMatchObject({ path: "type", label: "题型" });
    const p = problemsOf(singleQuestion("v1", { difficulty: 7, options: "x", id: "Bad Id" }));
    expect(p.map((x) => `${x.label}：${x.message}`)).toEqual(["标识：标识只能由小写字母、数字和连字符组成", "难度：不能大于 3", "选项：应为列表"]);
    for (const x of p) expect(x.message).not.toMatch(/[A-Za-z]{4,}/);
  });

  test("scenario graph: unreachable ending, orphan step, cycle, dead end, no scoring path — each with its field", () => {
    const s = scenarioQuestion("g");
    s.endings.push({ id: "never", outcome: "bad", title: "无人到达", consequence: "…", rules: ["V2"] });
    (s.steps[2].choices[1] as { next: string }).next = "s2"; // s2 → s3 → s2
    (s.steps as unknown[]).push({
      id: "island",
      messages: [{ from: "甲", text: "…" }],
      prompt: "？",
      choices: [
        { id: "a", action: "reply", label: "甲", next: "island" },
        { id: "b", action: "reply", label: "乙", next: "island" },
      ],
    });
    const lines = problemsOf(s).map((p) => `${p.label}：${p.message}`);
    expect(lines).toEqual(
      expect.arrayContaining([
        '步骤 4：孤立步骤 "island"：从起始步骤 "s1" 无法到达',
        '结局 4：结局 "never" 从未被到达（从起始步骤出发没有任何路径通向它）',
        expect.stringMatching(/^步骤 \d：场景存在循环：/),
        '步骤 4：死胡同：从步骤 "island" 出发无法到达任何结局',
      ]),
    );
    expect(validateQuestion(s, { graph: false }).ok).toBe(true); // a draft may be saved half-built
    const zero = scenarioQuestion("z");
    for (const st of zero.steps) for (const c of st.choices) (c as { score: number }).score = 0;
    expect(problemsOf(zero).map((p) => p.message)).toEqual(["至少要有一条路径的选项得分大于 0，否则无法计分"]);
  });

  test("cited rules include scenario endings and drafting rubrics", () => {
    const v = validateQuestion(scenarioQuestion("c", { endings: scenarioQuestion("c").endings.map((e, i) => (i === 0 ? { ...e, rules: ["RP1"] } : e)) }));
    expect(v.ok && citedRules(v.question).sort()).toEqual(["RP1", "V2"]);
  });
});
