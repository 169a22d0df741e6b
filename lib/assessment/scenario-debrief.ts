/**
 * The review of a finished scenario (issue 14 §3): the path the learner took and the best path,
 * each choice with its consequence (feedback) and its rules, marked best / mistake / other. Key
 * material: part of the reveal, so only shown where the item's key may be (key-access.ts).
 */
import type { TScenarioQuestion } from "../content/schema";
import { bestScenarioPath } from "../content/scenario-graph";

export interface DebriefStep {
  prompt: string;
  choice: { id: string; action: string; label: string };
  /** The best choice at this step (on the way to the best reachable ending), a mistake, or neither. */
  mark: "best" | "mistake" | "other";
  feedback?: string;
  misconception?: string;
  rules: string[];
}

export interface ScenarioDebrief {
  /** The choices the learner made, in order (empty before any). */
  taken: DebriefStep[];
  /** The highest-scoring path and where it ends. */
  best: DebriefStep[];
  bestEnding: { title: string; outcome: string } | null;
}

/** For each step, the id of the choice that leads to the highest total from there. */
function bestChoiceByStep(q: TScenarioQuestion): Map<string, string> {
  const steps = new Map(q.steps.map((s) => [s.id, s]));
  const memo = new Map<string, number>();
  const bestFrom = (id: string): number => {
    if (!steps.has(id)) return 0;
    const known = memo.get(id);
    if (known !== undefined) return known;
    memo.set(id, Number.NEGATIVE_INFINITY); // a cycle (never in valid content) scores nothing
    const v = Math.max(...steps.get(id)!.choices.map((c) => c.score + bestFrom(c.next)));
    memo.set(id, v);
    return v;
  };
  const out = new Map<string, string>();
  for (const s of q.steps) {
    let pick = s.choices[0];
    for (const c of s.choices) if (c.score + bestFrom(c.next) > pick.score + bestFrom(pick.next)) pick = c;
    out.set(s.id, pick.id);
  }
  return out;
}

export function scenarioDebrief(q: TScenarioQuestion, path: string[]): ScenarioDebrief {
  const bestAt = bestChoiceByStep(q);
  const stepOf = new Map(q.steps.map((s) => [s.id, s]));
  const describe = (stepId: string, choiceId: string): DebriefStep => {
    const step = stepOf.get(stepId)!;
    const c = step.choices.find((x) => x.id === choiceId)!;
    return {
      prompt: step.prompt,
      choice: { id: c.id, action: c.action, label: c.label },
      mark: bestAt.get(stepId) === c.id ? "best" : c.misconception ? "mistake" : "other",
      ...(c.feedback ? { feedback: c.feedback } : {}),
      ...(c.misconception ? { misconception: c.misconception } : {}),
      rules: c.rules,
    };
  };
  const taken: DebriefStep[] = [];
  let node = q.start;
  for (const id of path) {
    const step = stepOf.get(node);
    const c = step?.choices.find((x) => x.id === id);
    if (!step || !c) break;
    taken.push(describe(step.id, c.id));
    node = c.next;
  }
  const best = bestScenarioPath(q);
  const ending = best ? q.endings.find((e) => e.id === best.endingId) : undefined;
  return {
    taken,
    best: best?.choices.map((c) => describe(c.stepId, c.choice.id)) ?? [],
    bestEnding: ending ? { title: ending.title, outcome: ending.outcome } : null,
  };
}
