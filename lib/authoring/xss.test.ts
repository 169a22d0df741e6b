/**
 * Authored text is rendered as text, never as markup: payloads in every authored field (stem,
 * options, misconceptions, explanation, scenario messages of every kind, prompts, choices, ending
 * titles and consequences, citations) go through the components cadres see and the admin's
 * preview, summary, map and editor, and come out escaped.
 */
import { createElement, type ComponentType } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, test, vi } from "vitest";

// The cadre's player and the editor navigate with the App Router; outside Next a stand-in suffices.
vi.mock("next/navigation", () => ({ useRouter: () => ({ push() {}, refresh() {}, replace() {}, prefetch() {} }), useParams: () => ({}) }));

import { OptionList } from "@/components/quiz/option-list";
import { EndingCard, FeedbackPanel } from "@/components/quiz/review";
import { ScenarioPlayer } from "@/components/quiz/scenario-player";
import { AttemptPlayer } from "@/components/quiz/attempt-player";
import type { PlayItem } from "@/components/quiz/types";
import { ChatWindow } from "@/components/wechat/chat";
import { QuestionEditor } from "@/components/authoring/question-editor";
import { QuestionSummary } from "@/components/authoring/question-summary";
import { ScenarioMap } from "@/components/authoring/scenario-map";
import type { Draft } from "@/components/authoring/draft";
import { publicQuestion, reveal, scenarioNode } from "../assessment/public-view";
import { ZQuestion, type TQuestion, type TScenarioQuestion } from "../content/schema";
import { diffQuestions } from "./diff";
import { scenarioQuestion, singleQuestion } from "../test/authoring";
import { previewAnswer, previewItem } from "./preview";

const PAYLOADS = [
  '<script>alert("x")</script>',
  "<img src=x onerror=alert(1)>",
  '<a href="javascript:alert(1)">点我</a>',
  "javascript:alert(1)",
  '"><svg onload=alert(1)>',
];
const evil = (i: number, what: string) => `${what}${PAYLOADS[i % PAYLOADS.length]}`;

const single = ZQuestion.parse(
  singleQuestion("xss-single", {
    stem: evil(0, "题干"),
    explanation: evil(1, "解析"),
    options: singleQuestion("x").options.map((o, i) => ({ ...o, text: evil(i, "选项"), misconception: o.correct ? undefined : evil(i + 1, "误区") })),
    citation: { source: "A", publication: evil(2, "刊物"), note: evil(3, "说明") },
  }),
) as TQuestion;

const base = scenarioQuestion("xss-scn");
const scenario = ZQuestion.parse({
  ...base,
  stem: evil(4, "情景"),
  chatTitle: evil(0, "群"),
  steps: base.steps.map((s, i) => ({
    ...s,
    prompt: evil(i, "提问"),
    messages: ["text", "link", "image", "redpacket", "transfer", "voice", "system", "recall"].map((kind, k) => ({
      from: evil(k, "某人"),
      kind,
      text: evil(k + 1, "消息"),
      meta: evil(k + 2, "附加"),
    })),
    choices: s.choices.map((c, k) => ({
      ...c,
      label: evil(k, "选项"),
      says: [{ from: "我", text: evil(k + 3, "我说") }],
      feedback: evil(k, "反馈"),
      misconception: evil(k + 1, "误区"),
    })),
  })),
  endings: base.endings.map((e, i) => ({
    ...e,
    title: evil(i, "结局"),
    consequence: evil(i + 1, "后果"),
    messages: [{ from: evil(i, "纪委"), text: evil(i + 2, "通报") }],
  })),
}) as TScenarioQuestion;

function expectInert(html: string) {
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/<img/i);
  expect(html).not.toMatch(/<svg onload/i);
  // React quotes every attribute value with " and escapes " inside it: without the values, what is
  // left of each tag is its name and attribute names — none of which may be an event handler.
  const tags = html.replace(/"[^"]*"/g, '""');
  expect(tags).not.toMatch(/<[a-z][^>]*\son[a-z]+=/i);
  expect(html).not.toMatch(/href="javascript:/i);
  expect(html).not.toMatch(/<a href="javascript/i);
  // …and the text is there, escaped.
  expect(html).toMatch(/&lt;(script|img|a href|svg)/);
}

const render = <P extends object>(c: ComponentType<P>, props: P) => renderToString(createElement(c, props));

const path = ["verify", "tell", "remind"];
const node = scenarioNode(scenario, path, true);
const scenarioItem = (answered: boolean): PlayItem => ({
  position: 1,
  versionId: 2,
  rules: scenario.rules,
  maxScore: 2,
  question: publicQuestion(scenario, { path: answered ? path : [], showEnding: answered }),
  answer: answered ? { type: "scenario", path } : null,
  final: answered,
  verdict: answered ? { correct: true, score: 2, maxScore: 2, misconceptions: [evil(1, "误区")] } : null,
  reveal: answered ? reveal(scenario) : null,
});
const singleItem: PlayItem = {
  position: 1,
  versionId: 1,
  rules: single.rules,
  maxScore: 1,
  question: publicQuestion(single),
  answer: { type: "single", choice: "a" },
  final: true,
  verdict: { correct: false, score: 0, maxScore: 1, misconceptions: [evil(2, "误区")] },
  reveal: reveal(single),
};

describe("what a cadre sees", () => {
  test("options, verdict, misconception, explanation and citation", () => {
    const q = singleItem.question as Extract<PlayItem["question"], { type: "single" }>;
    expectInert(render(OptionList, { name: "q", question: q, value: singleItem.answer, reveal: singleItem.reveal, labelledBy: "x" }));
    expectInert(render(FeedbackPanel, { item: singleItem, lessons: {} }));
  });

  test("a scenario's chat (every message kind), choices, ending and feedback", () => {
    expectInert(render(ChatWindow, { title: scenario.chatTitle, setting: "group" as const, messages: node.transcript }));
    expectInert(render(ChatWindow, { title: scenario.chatTitle, setting: "moments" as const, messages: node.transcript }));
    expectInert(render(EndingCard, { ending: node.ending! }));
    const open = scenarioItem(false).question as Extract<PlayItem["question"], { type: "scenario" }>;
    expectInert(render(ScenarioPlayer, { question: open, busy: false, instant: true, onChoose: () => {} }));
    expectInert(render(FeedbackPanel, { item: scenarioItem(true), lessons: {} }));
  });

  test("the player, as the admin's preview drives it", () => {
    for (const item of [singleItem, scenarioItem(false), scenarioItem(true), previewItem(single) as PlayItem]) {
      const html = render(AttemptPlayer, {
        attempt: { id: "preview", quizTitle: "预览", instantFeedback: true, secondsLeft: null },
        items: [item],
        lessons: {},
        ruleTitles: {},
        save: async () => ({ ok: true as const, data: previewAnswer(single, { type: "single", choice: "a" }) }),
        submit: async () => ({ ok: true as const, data: { status: "x" } }),
      });
      expectInert(html);
    }
  });
});

describe("what an admin sees", () => {
  test("summary, branch map, diff and editor", () => {
    expectInert(render(QuestionSummary, { q: single }));
    expectInert(render(QuestionSummary, { q: scenario }));
    expectInert(render(ScenarioMap, { scenario }));
    for (const q of [single, scenario]) {
      expectInert(
        render(QuestionEditor, {
          mode: "edit" as const,
          initial: q as unknown as Draft,
          modules: [{ slug: q.module, title: evil(0, "模块") }],
          rules: [{ code: "V1", title: evil(1, "规则") }],
          save: async () => ({ ok: false as const, error: "x" }),
          previewStart: async () => ({ ok: false as const, error: "x" }),
          previewAnswer: async () => ({ ok: false as const, error: "x" }),
        }),
      );
    }
    // The diff carries the texts as strings; rendered by React like any other text.
    const d = diffQuestions(ZQuestion.parse(singleQuestion("xss-single")) as TQuestion, single);
    expect(d.some((x) => x.after?.includes("<script>"))).toBe(true);
  });
});
