/**
 * Lays out a branching scenario as a map: one row per depth from the start (the longest path to a
 * step, so every arrow points down), endings below the steps that reach them, orphan steps and
 * unreached endings in a last row. Pure and tolerant of half-built scenarios, so the editor can
 * redraw it on every keystroke. Rows run top to bottom because phones are narrow.
 */

export interface MapInput {
  start: string;
  steps: { id: string; prompt?: string; choices: { id: string; label?: string; next: string; score?: number }[] }[];
  endings: { id: string; outcome?: string; title?: string }[];
}

export interface MapNode {
  id: string;
  kind: "step" | "ending";
  /** What an admin reads for it: "步骤 2", or the ending's title ("结局 1" while untitled) — never the id. */
  name: string;
  title: string;
  outcome?: string;
  x: number;
  y: number;
  start: boolean;
  /** A step the start never reaches, or an ending no path leads to. */
  stray: boolean;
}

export interface MapEdge {
  from: string;
  to: string;
  /** The choices this arrow stands for (several choices may lead to the same place). */
  choices: { id: string; label: string; score: number }[];
  /** Points back up the map: part of a cycle. */
  back: boolean;
}

export interface MapLayout {
  nodes: MapNode[];
  edges: MapEdge[];
  /** Choices whose target does not exist. */
  dangling: { from: string; choice: string; to: string }[];
  width: number;
  height: number;
}

export const NODE_W = 132;
export const NODE_H = 48;
const GAP_X = 20;
const GAP_Y = 64;
/** Vertical distance between two rows. */
export const ROW_STEP = NODE_H + GAP_Y;
const PAD = 12;

export function layoutScenario(s: MapInput): MapLayout {
  const steps = new Map<string, MapInput["steps"][number]>();
  for (const st of s.steps) if (st.id && !steps.has(st.id)) steps.set(st.id, st);
  const endings = new Map<string, MapInput["endings"][number]>();
  for (const e of s.endings) if (e.id && !steps.has(e.id) && !endings.has(e.id)) endings.set(e.id, e);

  // Longest-path depth over step → step edges, skipping edges back into the current path.
  const depth = new Map<string, number>();
  const onPath = new Set<string>();
  const back = new Set<string>();
  const visit = (id: string, d: number) => {
    if (onPath.has(id)) return;
    if ((depth.get(id) ?? -1) >= d) return;
    depth.set(id, d);
    onPath.add(id);
    for (const c of steps.get(id)!.choices) {
      if (!steps.has(c.next)) continue;
      if (onPath.has(c.next)) back.add(`${id}\u0000${c.next}`);
      else visit(c.next, d + 1);
    }
    onPath.delete(id);
  };
  if (steps.has(s.start)) visit(s.start, 0);

  const endingDepth = new Map<string, number>();
  for (const [id, st] of steps) {
    const d = depth.get(id);
    if (d === undefined) continue;
    for (const c of st.choices) if (endings.has(c.next)) endingDepth.set(c.next, Math.max(endingDepth.get(c.next) ?? 0, d + 1));
  }
  const maxStep = Math.max(-1, ...depth.values());
  // Endings share one row under the deepest step, so outcomes read side by side.
  const endingRow = Math.max(maxStep + 1, ...endingDepth.values());

  const rows: { id: string; kind: "step" | "ending"; stray: boolean }[][] = [];
  const put = (row: number, item: { id: string; kind: "step" | "ending"; stray: boolean }) => (rows[row] ??= []).push(item);
  for (const id of steps.keys()) if (depth.has(id)) put(depth.get(id)!, { id, kind: "step", stray: false });
  for (const id of endings.keys()) if (endingDepth.has(id)) put(endingRow, { id, kind: "ending", stray: false });
  const strayRow = endingRow + 1;
  for (const id of steps.keys()) if (!depth.has(id)) put(strayRow, { id, kind: "step", stray: true });
  for (const id of endings.keys()) if (!endingDepth.has(id)) put(strayRow, { id, kind: "ending", stray: true });

  const widest = Math.max(1, ...rows.map((r) => r?.length ?? 0));
  const width = PAD * 2 + widest * NODE_W + (widest - 1) * GAP_X;
  const nodes: MapNode[] = [];
  rows.forEach((row, r) => {
    if (!row) return;
    const rowWidth = row.length * NODE_W + (row.length - 1) * GAP_X;
    const x0 = (width - rowWidth) / 2;
    row.forEach((n, i) => {
      const ending = n.kind === "ending" ? endings.get(n.id) : undefined;
      const step = n.kind === "step" ? steps.get(n.id) : undefined;
      nodes.push({
        id: n.id,
        kind: n.kind,
        name: nodeName(s, n.kind, n.id),
        title: (ending?.title ?? step?.prompt ?? "").trim(),
        outcome: ending?.outcome,
        x: x0 + i * (NODE_W + GAP_X),
        y: PAD + r * (NODE_H + GAP_Y),
        start: n.id === s.start && n.kind === "step",
        stray: n.stray,
      });
    });
  });
  const usedRows = rows.length;
  const height = PAD * 2 + usedRows * NODE_H + Math.max(0, usedRows - 1) * GAP_Y;

  const edges = new Map<string, MapEdge>();
  const dangling: MapLayout["dangling"] = [];
  for (const [id, st] of steps) {
    for (const c of st.choices) {
      if (!steps.has(c.next) && !endings.has(c.next)) {
        dangling.push({ from: id, choice: c.id, to: c.next });
        continue;
      }
      const key = `${id}\u0000${c.next}`;
      const e = edges.get(key) ?? { from: id, to: c.next, choices: [], back: back.has(key) };
      e.choices.push({ id: c.id, label: (c.label ?? "").trim(), score: c.score ?? 0 });
      edges.set(key, e);
    }
  }
  return { nodes, edges: [...edges.values()], dangling, width, height };
}

export const OUTCOME: Record<string, string> = { good: "好的结局", neutral: "尚可的结局", bad: "坏的结局" };

/** A node in words: "步骤 2", "结局“谣言扩散”（坏的结局）", "结局 2（坏的结局）". */
export function nodeLabel(n: Pick<MapNode, "kind" | "name" | "outcome">): string {
  if (n.kind === "step") return n.name;
  return `结局${n.name.startsWith("结局 ") ? n.name.slice(2) : n.name}${n.outcome ? `（${OUTCOME[n.outcome] ?? n.outcome}）` : ""}`;
}

/** "步骤 2" (its place in the editor's list), an ending's title or "结局 1": never the author's id. */
function nodeName(s: MapInput, kind: "step" | "ending", id: string): string {
  if (kind === "step") return `步骤 ${s.steps.findIndex((x) => x.id === id) + 1}`;
  const i = s.endings.findIndex((x) => x.id === id);
  const title = s.endings[i]?.title?.trim();
  return title ? `“${title}”` : `结局 ${i + 1}`;
}

/** The map in words, one line per step: the text alternative to the drawing. */
export function describeScenarioMap(s: MapInput): string[] {
  const { nodes, edges, dangling } = layoutScenario(s);
  const name = (id: string) => {
    const n = nodes.find((x) => x.id === id);
    return n ? nodeLabel(n) : `“${id}”（不存在）`;
  };
  return nodes
    .filter((n) => n.kind === "step")
    .map((n) => {
      const out = edges
        .filter((e) => e.from === n.id)
        .flatMap((e) => e.choices.map((c) => `选“${c.label || c.id}”（${c.score} 分）→ ${name(e.to)}${e.back ? "（回到前面的步骤，形成循环）" : ""}`));
      const bad = dangling.filter((x) => x.from === n.id).map((x) => `选“${x.choice}”→ “${x.to}”（目标不存在）`);
      const all = [...out, ...bad];
      return `${name(n.id)}${n.start ? "（起点）" : ""}${n.stray ? "（孤立：从起点无法到达）" : ""}：${all.length ? all.join("；") : "没有选项"}`;
    })
    .concat(nodes.filter((n) => n.kind === "ending" && n.stray).map((n) => `${name(n.id)}：没有任何路径通向它`));
}

type Pt = { x: number; y: number };
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** An arrow as drawn: its path, and its score label as a box centred on a point of the path. */
export interface EdgeShape {
  edge: MapEdge;
  kind: "down" | "skip" | "back";
  /** The path's control points: a straight line (2) or a cubic Bézier (4). */
  points: Pt[];
  d: string;
  label: Box & { text: string; t: number };
}

const LABEL_H = 18;
/** Width of a label: digits and "/" at 11 px, "分" a little wider, padding both sides. */
const labelWidth = (text: string) => Math.ceil([...text].reduce((w, ch) => w + (/[\u4e00-\u9fff]/.test(ch) ? 11 : 6.5), 0) + 10);

/** The point at `t` of a straight line or a cubic Bézier. */
export function pointAt(points: Pt[], t: number): Pt {
  if (points.length === 2) return { x: points[0].x + (points[1].x - points[0].x) * t, y: points[0].y + (points[1].y - points[0].y) * t };
  const [p0, p1, p2, p3] = points;
  const u = 1 - t;
  const f = (k: "x" | "y") => u * u * u * p0[k] + 3 * u * u * t * p1[k] + 3 * u * t * t * p2[k] + t * t * t * p3[k];
  return { x: f("x"), y: f("y") };
}

export const overlaps = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** Where along its arrow a label may sit: the middle first, then further out each way. */
const SPOTS = [0.5, 0.38, 0.62, 0.28, 0.72, 0.2, 0.8];

/**
 * Every arrow's path and its score label placed ON the arrow (ux.md m17: labels used to float at
 * the right margin and pile up where arrows converge): each label takes the first spot along its
 * own path whose box clears every node and every label placed before it. Arrows that skip a row
 * go round the right-hand side in lanes of their own; arrows back up the map bend round the left.
 */
export function edgeShapes(m: MapLayout): { shapes: EdgeShape[]; width: number } {
  const at = new Map(m.nodes.map((n) => [n.id, n]));
  const skips = m.edges.filter((e) => !e.back && at.get(e.to)!.y - at.get(e.from)!.y > ROW_STEP);
  const width = m.width + (skips.length ? 28 + 14 * skips.length : 0);
  const placed: Box[] = m.nodes.map((n) => ({ x: n.x, y: n.y, w: NODE_W, h: NODE_H }));
  const shapes = m.edges.map((edge): EdgeShape => {
    const a = at.get(edge.from)!;
    const b = at.get(edge.to)!;
    let kind: EdgeShape["kind"];
    let points: Pt[];
    if (edge.back || b.y <= a.y) {
      kind = "back";
      const y1 = a.y + NODE_H / 2;
      const y2 = b.y + NODE_H / 2;
      const bend = Math.max(4, Math.min(a.x, b.x) - 18);
      points = [
        { x: a.x, y: y1 },
        { x: bend, y: y1 },
        { x: bend, y: y2 },
        { x: b.x, y: y2 },
      ];
    } else if (skips.includes(edge)) {
      kind = "skip";
      const xr = m.width + 14 * (skips.indexOf(edge) + 1);
      const y1 = a.y + NODE_H / 2;
      const y2 = b.y;
      points = [
        { x: a.x + NODE_W, y: y1 },
        { x: xr, y: y1 },
        { x: xr, y: y2 - NODE_H },
        { x: b.x + (NODE_W * 3) / 4, y: y2 - 2 },
      ];
    } else {
      kind = "down";
      points = [
        { x: a.x + NODE_W / 2, y: a.y + NODE_H },
        { x: b.x + NODE_W / 2, y: b.y - 2 },
      ];
    }
    const scores = edge.choices.map((c) => c.score).join("/");
    const text = `${scores} 分`;
    const w = labelWidth(text);
    const boxAt = (t: number) => {
      const p = pointAt(points, t);
      return { x: p.x - w / 2, y: p.y - LABEL_H / 2, w, h: LABEL_H, t };
    };
    const box = SPOTS.map(boxAt).find((bx) => !placed.some((o) => overlaps(bx, o))) ?? boxAt(0.5);
    placed.push(box);
    const d =
      points.length === 2
        ? `M ${points[0].x} ${points[0].y} L ${points[1].x} ${points[1].y}`
        : `M ${points[0].x} ${points[0].y} C ${points[1].x} ${points[1].y}, ${points[2].x} ${points[2].y}, ${points[3].x} ${points[3].y}`;
    return { edge, kind, points, d, label: { ...box, text } };
  });
  // A label in a right-hand lane may stick out past the lanes: the drawing grows to hold it.
  return { shapes, width: Math.ceil(Math.max(width, ...shapes.map((s) => s.label.x + s.label.w + 4))) };
}
