import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ConfirmAction } from "@/components/authoring/confirm-action";
import { TYPE_NAMES } from "@/components/authoring/draft";
import { QuizForm } from "@/components/authoring/quiz-form";
import { NotFoundError, requireViewer } from "@/lib/auth/guard";
import { bankCounts, getAdminQuiz, samplePaper } from "@/lib/authoring/quizzes";
import { editorCatalog } from "@/lib/authoring/references";
import { db } from "@/lib/db/client";
import { archiveQuizAction, saveQuizAction } from "../../actions";

export const metadata: Metadata = { title: "编辑测验" };

export default async function QuizPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ sample?: string; done?: string }>;
}) {
  await requireViewer({ permission: "admin" });
  const { id } = await params;
  const { sample, done } = await searchParams;
  const d = db();
  const q = await getAdminQuiz(d, id).catch((e) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  const [{ modules }, bank, paper] = await Promise.all([editorCatalog(d), bankCounts(d), sample ? samplePaper(d, q.id) : Promise.resolve(null)]);
  return (
    <section aria-labelledby="qz-title" className="space-y-5">
      <h1 id="qz-title" className="text-xl font-bold">
        {q.title}
      </h1>
      <Link href="/admin/questions/quizzes" className="text-brand-700 underline">
        ← 全部测验
      </Link>
      {done ? (
        <p role="status" className="rounded-xl bg-green-50 p-3 text-green-900">
          {done.slice(0, 200)}
        </p>
      ) : null}
      <QuizForm
        create={false}
        modules={modules}
        bank={bank}
        action={saveQuizAction}
        initial={{
          id: q.id,
          kind: q.kind,
          title: q.title,
          description: q.description,
          perModule: q.perModule,
          types: q.types,
          timeLimitMin: q.timeLimitSec ? String(q.timeLimitSec / 60) : "",
          passPercent: q.passPercent ? String(q.passPercent) : "",
          maxAttempts: q.maxAttempts ? String(q.maxAttempts) : "",
        }}
      />
      <section aria-labelledby="qz-sample" className="space-y-2">
        <h2 id="qz-sample" className="font-semibold">
          试抽一份
        </h2>
        <Link href={`?sample=${Number(sample ?? 0) + 1}`} className="text-brand-700 underline">
          按当前规则抽一份试卷看看
        </Link>
        {paper ? (
          <ol className="list-decimal space-y-1 pl-6 text-sm">
            {paper.map((p, i) => (
              <li key={i}>
                <span className="text-stone-500">
                  [{p.module} · {TYPE_NAMES[p.type]}]
                </span>{" "}
                {p.stem}
              </li>
            ))}
          </ol>
        ) : null}
      </section>
      <ConfirmAction
        label={q.archived ? "恢复此测验" : "归档此测验"}
        title={q.archived ? "恢复此测验？" : "归档此测验？"}
        body={q.archived ? "恢复后学员可以再次作答。" : "归档后学员不能再开始作答；已有的作答和成绩保留。"}
        confirmLabel={q.archived ? "恢复" : "归档"}
        action={archiveQuizAction}
        payload={{ id: q.id, archived: !q.archived }}
        variant={q.archived ? "secondary" : "danger"}
        success={q.archived ? "已恢复" : "已归档"}
      />
    </section>
  );
}
