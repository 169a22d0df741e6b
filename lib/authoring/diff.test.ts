import { describe, expect, test } from "vitest";
import { ZQuestion, type TQuestion } from "../content/schema";
import { diffQuestions } from "./diff";
import { scenarioQuestion, singleQuestion } from "../test/authoring";

const q = (x: unknown) => ZQuestion.parse(x) as TQuestion;

describe("diffQuestions", () => {
  test("identical versions have no differences", () => {
    expect(diffQuestions(q(singleQuestion("d1")), q(singleQuestion("d1")))).toEqual([]);
  });

  test("stem, option text and the key, in words, with the key marked", () => {
    const a = q(singleQuestion("d1"));
    const b = q(
      singleQuestion("d1", {
        stem: "新的题干",
        options: singleQuestion("x").options.map((o) => (o.id === "a" ? { ...o, text: "改过的选项", correct: true } : { ...o, correct: false })),
      }),
    );
    const d = diffQuestions(a, b);
    expect(d.map((x) => [x.label, x.before, x.after, x.affectsKey])).toEqual([
      ["题干", a.stem, "新的题干", false],
      ["正确答案", "C", "A", true],
      ["选项 A · 内容", "转发并注明仅供参考", "改过的选项", false],
      ["选项 A · 是否正确", "错误", "正确", true],
      ["选项 C · 是否正确", "正确", "错误", true],
    ]);
  });

  test("options matched by id: reordering is no change; a removed option is listed as removed", () => {
    const a = q(singleQuestion("d1"));
    const reordered = q(singleQuestion("d1", { options: [...singleQuestion("x").options].reverse() }));
    expect(diffQuestions(a, reordered)).toEqual([]);
    const fewer = q(singleQuestion("d1", { options: singleQuestion("x").options.slice(0, 3) }));
    expect(diffQuestions(a, fewer).map((x) => `${x.kind} ${x.label}`)).toEqual(["removed 选项 D · 内容", "removed 选项 D · 是否正确", "removed 选项 D · 误区"]);
  });

  test("scenarios: steps, choices and endings by id; paths and scores affect the key", () => {
    const a = scenarioQuestion("s");
    const b = scenarioQuestion("s");
    b.steps[1].prompt = "核实以后你怎么做？";
    (b.steps[0].choices[1] as { score: number }).score = 6;
    (b.steps[2].choices[1] as { next: string }).next = "bad";
    b.endings[0].consequence = "新的后果";
    const d = diffQuestions(q(a), q(b));
    expect(d.map((x) => [x.label, x.before, x.after, x.affectsKey])).toEqual([
      ["步骤「s1」 · 选项「verify」 · 得分", "5", "6", true],
      ["步骤「s2」 · 提问", "核实后呢？", "核实以后你怎么做？", false],
      ["步骤「s3」 · 选项「done」 · 下一步", "neutral", "bad", true],
      ["结局「good」 · 后果说明", "你核实并澄清，避免了恐慌。", "新的后果", false],
    ]);
  });

  test("a type change is a key change", () => {
    const tf = q({ id: "d1", type: "truefalse", module: "red-lines", rules: ["V1"], stem: "题干", explanation: "解析", answer: false });
    const d = diffQuestions(q(singleQuestion("d1", { stem: "题干", explanation: "解析" })), tf);
    expect(d[0]).toMatchObject({ label: "题型", before: "单选题", after: "判断题", affectsKey: true });
  });
});
