import type { Metadata } from "next";
import { requireViewer } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { listJobs } from "@/lib/jobs/scheduler";
import { formatChinaTime } from "@/lib/tracking/time";
import { PageHeader } from "@/components/ui/page-header";
import { ColumnHeads } from "@/components/ui/column-heads";
import { ScrollRegion } from "@/components/ui/scroll-region";

export const metadata: Metadata = { title: "定时任务" };

const STATUS: Record<string, string> = { pending: "等待执行", running: "执行中", done: "已完成", failed: "已失败" };

/** Scheduled jobs for admins: what, for when, last run, next run, attempts and the last failure. */
export default async function JobsPage() {
  await requireViewer({ permission: "admin" });
  const jobs = await listJobs(db());
  return (
    <section aria-labelledby="jobs-title" className="space-y-4">
      <PageHeader
        id="jobs-title"
        description="自动提醒每天 9:00、每日一题按各支部设定的时间、每周学习小结周一 8:00 自动执行；失败后按 1、2、4、8 分钟重试，共 5 次。"
      >
        定时任务
      </PageHeader>
      {jobs.length ? (
        <ScrollRegion label="定时任务表" className="rounded-2xl border border-stone-200 bg-white">
          <table className="w-full text-left text-sm">
            <ColumnHeads
              columns={["任务", "对象", "日期", "状态", "上次执行", "下次执行", "次数", "失败原因"]}
              cell="px-3 py-2 font-medium whitespace-nowrap"
              row="border-b border-stone-200 text-stone-600"
            />
            <tbody>
              {jobs.map((j) => (
                <tr key={j.id} className="border-b border-stone-100 align-top">
                  <th scope="row" className="px-3 py-2 font-medium whitespace-nowrap">
                    {j.label}
                  </th>
                  <td className="px-3 py-2">{j.subject}</td>
                  <td className="px-3 py-2 whitespace-nowrap">{j.day}</td>
                  <td className={`px-3 py-2 whitespace-nowrap ${j.status === "failed" ? "font-medium text-red-700" : ""}`}>{STATUS[j.status] ?? j.status}</td>
                  <td className="px-3 py-2 whitespace-nowrap">{j.lastRunAt ? formatChinaTime(j.lastRunAt) : "—"}</td>
                  <td className="px-3 py-2 whitespace-nowrap">{j.status === "pending" ? formatChinaTime(j.runAt) : "—"}</td>
                  <td className="px-3 py-2">{j.attempts}</td>
                  <td className="px-3 py-2 text-stone-700">{j.lastError ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      ) : (
        <p className="rounded-2xl border border-dashed border-stone-300 bg-white p-4 text-center text-sm text-stone-600">暂无定时任务。</p>
      )}
    </section>
  );
}
