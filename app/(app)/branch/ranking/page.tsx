import type { Metadata } from "next";
import { requireViewer } from "@/lib/auth/guard";
import { scopeRoot } from "@/lib/auth/viewer";
import { branchesRanked, RANKING_WINDOW_DAYS } from "@/lib/daily/ranking";
import { db } from "@/lib/db/client";
import { privacyMinGroup } from "@/lib/tracking/privacy";
import { PageHeader } from "@/components/ui/page-header";
import { ColumnHeads } from "@/components/ui/column-heads";
import { ScrollRegion } from "@/components/ui/scroll-region";

export const metadata: Metadata = { title: "支部学习排名" };

/** Branches in the viewer's scope ranked by participation and average points (rates, privacy floor). */
export default async function BranchRankingPage() {
  const viewer = await requireViewer({ permission: "read:unit" });
  const rows = await branchesRanked(db(), scopeRoot(viewer));
  return (
    <section aria-labelledby="br-title" className="space-y-4">
      <PageHeader
        id="br-title"
        description={`近 ${RANKING_WINDOW_DAYS} 天：参与率为获得过学习积分的成员占比，人均积分为积分总数除以成员数。成员不足 ${privacyMinGroup()} 人的支部不参与排名。`}
      >
        支部学习排名
      </PageHeader>
      {rows.length ? (
        <ScrollRegion label="支部学习排名表" className="rounded-2xl border border-stone-200 bg-white">
          <table className="w-full text-left text-sm">
            <ColumnHeads
              columns={["名次", "支部", ["成员", "text-right"], ["参与率", "text-right"], ["人均积分", "text-right"]]}
              cell="px-2 py-2 font-medium whitespace-nowrap"
              row="border-b border-stone-200 text-stone-600"
            />
            <tbody>
              {rows.map((r) => (
                <tr key={r.unitId} className="border-b border-stone-100">
                  <td className="px-2 py-2 whitespace-nowrap">{r.rank ?? "—"}</td>
                  <th scope="row" className="px-2 py-2 font-medium">
                    {r.name}
                  </th>
                  <td className="px-2 py-2 text-right">{r.members}</td>
                  {r.participation === null ? (
                    <td colSpan={2} className="px-2 py-2 text-right text-stone-500">
                      人数不足，不排名
                    </td>
                  ) : (
                    <>
                      <td className="px-2 py-2 text-right">{r.participation}%</td>
                      <td className="px-2 py-2 text-right">{r.avgPoints}</td>
                    </>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      ) : (
        <p className="rounded-2xl border border-dashed border-stone-300 bg-white p-4 text-center text-sm text-stone-600">范围内没有支部。</p>
      )}
    </section>
  );
}
