/**
 * Charts with their text alternatives. The figure, its summary for screen readers and its table
 * are server-rendered; only the drawing (aria-hidden) runs in the browser, loaded on demand.
 */
import type { BreakdownRow, CompareRow, ProgressPoint } from "./chart-types";
import { LazyBreakdownBars, LazyCompareBars, LazyProgressLine } from "./lazy-charts";

export type { BreakdownRow, CompareRow, ProgressPoint };

const pct = (s: number, m: number) => (m > 0 ? Math.round((100 * s) / m) : 0);
const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2).replace(/0$/, ""));

/**
 * Score rate per rule or per module as horizontal bars (readable at 360 px: one row per item, the
 * short code on the axis), the weakest named for screen readers, every figure in the table.
 */
export function BreakdownChart({ title, rows, passPercent = 80 }: { title: string; rows: BreakdownRow[]; passPercent?: number }) {
  const data = rows.map((r) => ({ ...r, percent: pct(r.score, r.max) }));
  const weakest = [...data].sort((a, b) => a.percent - b.percent).slice(0, 3);
  const height = 28 * data.length + 40;
  return (
    <figure className="space-y-2">
      <figcaption className="font-semibold">{title}</figcaption>
      <p className="sr-only">
        共 {data.length} 项。得分率最低的是：{weakest.map((w) => `${w.label} ${w.percent}%`).join("，")}。详见下表。
      </p>
      <div aria-hidden className="w-full" style={{ height }}>
        <LazyBreakdownBars data={data} passPercent={passPercent} height={height} />
      </div>
      <details className="text-sm">
        <summary className="min-h-11 cursor-pointer py-2 text-brand-700">查看数据表</summary>
        <table className="w-full text-left">
          <caption className="sr-only">{title}</caption>
          <thead>
            <tr className="border-b border-stone-300">
              <th scope="col" className="py-1 pr-2">
                项目
              </th>
              <th scope="col" className="py-1 pr-2 text-right">
                得分
              </th>
              <th scope="col" className="py-1 text-right">
                得分率
              </th>
            </tr>
          </thead>
          <tbody>
            {data.map((d) => (
              <tr key={d.key} className="border-b border-stone-100">
                <th scope="row" className="py-1 pr-2 font-normal">
                  {d.label}
                </th>
                <td className="py-1 pr-2 text-right tabular-nums">
                  {fmt(d.score)}/{fmt(d.max)}
                </td>
                <td className="py-1 text-right tabular-nums">{d.percent}%</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

/** Score over time, one point per submitted attempt. The attempt list on the page is its text form. */
export function ProgressChart({ points, summary }: { points: ProgressPoint[]; summary: string }) {
  const height = 200;
  return (
    <figure className="space-y-1">
      <figcaption className="sr-only">{summary}</figcaption>
      <div aria-hidden className="w-full" style={{ height }}>
        <LazyProgressLine data={points.map((p, i) => ({ ...p, n: i + 1 }))} height={height} />
      </div>
    </figure>
  );
}

/** 课前 vs 课后 per module, two bars a row, with a legend. The comparison table beside it is its text form. */
export function CompareChart({ rows }: { rows: CompareRow[] }) {
  const height = 44 * rows.length + 48;
  return (
    <div aria-hidden className="w-full space-y-1">
      <p className="flex gap-4 text-xs text-stone-600">
        <span className="inline-flex items-center gap-1">
          <span className="inline-block size-3 rounded-sm bg-[#a8a29e]" />
          课前
        </span>
        <span className="inline-flex items-center gap-1">
          <span className="inline-block size-3 rounded-sm bg-[#a51616]" />
          课后
        </span>
      </p>
      <div style={{ height }}>
        <LazyCompareBars rows={rows} height={height} />
      </div>
    </div>
  );
}
