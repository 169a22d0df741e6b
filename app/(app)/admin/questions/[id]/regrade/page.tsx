import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { Draft } from "@/components/authoring/draft";
import { QuestionEditor } from "@/components/authoring/question-editor";
import { NotFoundError, requireViewer } from "@/lib/auth/guard";
import { getQuestion, getVersionPayload } from "@/lib/authoring/get-question";
import { editorCatalog } from "@/lib/authoring/references";
import { db } from "@/lib/db/client";
import { previewAnswerAction, previewStartAction, regradeAction, saveQuestionAction } from "../../actions";

export const metadata: Metadata = { title: "更正答案并重新评分" };

export default async function RegradePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ version?: string }> }) {
  await requireViewer({ permission: "admin" });
  const { id } = await params;
  const { version } = await searchParams;
  const d = db();
  const q = await getQuestion(d, id).catch((e) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  const n = Number(version ?? q.currentVersion);
  const info = q.versions.find((v) => v.version === n);
  if (!info) notFound();
  const v = await getVersionPayload(d, q.id, n);
  const catalog = await editorCatalog(d);
  return (
    <section aria-labelledby="rg-title" className="space-y-4">
      <h1 id="rg-title" className="text-xl font-bold">
        更正答案并重新评分 <span className="font-mono text-base text-stone-500">{q.id}</span>
      </h1>
      <Link href={`/admin/questions/${encodeURIComponent(q.id)}`} className="text-brand-700 underline">
        ← 返回题目
      </Link>
      {info.voidedAt ? (
        <p role="alert" className="rounded-xl bg-red-50 p-3 text-red-800">
          第 {n} 版已作废，不再计分，无需重新评分。
        </p>
      ) : (
        <QuestionEditor
          mode="regrade"
          initial={v.payload as unknown as Draft}
          regrade={{ versionId: info.id, version: n, answered: info.answered }}
          modules={catalog.modules}
          rules={catalog.rules}
          save={saveQuestionAction}
          regradeAction={regradeAction}
          previewStart={previewStartAction}
          previewAnswer={previewAnswerAction}
        />
      )}
    </section>
  );
}
