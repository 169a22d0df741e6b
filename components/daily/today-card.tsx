import Link from "next/link";
import { StartForm } from "@/components/quiz/start-form";
import { ProgressBar } from "@/components/ui/progress-bar";
import { startDailyAction } from "@/app/(app)/daily/actions";
import { dailyStatus } from "@/lib/daily/daily-set";
import { db } from "@/lib/db/client";

/**
 * 今日一练 / 今日已学 at the top of the cadre's home: today's set (not opened, in progress, done),
 * the streak and the points, and one tap into the set. Self-contained: give it the member id.
 */
export async function TodayCard({ memberId }: { memberId: number }) {
  const s = await dailyStatus(db(), memberId);
  const t = s.today;
  const done = Boolean(t?.completed);
  return (
    <section aria-labelledby="today-title" className="space-y-3 rounded-2xl border border-brand-100 bg-brand-50 p-4">
      <div className="flex items-baseline justify-between gap-2">
        <h2 id="today-title" className="text-lg font-semibold">
          {done ? "今日已学" : "今日一练"}
        </h2>
        <p className="text-sm text-stone-700">
          连续学习 <strong className="text-base">{s.streak}</strong> 天
        </p>
      </div>
      {t && !done ? (
        <div className="space-y-1">
          <ProgressBar value={t.answered} max={t.items} label="今日一练进度" />
          <p className="text-sm text-stone-600">
            已答 {t.answered}/{t.items} 题
          </p>
        </div>
      ) : (
        <p className="text-sm text-stone-700">{done ? "今天的 5 道题和 1 个案例都已完成，明天继续。" : "5 道题 + 1 个案例，约 2 分钟，答完即看解析。"}</p>
      )}
      <dl className="grid grid-cols-2 gap-2 text-center">
        <div className="rounded-xl bg-white p-2">
          <dt className="text-xs text-stone-600">今日积分</dt>
          <dd className="text-lg font-semibold">{s.pointsToday}</dd>
        </div>
        <div className="rounded-xl bg-white p-2">
          <dt className="text-xs text-stone-600">累计积分</dt>
          <dd className="text-lg font-semibold">{s.pointsTotal}</dd>
        </div>
      </dl>
      <div className="flex flex-col gap-2 sm:flex-row">
        {done ? (
          <Link
            href={`/attempt/${t!.publicId}`}
            className="inline-flex min-h-11 items-center justify-center rounded-xl border border-stone-300 bg-white px-4 font-medium hover:bg-stone-100"
          >
            查看今日答题
          </Link>
        ) : (
          <StartForm action={startDailyAction} label={t ? "继续今日一练" : "开始今日一练"} className="sm:flex-1" />
        )}
        <Link href="/points" className="inline-flex min-h-11 items-center justify-center rounded-xl px-4 font-medium text-brand-700 hover:bg-brand-100">
          我的积分与排名
        </Link>
      </div>
    </section>
  );
}
