/**
 * A submitted attempt: score, pass or fail, the breakdown per rule and per module, and every item
 * with its key and explanation (wrong ones first and open, right ones folded), then the way on:
 * retake the wrong ones, review the mistake book. Server component; only the charts and the start
 * buttons run in the browser.
 */
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import type { AttemptView } from "@/lib/assessment/attempts";
import type { ModuleScore } from "@/lib/assessment/records";
import { BreakdownChart } from "./chart-figures";
import { KIND_LABEL, TYPE_LABEL, fmtDate, fmtPercent, fmtScore } from "./labels";
import { OptionList } from "./option-list";
import { FeedbackPanel } from "./review";
import { ScenarioChat } from "./scenario-chat";
import { StartForm } from "./start-form";
import type { FormAction, LessonsByRule, PlayItem } from "./types";

export function AttemptResult({
  view,
  items,
  modules,
  ruleTitles,
  lessons,
  openMistakes,
  retake,
  review,
}: {
  view: AttemptView;
  items: PlayItem[];
  modules: ModuleScore[];
  ruleTitles: Record<string, string>;
  lessons: LessonsByRule;
  openMistakes: number;
  retake: FormAction;
  review: FormAction;
}) {
  const r = view.result!;
  const wrong = items.filter((i) => !i.verdict?.correct);
  const right = items.filter((i) => i.verdict?.correct);
  const passMark = r.passPercent ?? 80;
  const ruleRows = Object.entries(r.ruleBreakdown)
    .sort(([a], [b]) => a.localeCompare(b, "en", { numeric: true }))
    .map(([code, b]) => ({ key: code, short: code, label: `${code} ${ruleTitles[code] ?? ""}`.trim(), score: b.score, max: b.max }));
  const moduleRows = modules.map((m, i) => ({ key: m.slug, short: `模块${i + 1}`, label: m.title, score: m.score, max: m.max }));

  return (
    <div className="space-y-6">
      <header className="space-y-3 rounded-2xl border border-stone-200 bg-white p-4">
        <p className="text-sm text-stone-600">
          {KIND_LABEL[view.kind]} · 提交于 {view.submittedAt ? fmtDate(view.submittedAt) : ""}
        </p>
        <h1 className="text-xl font-bold">{view.quizTitle} · 成绩</h1>
        <p className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
          <span className="text-4xl font-bold tabular-nums text-brand-700">{fmtPercent(r.percent)}</span>
          <span className="text-stone-700">
            得分 {fmtScore(r.score)}/{fmtScore(r.maxScore)}
          </span>
          {r.passed !== null ? (
            <span className={`rounded-lg px-2 py-0.5 font-semibold ${r.passed ? "bg-green-100 text-green-800" : "bg-red-100 text-red-800"}`}>
              {r.passed ? "✓ 通过" : "✗ 未通过"}（及格线 {r.passPercent}%）
            </span>
          ) : null}
        </p>
        <p className="text-sm text-stone-600">
          共 {items.length} 题，答对 {right.length} 题{wrong.length ? `，${wrong.length} 题答错或未答` : ""}。
        </p>
        <div className="grid gap-2 sm:grid-cols-3">
          {wrong.length ? <StartForm action={retake} fields={{ publicId: view.id }} label="重做错题" /> : null}
          {openMistakes ? <StartForm action={review} label={`错题复习（${openMistakes}）`} variant="secondary" /> : null}
          <Link href="/quiz" className={buttonClass("secondary")}>
            返回测验中心
          </Link>
        </div>
      </header>

      {ruleRows.length ? (
        <section className="space-y-4 rounded-2xl border border-stone-200 bg-white p-4" aria-label="得分分析">
          <BreakdownChart title="各规则得分率" rows={ruleRows} passPercent={passMark} />
          {moduleRows.length > 1 ? <BreakdownChart title="各模块得分率" rows={moduleRows} passPercent={passMark} /> : null}
        </section>
      ) : null}

      {wrong.length ? (
        <section aria-labelledby="wrong-title" className="space-y-3">
          <h2 id="wrong-title" className="text-lg font-semibold">
            答错和未答的题（{wrong.length}）
          </h2>
          <ol className="space-y-4">
            {wrong.map((item) => (
              <li key={item.versionId}>
                <ItemReview item={item} lessons={lessons} ruleTitles={ruleTitles} />
              </li>
            ))}
          </ol>
        </section>
      ) : (
        <p className="rounded-2xl bg-green-50 p-4 text-green-900">🎉 全部答对！</p>
      )}

      {right.length ? (
        <details className="rounded-2xl border border-stone-200 bg-white">
          <summary className="min-h-11 cursor-pointer px-4 py-3 font-semibold">答对的题（{right.length}）</summary>
          <ol className="space-y-4 p-3">
            {right.map((item) => (
              <li key={item.versionId}>
                <ItemReview item={item} lessons={lessons} ruleTitles={ruleTitles} />
              </li>
            ))}
          </ol>
        </details>
      ) : null}
    </div>
  );
}

function ItemReview({ item, lessons, ruleTitles }: { item: PlayItem; lessons: LessonsByRule; ruleTitles: Record<string, string> }) {
  const q = item.question;
  const stemId = `stem-${item.versionId}`;
  return (
    <article aria-labelledby={stemId} className="space-y-3 rounded-2xl border border-stone-200 bg-white p-4">
      <p className="text-sm text-stone-500">
        第 {item.position} 题 · {TYPE_LABEL[q.type]}
      </p>
      <h3 id={stemId} className="font-semibold leading-relaxed">
        {q.stem}
      </h3>
      {q.type === "single" || q.type === "multiple" || q.type === "truefalse" ? (
        <OptionList name={`r-${item.versionId}`} question={q} value={item.answer} disabled reveal={item.reveal} labelledBy={stemId} />
      ) : null}
      {q.type === "scenario" ? <ScenarioChat question={q} messages={q.node.transcript} /> : null}
      {q.type === "drafting" && item.answer?.type === "drafting" ? (
        <div className="space-y-1">
          <p className="text-sm font-medium">你的消息{item.answer.sendAt ? `（${item.answer.sendAt} 发送）` : "（未选发送时间）"}：</p>
          <p className="whitespace-pre-wrap rounded-xl bg-stone-50 p-3 text-[15px]">{item.answer.text}</p>
        </div>
      ) : null}
      <FeedbackPanel item={item} lessons={lessons} ruleTitles={ruleTitles} />
    </article>
  );
}
