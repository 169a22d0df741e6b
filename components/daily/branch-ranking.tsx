import { StartForm } from "@/components/quiz/start-form";
import { setRankingHiddenAction } from "@/app/(app)/points/actions";
import { branchRanking } from "@/lib/daily/ranking";
import { db } from "@/lib/db/client";

/** 支部排名: the branch's top ten by points and the member's own rank, with the 某同志 choice. */
export async function BranchRankingCard({ memberId }: { memberId: number }) {
  const r = await branchRanking(db(), memberId);
  const meInTop = r.top.some((x) => x.me);
  return (
    <section aria-labelledby="ranking-title" className="space-y-3 rounded-2xl border border-stone-200 bg-white p-4">
      <div className="flex items-baseline justify-between gap-2">
        <h2 id="ranking-title" className="text-lg font-semibold">
          支部排名
        </h2>
        <p className="text-sm text-stone-700">
          我的排名：第 <strong className="text-base">{r.me.rank}</strong> 名 / 共 {r.members} 人
        </p>
      </div>
      <ol className="divide-y divide-stone-100" aria-label="支部积分前十名">
        {r.top.map((x, i) => (
          <li key={i} className={`flex items-center justify-between gap-2 py-2 text-sm ${x.me ? "font-semibold text-brand-700" : ""}`}>
            <span>
              <span className="inline-block w-10 text-stone-500">{x.rank}</span>
              {x.name}
              {x.me ? "（我）" : ""}
            </span>
            <span>{x.points} 分</span>
          </li>
        ))}
      </ol>
      {!meInTop ? (
        <p className="text-sm text-stone-600">
          我：第 {r.me.rank} 名，{r.me.points} 分
        </p>
      ) : null}
      <StartForm
        action={setRankingHiddenAction}
        fields={{ hidden: r.hidden ? "0" : "1" }}
        label={r.hidden ? "在排名中显示我的姓名" : "在排名中隐藏我的姓名（显示为“某同志”）"}
        pendingLabel="正在保存…"
        variant="secondary"
      />
    </section>
  );
}
