import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { ExamConfirm } from "@/components/quiz/exam-confirm";
import { buttonClass } from "@/components/ui/button";
import { quizOverview } from "@/lib/assessment/records";
import { requireViewer } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { startQuizAction } from "../../actions";

export const metadata: Metadata = { title: "考试须知" };

/** 考试须知: what the exam costs and how it runs, read and confirmed before the clock starts. */
export default async function ExamNoticePage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer({ permission: "learn" });
  const { id } = await params;
  const q = (await quizOverview(db(), viewer.id)).find((x) => x.id === id && x.kind === "EXAM");
  if (!q) notFound();
  if (q.openAttemptId) redirect(`/attempt/${q.openAttemptId}`);
  const minutes = q.timeLimitSec ? Math.round(q.timeLimitSec / 60) : null;
  const left = q.maxAttempts ? q.maxAttempts - q.attempts : null;
  return (
    <div className="mx-auto max-w-xl space-y-4">
      <p className="text-sm text-stone-600">{q.title}</p>
      <h1 className="text-xl font-bold">考试须知</h1>
      <dl className="grid grid-cols-2 gap-2 rounded-2xl border border-stone-200 bg-white p-4 text-center">
        <Fact term="题量" value={`${q.questionCount} 题`} />
        <Fact term="限时" value={minutes ? `${minutes} 分钟` : "不限时"} />
        <Fact term="及格线" value={q.passPercent ? `${q.passPercent}%` : "—"} />
        <Fact term="剩余机会" value={left === null ? "不限" : `${left} 次（共 ${q.maxAttempts} 次）`} />
      </dl>
      <ul className="list-disc space-y-2 rounded-2xl border border-stone-200 bg-white p-4 pl-8 text-[15px] leading-relaxed">
        <li>点击“确认开始考试”后立即开始计时，并用掉一次考试机会；计时不会因离开页面而暂停。</li>
        <li>每道题作答后自动保存，刷新或断网重连后可以继续作答。</li>
        <li>
          <strong>提交前不显示答案和解析</strong>，交卷后可查看每道题的正确答案、解析和对应课时。
        </li>
        <li>{minutes ? `${minutes} 分钟时间到，系统自动交卷：已作答的题目计分，未作答的题目不得分。` : "本考试不限时，交卷后评分。"}</li>
        <li>考试期间隐藏底部导航；离开考试页面前会请你确认。</li>
      </ul>
      {left === 0 ? (
        <p className="rounded-2xl bg-stone-100 p-4">已用完全部 {q.maxAttempts} 次机会。</p>
      ) : (
        <ExamConfirm action={startQuizAction} quizId={q.id} />
      )}
      <Link href="/quiz" className={buttonClass("secondary", "w-full")}>
        暂不考试，返回测验中心
      </Link>
    </div>
  );
}

function Fact({ term, value }: { term: string; value: string }) {
  return (
    <div className="rounded-xl bg-stone-50 p-2">
      <dt className="text-xs text-stone-600">{term}</dt>
      <dd className="font-semibold tabular-nums">{value}</dd>
    </div>
  );
}
