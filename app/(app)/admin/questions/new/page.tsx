import type { Metadata } from "next";
import { blankQuestion, type Draft } from "@/components/authoring/draft";
import { QuestionEditor } from "@/components/authoring/question-editor";
import { QuestionsHeading } from "@/components/authoring/question-nav";
import { requireViewer } from "@/lib/auth/guard";
import { newQuestionId } from "@/lib/authoring/create-question";
import { editorCatalog } from "@/lib/authoring/references";
import { QUESTION_TYPES } from "@/lib/authoring/validate";
import { db } from "@/lib/db/client";
import { EDITOR_ACTIONS } from "../editor-actions";

export const metadata: Metadata = { title: "新建题目" };

export default async function NewQuestionPage({ searchParams }: { searchParams: Promise<{ type?: string }> }) {
  await requireViewer({ permission: "admin" });
  const { type } = await searchParams;
  const t = (QUESTION_TYPES as readonly string[]).includes(type ?? "") ? (type as Draft["type"]) : "single";
  const catalog = await editorCatalog(db());
  return (
    <section aria-labelledby="new-title" className="space-y-4">
      <QuestionsHeading id="new-title" title="新建题目" current="/admin/questions/new" />
      <p className="text-sm text-stone-600">新题目保存为草稿（第 1 版），检查无误后在题目页发布，学员才会看到。</p>
      <QuestionEditor
        key={t}
        mode="create"
        initial={{ ...blankQuestion(t, catalog.modules[0]?.slug), id: newQuestionId() }}
        modules={catalog.modules}
        rules={catalog.rules}
        {...EDITOR_ACTIONS}
      />
    </section>
  );
}
