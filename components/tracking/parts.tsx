import Link from "next/link";
import type { WeakRule } from "@/lib/tracking/rollup";
import { formatChinaTime } from "@/lib/tracking/time";

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
