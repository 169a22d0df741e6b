"use client";

import { useId } from "react";
import { NODE_H, NODE_W, OUTCOME, describeScenarioMap, edgeShapes, layoutScenario, nodeLabel, type MapInput } from "@/lib/authoring/scenario-layout";
import { ScrollRegion } from "@/components/ui/scroll-region";

const FILL: Record<string, string> = { good: "#dcfce7", neutral: "#fef3c7", bad: "#fee2e2" };
const STROKE: Record<string, string> = { good: "#16a34a", neutral: "#d97706", bad: "#dc2626" };

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n)}…` : s);

/**
 * The branches of a scenario drawn as nodes and arrows (laid out by depth from the start; no
 * chart library), with the same map in words beside it for screen readers and small screens.
 * Cycles are drawn as red arrows back up; orphan steps and unreached endings with a dashed border.
 * Each arrow's score label sits on the arrow (edgeShapes places it clear of nodes and other labels).
 */
export function ScenarioMap({ scenario }: { scenario: MapInput }) {
  const id = useId();
  const m = layoutScenario(scenario);
  const at = new Map(m.nodes.map((n) => [n.id, n]));
  const words = describeScenarioMap(scenario);
  const { shapes, width } = edgeShapes(m);
  return (
    <figure className="space-y-2">
      <figcaption id={`${id}-cap`} className="text-sm font-medium text-stone-700">
        分支图（{m.nodes.filter((n) => n.kind === "step").length} 个步骤，{m.nodes.filter((n) => n.kind === "ending").length} 个结局）
      </figcaption>
      {m.nodes.length ? (
        <ScrollRegion label="分支图" className="rounded-xl border border-stone-200 bg-white">
          <svg width={width} height={m.height} viewBox={`0 0 ${width} ${m.height}`} role="img" aria-labelledby={`${id}-cap`} aria-describedby={`${id}-words`}>
            <defs>
              <marker id={`${id}-arrow`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                <path d="M 0 0 L 10 5 L 0 10 z" fill="#57534e" />
              </marker>
              <marker id={`${id}-back`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                <path d="M 0 0 L 10 5 L 0 10 z" fill="#dc2626" />
              </marker>
            </defs>
            {shapes.map(({ edge: e, kind, d }) => {
              const back = kind === "back";
              const tip = e.choices.map((c) => `${c.label || c.id}（${c.score} 分）`).join("；");
              return (
                <g key={`${e.from}-${e.to}`}>
                  <title>{`${nodeLabel(at.get(e.from)!)} → ${nodeLabel(at.get(e.to)!)}${back ? "（循环）" : ""}：${tip}`}</title>
                  <path
                    d={d}
                    fill="none"
                    stroke={back ? "#dc2626" : "#57534e"}
                    strokeWidth={back ? 2 : 1.5}
                    strokeDasharray={back ? "5 3" : undefined}
                    markerEnd={`url(#${id}-${back ? "back" : "arrow"})`}
                  />
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
            {/* Score labels last, on top of the arrows they sit on. */}
            {shapes.map(({ edge: e, label: l }) => (
              <g key={`label-${e.from}-${e.to}`} aria-hidden>
                <rect x={l.x} y={l.y} width={l.w} height={l.h} rx={l.h / 2} fill="#ffffff" stroke="#a8a29e" />
                <text x={l.x + l.w / 2} y={l.y + l.h / 2} fontSize="11" fill="#292524" textAnchor="middle" dominantBaseline="central">
                  {l.text}
                </text>
              </g>
            ))}
          </svg>
        </ScrollRegion>
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
