import type { Metadata } from "next";
import { BranchRankingCard } from "@/components/daily/branch-ranking";
import { requireViewer } from "@/lib/auth/guard";
import { myPoints, POINT_RULES } from "@/lib/daily/points";
import { db } from "@/lib/db/client";
import { chinaDay, formatChinaDate } from "@/lib/tracking/time";
import { ColumnHeads } from "@/components/ui/column-heads";

export const metadata: Metadata = { title: "我的积分" };

/** 学习积分: the cadre's total, today's and history, and the published 积分规则. */
export default async function PointsPage() {
  const viewer = await requireViewer({ permission: "learn" });
  const p = await myPoints(db(), viewer.id, chinaDay());
  return (
    <section aria-labelledby="points-title" className="space-y-5">
      <h1 id="points-title" className="text-xl font-bold">
        我的积分
      </h1>
      <dl className="grid grid-cols-2 gap-3 text-center">
        <div className="rounded-2xl border border-stone-200 bg-white p-3">
          <dt className="text-sm text-stone-600">累计积分</dt>
          <dd className="text-2xl font-bold">{p.total}</dd>
        </div>
        <div className="rounded-2xl border border-stone-200 bg-white p-3">
          <dt className="text-sm text-stone-600">今日积分</dt>
          <dd className="text-2xl font-bold">{p.today}</dd>
        </div>
      </dl>
      <a href="/points/report" className="inline-flex min-h-11 items-center font-medium text-brand-700 hover:underline">
        生成学习报告图片（可发到群里）
      </a>
      <BranchRankingCard memberId={viewer.id} />
      <section aria-labelledby="rules-title" className="space-y-2 rounded-2xl border border-stone-200 bg-white p-4">
        <h2 id="rules-title" className="text-lg font-semibold">
          积分规则
        </h2>
        <table className="w-full text-left text-sm">
          <ColumnHeads columns={["学习行为", ["积分", "text-right"]]} cell="py-2 font-medium" row="border-b border-stone-200 text-stone-600" />
          <tbody>
            {Object.values(POINT_RULES).map((r) => (
              <tr key={r.title} className="border-b border-stone-100">
                <td className="py-2">
                  {r.title}
                  <span className="block text-xs text-stone-500">{r.note}</span>
                </td>
                <td className="py-2 text-right font-medium">+{r.points}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="text-xs text-stone-500">同一行为只计一次：重复提交、重复点击不会重复得分。一天按北京时间计算；漏学一天连续天数从头计，不设补签。</p>
      </section>
      <section aria-labelledby="history-title" className="space-y-2">
        <h2 id="history-title" className="text-lg font-semibold">
          积分明细
        </h2>
        {p.history.length ? (
          <ul className="divide-y divide-stone-200 rounded-2xl border border-stone-200 bg-white">
            {p.history.map((h, i) => (
              <li key={i} className="flex items-center justify-between gap-2 px-4 py-3 text-sm">
                <span>
                  {h.label}
                  <span className="block text-xs text-stone-500">{formatChinaDate(h.at)}</span>
                </span>
                <span className="font-medium text-brand-700">+{h.points}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="rounded-2xl border border-dashed border-stone-300 bg-white p-4 text-center text-sm text-stone-600">
            还没有积分，完成今日一练即可获得。
          </p>
        )}
      </section>
    </section>
  );
}
