import { expect, test } from "vitest";
import { scenarioQuestion } from "../test/authoring";
import { loadContent } from "../content/load";
import { describeScenarioMap, edgeShapes, layoutScenario, NODE_H, NODE_W, overlaps, pointAt } from "./scenario-layout";

test("rows by depth from the start, endings in one row below, every forward arrow points down", () => {
  const m = layoutScenario(scenarioQuestion("m"));
  const y = Object.fromEntries(m.nodes.map((n) => [n.id, n.y]));
  expect(y.s1).toBeLessThan(y.s2);
  expect(y.s2).toBeLessThan(y.s3);
  expect(new Set([y.good, y.neutral, y.bad]).size).toBe(1);
  expect(y.bad).toBeGreaterThan(y.s3);
  for (const e of m.edges) expect(y[e.to]).toBeGreaterThan(y[e.from]);
  expect(m.nodes.find((n) => n.id === "s1")?.start).toBe(true);
  expect(m.height).toBeGreaterThanOrEqual(4 * NODE_H);
  // No two nodes overlap.
  for (const a of m.nodes) for (const b of m.nodes) if (a !== b && a.y === b.y) expect(Math.abs(a.x - b.x)).toBeGreaterThanOrEqual(132);
});

test("cycles, orphans, unreached endings and dangling targets are shown and described", () => {
  const s = scenarioQuestion("m");
  (s.steps[2].choices[1] as { next: string }).next = "s2";
  (s.steps[1].choices[1] as { next: string }).next = "nowhere";
  (s.steps as unknown[]).push({ id: "lost", prompt: "？", choices: [{ id: "x", label: "甲", next: "good", score: 1 }] });
  s.endings.push({ id: "never", outcome: "bad", title: "无人到达", consequence: "…", rules: ["V2"] });
  const m = layoutScenario(s);
  expect(m.edges.find((e) => e.from === "s3" && e.to === "s2")?.back).toBe(true);
  expect(m.nodes.find((n) => n.id === "lost")?.stray).toBe(true);
  expect(m.nodes.find((n) => n.id === "never")?.stray).toBe(true);
  expect(m.dangling).toEqual([{ from: "s2", choice: "silent", to: "nowhere" }]);
  const text = describeScenarioMap(s);
  // Steps by their place in the list, endings by title: never the author's ids (s1, bad).
  expect(text[0]).toBe("步骤 1（起点）：选“转发到家人群”（0 分）→ 结局“传谣”（坏的结局）；选“先向自来水公司核实”（5 分）→ 步骤 2");
  expect(text.join("\n")).toMatch(/选“不再理会”（2 分）→ 步骤 2（回到前面的步骤，形成循环）/);
  expect(text.join("\n")).toMatch(/选“silent”→ “nowhere”（目标不存在）/);
  expect(text.join("\n")).toMatch(/步骤 4（孤立：从起点无法到达）/);
  expect(text.at(-1)).toBe("结局“无人到达”（坏的结局）：没有任何路径通向它");
});

test("a half-built scenario still lays out", () => {
  expect(layoutScenario({ start: "", steps: [{ id: "", choices: [] }], endings: [] }).nodes).toEqual([]);
  expect(layoutScenario({ start: "a", steps: [{ id: "a", choices: [{ id: "c", next: "" }] }], endings: [] }).nodes).toHaveLength(1);
});

test("every score label sits on its own arrow, clear of the nodes and of each other — for every scenario of the course (ux.md m17)", () => {
  const scenarios = loadContent().questions.filter((q) => q.type === "scenario");
  expect(scenarios.length).toBeGreaterThanOrEqual(7);
  for (const s of [...scenarios, scenarioQuestion("m")]) {
    const m = layoutScenario(s);
    const { shapes, width } = edgeShapes(m);
    expect(shapes).toHaveLength(m.edges.length);
    const nodes = m.nodes.map((n) => ({ x: n.x, y: n.y, w: NODE_W, h: NODE_H }));
    for (const [i, { label, points, edge }] of shapes.entries()) {
      const where = `${s.id}: ${edge.from} → ${edge.to}`;
      // The label's centre is a point of its own path.
      const p = pointAt(points, label.t);
      expect(Math.abs(label.x + label.w / 2 - p.x), where).toBeLessThan(0.01);
      expect(Math.abs(label.y + label.h / 2 - p.y), where).toBeLessThan(0.01);
      expect(label.text, where).toMatch(/^\d+(\/\d+)* 分$/);
      expect(
        nodes.some((n) => overlaps(label, n)),
        `${where} covers a node`,
      ).toBe(false);
      for (const other of shapes.slice(0, i)) expect(overlaps(label, other.label), `${where} covers another label`).toBe(false);
      expect(label.x + label.w, where).toBeLessThanOrEqual(width);
    }
  }
});
