/**
 * The course's own examples (content/lessons/**, examples: do / dont) against the checker.
 * - Every message the course shows as right (正确示范) passes with no must-fix or red-line finding.
 * - Every example the course shows as wrong (错误示范) is caught: a must-fix or red-line finding on
 *   a rule the lesson teaches — unless the lesson's rule is one text cannot show (a voice message,
 *   a screenshot, replying late, Moments groups), listed in NOT_VISIBLE_IN_TEXT.
 *
 * Which text is checked. Lessons on writing official messages (R1–R5, U1–U3, G4): the message the
 * example opens with, as the /check gallery shows it, with its send time. Other lessons: for a
 * right example, what the learner ("我") writes, as a chat; for a wrong example, the chat up to
 * the learner's part, red packets, transfers and pictures rendered as their labels ([红包]一点心意).
 */
import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { GALLERY_RULES, openingMessage } from "@/lib/content/message-gallery";
import type { TChatMessage, TExample, TLesson } from "@/lib/content/schema";
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

const LABEL: Partial<Record<TChatMessage["kind"], string>> = { redpacket: "[红包]", transfer: "[转账]", image: "[图片]", link: "[链接]" };
function chatText(messages: readonly TChatMessage[]): string {
  return messages
    .filter((m) => m.kind !== "system" && m.kind !== "recall" && m.kind !== "voice")
    .map((m) => `${LABEL[m.kind] ?? ""}${m.text}${m.kind === "redpacket" || m.kind === "transfer" ? ` ${m.meta ?? ""}元` : ""}`)
    .join("\n");
}

const official = (l: TLesson) => l.rules.some((r) => (GALLERY_RULES as readonly string[]).includes(r));

interface Case {
  name: string;
  lesson: TLesson;
  example: TExample;
  check: () => CheckResult | null;
}

function caseOf(lesson: TLesson, example: TExample, i: number): Case {
  const name = `${lesson.id} #${i + 1} ${example.verdict === "do" ? "正确示范" : "错误示范"}`;
  const check = () => {
    if (official(lesson)) {
      const m = openingMessage(example);
      return m ? checkMessage({ text: m.text, ...(m.sendAt ? { sendAt: m.sendAt } : {}) }) : null;
    }
    const mine = example.messages.filter((m) => m.from === "我");
    if (example.verdict === "do") {
      const text = chatText(mine);
      return text.trim() ? checkMessage({ text, kind: "chat" }) : null;
    }
    const lastMine = example.messages.map((m) => m.from).lastIndexOf("我");
    const upTo = lastMine >= 0 ? example.messages.slice(0, lastMine + 1) : example.messages;
    return checkMessage({ text: chatText(upTo), kind: "chat" });
  };
  return { name, lesson, example, check };
}

const cases = content.lessons.flatMap((l) => l.examples.map((e, i) => caseOf(l, e, i)));
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
