import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Citation } from "@/components/learn/citation";
import { LessonTracker } from "@/components/learn/lesson-tracker";
import { ProgressBar } from "@/components/ui/progress-bar";
import { ChatWindow } from "@/components/wechat/chat";
import { requireViewer } from "@/lib/auth/guard";
import type { TCitation } from "@/lib/content/schema";
import { getLesson } from "@/lib/content/queries";
import { db } from "@/lib/db/client";
import { markLearnedAction, recordVisitAction } from "../../actions";

export const metadata: Metadata = { title: "课时" };

export default async function LessonPage({ params }: { params: Promise<{ module: string; lesson: string }> }) {
  const viewer = await requireViewer({ permission: "learn" });
  const p = await params;
  const lesson = await getLesson(db(), p.module, p.lesson, viewer.id);
  if (!lesson) notFound();
  const { body } = lesson;

  return (
    <article aria-labelledby="lesson-title" className="mx-auto max-w-2xl space-y-6">
      <header className="space-y-2">
        <nav aria-label="面包屑" className="text-sm text-stone-500">
          <Link href="/learn" className="hover:underline">
            我的课程
          </Link>{" "}
          ›{" "}
          <Link href={`/learn/${lesson.module.slug}`} className="hover:underline">
            {lesson.module.title}
          </Link>
        </nav>
        <h1 id="lesson-title" className="text-2xl font-bold leading-snug">
          {lesson.title}
        </h1>
        <p className="text-sm text-stone-600">
          第 {lesson.indexInModule}/{lesson.lessonsInModule} 课 · 约 {lesson.readingMinutes} 分钟 ·{" "}
          {lesson.rules.map((r, i) => (
            <span key={r.code}>
              {i ? "、" : ""}
              <Link href={`/rules/${r.code}`} className="text-brand-700 underline-offset-2 hover:underline">
                {r.code}
              </Link>
            </span>
          ))}
        </p>
        <ProgressBar value={lesson.indexInModule} max={lesson.lessonsInModule} label="本模块中的位置" />
      </header>

      <section aria-label="讲解" className="space-y-3 text-[17px]">
        {body.explanation.split(/\n\s*\n/).map((para, i) => (
          <p key={i}>{para}</p>
        ))}
      </section>

      <section aria-labelledby="quote-title" className="space-y-3">
        <h2 id="quote-title" className="font-semibold">
          规定原文
        </h2>
        {body.quotes.map((q, i) => (
          <blockquote key={i} className="space-y-1 border-l-4 border-brand-700 bg-brand-50 px-4 py-3">
            <p>{q.text}</p>
            <Citation c={q.citation} />
          </blockquote>
        ))}
      </section>

      <section aria-labelledby="examples-title" className="space-y-4">
        <h2 id="examples-title" className="font-semibold">
          正反示例
        </h2>
        {body.examples.map((ex, i) => (
          <div key={i} className="space-y-2">
            <p className={`text-sm font-semibold ${ex.verdict === "do" ? "text-green-700" : "text-red-700"}`}>
              {ex.verdict === "do" ? "✓ 这样做" : "✗ 不要这样"}
            </p>
            <ChatWindow title={ex.title} setting={ex.setting} messages={ex.messages} />
            <p className="text-sm text-stone-700">{ex.note}</p>
          </div>
        ))}
      </section>

      {lesson.cases.length ? (
        <section aria-labelledby="cases-title" className="space-y-3">
          <h2 id="cases-title" className="font-semibold">
            案例
          </h2>
          {lesson.cases.map((k) => (
            <div key={k.code} className={`space-y-2 rounded-xl border p-4 ${k.positive ? "border-green-200 bg-green-50" : "border-amber-200 bg-amber-50"}`}>
              <h3 className="font-medium">
                {k.code} · {k.title}
              </h3>
              <p className="text-sm">{k.facts}</p>
              <p className="text-sm font-medium">{k.outcome}</p>
              <Citation c={k.citation as unknown as TCitation} />
            </div>
          ))}
        </section>
      ) : null}

      <section aria-labelledby="why-title" className="rounded-xl bg-stone-800 p-4 text-white">
        <h2 id="why-title" className="mb-1 text-sm font-semibold text-amber-300">
          为什么重要
        </h2>
        <p>{body.why}</p>
      </section>

      <LessonTracker lessonId={lesson.id} learned={lesson.learned} visit={recordVisitAction} learn={markLearnedAction} />

      <nav aria-label="上一课和下一课" className="grid grid-cols-2 gap-3 no-print">
        {lesson.prev ? (
          <Link href={lesson.prev.href} className="rounded-xl border border-stone-300 bg-white p-3 text-sm hover:bg-stone-50">
            <span className="block text-stone-500">‹ 上一课</span>
            {lesson.prev.title}
          </Link>
        ) : (
          <span />
        )}
        {lesson.next ? (
          <Link href={lesson.next.href} className="rounded-xl border border-stone-300 bg-white p-3 text-right text-sm hover:bg-stone-50">
            <span className="block text-stone-500">下一课 ›</span>
            {lesson.next.title}
          </Link>
        ) : null}
      </nav>
    </article>
  );
}
