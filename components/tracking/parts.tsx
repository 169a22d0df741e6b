import Link from "next/link";
import { ProgressBar } from "@/components/ui/progress-bar";
import { rateText, type RollupRow, type WeakRule } from "@/lib/tracking/rollup";
import { type MemberState } from "@/lib/tracking/state";
import { formatChinaTime } from "@/lib/tracking/time";
import { privacyMinGroup } from "@/lib/tracking/privacy";
import { MEMBER_STATE_LABEL, UNIT_KIND_LABEL } from "@/lib/labels";
import { ColumnHeads } from "@/components/ui/column-heads";

export function StateBadge({ state, late }: { state: MemberState; late?: boolean }) {
  return <span className={`badge badge-${state}`}>{late ? `${MEMBER_STATE_LABEL[state]}（逾期完成）` : MEMBER_STATE_LABEL[state]}</span>;
}

/** "还剩 3 天" / "今天截止" / "已逾期 2 天". */
export function DaysLeft({ days }: { days: number }) {
  if (days > 0) return <span>还剩 {days} 天</span>;
  if (days === 0) return <span className="font-medium text-amber-700">今天截止</span>;
  return <span className="font-medium text-red-700">已逾期 {-days} 天</span>;
}

export function Stat({ label, value, sub }: { label: string; value: string | number; sub?: string }) {
  return (
    <div className="rounded-xl border border-stone-200 bg-white p-3">
      <dt className="text-sm text-stone-600">{label}</dt>
      <dd className="text-2xl font-bold tabular-nums">{value}</dd>
      {sub ? <dd className="text-xs text-stone-500">{sub}</dd> : null}
    </div>
  );
}

export function Freshness({ updatedAt, refreshedAt }: { updatedAt: Date | null; refreshedAt: Date | null }) {
  return (
    <p className="text-xs text-stone-500">
      数据随学习实时更新
      {updatedAt ? ` · 最近变动 ${formatChinaTime(updatedAt)}` : ""}
      {refreshedAt ? ` · 最近全量核对 ${formatChinaTime(refreshedAt)}` : ""}
    </p>
  );
}

/**
 * The committee's comparison: each unit below side by side — members, participation (started),
 * completion and the average best score (withheld under the privacy floor). Units two levels down
 * (a 党总支's branches) are indented under their parent.
 */
export function RollupTable({ rows, unitQuery, scores }: { rows: RollupRow[]; unitQuery: (unitId: number) => string; scores: boolean }) {
  return (
    <div className="overflow-x-auto rounded-2xl border border-stone-200 bg-white">
      <table className="rollup-table w-full min-w-[20rem] text-left text-sm">
        <caption className="sr-only">下级组织完成情况</caption>
        <ColumnHeads
          columns={[
            "组织",
            ["应学人数", "text-right whitespace-nowrap"],
            ["参与率", "text-right whitespace-nowrap"],
            ["完成率", "text-right whitespace-nowrap"],
            scores && ["平均分", "text-right whitespace-nowrap"],
          ]}
          cell="px-2 py-2"
          className="bg-stone-50"
        />
        <tbody>
          {rows.map((r) => (
            <tr key={r.unitId} className={r.level === 1 && r.hasChildren ? "bg-stone-50" : undefined}>
              <th scope="row" className={r.level > 1 ? "sub" : undefined}>
                {/* A plain link, as in the member table: a <Link> per unit would be hydrated and prefetched. */}
                <a href={unitQuery(r.unitId)}>
                  <span>{r.name}</span>
                  <span>{UNIT_KIND_LABEL[r.kind]}</span>
                </a>
              </th>
              <td>{r.members || "—"}</td>
              <td>
                <div>{rateText(r.started, r.members)}</div>
                {r.members ? <ProgressBar value={r.started} max={r.members} label={`${r.name} 参与率`} /> : null}
              </td>
              <td>
                <div>{rateText(r.completed, r.members)}</div>
                {r.members ? (
                  <>
                    <div className="text-xs text-stone-600">
                      {r.completed}/{r.members}
                    </div>
                    <ProgressBar value={r.completed} max={r.members} label={`${r.name} 完成率`} />
                  </>
                ) : null}
              </td>
              {scores ? <td>{r.withheld ? <span className="text-xs text-stone-600">不足 {privacyMinGroup()} 人</span> : (r.averageScore ?? "—")}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Said when the roll-up lists one level only because two would be too many rows (ROLLUP_TWO_LEVELS_MAX). */
export function RollupDepthNote({ levels, units, className }: { levels: 1 | 2; units: number; className?: string }) {
  if (levels === 2) return null;
  return <p className={className ?? "text-xs text-stone-600"}>下两级共 {units} 个组织，这里只列直属组织；点击组织名称查看其下级。</p>;
}

export function WeakRules({ rules }: { rules: WeakRule[] }) {
  return (
    <ol className="divide-y divide-stone-200 rounded-2xl border border-stone-200 bg-white">
      {rules.map((r) => (
        <li key={r.code} className="space-y-1 p-3">
          <div className="flex items-baseline justify-between gap-2">
            <Link href={`/rules/${r.code}`} className="font-medium text-brand-700 hover:underline">
              <span className="mr-1 font-mono">{r.code}</span>
              {r.title}
            </Link>
            <span className="shrink-0 text-sm tabular-nums text-stone-600">得分率 {r.percent}%</span>
          </div>
          {r.lessons.length ? (
            <p className="text-sm text-stone-600">
              建议复习：
              {r.lessons.map((l, i) => (
                <span key={l.id}>
                  {i ? "、" : ""}
                  <Link href={`/learn/${l.moduleSlug}/${l.id}`} className="text-brand-700 hover:underline">
                    {l.title}
                  </Link>
                </span>
              ))}
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
