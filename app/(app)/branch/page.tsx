import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { ActionButton } from "@/components/tracking/action-button";
import { AssignmentCard, AssignmentPicker, DashboardHead } from "@/components/tracking/dashboard-head";
import { ExportsSection } from "@/components/tracking/dashboard-exports";
import { ChartsSection, FiguresSection, WeakRulesSection } from "@/components/tracking/dashboard-figures";
import { MemberList } from "@/components/tracking/member-list";
import { RollupDepthNote } from "@/components/tracking/parts";
import { RollupTable } from "@/components/tracking/rollup-table";
import { RemindButton } from "@/components/tracking/remind-button";
import { WebhookForm } from "@/components/tracking/webhook-form";
import { NotFoundError, requireViewer } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { zIdText } from "@/lib/db/ids";
import { branchDashboard } from "@/lib/tracking/dashboard";
import { overview } from "@/lib/tracking/overview";
import { privacyMinGroup } from "@/lib/tracking/privacy";
import { ZMemberListQuery } from "@/lib/tracking/state";
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
    data = await branchDashboard(db(), viewer, { unitId: q.data.unit, assignmentId: q.data.a, list, activity: true });
  } catch (e) {
    if (e instanceof NotFoundError) notFound();
    throw e;
  }
  const { unit, assignment: a, individual } = data;
  const manage = can(viewer.role, "manage:unit");
  const hook = manage ? data.webhook : null;

  const o = overview(data);
  const toRemind = o.notStarted + o.overdue;

  return (
    <section aria-labelledby="unit-title" className="space-y-6">
      <DashboardHead data={data} manage={manage} />

      {data.assignments.length > 1 ? <AssignmentPicker unitId={unit.id} assignments={data.assignments} current={a?.id} /> : null}

      {!a ? (
        <div className="rounded-2xl border border-dashed border-stone-300 bg-white p-6 text-center text-stone-600">
          本组织还没有学习任务。{manage ? "点击“布置学习任务”，把课程和结业考试布置给本组织及下级组织的全体成员。" : ""}
        </div>
      ) : (
        <>
          <AssignmentCard a={a} />

          {data.hasChildren ? (
            <section aria-labelledby="rollup-title" className="space-y-2">
              <h2 id="rollup-title" className="font-semibold">
                下级组织
              </h2>
              <RollupDepthNote levels={data.rollupLevels} units={data.rollupUnits} />
              <RollupTable rows={data.rollup} unitQuery={(id) => `/branch?unit=${id}&a=${a.id}`} scores={!!a.quizId} />
              <p className="text-xs text-stone-500">上级组织只看汇总：有成绩不足 {privacyMinGroup()} 人的组织不显示平均分；个人成绩只对所在支部书记可见。</p>
            </section>
          ) : null}

          {data.members && (!data.hasChildren || data.members.total || list.state || list.q || list.talk) ? (
            <MemberList
              unitId={unit.id}
              assignmentId={a.id}
              list={list}
              members={data.members}
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

          <FiguresSection a={a} o={o} fresh={data.fresh} />

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

          <ChartsSection a={a} o={o} data={data} />
          <WeakRulesSection data={data} />
          <ExportsSection unitId={unit.id} assignmentId={a.id} rollup={data.hasChildren} />

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
