"use client";

import { useId } from "react";
import { NODE_H, NODE_W, OUTCOME, ROW_STEP, describeScenarioMap, layoutScenario, nodeLabel, type MapInput } from "@/lib/authoring/scenario-layout";

const FILL: Record<string, string> = { good: "#dcfce7", neutral: "#fef3c7", bad: "#fee2e2" };
const STROKE: Record<string, string> = { good: "#16a34a", neutral: "#d97706", bad: "#dc2626" };

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n)}…` : s);

/**
 * The branches of a scenario drawn as nodes and arrows (laid out by depth from the start; no
 * chart library), with the same map in words beside it for screen readers and small screens.
 * Cycles are drawn as red arrows back up; orphan steps and unreached endings with a dashed border.
 */
export function ScenarioMap({ scenario }: { scenario: MapInput }) {
  const id = useId();
  const m = layoutScenario(scenario);
  const at = new Map(m.nodes.map((n) => [n.id, n]));
  const words = describeScenarioMap(scenario);
  // Arrows that skip a row go round the right-hand side instead of through the nodes in between.
  const skips = m.edges.filter((e) => !e.back && at.get(e.to)!.y - at.get(e.from)!.y > ROW_STEP);
  const width = m.width + (skips.length ? 28 + 14 * skips.length : 0);
  return (
    <figure className="space-y-2">
      <figcaption id={`${id}-cap`} className="text-sm font-medium text-stone-700">
        分支图（{m.nodes.filter((n) => n.kind === "step").length} 个步骤，{m.nodes.filter((n) => n.kind === "ending").length} 个结局）
      </figcaption>
      {m.nodes.length ? (
        <div className="overflow-x-auto rounded-xl border border-stone-200 bg-white">
          <svg width={width} height={m.height} viewBox={`0 0 ${width} ${m.height}`} role="img" aria-labelledby={`${id}-cap`} aria-describedby={`${id}-words`}>
            <defs>
              <marker id={`${id}-arrow`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                <path d="M 0 0 L 10 5 L 0 10 z" fill="#57534e" />
              </marker>
              <marker id={`${id}-back`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                <path d="M 0 0 L 10 5 L 0 10 z" fill="#dc2626" />
              </marker>
            </defs>
            {m.edges.map((e) => {
              const a = at.get(e.from)!;
              const b = at.get(e.to)!;
              const score = e.choices.map((c) => c.score).join("/");
              const tip = e.choices.map((c) => `${c.label || c.id}（${c.score} 分）`).join("；");
              if (e.back || b.y <= a.y) {
                const x1 = a.x;
                const y1 = a.y + NODE_H / 2;
                const x2 = b.x;
                const y2 = b.y + NODE_H / 2;
                const bend = Math.min(x1, x2) - 18;
                return (
                  <g key={`${e.from}-${e.to}`}>
                    <title>{`${nodeLabel(a)} → ${nodeLabel(b)}（循环）：${tip}`}</title>
                    <path
                      d={`M ${x1} ${y1} C ${bend} ${y1}, ${bend} ${y2}, ${x2} ${y2}`}
                      fill="none"
                      stroke="#dc2626"
                      strokeWidth="2"
                      strokeDasharray="5 3"
                      markerEnd={`url(#${id}-back)`}
                    />
                  </g>
                );
              }
              const skip = skips.indexOf(e);
              if (skip >= 0) {
                const x1 = a.x + NODE_W;
                const y1 = a.y + NODE_H / 2;
                const x2 = b.x + (NODE_W * 3) / 4;
                const y2 = b.y;
                const xr = m.width + 14 * (skip + 1);
                return (
                  <g key={`${e.from}-${e.to}`}>
                    <title>{`${nodeLabel(a)} → ${nodeLabel(b)}：${tip}`}</title>
                    <path
                      d={`M ${x1} ${y1} C ${xr} ${y1}, ${xr} ${y2 - NODE_H}, ${x2} ${y2 - 2}`}
                      fill="none"
                      stroke="#57534e"
                      strokeWidth="1.5"
                      markerEnd={`url(#${id}-arrow)`}
                    />
                    <text x={xr - 10} y={(y1 + y2) / 2} fontSize="11" fill="#44403c">
                      {score}
                    </text>
                  </g>
                );
              }
              const x1 = a.x + NODE_W / 2;
              const y1 = a.y + NODE_H;
              const x2 = b.x + NODE_W / 2;
              const y2 = b.y;
              return (
                <g key={`${e.from}-${e.to}`}>
                  <title>{`${nodeLabel(a)} → ${nodeLabel(b)}：${tip}`}</title>
                  <line x1={x1} y1={y1} x2={x2} y2={y2 - 2} stroke="#57534e" strokeWidth="1.5" markerEnd={`url(#${id}-arrow)`} />
                  <text x={(x1 + x2) / 2 + 4} y={(y1 + y2) / 2} fontSize="11" fill="#44403c">
                    {score}
                  </text>
                </g>
              );
            })}
            {m.nodes.map((n) => (
              <g key={`${n.kind}-${n.id}`} transform={`translate(${n.x} ${n.y})`}>
                <title>{n.kind === "ending" ? nodeLabel(n) : `${n.name}：${n.title}`}</title>
                <rect
                  width={NODE_W}
                  height={NODE_H}
                  rx={n.kind === "ending" ? 18 : 8}
                  fill={n.kind === "ending" ? (FILL[n.outcome ?? ""] ?? "#f5f5f4") : "#ffffff"}
                  stroke={n.stray ? "#dc2626" : n.kind === "ending" ? (STROKE[n.outcome ?? ""] ?? "#78716c") : n.start ? "#1d4ed8" : "#78716c"}
                  strokeWidth={n.start ? 3 : 1.5}
                  strokeDasharray={n.stray ? "6 4" : undefined}
                />
                <text x={8} y={18} fontSize="12" fontWeight="600" fill="#1c1917">
                  {n.kind === "ending" ? (OUTCOME[n.outcome ?? ""] ?? "结局") : `${n.start ? "▶ " : ""}${n.name}`}
                </text>
                <text x={8} y={36} fontSize="11" fill="#44403c">
                  {clip(n.kind === "ending" ? n.name.replace(/^“|”$/g, "") : n.title || "（无提问）", 10)}
                </text>
              </g>
            ))}
          </svg>
        </div>
      ) : (
        <p className="text-sm text-stone-500">还没有步骤。</p>
      )}
      <details open className="rounded-xl bg-stone-50 p-3 text-sm">
        <summary className="cursor-pointer font-medium">分支的文字说明</summary>
        <ul id={`${id}-words`} className="mt-2 list-disc space-y-1 pl-5">
          {words.map((w, i) => (
            <li key={i}>{w}</li>
          ))}
        </ul>
      </details>
    </figure>
  );
}
