"use client";

import { Bar, BarChart, CartesianGrid, Cell, LabelList, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";

/*
 * The dashboard's charts. Each is decoration for sighted readers: a one-sentence summary for
 * screen readers comes first and a table with the same figures follows (what assistive technology
 * reads, and what anyone can open on a phone). Sized for 360 px.
 */

function DataTable({ caption, head, rows }: { caption: string; head: string[]; rows: (string | number)[][] }) {
  return (
    <details className="text-sm">
      <summary className="min-h-11 cursor-pointer py-2 text-brand-700">查看数据表</summary>
      <div className="overflow-x-auto">
        <table className="w-full text-left">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr className="border-b border-stone-300">
              {head.map((h, i) => (
                <th key={h} scope="col" className={`py-1 pr-2 ${i ? "text-right" : ""}`}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={String(r[0])} className="border-b border-stone-100">
                {r.map((c, i) =>
                  i === 0 ? (
                    <th key={i} scope="row" className="py-1 pr-2 font-normal">
                      {c}
                    </th>
                  ) : (
                    <td key={i} className="py-1 pr-2 text-right tabular-nums">
                      {c}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

export interface TimelinePoint {
  day: string;
  /** Cumulative completion rate, percent (null for days still to come). */
  rate: number | null;
  /** Cumulative completions. */
  completed: number;
}

/** Cumulative completion rate per day over the assignment period, with the deadline marked. */
export function CompletionChart({ points, dueDay, members }: { points: TimelinePoint[]; dueDay: string; members: number }) {
  const past = points.filter((p) => p.rate !== null);
  const last = past.at(-1);
  const short = (d: string) => d.slice(5);
  return (
    <figure className="space-y-2">
      <figcaption className="font-semibold">完成进度（截止 {dueDay}）</figcaption>
      <p className="sr-only">
        应学 {members} 人，截至 {last?.day ?? "今天"} 已完成 {last?.completed ?? 0} 人，完成率 {last?.rate ?? 0}%。详见下表。
      </p>
      <div aria-hidden className="w-full">
        <LineChart responsive data={points} style={{ width: "100%", height: 200 }} margin={{ top: 8, right: 16, bottom: 4, left: -16 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="day" tickFormatter={short} tick={{ fontSize: 11 }} minTickGap={24} />
          <YAxis domain={[0, 100]} ticks={[0, 50, 100]} unit="%" tick={{ fontSize: 11 }} />
          <ReferenceLine x={dueDay} stroke="#a51616" strokeDasharray="4 2" label={{ value: "截止", fontSize: 11, fill: "#a51616", position: "insideTopRight" }} />
          <Tooltip formatter={(v) => [`${v}%`, "完成率"]} />
          <Line type="stepAfter" dataKey="rate" stroke="#a51616" strokeWidth={2} dot={false} isAnimationActive={false} />
        </LineChart>
      </div>
      <DataTable caption="每日累计完成情况" head={["日期", "累计完成", "完成率"]} rows={past.filter((p, i) => i === 0 || i === past.length - 1 || p.completed !== past[i - 1].completed).map((p) => [p.day, p.completed, `${p.rate}%`])} />
    </figure>
  );
}

/** Members per score band. */
export function ScoreChart({ labels, counts }: { labels: readonly string[]; counts: number[] }) {
  const data = labels.map((label, i) => ({ label, n: counts[i] ?? 0 }));
  const total = counts.reduce((a, b) => a + b, 0);
  return (
    <figure className="space-y-2">
      <figcaption className="font-semibold">成绩分布（考试最高分）</figcaption>
      <p className="sr-only">
        共 {total} 人有成绩：{data.map((d) => `${d.label} ${d.n} 人`).join("，")}。
      </p>
      <div aria-hidden className="w-full">
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
      </div>
      <DataTable caption="成绩分布" head={["分数段", "人数"]} rows={data.map((d) => [d.label, d.n])} />
    </figure>
  );
}

export interface RulePoint {
  code: string;
  title: string;
  percent: number;
}

/** The weakest rules' score rates, worst first. */
export function RuleChart({ rules }: { rules: RulePoint[] }) {
  return (
    <figure className="space-y-2">
      <figcaption className="font-semibold">薄弱规则（得分率最低）</figcaption>
      <p className="sr-only">{rules.map((r) => `${r.code} ${r.title} 得分率 ${r.percent}%`).join("；")}。</p>
      <div aria-hidden className="w-full">
        <BarChart responsive layout="vertical" data={rules} style={{ width: "100%", height: 30 * rules.length + 40 }} margin={{ top: 4, right: 40, bottom: 4, left: 0 }}>
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
      </div>
      <DataTable caption="薄弱规则得分率" head={["规则", "得分率"]} rows={rules.map((r) => [`${r.code} ${r.title}`, `${r.percent}%`])} />
    </figure>
  );
}
