"use client";

/**
 * The chart drawings (recharts, ~100 kB gzipped). Loaded on demand through lazy-charts.tsx, so a
 * page that shows no chart (the attempt player) never downloads them; the figures around them,
 * with their tables, are server-rendered in chart-figures.tsx.
 */
import { Bar, BarChart, CartesianGrid, Cell, LabelList, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import type { BreakdownDatum, CompareRow, ProgressPoint } from "./chart-types";

const tone = (p: number, pass: number) => (p >= pass ? "#15803d" : p >= pass / 2 ? "#d97706" : "#b91c1c");

export function BreakdownBars({ data, passPercent, height }: { data: BreakdownDatum[]; passPercent: number; height: number }) {
  return (
    <BarChart responsive layout="vertical" data={data} style={{ width: "100%", height }} margin={{ top: 4, right: 36, bottom: 4, left: 0 }}>
      <CartesianGrid horizontal={false} strokeDasharray="3 3" />
      <XAxis type="number" domain={[0, 100]} ticks={[0, 50, 100]} unit="%" tick={{ fontSize: 12 }} />
      <YAxis type="category" dataKey="short" width={44} tick={{ fontSize: 12 }} interval={0} />
      <ReferenceLine x={passPercent} stroke="#78716c" strokeDasharray="4 2" />
      <Tooltip formatter={(v) => [`${v}%`, "得分率"]} labelFormatter={(_l, p) => (p?.[0]?.payload as BreakdownDatum | undefined)?.label ?? ""} />
      <Bar dataKey="percent" isAnimationActive={false} radius={[0, 4, 4, 0]}>
        {data.map((d) => (
          <Cell key={d.key} fill={tone(d.percent, passPercent)} />
        ))}
        <LabelList dataKey="percent" position="right" formatter={(v) => `${v}%`} style={{ fontSize: 12 }} />
      </Bar>
    </BarChart>
  );
}

export function ProgressLine({ data, height }: { data: (ProgressPoint & { n: number })[]; height: number }) {
  return (
    <LineChart responsive data={data} style={{ width: "100%", height }} margin={{ top: 8, right: 12, bottom: 4, left: -16 }}>
      <CartesianGrid strokeDasharray="3 3" />
      <XAxis dataKey="n" tick={{ fontSize: 12 }} />
      <YAxis domain={[0, 100]} ticks={[0, 50, 80, 100]} tick={{ fontSize: 12 }} />
      <ReferenceLine y={80} stroke="#78716c" strokeDasharray="4 2" />
      <Tooltip
        formatter={(v) => [`${v}%`, "得分率"]}
        labelFormatter={(_l, p) => {
          const d = p?.[0]?.payload as ProgressPoint | undefined;
          return d ? `${d.title} · ${d.when}` : "";
        }}
      />
      <Line type="monotone" dataKey="percent" stroke="#a51616" strokeWidth={2} dot={{ r: 4 }} isAnimationActive={false} />
    </LineChart>
  );
}

export function CompareBars({ rows, height }: { rows: CompareRow[]; height: number }) {
  return (
    <BarChart responsive layout="vertical" data={rows} style={{ width: "100%", height }} margin={{ top: 4, right: 16, bottom: 4, left: 0 }}>
      <CartesianGrid horizontal={false} strokeDasharray="3 3" />
      <XAxis type="number" domain={[0, 100]} ticks={[0, 50, 100]} unit="%" tick={{ fontSize: 12 }} />
      <YAxis type="category" dataKey="short" width={44} tick={{ fontSize: 12 }} interval={0} />
      <Tooltip
        formatter={(v, name) => [`${v}%`, name === "before" ? "课前" : "课后"]}
        labelFormatter={(_l, p) => (p?.[0]?.payload as CompareRow | undefined)?.label ?? ""}
      />
      <Bar dataKey="before" name="before" fill="#a8a29e" isAnimationActive={false} />
      <Bar dataKey="after" name="after" fill="#a51616" isAnimationActive={false} />
    </BarChart>
  );
}
