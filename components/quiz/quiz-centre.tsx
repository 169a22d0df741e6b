/**
 * 测验中心: the self-assessments, practice per module, the case scenarios and drafting tasks one by
 * one, and the final exam, each with the member's own record and a way to start or continue.
 * Server component; only the start buttons run in the browser.
 */
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import type { OpenAttempt, PracticeItem, QuizSummary } from "@/lib/assessment/records";
import { chatLine, fmtDate, fmtPercent, kindTag } from "./labels";
import { StartForm } from "./start-form";
import type { FormAction } from "./types";

export function QuizCentre({
  quizzes,
  open,
  items,
  openMistakes,
  startQuiz,
  startItem,
}: {
  quizzes: QuizSummary[];
  open: OpenAttempt[];
  items: PracticeItem[];
  openMistakes: number;
  startQuiz: FormAction;
  startItem: FormAction;
}) {
  const pre = quizzes.filter((q) => q.kind === "PRE");
  const practice = quizzes.filter((q) => q.kind === "PRACTICE");
  // The exam is what a cadre comes for: its own card at the top, not the end of a long page.
  const exams = quizzes.filter((q) => q.kind === "EXAM");
  const after = quizzes.filter((q) => q.kind === "POST");
  const scenarios = items.filter((i) => i.type === "scenario");
  const drafting = items.filter((i) => i.type === "drafting");

  return (
    <div className="space-y-6">
      <h1 className="text-xl font-bold">测验中心</h1>

      {open.length ? (
        <section aria-labelledby="open-title" className="space-y-2 rounded-2xl border-2 border-brand-700/40 bg-brand-50 p-4">
          <h2 id="open-title" className="font-semibold">
            未完成的作答
          </h2>
          <ul className="space-y-2">
            {open.map((a) => (
              <li key={a.publicId}>
                <Link
                  href={`/attempt/${a.publicId}`}
                  className="flex min-h-11 items-center justify-between gap-2 rounded-xl bg-white px-3 py-2 hover:bg-stone-50"
                >
                  <span>
                    继续：{a.quizTitle}
                    <span className="block text-xs text-stone-600">
                      已完成 {a.answered}/{a.questions} 题{a.deadlineAt ? ` · 截止 ${fmtDate(a.deadlineAt)}` : ""}
                    </span>
                  </span>
                  <span aria-hidden>›</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {exams.map((q) => (
        <QuizCard key={q.id} q={q} start={startQuiz} prominent />
      ))}

      <div className="grid grid-cols-2 gap-3">
        <Link href="/mistakes" className="rounded-2xl border border-stone-200 bg-white p-4 hover:bg-stone-50">
          <span className="block text-sm text-stone-600">错题本</span>
          <span className="text-2xl font-bold text-brand-700">{openMistakes}</span>
          <span className="text-sm text-stone-600"> 道待复习</span>
        </Link>
        <Link href="/record" className="rounded-2xl border border-stone-200 bg-white p-4 hover:bg-stone-50">
          <span className="block text-sm text-stone-600">我的记录</span>
          <span className="font-semibold">成绩与进步 ›</span>
        </Link>
      </div>

      <Section id="pre" title="学前：课前自测">
        {pre.map((q) => (
          <QuizCard key={q.id} q={q} start={startQuiz} />
        ))}
      </Section>

      <Section id="practice" title="分模块练习" intro="每答一题立即显示对错、解析和出处，可反复练习。">
        <ul className="divide-y divide-stone-200 rounded-2xl border border-stone-200 bg-white">
          {practice.map((q) => (
            <li key={q.id} className="flex flex-wrap items-center justify-between gap-2 p-3">
              <div className="min-w-0 flex-1">
                <p className="font-medium">{q.title.replace(/^练习：/, "")}</p>
                <p className="text-xs text-stone-600">
                  {q.questionCount} 题 · {q.attempts ? `练过 ${q.attempts} 次 · 最好 ${fmtPercent(q.bestPercent ?? 0)}` : "还没练过"}
                </p>
              </div>
              <Action q={q} start={startQuiz} compact />
            </li>
          ))}
        </ul>
      </Section>

      <Section id="cases" title="案例情景" intro="七个真实案例改编的微信情景：你的每一个选择都会改变故事走向。开始新的情景会结束未完成的案例练习。">
        <ul className="grid gap-3 sm:grid-cols-2">
          {scenarios.map((s) => (
            <li key={s.questionId} className="flex flex-col gap-2 rounded-2xl border border-stone-200 bg-white p-3">
              <p className="text-xs text-stone-500">
                {s.caseCode ? <span className="font-mono font-semibold text-brand-700">{s.caseCode} · </span> : null}
                {chatLine(s.setting, s.chatTitle)}
              </p>
              <p className="flex-1 font-medium leading-snug">{s.caseTitle ?? s.stem.slice(0, 30)}</p>
              <StartForm
                action={startItem}
                fields={{ questionId: s.questionId }}
                label="开始情景"
                variant="secondary"
                ariaLabel={`开始情景：${[s.caseCode, s.caseTitle ?? s.chatTitle ?? s.stem.slice(0, 30)].filter(Boolean).join(" ")}`}
              />
            </li>
          ))}
        </ul>
      </Section>

      {drafting.length ? (
        <Section id="drafting" title="公务消息起草" intro="按情境写一条公务消息，提交后由检查器逐条指出问题，并给出参考范文。">
          <ul className="divide-y divide-stone-200 rounded-2xl border border-stone-200 bg-white">
            {drafting.map((d, i) => (
              <li key={d.questionId} className="flex flex-wrap items-center justify-between gap-2 p-3">
                <p className="min-w-0 flex-1 text-[15px]">
                  {i + 1}. {d.stem}
                </p>
                <StartForm
                  action={startItem}
                  fields={{ questionId: d.questionId }}
                  label="去起草"
                  variant="secondary"
                  className="w-28"
                  ariaLabel={`去起草：${d.stem}`}
                />
              </li>
            ))}
          </ul>
        </Section>
      ) : null}

      {after.length ? (
        <Section id="after" title="学后：课后自测">
          {after.map((q) => (
            <QuizCard key={q.id} q={q} start={startQuiz} />
          ))}
        </Section>
      ) : null}
    </div>
  );
}

function Section({ id, title, intro, children }: { id: string; title: string; intro?: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={`${id}-title`} className="space-y-3">
      <div>
        <h2 id={`${id}-title`} className="text-lg font-semibold">
          {title}
        </h2>
        {intro ? <p className="text-sm text-stone-600">{intro}</p> : null}
      </div>
      {children}
    </section>
  );
}

function QuizCard({ q, start, prominent = false }: { q: QuizSummary; start: FormAction; prominent?: boolean }) {
  const facts = [
    `${q.questionCount} 题`,
    q.timeLimitSec ? `限时 ${Math.round(q.timeLimitSec / 60)} 分钟` : null,
    q.passPercent ? `${q.passPercent}% 及格` : null,
    q.maxAttempts ? `共 ${q.maxAttempts} 次机会，已用 ${q.attempts} 次` : null,
  ].filter(Boolean);
  const tag = kindTag(q.title, q.kind);
  return (
    <article
      aria-labelledby={`quiz-${q.id}`}
      className={`space-y-2 rounded-2xl bg-white p-4 ${prominent ? "border-2 border-brand-700/40" : "border border-stone-200"}`}
    >
      <div className="flex items-baseline justify-between gap-2">
        {prominent ? (
          <h2 id={`quiz-${q.id}`} className="text-lg font-semibold">
            {q.title}
          </h2>
        ) : (
          <h3 id={`quiz-${q.id}`} className="font-semibold">
            {q.title}
          </h3>
        )}
        {tag ? <span className="shrink-0 text-xs text-stone-600">{tag}</span> : null}
      </div>
      <p className="text-sm text-stone-700">{q.description}</p>
      <p className="text-xs text-stone-600">{facts.join(" · ")}</p>
      <p className="text-sm">
        {q.attempts ? (
          <>
            最好成绩 <strong className="tabular-nums">{fmtPercent(q.bestPercent ?? 0)}</strong> · 已提交 {q.attempts} 次
            {q.passPercent ? (
              q.passed ? (
                <span className="ml-1 font-semibold text-green-700">✓ 已通过</span>
              ) : (
                <span className="ml-1 text-red-700">尚未通过</span>
              )
            ) : null}
          </>
        ) : (
          <span className="text-stone-500">尚未作答</span>
        )}
      </p>
      <Action q={q} start={start} />
    </article>
  );
}

function Action({ q, start, compact = false }: { q: QuizSummary; start: FormAction; compact?: boolean }) {
  const cls = compact ? "w-28" : "sm:w-48";
  if (q.openAttemptId) {
    return (
      <Link href={`/attempt/${q.openAttemptId}`} className={buttonClass("primary", compact ? "w-28" : "w-full sm:w-48")} aria-label={`继续作答：${q.title}`}>
        继续作答
      </Link>
    );
  }
  if (q.maxAttempts && q.attempts >= q.maxAttempts) return <p className="text-sm text-stone-600">已用完全部 {q.maxAttempts} 次机会</p>;
  if (q.kind === "EXAM") {
    // The exam opens its notice first (考试须知); the attempt starts only from there.
    return (
      <Link
        href={`/quiz/exam/${q.id}`}
        className={buttonClass(compact ? "secondary" : "primary", compact ? "w-28" : "w-full sm:w-48")}
        aria-label={`开始考试：${q.title}`}
      >
        开始考试
      </Link>
    );
  }
  const label = q.kind === "PRACTICE" ? (q.attempts ? "再练一次" : "开始练习") : "开始自测";
  return (
    <StartForm
      action={start}
      fields={{ quizId: q.id }}
      label={label}
      className={cls}
      variant={compact ? "secondary" : "primary"}
      ariaLabel={`${label}：${q.title}`}
    />
  );
}
