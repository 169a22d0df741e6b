/**
 * Graph checks for branching scenarios (ZScenarioQuestion).
 *
 * A scenario is a directed graph: steps are inner nodes, endings are sinks, and every choice is an
 * edge `step → next` (a step id or an ending id) carrying a score. We require a DAG rooted at
 * `start` in which every step is reachable, every step can still reach an ending, and every ending
 * is reached by some path. Cycles are rejected so that the accumulated score is bounded.
 *
 * `checkScenarioGraph` returns one localised message per problem, each prefixed with the field
 * path it concerns (e.g. `steps.1.choices.0.next: 指向不存在的步骤 "x"`); an empty list means the
 * graph is sound. The content loader prefixes the file name.
 */
import type { TScenarioQuestion } from "./schema";

type Step = TScenarioQuestion["steps"][number];

interface Graph {
  /** First index of each step id. */
  stepIndex: Map<string, number>;
  /** First index of each ending id (only ids that are not also step ids). */
  endingIndex: Map<string, number>;
  /** Successor step ids of each step id (valid step targets only, in choice order, deduplicated). */
  stepSuccessors: Map<string, string[]>;
  /** Ending ids each step leads to directly. */
  endingSuccessors: Map<string, string[]>;
}

function buildGraph(s: TScenarioQuestion): Graph {
  const stepIndex = new Map<string, number>();
  s.steps.forEach((st, i) => {
    if (!stepIndex.has(st.id)) stepIndex.set(st.id, i);
  });
  const endingIndex = new Map<string, number>();
  s.endings.forEach((e, i) => {
    if (!stepIndex.has(e.id) && !endingIndex.has(e.id)) endingIndex.set(e.id, i);
  });
  const stepSuccessors = new Map<string, string[]>();
  const endingSuccessors = new Map<string, string[]>();
  for (const [id, i] of stepIndex) {
    const step: Step = s.steps[i];
    const toSteps: string[] = [];
    const toEndings: string[] = [];
    for (const c of step.choices) {
      if (stepIndex.has(c.next)) {
        if (!toSteps.includes(c.next)) toSteps.push(c.next);
      } else if (endingIndex.has(c.next)) {
        if (!toEndings.includes(c.next)) toEndings.push(c.next);
      }
    }
    stepSuccessors.set(id, toSteps);
    endingSuccessors.set(id, toEndings);
  }
  return { stepIndex, endingIndex, stepSuccessors, endingSuccessors };
}

/** Step ids reachable from `start` (including it), following valid edges only. */
function reachableSteps(g: Graph, start: string): Set<string> {
  const seen = new Set<string>();
  if (!g.stepIndex.has(start)) return seen;
  const stack = [start];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const n of g.stepSuccessors.get(id) ?? []) if (!seen.has(n)) stack.push(n);
  }
  return seen;
}

/** Every elementary cycle found by DFS back edges, as step-id lists (deduplicated by rotation). */
function findCycles(g: Graph): string[][] {
  const WHITE = 0;
  const GREY = 1;
  const BLACK = 2;
  const colour = new Map<string, number>();
  for (const id of g.stepIndex.keys()) colour.set(id, WHITE);
  const cycles: string[][] = [];
  const keys = new Set<string>();
  const path: string[] = [];

  const visit = (id: string): void => {
    colour.set(id, GREY);
    path.push(id);
    for (const n of g.stepSuccessors.get(id) ?? []) {
      const c = colour.get(n);
      if (c === GREY) {
        const cycle = path.slice(path.indexOf(n));
        // Normalise by rotating to the smallest id so the same cycle is reported once.
        const min = cycle.reduce((m, x, i) => (x < cycle[m] ? i : m), 0);
        const rotated = [...cycle.slice(min), ...cycle.slice(0, min)];
        const key = rotated.join("\u0000");
        if (!keys.has(key)) {
          keys.add(key);
          cycles.push(rotated);
        }
      } else if (c === WHITE) {
        visit(n);
      }
    }
    path.pop();
    colour.set(id, BLACK);
  };

  for (const id of g.stepIndex.keys()) if (colour.get(id) === WHITE) visit(id);
  return cycles;
}

/** Step ids from which at least one ending can be reached. */
function stepsReachingAnEnding(g: Graph): Set<string> {
  const predecessors = new Map<string, string[]>();
  for (const id of g.stepIndex.keys()) predecessors.set(id, []);
  for (const [id, succ] of g.stepSuccessors) for (const n of succ) predecessors.get(n)?.push(id);
  const good = new Set<string>();
  const stack: string[] = [];
  for (const [id, endings] of g.endingSuccessors) {
    if (endings.length > 0) stack.push(id);
  }
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (good.has(id)) continue;
    good.add(id);
    for (const p of predecessors.get(id) ?? []) if (!good.has(p)) stack.push(p);
  }
  return good;
}

/**
 * Checks the structure of a scenario and returns every problem found (empty when sound):
 * unknown `start`, dangling `next`, duplicate step/ending/choice ids, steps not reachable from
 * `start` (孤立步骤), endings never reached, cycles (场景存在循环) and dead-end steps from which no
 * ending can be reached.
 */
export function checkScenarioGraph(s: TScenarioQuestion): string[] {
  const problems: string[] = [];
  const g = buildGraph(s);

  // Duplicate ids.
  s.steps.forEach((st, i) => {
    const first = g.stepIndex.get(st.id);
    if (first !== undefined && first !== i) problems.push(`steps.${i}.id: 步骤标识 "${st.id}" 重复（与 steps.${first} 相同）`);
    const seenChoices = new Map<string, number>();
    st.choices.forEach((c, j) => {
      const firstChoice = seenChoices.get(c.id);
      if (firstChoice !== undefined) {
        problems.push(`steps.${i}.choices.${j}.id: 选项标识 "${c.id}" 在步骤 "${st.id}" 中重复（与 choices.${firstChoice} 相同）`);
      } else {
        seenChoices.set(c.id, j);
      }
    });
  });
  const seenEndings = new Map<string, number>();
  s.endings.forEach((e, i) => {
    const asStep = g.stepIndex.get(e.id);
    if (asStep !== undefined) {
      problems.push(`endings.${i}.id: 结局标识 "${e.id}" 与步骤 steps.${asStep} 重名`);
      return;
    }
    const first = seenEndings.get(e.id);
    if (first !== undefined) problems.push(`endings.${i}.id: 结局标识 "${e.id}" 重复（与 endings.${first} 相同）`);
    else seenEndings.set(e.id, i);
  });

  // Start and dangling targets.
  if (!g.stepIndex.has(s.start)) {
    problems.push(
      g.endingIndex.has(s.start)
        ? `start: 起始应指向一个步骤，"${s.start}" 是结局`
        : `start: 起始步骤 "${s.start}" 不存在`,
    );
  }
  s.steps.forEach((st, i) => {
    st.choices.forEach((c, j) => {
      if (!g.stepIndex.has(c.next) && !g.endingIndex.has(c.next)) {
        problems.push(`steps.${i}.choices.${j}.next: 指向不存在的步骤 "${c.next}"`);
      }
    });
  });

  // Reachability from start.
  const reachable = reachableSteps(g, s.start);
  if (g.stepIndex.has(s.start)) {
    for (const [id, i] of g.stepIndex) {
      if (!reachable.has(id)) problems.push(`steps.${i}: 孤立步骤 "${id}"：从起始步骤 "${s.start}" 无法到达`);
    }
  }
  const reachedEndings = new Set<string>();
  for (const id of reachable) for (const e of g.endingSuccessors.get(id) ?? []) reachedEndings.add(e);
  for (const [id, i] of g.endingIndex) {
    if (!reachedEndings.has(id)) problems.push(`endings.${i}: 结局 "${id}" 从未被到达（从起始步骤出发没有任何路径通向它）`);
  }

  // Cycles.
  for (const cycle of findCycles(g)) {
    const i = g.stepIndex.get(cycle[0]) as number;
    problems.push(`steps.${i}: 场景存在循环：${[...cycle, cycle[0]].map((id) => `"${id}"`).join(" → ")}`);
  }

  // Dead ends.
  const live = stepsReachingAnEnding(g);
  for (const [id, i] of g.stepIndex) {
    if (!live.has(id)) problems.push(`steps.${i}: 死胡同：从步骤 "${id}" 出发无法到达任何结局`);
  }

  return problems;
}

/**
 * The highest total score a learner can collect on one path from `start` to an ending (the
 * longest path in the DAG, weighted by choice scores). Choices whose `next` is unknown are
 * ignored. Intended for graphs that pass checkScenarioGraph; on a cyclic graph an edge back into
 * the current path is skipped, so the result stays finite but is only a best-effort bound.
 * Returns 0 when no ending can be reached.
 */
export function maxScenarioScore(s: TScenarioQuestion): number {
  const g = buildGraph(s);
  const memo = new Map<string, number>();
  const onPath = new Set<string>();

  /** Best score from step `id` to an ending, or -Infinity when none is reachable. */
  const best = (id: string): number => {
    const cached = memo.get(id);
    if (cached !== undefined) return cached;
    const index = g.stepIndex.get(id);
    if (index === undefined) return Number.NEGATIVE_INFINITY;
    onPath.add(id);
    let result = Number.NEGATIVE_INFINITY;
    for (const c of s.steps[index].choices) {
      let rest: number;
      if (g.stepIndex.has(c.next)) {
        if (onPath.has(c.next)) continue;
        rest = best(c.next);
      } else if (g.endingIndex.has(c.next)) {
        rest = 0;
      } else {
        continue;
      }
      if (rest !== Number.NEGATIVE_INFINITY) result = Math.max(result, c.score + rest);
    }
    onPath.delete(id);
    memo.set(id, result);
    return result;
  };

  const total = best(s.start);
  return total === Number.NEGATIVE_INFINITY ? 0 : total;
}

/* ------------------------------------------------------------------ paths */

export interface ScenarioPath {
  /** The choices taken, in order (step id and choice). */
  choices: { stepId: string; choice: TScenarioQuestion["steps"][number]["choices"][number] }[];
  endingId: string;
  outcome: "good" | "neutral" | "bad";
  score: number;
}

/** Every path from `start` to an ending (for graphs that pass checkScenarioGraph). */
export function scenarioPaths(s: TScenarioQuestion): ScenarioPath[] {
  const steps = new Map(s.steps.map((st) => [st.id, st]));
  const endings = new Map(s.endings.map((e) => [e.id, e]));
  const out: ScenarioPath[] = [];
  const walk = (id: string, taken: ScenarioPath["choices"], depth: number): void => {
    const step = steps.get(id);
    if (!step || depth > s.steps.length) return;
    for (const c of step.choices) {
      const next = [...taken, { stepId: step.id, choice: c }];
      const ending = endings.get(c.next);
      if (ending) out.push({ choices: next, endingId: ending.id, outcome: ending.outcome, score: next.reduce((n, x) => n + x.choice.score, 0) });
      else walk(c.next, next, depth + 1);
    }
  };
  walk(s.start, [], 0);
  return out;
}

/** The best path: the highest score, ties to the first found (what the review shows as 最佳路径). */
export function bestScenarioPath(s: TScenarioQuestion): ScenarioPath | null {
  let best: ScenarioPath | null = null;
  for (const p of scenarioPaths(s)) if (!best || p.score > best.score) best = p;
  return best;
}

const pathText = (p: ScenarioPath) => `${p.choices.map((c) => c.choice.id).join(" → ")} → ${p.endingId}`;

/**
 * The scenario's story and scores hang together (issue 14 §3). A scenario scores by the ending the
 * whole path reaches (lib/assessment/score.ts), so the ending must follow from the choices: no good
 * ending behind a choice tagged as a mistake, no bad ending without one (the review must be able
 * to point at it). A mistake never scores as well as the best choice at its step; the best path
 * (highest sum of choice scores) ends well, and each of its choices says why and which rule.
 */
export function scenarioStoryProblems(s: TScenarioQuestion): string[] {
  const problems: string[] = [];
  const paths = scenarioPaths(s);
  for (const p of paths) {
    const mistake = p.choices.find((c) => c.choice.misconception);
    if (p.outcome === "good" && mistake) problems.push(`好的结局在误区选项之后：${pathText(p)}（“${mistake.choice.id}”：${mistake.choice.misconception}）`);
    if (p.outcome === "bad" && !mistake) problems.push(`坏的结局之前没有任何误区选项：${pathText(p)}`);
  }
  for (const st of s.steps) {
    const top = Math.max(...st.choices.map((c) => c.score));
    for (const c of st.choices) {
      if (c.misconception && c.score >= top) problems.push(`步骤 ${st.id} 的误区选项 ${c.id} 得分不低于该步最佳选项`);
    }
  }
  const best = bestScenarioPath(s);
  if (best && best.outcome !== "good") problems.push(`最高分路径没有到达好的结局：${pathText(best)}`);
  for (const c of best?.choices ?? []) {
    if (!c.choice.feedback) problems.push(`最佳路径上的选项 ${c.stepId}/${c.choice.id} 缺少 feedback（回看时说明后果）`);
    if (!c.choice.rules.length) problems.push(`最佳路径上的选项 ${c.stepId}/${c.choice.id} 缺少 rules（回看时说明依据）`);
  }
  return problems;
}

