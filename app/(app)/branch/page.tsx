import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { ActionButton } from "@/components/tracking/action-button";
import { CompletionChart, RuleChart, ScoreChart } from "@/components/tracking/charts";
import { MemberList } from "@/components/tracking/member-list";
import type { MemberTableRow } from "@/components/tracking/member-table";
import { DaysLeft, Freshness, RollupTable, Stat, WeakRules } from "@/components/tracking/parts";
import { RemindButton } from "@/components/tracking/remind-button";
import { WebhookForm } from "@/components/tracking/webhook-form";
import { buttonClass } from "@/components/ui/button";
import { NotFoundError, requireViewer } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { memberActivity, type MemberActivity } from "@/lib/daily/ranking";
import { db } from "@/lib/db/client";
import { zIdText } from "@/lib/db/ids";
import { UNIT_KIND_LABEL } from "@/lib/labels";
import { SCORE_BUCKET_LABELS } from "@/lib/tracking/contributions";
import { branchDashboard, overview } from "@/lib/tracking/dashboard";
import { privacyMinGroup } from "@/lib/tracking/privacy";
import { timelinePoints } from "@/lib/tracking/rollup";
import { COMPLETION_RULE_TEXT, ZMemberListQuery, type MemberStateRow } from "@/lib/tracking/state";
import { chinaDay, daysLeft } from "@/lib/tracking/time";
import { recomputeAction, remindAction, remindMemberAction, setWebhookAction, withdrawAssignmentAction } from "./actions";

export const metadata: Metadata = { title: "支部看板" };

const ZPage = z.object({
  unit: zIdText().optional(),
  a: zIdText().optional(),
});

export default async function BranchPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer({ permission: "read:unit" });
  const sp = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const q = ZPage.safeParse(sp);
  if (!q.success) notFound();
  const list = ZMemberListQuery.parse(sp);
  let data;
  try {
    data = await branchDashboard(db(), viewer, { unitId: q.data.unit, assignmentId: q.data.a, list });
  } catch (e) {
    if (e instanceof NotFoundError) notFound();
    throw e;
  }
  const { unit, assignment: a, individual } = data;
  // The members on this page only: last activity (sign-ins too), 从未登录, and the daily streak.
  const activity = await memberActivity(db(), data.members?.rows.map((r) => r.id) ?? []);
  const manage = can(viewer.role, "manage:unit");
  const hook = manage ? data.webhook : null;

  const exportHref = (kind: string, format: string) => `/branch/export?unit=${unit.id}&a=${a?.id}&kind=${kind}&format=${format}`;

  const o = overview(data);
  const toRemind = o.notStarted + o.overdue;

  return (
    <section aria-labelledby="unit-title" className="space-y-6">
      {data.trail.length > 1 ? (
        <nav aria-label="组织层级" className="text-sm text-stone-500">
          {data.trail.map((t, i) => (
            <span key={t.id}>
              {i ? " › " : ""}
              {t.id === unit.id ? (
                <span aria-current="page">{t.name}</span>
              ) : (
                <Link href={`/branch?unit=${t.id}${a ? `&a=${a.id}` : ""}`} className="hover:underline">
                  {t.name}
                </Link>
              )}
            </span>
          ))}
        </nav>
      ) : null}
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <p className="text-sm text-stone-500">{UNIT_KIND_LABEL[unit.kind]} · 学习看板</p>
          <h1 id="unit-title" className="text-xl font-bold">
            {unit.name}
          </h1>
        </div>
        {manage ? (
          <Link href={`/branch/assign?unit=${unit.id}`} className={buttonClass("primary")}>
            ＋ 布置学习任务
          </Link>
        ) : null}
      </div>
      {/* The pages of the daily habit (issue 17) were reachable only by typing their address. */}
      <nav aria-label="更多" className="flex flex-wrap gap-x-4 text-sm no-print">
        <Link href="/branch/ranking" className="inline-flex min-h-11 items-center text-brand-700 underline underline-offset-2">
          支部学习排名
        </Link>
        {manage ? (
          <Link href="/branch/settings" className="inline-flex min-h-11 items-center text-brand-700 underline underline-offset-2">
            自动提醒与推送
          </Link>
        ) : null}
      </nav>

      {data.assignments.length > 1 ? (
        <form method="get" action="/branch" className="flex flex-wrap items-end gap-2 no-print">
          <input type="hidden" name="unit" value={unit.id} />
          <div className="min-w-0 flex-1">
            <label htmlFor="pick-assignment" className="mb-1 block text-sm font-medium text-stone-700">
              学习任务
            </label>
            <select id="pick-assignment" name="a" defaultValue={a?.id} className="block min-h-11 w-full rounded-xl border border-stone-300 bg-white px-3 py-2">
              {data.assignments.map((x) => (
                <option key={x.id} value={x.id}>
                  {x.title}（{x.unitName}，截止 {chinaDay(x.dueAt)}）
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className={buttonClass("secondary")}>
            切换
          </button>
        </form>
      ) : null}

      {!a ? (
        <div className="rounded-2xl border border-dashed border-stone-300 bg-white p-6 text-center text-stone-600">
          本组织还没有学习任务。{manage ? "点击“布置学习任务”，把课程和结业考试布置给本组织及下级组织的全体成员。" : ""}
        </div>
      ) : (
        <>
          <article className="space-y-2 rounded-2xl border border-stone-200 bg-white p-4" aria-labelledby="assignment-title">
            <h2 id="assignment-title" className="text-lg font-semibold">
              {a.title}
            </h2>
            <p className="text-sm text-stone-600">
              {a.unitName}布置 · <span className="whitespace-nowrap">{chinaDay(a.startsAt)}</span> 至{" "}
              <span className="whitespace-nowrap">{chinaDay(a.dueAt)}</span> · <DaysLeft days={daysLeft(a.dueAt)} />
            </p>
            <p className="text-sm text-stone-600">
              内容：{[a.courseId ? "学完课程全部课时" : null, a.quizId ? "通过结业考试" : null].filter(Boolean).join(" + ")}
            </p>
            <p className="rounded-lg bg-stone-50 p-2 text-sm text-stone-700">{COMPLETION_RULE_TEXT}</p>
          </article>

          {data.hasChildren ? (
            <section aria-labelledby="rollup-title" className="space-y-2">
              <h2 id="rollup-title" className="font-semibold">
                下级组织
              </h2>
              <RollupTable rows={data.rollup} unitQuery={(id) => `/branch?unit=${id}&a=${a.id}`} scores={!!a.quizId} />
              <p className="text-xs text-stone-500">上级组织只看汇总：有成绩不足 {privacyMinGroup()} 人的组织不显示平均分；个人成绩只对所在支部书记可见。</p>
            </section>
          ) : null}

          {data.members && (!data.hasChildren || data.members.total || list.state || list.q || list.talk) ? (
            <MemberList
              unitId={unit.id}
              assignmentId={a.id}
              list={list}
              members={{ ...data.members, rows: withActivity(data.members.rows, activity) }}
              counts={
                data.summary
                  ? {
                      not_started: data.summary.notStarted,
                      in_progress: data.summary.inProgress,
                      completed: data.summary.completed,
                      overdue: data.summary.overdue,
                    }
                  : null
              }
              individual={individual}
              nested={data.hasChildren}
              remind={manage ? { action: remindMemberAction } : undefined}
            />
          ) : null}

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
            <Freshness {...data.fresh} />
          </section>

          {manage ? (
            <section aria-label="操作" className="flex flex-wrap items-start gap-3 no-print">
              <RemindButton action={remindAction} unitId={unit.id} assignmentId={a.id} due={toRemind} />
              <ActionButton
                action={recomputeAction}
                input={{ unitId: unit.id, assignmentId: a.id }}
                label="重新统计"
                pendingLabel="正在统计…"
                done="已重新统计，刷新页面查看。"
              />
            </section>
          ) : null}

          <section aria-labelledby="charts-title" className="space-y-4">
            <h2 id="charts-title" className="font-semibold">
              图表
            </h2>
            <div className="grid gap-4 md:grid-cols-2">
              <div className="rounded-2xl border border-stone-200 bg-white p-3">
                <CompletionChart points={timelinePoints(data.timeline, a, o.members)} dueDay={chinaDay(a.dueAt)} members={o.members} />
              </div>
              {a.quizId ? (
                <div className="rounded-2xl border border-stone-200 bg-white p-3">
                  {o.buckets ? (
                    <ScoreChart labels={SCORE_BUCKET_LABELS} counts={o.buckets} />
                  ) : (
                    <p className="text-sm text-stone-600">有成绩的人数不足 {privacyMinGroup()} 人，不显示成绩分布。</p>
                  )}
                </div>
              ) : null}
              {data.weakRules.length ? (
                <div className="rounded-2xl border border-stone-200 bg-white p-3 md:col-span-2">
                  <RuleChart rules={data.weakRules.map((r) => ({ code: r.code, title: r.title, percent: r.percent }))} />
                </div>
              ) : null}
            </div>
          </section>

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

          <section aria-labelledby="export-title" className="space-y-2 no-print">
            <h2 id="export-title" className="font-semibold">
              导出与打印
            </h2>
            <div className="flex flex-wrap gap-2">
              <a href={exportHref("members", "xlsx")} className={buttonClass("secondary")}>
                成员名单 Excel
              </a>
              <a href={exportHref("members", "csv")} className={buttonClass("secondary")}>
                成员名单 CSV
              </a>
              {data.hasChildren ? (
                <>
                  <a href={exportHref("rollup", "xlsx")} className={buttonClass("secondary")}>
                    下级汇总 Excel
                  </a>
                  <a href={exportHref("rollup", "csv")} className={buttonClass("secondary")}>
                    下级汇总 CSV
                  </a>
                </>
              ) : null}
              <a href={exportHref("ledger", "xlsx")} className={buttonClass("secondary")}>
                学习台账 Excel
              </a>
              <Link href={`/branch/report?unit=${unit.id}&a=${a.id}`} className={buttonClass("secondary")}>
                打印报告
              </Link>
            </div>
          </section>

          {manage && a.unitId === unit.id ? (
            <details className="text-sm no-print">
              <summary className="min-h-11 cursor-pointer py-2 text-stone-600">撤回此任务</summary>
              <p className="mb-2 text-stone-600">撤回后成员不再看到此任务，已记录的完成情况和证书保留。</p>
              <ActionButton
                action={withdrawAssignmentAction}
                input={{ unitId: unit.id, assignmentId: a.id }}
                label="撤回任务"
                pendingLabel="正在撤回…"
                done="已撤回。"
                confirm={`确定撤回“${a.title}”吗？`}
                variant="danger"
              />
            </details>
          ) : null}
        </>
      )}

      {manage && hook ? (
        <section aria-labelledby="bot-title" className="space-y-2 rounded-2xl border border-stone-200 bg-white p-4 no-print">
          <h2 id="bot-title" className="font-semibold">
            群机器人
          </h2>
          <WebhookForm
            action={setWebhookAction}
            unitId={unit.id}
            current={hook.own}
            inherited={hook.inherited ? `${hook.inherited.unitName}的 ${hook.inherited.target}` : null}
          />
        </section>
      ) : null}
    </section>
  );
}

function withActivity(rows: MemberStateRow[], activity: Map<number, MemberActivity>): MemberTableRow[] {
  return rows.map((r) => {
    const act = activity.get(r.id);
    return act ? { ...r, lastActiveAt: act.lastActiveAt ?? r.lastActiveAt, streak: act.streak, neverSignedIn: act.neverSignedIn } : r;
  });
}
