/**
 * The quiz charts with their text alternatives, all server-rendered SVG (components/charts): no
 * chart code reaches the browser. Each drawing is one image with a spoken summary; its figures
 * are in a table (folded under it, or the list beside it on the page).
 */
import { DataTable } from "@/components/charts/data-table";
import { PairedBars } from "@/components/charts/paired-bars";
import { PercentBars } from "@/components/charts/percent-bars";
import { PercentLines, type LineSeries } from "@/components/charts/percent-lines";
import { TONE } from "@/components/charts/scale";
import type { BreakdownRow, CompareRow, ProgressPoint } from "./chart-types";

export type { BreakdownRow, CompareRow, ProgressPoint };

const pct = (s: number, m: number) => (m > 0 ? Math.round((100 * s) / m) : null);
const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2).replace(/0$/, ""));

/** Score rate per rule or per module, one row per item (readable at 360 px), the weakest named first in the summary. */
export function BreakdownChart({ title, rows, passPercent = 80 }: { title: string; rows: BreakdownRow[]; passPercent?: number }) {
  const data = rows.map((r) => ({ ...r, percent: pct(r.score, r.max) }));
  const answered = data.filter((d) => d.percent !== null);
  const weakest = [...answered].sort((a, b) => a.percent! - b.percent!).slice(0, 3);
  const summary = answered.length
    ? `${title}：共 ${data.length} 项，得分率最低的是 ${weakest.map((w) => `${w.title} ${w.percent}%`).join("，")}。虚线为及格线 ${passPercent}%。`
    : `${title}：尚无作答。`;
  return (
    <figure className="space-y-2">
      <figcaption className="font-semibold">{title}</figcaption>
      {data.length ? (
        <PercentBars label={summary} passPercent={passPercent} rows={data.map((d) => ({ key: d.key, title: d.title, sub: d.sub, percent: d.percent }))} />
      ) : (
        <p className="text-sm text-stone-600">尚无作答。</p>
      )}
      <p className="text-xs text-stone-600">虚线表示及格（{passPercent}%）</p>
      <DataTable
        caption={title}
        head={["项目", "得分", "得分率"]}
        rows={data.map((d) => ({
          key: d.key,
          cells: [d.sub ? `${d.title}（${d.sub}）` : d.title, `${fmt(d.score)}/${fmt(d.max)}`, d.percent === null ? "尚无作答" : `${d.percent}%`],
        }))}
      />
    </figure>
  );
}

/**
 * Score over time, one series per quiz: the exam's attempts form the red line, each practice or
 * self-assessment its own grey one, so a module practice never reads as the exam getting worse.
 */
export function ProgressChart({ points }: { points: ProgressPoint[] }) {
  const byQuiz = new Map<string, { title: string; isExam: boolean; pts: { x: number; percent: number }[] }>();
  points.forEach((p, x) => {
    const s = byQuiz.get(p.quizId) ?? { title: p.quizTitle, isExam: p.isExam, pts: [] };
    s.pts.push({ x, percent: p.percent });
    byQuiz.set(p.quizId, s);
  });
  const series: LineSeries[] = [...byQuiz.entries()].map(([key, s]) => ({
    key,
    name: s.title,
    color: s.isExam ? TONE.brand : TONE.other,
    dashed: !s.isExam,
    points: s.pts,
  }));
  const said = [...byQuiz.values()]
    .filter((s) => s.pts.length > 1 || s.isExam)
    .map((s) => (s.pts.length > 1 ? `${s.title} ${s.pts.length} 次，从 ${s.pts[0].percent}% 到 ${s.pts.at(-1)!.percent}%` : `${s.title} ${s.pts[0].percent}%`));
  const label = `共 ${points.length} 次作答，同一测验的多次作答连成一条线。${said.join("；")}${said.length ? "。" : ""}每次的成绩见下方“全部作答”。`;
  const hasExam = series.some((s) => s.color === TONE.brand);
  return (
    <figure className="space-y-1">
      <PercentLines
        label={label}
        series={series}
        length={points.length}
        guide={80}
        xLabels={[
          { x: 0, text: "第 1 次" },
          { x: points.length - 1, text: `第 ${points.length} 次` },
        ]}
      />
      <figcaption className="flex flex-wrap gap-x-4 text-xs text-stone-600">
        {hasExam ? (
          <span className="inline-flex items-center gap-1">
            <svg aria-hidden width="18" height="6">
              <line x1="0" x2="18" y1="3" y2="3" stroke={TONE.brand} strokeWidth="2" />
            </svg>
            考试
          </span>
        ) : null}
        <span className="inline-flex items-center gap-1">
          <svg aria-hidden width="18" height="6">
            <line x1="0" x2="18" y1="3" y2="3" stroke={TONE.other} strokeWidth="2" strokeDasharray="5 3" />
          </svg>
          练习与自测（同一测验相连）
        </span>
        <span>横虚线表示及格（80%）</span>
      </figcaption>
    </figure>
  );
}

/** 课前 vs 课后 per module, two bars a row. The comparison table beside it is its text form. */
export function CompareChart({ rows }: { rows: CompareRow[] }) {
  const label = `各模块课前与课后得分率：${rows.map((r) => `${r.title} 课前 ${r.before ?? "—"}${r.before === null ? "" : "%"}，课后 ${r.after ?? "—"}${r.after === null ? "" : "%"}`).join("；")}。`;
  return <PairedBars label={label} names={["课前", "课后"]} rows={rows.map((r) => ({ key: r.key, title: r.title, a: r.before, b: r.after }))} />;
}
