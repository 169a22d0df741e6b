/**
 * The course's own examples (content/lessons/**, examples: do / dont) as checker inputs: the text
 * `course-examples.test.ts` checks, and the correct ones (正确示范) the classifier learns as clean
 * drafts (train-classifier.ts, decision 031). One extraction for both, so the model is trained on
 * exactly what the test checks.
 *
 * Which text. Lessons on writing official messages (R1–R5, U1–U3, G4): the message the example
 * opens with, as the /check gallery shows it, with its send time. Other lessons: for a right
 * example, what the learner ("我") writes, as a chat; for a wrong example, the chat up to the
 * learner's part, red packets, transfers and pictures rendered as their labels ([红包]一点心意).
 */
import type { Content } from "../content/load";
import { GALLERY_RULES, openingMessage } from "../content/message-gallery";
import type { TChatMessage, TExample, TLesson } from "../content/schema";
import type { CheckInput } from "./types";

const LABEL: Partial<Record<TChatMessage["kind"], string>> = { redpacket: "[红包]", transfer: "[转账]", image: "[图片]", link: "[链接]" };

export function chatText(messages: readonly TChatMessage[]): string {
  return messages
    .filter((m) => m.kind !== "system" && m.kind !== "recall" && m.kind !== "voice")
    .map((m) => `${LABEL[m.kind] ?? ""}${m.text}${m.kind === "redpacket" || m.kind === "transfer" ? ` ${m.meta ?? ""}元` : ""}`)
    .join("\n");
}

/** A lesson on writing and sending official messages (its examples are checked as the gallery shows them). */
export const isOfficialLesson = (l: TLesson) => l.rules.some((r) => (GALLERY_RULES as readonly string[]).includes(r));

export interface CourseExample {
  /** `<lesson id> #<n> 正确示范|错误示范` */
  name: string;
  lesson: TLesson;
  example: TExample;
  /** What is checked, or null when the example has nothing written to check (a picture, a link). */
  input: CheckInput | null;
}

export function courseExampleOf(lesson: TLesson, example: TExample, i: number): CourseExample {
  const name = `${lesson.id} #${i + 1} ${example.verdict === "do" ? "正确示范" : "错误示范"}`;
  let input: CheckInput | null;
  if (isOfficialLesson(lesson)) {
    const m = openingMessage(example);
    input = m ? { text: m.text, ...(m.sendAt ? { sendAt: m.sendAt } : {}) } : null;
  } else if (example.verdict === "do") {
    const text = chatText(example.messages.filter((m) => m.from === "我"));
    input = text.trim() ? { text, kind: "chat" } : null;
  } else {
    const lastMine = example.messages.map((m) => m.from).lastIndexOf("我");
    const upTo = lastMine >= 0 ? example.messages.slice(0, lastMine + 1) : example.messages;
    input = { text: chatText(upTo), kind: "chat" };
  }
  return { name, lesson, example, input };
}

/** Every example of every lesson, in course order. */
export function courseExamples(content: Pick<Content, "lessons">): CourseExample[] {
  return content.lessons.flatMap((l) => l.examples.map((e, i) => courseExampleOf(l, e, i)));
}
