"use client";

/**
 * The dashboard's chart drawings (recharts). Loaded on demand through lazy-charts.tsx after the
 * page, never rendered on the server: the figures around them, with their summaries and tables,
 * are server-rendered in charts.tsx, so the drawings add nothing to the server's work or the HTML.
 */
import { Bar, BarChart, CartesianGrid, Cell, LabelList, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";

const short = (d: string) => d.slice(5);

export function CompletionLine({ points, dueDay }: { points: { day: string; rate: number | null }[]; dueDay: string }) {
  return (
    <LineChart responsive data={points} style={{ width: "100%", height: 200 }} margin={{ top: 8, right: 16, bottom: 4, left: -16 }}>
      <CartesianGrid strokeDasharray="3 3" />
      <XAxis dataKey="day" tickFormatter={short} tick={{ fontSize: 11 }} minTickGap={24} />
      <YAxis domain={[0, 100]} ticks={[0, 50, 100]} unit="%" tick={{ fontSize: 11 }} />
      <ReferenceLine x={dueDay} stroke="#a51616" strokeDasharray="4 2" label={{ value: "截止", fontSize: 11, fill: "#a51616", position: "insideTopRight" }} />
      <Tooltip formatter={(v) => [`${v}%`, "完成率"]} />
      <Line type="stepAfter" dataKey="rate" stroke="#a51616" strokeWidth={2} dot={false} isAnimationActive={false} />
    </LineChart>
  );
}

export function ScoreBars({ data }: { data: { label: string; n: number }[] }) {
  return (
    <BarChart responsive data={data} style={{ width: "100%", height: 180 }} margin={{ top: 16, right: 8, bottom: 4, left: -24 }}>
      <CartesianGrid vertical={false} strokeDasharray="3 3" />
      <XAxis dataKey="label" tick={{ fontSize: 11 }} interval={0} />
      <YAxis allowDecimals={false} tick={{ fontSize: 11 }} />
      <Tooltip formatter={(v) => [`${v} 人`, "人数"]} />
      <Bar dataKey="n" isAnimationActive={false} radius={[4, 4, 0, 0]}>
        {data.map((d, i) => (
          <Cell key={d.label} fill={i === 0 ? "#b91c1c" : i >= 3 ? "#15803d" : "#d97706"} />
        ))}
        <LabelList dataKey="n" position="top" style={{ fontSize: 11 }} />
      </Bar>
    </BarChart>
  );
}

export interface RulePoint {
  code: string;
  title: string;
  percent: number;
}

export function RuleBars({ rules }: { rules: RulePoint[] }) {
  return (
    <BarChart
      responsive
      layout="vertical"
      data={rules}
      style={{ width: "100%", height: 30 * rules.length + 40 }}
      margin={{ top: 4, right: 40, bottom: 4, left: 0 }}
    >
      <CartesianGrid horizontal={false} strokeDasharray="3 3" />
      <XAxis type="number" domain={[0, 100]} ticks={[0, 50, 100]} unit="%" tick={{ fontSize: 11 }} />
      <YAxis type="category" dataKey="code" width={44} tick={{ fontSize: 12 }} interval={0} />
      <ReferenceLine x={80} stroke="#78716c" strokeDasharray="4 2" />
      <Tooltip formatter={(v) => [`${v}%`, "得分率"]} labelFormatter={(_l, p) => (p?.[0]?.payload as RulePoint | undefined)?.title ?? ""} />
      <Bar dataKey="percent" isAnimationActive={false} radius={[0, 4, 4, 0]}>
        {rules.map((r) => (
          <Cell key={r.code} fill={r.percent >= 80 ? "#15803d" : r.percent >= 60 ? "#d97706" : "#b91c1c"} />
        ))}
        <LabelList dataKey="percent" position="right" formatter={(v) => `${v}%`} style={{ fontSize: 11 }} />
      </Bar>
    </BarChart>
  );
}
