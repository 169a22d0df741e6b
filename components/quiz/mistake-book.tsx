/**
 * 错题本: each open mistake with its rules, the misconception it revealed and how far it is from
 * being cleared (two right answers), grouped by the rule it tests and filterable by rule; a review
 * starts from here. Cleared ones are folded away.
 */
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { ProgressBar } from "@/components/ui/progress-bar";
import type { MistakeEntry } from "@/lib/assessment/mistakes";
import { fmtDate } from "./labels";
import { groupByRule, ruleFilter } from "./mistake-groups";
import { LessonLinks, RuleLinks } from "./review";
import { StartForm } from "./start-form";
import type { FormAction, LessonsByRule } from "./types";

export function MistakeBook({
  open,
  cleared,
  needed,
  ruleTitles,
  lessons,
  openReviewId,
  reviewCount,
  rule,
  review,
}: {
  open: MistakeEntry[];
  cleared: MistakeEntry[];
  needed: number;
  ruleTitles: Record<string, string>;
  lessons: LessonsByRule;
  openReviewId: string | null;
  /** Questions the review paper would hold (lib/assessment/review.ts): what 开始复习 promises. */
  reviewCount: number;
  /** The rule the list is filtered by (?rule=), or all. */
  rule: string | null;
  review: FormAction;
}) {
  const groups = groupByRule(open, ruleTitles, rule);
  const filter = ruleFilter(open, ruleTitles);
  return (
    <div className="space-y-5">
      <header className="space-y-2">
        <h1 className="text-xl font-bold">错题本</h1>
        <p className="text-sm text-stone-600">答错的题会记在这里。复习时会尽量换一道考查同一规则、同一误区的题；累计答对 {needed} 次即移出错题本。</p>
        {openReviewId ? (
          <Link href={`/attempt/${openReviewId}`} className={buttonClass("primary", "w-full sm:w-auto")}>
            继续错题复习
          </Link>
        ) : reviewCount ? (
          <>
            <StartForm action={review} label={`开始复习（${reviewCount} 道）`} className="sm:w-64" />
            {reviewCount < open.length ? (
              <p className="text-sm text-stone-600">
                错题本共 {open.length} 道，一次复习最早记下的 {reviewCount} 道；答对后会移出，再复习时轮到其余的。
              </p>
            ) : null}
          </>
        ) : null}
      </header>

      {filter.length > 1 ? (
        <nav aria-label="按规则筛选错题" className="-mx-4 overflow-x-auto px-4">
          <ul className="flex gap-2 pb-1 md:flex-wrap">
            <li>
              <Chip href="/mistakes" current={!rule}>
                全部<span className="tabular-nums">（{open.length}）</span>
              </Chip>
            </li>
            {filter.map((f) => (
              <li key={f.code}>
                <Chip href={`/mistakes?rule=${encodeURIComponent(f.code)}`} current={rule === f.code}>
                  {f.title}
                  <span className="ml-1 font-mono text-xs opacity-80">{f.code}</span>
                  <span className="tabular-nums">（{f.count}）</span>
                </Chip>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}

      {open.length ? (
        <div className="space-y-5">
          {groups.map((g) => (
            <section key={g.code} aria-labelledby={`rule-${g.code}`} className="space-y-2">
              <h2 id={`rule-${g.code}`} className="flex flex-wrap items-baseline gap-x-2 font-semibold">
                {g.title}
                <span className="font-mono text-sm font-normal text-stone-600">{g.code}</span>
                <span className="text-sm font-normal text-stone-600">{g.items.length} 道</span>
              </h2>
              <ol className="space-y-3" aria-label={`待复习的错题：${g.title}`}>
                {g.items.map((m) => (
                  <li key={m.questionId} className="space-y-2 rounded-2xl border border-stone-200 bg-white p-4">
                    <p className="font-medium leading-relaxed">{m.stem}</p>
                    {m.misconception ? <p className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900">误区：“{m.misconception}”</p> : null}
                    <RuleLinks codes={m.rules} titles={ruleTitles} />
                    <div className="space-y-1">
                      <ProgressBar value={Math.min(m.rightCount, needed)} max={needed} label="离移出错题本还差" />
                      <p className="text-xs text-stone-600">
                        已答对 {m.rightCount}/{needed} 次 · 最近答错 {fmtDate(m.wrongAt)}
                      </p>
                    </div>
                    <LessonLinks rules={m.rules} lessons={lessons} />
                  </li>
                ))}
              </ol>
            </section>
          ))}
        </div>
      ) : (
        <p className="rounded-2xl border border-dashed border-stone-300 bg-white p-6 text-center text-stone-600">
          错题本是空的。去{" "}
          <Link href="/quiz" className="text-brand-700 underline">
            测验中心
          </Link>{" "}
          练一练吧。
        </p>
      )}

      {cleared.length ? (
        <details className="rounded-2xl border border-stone-200 bg-white">
          <summary className="min-h-11 cursor-pointer px-4 py-3 font-semibold">已掌握（{cleared.length}）</summary>
          <ul className="divide-y divide-stone-100 px-4 pb-3">
            {cleared.map((m) => (
              <li key={m.questionId} className="py-2 text-sm">
                <span className="text-green-700">✓</span> {m.stem}
                <span className="ml-1 text-xs text-stone-600">{m.rules.map((r) => ruleTitles[r] ?? r).join("、")}</span>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}

function Chip({ href, current, children }: { href: string; current: boolean; children: React.ReactNode }) {
  return (
    <Link
      href={href}
      aria-current={current ? "page" : undefined}
      className={`inline-flex min-h-11 items-center whitespace-nowrap rounded-full border px-3 text-sm ${current ? "border-brand-700 bg-brand-700 text-white" : "border-stone-300 bg-white text-stone-800 hover:bg-stone-50"}`}
    >
      {children}
    </Link>
  );
}
