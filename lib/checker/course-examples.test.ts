/**
 * The course's own examples (content/lessons/**, examples: do / dont) against the checker.
 * - Every message the course shows as right (正确示范) passes with no must-fix or red-line finding.
 * - Every example the course shows as wrong (错误示范) is caught: a must-fix or red-line finding on
 *   a rule the lesson teaches — unless the lesson's rule is one text cannot show (a voice message,
 *   a screenshot, replying late, Moments groups), listed in NOT_VISIBLE_IN_TEXT.
 *
 * Which text is checked: `course-examples.ts` (the same extraction the classifier's trainer uses
 * to learn the right examples as clean drafts).
 */
import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import type { TExample, TLesson } from "@/lib/content/schema";
import { courseExamples } from "./course-examples";
import { checkMessage, type CheckResult, RULE_CATALOGUE } from "./index";

const content = loadContent();

/** Inventory codes a lesson may teach, mapped to the checker code that reports them. */
const ALIAS: Record<string, string[]> = {
  P1: ["V1"],
  ZJ1: ["V3"],
  ZJ2: ["TJ3"],
  ZJ3: ["V1", "V2"],
  RP1: ["TJ3"],
  RP3: ["TJ3"],
  XY3: ["P5"],
  U2: ["R4"],
  U3: ["P8", "P9"],
  GR1: ["V1", "WH1"],
};
const checkable = (codes: readonly string[]) => [...new Set(codes.flatMap((c) => [...(c in RULE_CATALOGUE ? [c] : []), ...(ALIAS[c] ?? [])]))];

/** Rules a text checker cannot see: what a message is (voice, screenshot) or when a reply comes. */
const NOT_VISIBLE_IN_TEXT = new Set(["G1", "G2", "G3", "G5", "G7", "G8", "P10", "XY1", "XY2", "GR1", "U3"]);
/** Wrong examples whose fault is a picture or a voice message, in lessons that also teach visible rules. */
const EXAMPLE_NOT_VISIBLE: Record<string, string> = {
  "xianyang-work-group-measures #1 错误示范": "a stranger's voice message and a blurred photo (XY1, XY2)",
  "g6-stickers #1 错误示范": "stickers sent as pictures (emoji typed in text are checked: G6)",
};

interface Case {
  name: string;
  lesson: TLesson;
  example: TExample;
  check: () => CheckResult | null;
}

const cases: Case[] = courseExamples(content).map(({ name, lesson, example, input }) => ({
  name,
  lesson,
  example,
  check: () => (input ? checkMessage(input) : null),
}));
const serious = (r: CheckResult) => r.findings.filter((f) => f.severity !== "suggestion");

describe("正确示范: no must-fix or red-line finding", () => {
  it.each(cases.filter((c) => c.example.verdict === "do").map((c) => [c.name, c] as const))("%s", (_, c) => {
    const r = c.check();
    if (!r) return; // nothing written by the learner (a picture, a link)
    expect(serious(r).map((f) => `${f.code} ${f.message}`)).toEqual([]);
  });
});

describe("错误示范: caught on the rule the lesson teaches", () => {
  const wrong = cases.filter((c) => c.example.verdict === "dont");
  const visible = wrong.filter(
    (c) => !(c.name in EXAMPLE_NOT_VISIBLE) && checkable(c.lesson.rules).length > 0 && !c.lesson.rules.every((r) => NOT_VISIBLE_IN_TEXT.has(r)),
  );

  it.each(visible.map((c) => [c.name, c] as const))("%s", (_, c) => {
    const r = c.check();
    expect(r, "the example has a message to check").not.toBeNull();
    const codes = checkable(c.lesson.rules);
    // Any severity: a rule the source words as advice (R2, P7 慎之又慎) is reported as a suggestion.
    const hits = r!.findings.filter((f) => codes.includes(f.code));
    expect(
      hits.map((f) => f.code),
      `expected one of ${codes.join(", ")}; found ${r!.findings.map((f) => `${f.code}/${f.severity}`).join(" ")}`,
    ).not.toEqual([]);
  });

  it("leaves out only lessons whose rule cannot be seen in the words", () => {
    const left = wrong.filter((c) => !visible.includes(c)).map((c) => `${c.lesson.id}: ${c.lesson.rules.join(",")}`);
    for (const c of wrong.filter((x) => !visible.includes(x) && !(x.name in EXAMPLE_NOT_VISIBLE))) {
      expect(c.lesson.rules.every((r) => NOT_VISIBLE_IN_TEXT.has(r) || checkable([r]).length === 0)).toBe(true);
    }
    expect(left.length).toBeLessThan(wrong.length / 3);
  });
});
