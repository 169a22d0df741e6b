/**
 * What the browser may see of a question. Before it is answered: the stem and the options, never
 * which is right, never explanations or misconceptions. After (practice feedback, or once the
 * attempt is submitted): the key, the explanation and the citation. Every API response and page
 * that shows a question goes through here; tests assert no key leaks.
 */
import type { TChatMessage, TQuestion, TScenarioQuestion } from "../content/schema";
import { walkScenario } from "./score";
import { scenarioDebrief, type ScenarioDebrief } from "./scenario-debrief";

export interface PublicScenarioNode {
  /** The chat so far: step messages and what the learner said, in order. */
  transcript: TChatMessage[];
  step: { id: string; prompt: string; choices: { id: string; action: string; label: string }[] } | null;
  /** Set once an ending is reached and may be shown. */
  ending: { id: string; outcome: string; title: string; consequence: string; rules: string[] } | null;
  ended: boolean;
}

export type PublicQuestion =
  | { type: "single" | "multiple"; stem: string; options: { id: string; text: string }[] }
  | { type: "truefalse"; stem: string }
  | { type: "drafting"; stem: string; situation: string; kind: string; points: string[] }
  | { type: "scenario"; stem: string; setting: string; chatTitle: string; node: PublicScenarioNode };

export interface Reveal {
  correctOptions?: string[];
  answer?: boolean;
  explanation: string;
  citation?: TQuestion["citation"];
  sample?: string;
  /** Scenarios: the path taken and the best path, each choice with its consequence and rules. */
  debrief?: ScenarioDebrief;
}

/** The scenario as far as the learner has played it. Endings are shown only when `showEnding`. */
export function scenarioNode(q: TScenarioQuestion, path: string[], showEnding: boolean): PublicScenarioNode {
  const { step, ending, taken } = walkScenario(q, path);
  const transcript: TChatMessage[] = [];
  let nodeId = q.start;
  for (const c of taken) {
    transcript.push(...(q.steps.find((s) => s.id === nodeId)?.messages ?? []), ...c.says);
    nodeId = c.next;
  }
  if (step) transcript.push(...step.messages);
  if (ending && showEnding) transcript.push(...ending.messages);
  return {
    transcript,
    step: step ? { id: step.id, prompt: step.prompt, choices: step.choices.map((c) => ({ id: c.id, action: c.action, label: c.label })) } : null,
    ending: ending && showEnding ? { id: ending.id, outcome: ending.outcome, title: ending.title, consequence: ending.consequence, rules: ending.rules } : null,
    ended: Boolean(ending),
  };
}

export function publicQuestion(q: TQuestion, opts: { path?: string[]; showEnding?: boolean } = {}): PublicQuestion {
  switch (q.type) {
    case "single":
    case "multiple":
      return { type: q.type, stem: q.stem, options: q.options.map((o) => ({ id: o.id, text: o.text })) };
    case "truefalse":
      return { type: "truefalse", stem: q.stem };
    case "drafting":
      // The content points are part of the task (what the message must say), not of the key.
      return { type: "drafting", stem: q.stem, situation: q.situation, kind: q.kind, points: q.points.map((p) => p.label) };
    case "scenario":
      return { type: "scenario", stem: q.stem, setting: q.setting, chatTitle: q.chatTitle, node: scenarioNode(q, opts.path ?? [], opts.showEnding ?? false) };
  }
}

/** The key of a question; for a scenario with the review of `path` (the learner's choices). */
export function reveal(q: TQuestion, path: string[] = []): Reveal {
  const base = { explanation: q.explanation, citation: q.citation };
  switch (q.type) {
    case "single":
    case "multiple":
      return { ...base, correctOptions: q.options.filter((o) => o.correct).map((o) => o.id) };
    case "truefalse":
      return { ...base, answer: q.answer };
    case "drafting":
      return { ...base, sample: q.sample };
    case "scenario":
      return { ...base, debrief: scenarioDebrief(q, path) };
  }
}
