/** The branch dashboard's figures: totals, charts and the weakest rules, above the privacy floor only. */
import type { AssignmentRow } from "@/lib/tracking/assignments";
import { SCORE_BUCKET_LABELS } from "@/lib/tracking/contributions";
import type { BranchDashboard } from "@/lib/tracking/dashboard";
import type { Overview } from "@/lib/tracking/overview";
import { privacyMinGroup } from "@/lib/tracking/privacy";
import { timelinePoints } from "@/lib/tracking/rollup";
import { chinaDay } from "@/lib/tracking/time";
import { CompletionChart, RuleChart, ScoreChart } from "./charts";
import { Freshness, Stat, WeakRules } from "./parts";

type Data = Pick<BranchDashboard, "fresh" | "timeline" | "weakRules" | "weakRulesWithheld">;

export function FiguresSection({ a, o, fresh }: { a: AssignmentRow; o: Overview; fresh: Data["fresh"] }) {
  return (
    <section aria-labelledby="figures-title" className="space-y-2">
      <h2 id="figures-title" className="font-semibold">
        总体情况
      </h2>
      <dl className="grid grid-cols-2 gap-2 sm:grid-cols-3">
        <Stat label="完成率" value={`${o.rate}%`} sub={`${o.completed}/${o.members} 人已完成`} />
        {a.quizId ? (
          <Stat label="平均分" value={o.averageScore ?? "—"} sub={o.withheld ? `有成绩不足 ${privacyMinGroup()} 人，不显示` : "考试最高分的平均"} />
        ) : null}
        <Stat label="进行中" value={o.inProgress} />
        <Stat label="未开始" value={o.notStarted} />
        <Stat label="已逾期" value={o.overdue} />
        <Stat label="应学人数" value={o.members} />
      </dl>
      <Freshness {...fresh} />
    </section>
  );
}

const card = "rounded-2xl border border-stone-200 bg-white p-3";

export function ChartsSection({ a, o, data }: { a: AssignmentRow; o: Overview; data: Data }) {
  return (
    <section aria-labelledby="charts-title" className="space-y-4">
      <h2 id="charts-title" className="font-semibold">
        图表
      </h2>
      <div className="grid gap-4 md:grid-cols-2">
        <div className={card}>
          <CompletionChart points={timelinePoints(data.timeline, a, o.members)} dueDay={chinaDay(a.dueAt)} members={o.members} />
        </div>
        {a.quizId ? (
          <div className={card}>
            {o.buckets ? (
              <ScoreChart labels={SCORE_BUCKET_LABELS} counts={o.buckets} />
            ) : (
              <p className="text-sm text-stone-600">有成绩的人数不足 {privacyMinGroup()} 人，不显示成绩分布。</p>
            )}
          </div>
        ) : null}
        {data.weakRules.length ? (
          <div className={`${card} md:col-span-2`}>
            <RuleChart rules={data.weakRules.map((r) => ({ code: r.code, title: r.title, percent: r.percent }))} />
          </div>
        ) : null}
      </div>
    </section>
  );
}

export function WeakRulesSection({ data }: { data: Data }) {
  return (
    <section aria-labelledby="weak-title" className="space-y-2">
      <h2 id="weak-title" className="font-semibold">
        薄弱规则与建议复习的课时
      </h2>
      {data.weakRulesWithheld ? (
        <p className="text-sm text-stone-600">参加测验的人数不足 {privacyMinGroup()} 人，不显示。</p>
      ) : data.weakRules.length ? (
        <WeakRules rules={data.weakRules} />
      ) : (
        <p className="text-sm text-stone-600">任务开始后还没有提交的测验。</p>
      )}
    </section>
  );
}
