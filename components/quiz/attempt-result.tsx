/**
 * A submitted attempt: score, pass or fail, the breakdown per rule and per module, and every item
 * with its key and explanation (wrong ones first and open, right ones folded), then the way on:
 * retake the wrong ones, review the mistake book. Server component; only the charts and the start
 * buttons run in the browser.
 */
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { Icon } from "@/components/ui/icons";
import type { AttemptView } from "@/lib/assessment/attempts";
import type { ModuleScore } from "@/lib/assessment/records";
import { shortTitle } from "@/components/charts/scale";
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
  examAttemptsLeft = null,
}: {
  view: AttemptView;
  items: PlayItem[];
  modules: ModuleScore[];
  ruleTitles: Record<string, string>;
  lessons: LessonsByRule;
  openMistakes: number;
  retake: FormAction;
  review: FormAction;
  /** An exam's attempts still to use (null: not an exam, or unlimited). */
  examAttemptsLeft?: number | null;
}) {
  const r = view.result!;
  const wrong = items.filter((i) => !i.verdict?.correct);
  const right = items.filter((i) => i.verdict?.correct);
  const passMark = r.passPercent ?? 80;
  const ruleRows = Object.entries(r.ruleBreakdown)
    .sort(([a], [b]) => a.localeCompare(b, "en", { numeric: true }))
    .map(([code, b]) => ({ key: code, title: ruleTitles[code] ?? code, sub: code, score: b.score, max: b.max }));
  const isExam = view.kind === "EXAM";
  const failedExam = isExam && r.passed === false;
  // The weakest rules below the pass mark, worst first: what to read before trying again.
  const weak = ruleRows
    .filter((x) => x.max > 0 && (100 * x.score) / x.max < passMark)
    .sort((a, b) => a.score / a.max - b.score / b.max)
    .slice(0, 3)
    .map((x) => ({ code: x.key, title: x.title, percent: Math.round((100 * x.score) / x.max) }));
  const moduleRows = modules.map((m) => ({ key: m.slug, title: shortTitle(m.title), score: m.score, max: m.max }));

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
        {failedExam ? <ExamNextSteps left={examAttemptsLeft} quizId={view.quizId} weak={weak} lessons={lessons} /> : null}
        <div className="grid gap-2 sm:grid-cols-3">
          {wrong.length ? (
            <StartForm
              action={retake}
              fields={{ publicId: view.id }}
              label={isExam ? "练习本卷错题（不计入考试）" : "重做错题"}
              variant={isExam ? "secondary" : "primary"}
            />
          ) : null}
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
        <p className="rounded-2xl bg-green-50 p-4 text-green-900">全部答对！</p>
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

/** A failed exam: how many tries are left, and the lessons for the weakest rules before the next one. */
function ExamNextSteps({
  left,
  quizId,
  weak,
  lessons,
}: {
  left: number | null;
  quizId: string;
  weak: { code: string; title: string; percent: number }[];
  lessons: LessonsByRule;
}) {
  return (
    <section aria-labelledby="next-title" className="space-y-2 rounded-xl border border-amber-300 bg-amber-50 p-3">
      <h2 id="next-title" className="font-semibold text-amber-950">
        {left === null ? "本次未通过，可以再考" : left > 0 ? `本次未通过，还有 ${left} 次考试机会` : "本次未通过，考试机会已用完"}
      </h2>
      {weak.length ? (
        <>
          <p className="text-sm text-amber-950">再考之前，先复习得分最低的规则：</p>
          <ul className="space-y-2 text-sm">
            {weak.map((w) => (
              <li key={w.code}>
                <span className="font-medium">
                  {w.title}
                  <span className="ml-1 text-xs text-stone-700">
                    {w.code} · 得分率 {w.percent}%
                  </span>
                </span>
                <span className="mt-1 flex flex-wrap gap-2">
                  {(lessons[w.code] ?? []).map((l) => (
                    <a
                      key={l.id}
                      href={l.href}
                      className="inline-flex min-h-9 items-center gap-1 rounded-lg border border-brand-700/30 bg-white px-2 text-brand-700 underline"
                    >
                      <Icon name="book" className="size-4" />
                      {l.title}
                    </a>
                  ))}
                  <Link href={`/rules/${w.code}`} className="inline-flex min-h-9 items-center rounded-lg px-2 text-brand-700 underline">
                    规则原文
                  </Link>
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {left !== 0 ? (
        <Link href={`/quiz/exam/${quizId}`} className={buttonClass("primary", "w-full sm:w-auto")}>
          {left === null ? "再次参加考试" : `再次参加考试（剩 ${left} 次）`}
        </Link>
      ) : null}
    </section>
  );
}
