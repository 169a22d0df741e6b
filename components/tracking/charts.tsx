import { LazyCompletionLine, LazyRuleBars, LazyScoreBars } from "./lazy-charts";
import type { RulePoint } from "./chart-drawings";

/*
 * The dashboard's charts, server-rendered. Each drawing is decoration for sighted readers, loaded
 * in the browser after the page (lazy-charts.tsx): a one-sentence summary for screen readers comes
 * first and a table with the same figures follows (what assistive technology reads, and what
 * anyone can open on a phone). Sized for 360 px; each drawing's box has its height from the start.
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
  return (
    <figure className="space-y-2">
      <figcaption className="font-semibold">完成进度（截止 {dueDay}）</figcaption>
      <p className="sr-only">
        应学 {members} 人，截至 {last?.day ?? "今天"} 已完成 {last?.completed ?? 0} 人，完成率 {last?.rate ?? 0}%。详见下表。
      </p>
      <div aria-hidden className="h-50 w-full">
        <LazyCompletionLine points={points.map(({ day, rate }) => ({ day, rate }))} dueDay={dueDay} />
      </div>
      <DataTable
        caption="每日累计完成情况"
        head={["日期", "累计完成", "完成率"]}
        rows={past.filter((p, i) => i === 0 || i === past.length - 1 || p.completed !== past[i - 1].completed).map((p) => [p.day, p.completed, `${p.rate}%`])}
      />
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
      <div aria-hidden className="h-45 w-full">
        <LazyScoreBars data={data} />
      </div>
      <DataTable caption="成绩分布" head={["分数段", "人数"]} rows={data.map((d) => [d.label, d.n])} />
    </figure>
  );
}

export type { RulePoint };

/** The weakest rules' score rates, worst first. */
export function RuleChart({ rules }: { rules: RulePoint[] }) {
  return (
    <figure className="space-y-2">
      <figcaption className="font-semibold">薄弱规则（得分率最低）</figcaption>
      <p className="sr-only">{rules.map((r) => `${r.code} ${r.title} 得分率 ${r.percent}%`).join("；")}。</p>
      <div aria-hidden className="w-full" style={{ height: 30 * rules.length + 40 }}>
        <LazyRuleBars rules={rules} />
      </div>
      <DataTable caption="薄弱规则得分率" head={["规则", "得分率"]} rows={rules.map((r) => [`${r.code} ${r.title}`, `${r.percent}%`])} />
    </figure>
  );
}
