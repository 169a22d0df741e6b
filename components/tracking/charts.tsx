/*
 * The dashboard's charts, server-rendered SVG (components/charts): no chart code reaches the
 * browser. Each drawing is one image with a spoken summary, and a table with the same figures
 * follows it. Sized for 360 px.
 */
import { CountColumns } from "@/components/charts/count-columns";
import { DataTable } from "@/components/charts/data-table";
import { PercentBars } from "@/components/charts/percent-bars";
import { PercentLines } from "@/components/charts/percent-lines";
import { TONE } from "@/components/charts/scale";

export interface TimelinePoint {
  day: string;
  /** Cumulative completion rate, percent (null for days still to come). */
  rate: number | null;
  /** Cumulative completions. */
  completed: number;
}

const md = (d: string) => d.slice(5);

/** Cumulative completion rate per day over the assignment period, with the deadline marked. */
export function CompletionChart({ points, dueDay, members }: { points: TimelinePoint[]; dueDay: string; members: number }) {
  const past = points.filter((p) => p.rate !== null);
  const last = past.at(-1);
  const due = points.findIndex((p) => p.day === dueDay);
  const label = `应学 ${members} 人，截至 ${last?.day ?? "今天"} 已完成 ${last?.completed ?? 0} 人，完成率 ${last?.rate ?? 0}%。截止日 ${dueDay}。详见下表。`;
  return (
    <figure className="space-y-2">
      <figcaption className="font-semibold">完成进度（截止 {dueDay}）</figcaption>
      <PercentLines
        label={label}
        length={points.length}
        series={[
          { key: "rate", name: "完成率", color: TONE.brand, step: true, points: points.flatMap((p, x) => (p.rate === null ? [] : [{ x, percent: p.rate }])) },
        ]}
        marks={due >= 0 ? [{ x: due, text: "截止" }] : []}
        xLabels={
          points.length ? [{ x: 0, text: md(points[0].day) }, ...(points.length > 1 ? [{ x: points.length - 1, text: md(points.at(-1)!.day) }] : [])] : []
        }
      />
      <DataTable
        caption="每日累计完成情况"
        head={["日期", "累计完成", "完成率"]}
        rows={past
          .filter((p, i) => i === 0 || i === past.length - 1 || p.completed !== past[i - 1].completed)
          .map((p) => ({ key: p.day, cells: [p.day, p.completed, `${p.rate}%`] }))}
      />
    </figure>
  );
}

/** Members per score band. */
export function ScoreChart({ labels, counts }: { labels: readonly string[]; counts: number[] }) {
  const data = labels.map((label, i) => ({ label, n: counts[i] ?? 0 }));
  const total = counts.reduce((a, b) => a + b, 0);
  const label = total ? `共 ${total} 人有成绩：${data.map((d) => `${d.label} ${d.n} 人`).join("，")}。` : "尚无作答：还没有人提交考试。";
  return (
    <figure className="space-y-2">
      <figcaption className="font-semibold">成绩分布（考试最高分）</figcaption>
      {total ? (
        <CountColumns label={label} columns={data.map((d, i) => ({ ...d, tone: i === 0 ? TONE.bad : i >= 3 ? TONE.good : TONE.mid }))} />
      ) : (
        <p className="text-sm text-stone-600">尚无作答：还没有人提交考试。</p>
      )}
      <DataTable caption="成绩分布" head={["分数段", "人数"]} rows={data.map((d) => ({ key: d.label, cells: [d.label, d.n] }))} />
    </figure>
  );
}

export interface RulePoint {
  code: string;
  title: string;
  percent: number;
}

/** The weakest rules' score rates, worst first, named by title (the code beside it). */
export function RuleChart({ rules }: { rules: RulePoint[] }) {
  const label = `薄弱规则得分率：${rules.map((r) => `${r.title}（${r.code}）${r.percent}%`).join("；")}。虚线为 80%。`;
  return (
    <figure className="space-y-2">
      <figcaption className="font-semibold">薄弱规则（得分率最低）</figcaption>
      <PercentBars label={label} passPercent={80} rows={rules.map((r) => ({ key: r.code, title: r.title, sub: r.code, percent: r.percent }))} />
      <DataTable
        caption="薄弱规则得分率"
        head={["规则", "得分率"]}
        rows={rules.map((r) => ({ key: r.code, cells: [`${r.title}（${r.code}）`, `${r.percent}%`] }))}
      />
    </figure>
  );
}
