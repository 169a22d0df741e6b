import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { Draft } from "@/components/authoring/draft";
import { QuestionEditor } from "@/components/authoring/question-editor";
import { NotFoundError, requireViewer } from "@/lib/auth/guard";
import { getQuestion } from "@/lib/authoring/get-question";
import { editorCatalog } from "@/lib/authoring/references";
import { db } from "@/lib/db/client";
import { EDITOR_ACTIONS } from "../../editor-actions";

export const metadata: Metadata = { title: "编辑题目" };

export default async function EditQuestionPage({ params }: { params: Promise<{ id: string }> }) {
  await requireViewer({ permission: "admin" });
  const { id } = await params;
  const d = db();
  const q = await getQuestion(d, id).catch((e) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  const catalog = await editorCatalog(d);
  return (
    <section aria-labelledby="edit-title" className="space-y-4">
      <h1 id="edit-title" className="text-xl font-bold">
        编辑题目 <span className="font-mono text-base text-stone-500">{q.id}</span>
      </h1>
      <p className="text-sm text-stone-600">
        当前为第 {q.currentVersion} 版。保存后生成第 {Math.max(...q.versions.map((v) => v.version)) + 1} 版
        {q.status === "PUBLISHED" ? "并立即用于新的作答（已发布的题目必须通过全部检查）" : ""}；已有的作答仍按原版本计分。
      </p>
      <QuestionEditor
        mode="edit"
        initial={q.payload as unknown as Draft}
        expectedVersion={q.currentVersion}
        modules={catalog.modules}
        rules={catalog.rules}
        {...EDITOR_ACTIONS}
      />
    </section>
  );
}
