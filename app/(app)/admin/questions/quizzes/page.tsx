import type { Metadata } from "next";
import Link from "next/link";
import { QuestionsHeading } from "@/components/authoring/question-nav";
import { QuizForm } from "@/components/authoring/quiz-form";
import { requireViewer } from "@/lib/auth/guard";
import { bankCounts, listAdminQuizzes } from "@/lib/authoring/quizzes";
import { editorCatalog } from "@/lib/authoring/references";
import { db } from "@/lib/db/client";
import { createQuizAction } from "../actions";

export const metadata: Metadata = { title: "测验与组卷" };

const KIND = { EXAM: "考试", PRACTICE: "练习", PRE: "课前自测", POST: "课后自测", REVIEW: "复习" } as const;

export default async function QuizzesPage() {
  await requireViewer({ permission: "admin" });
  const d = db();
  const [quizzes, { modules }, bank] = await Promise.all([listAdminQuizzes(d), editorCatalog(d), bankCounts(d)]);
  return (
    <section aria-labelledby="qz-title" className="space-y-5">
      <QuestionsHeading id="qz-title" title="测验与组卷" current="/admin/questions/quizzes" />
      <ul className="space-y-2">
        {quizzes.map((q) => (
          <li key={q.id}>
            <Link
              href={`/admin/questions/quizzes/${encodeURIComponent(q.id)}`}
              className="block space-y-1 rounded-2xl border border-stone-200 bg-white p-3 hover:border-brand-700"
            >
              <span className="flex flex-wrap items-center gap-2 text-xs">
                <span className="rounded bg-brand-50 px-1.5 py-0.5 text-brand-800">{KIND[q.kind]}</span>
                {q.archived ? <span className="rounded bg-stone-200 px-1.5 py-0.5">已归档</span> : null}
                <span className="text-stone-500">{Object.values(q.perModule).reduce((n, x) => n + x, 0)} 题</span>
                {q.timeLimitSec ? <span className="text-stone-500">{q.timeLimitSec / 60} 分钟</span> : null}
                {q.passPercent ? <span className="text-stone-500">及格 {q.passPercent}%</span> : null}
                {q.maxAttempts ? <span className="text-stone-500">最多 {q.maxAttempts} 次</span> : null}
                <span className="text-stone-500">已作答 {q.attempts} 次</span>
              </span>
              <span className="block font-medium">{q.title}</span>
            </Link>
          </li>
        ))}
      </ul>
      <details className="rounded-2xl border border-stone-200 bg-stone-50 p-4">
        <summary className="min-h-11 cursor-pointer font-semibold">新建测验或考试</summary>
        <div className="mt-3">
          <QuizForm
            create
            modules={modules}
            bank={bank}
            action={createQuizAction}
            initial={{
              id: "",
              kind: "EXAM",
              title: "",
              description: "",
              perModule: {},
              types: ["single", "multiple", "truefalse"],
              timeLimitMin: "30",
              passPercent: "80",
              maxAttempts: "3",
            }}
          />
        </div>
      </details>
    </section>
  );
}
