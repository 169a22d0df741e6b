import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ConfirmAction } from "@/components/authoring/confirm-action";
import { PreviewLauncher } from "@/components/authoring/preview-launcher";
import { QuestionNav, STATUS_TONE } from "@/components/authoring/question-nav";
import { QuestionSummary } from "@/components/authoring/question-summary";
import { ScenarioMap } from "@/components/authoring/scenario-map";
import { TYPE_NAMES } from "@/components/authoring/draft";
import { buttonClass } from "@/components/ui/button";
import { NotFoundError, requireViewer } from "@/lib/auth/guard";
import { getQuestion } from "@/lib/authoring/get-question";
import { db } from "@/lib/db/client";
import { archiveAction, clearFlagAction, previewAnswerAction, previewStartAction, publishAction, restoreAction, rollbackAction, voidAction } from "../actions";
import { QUESTION_STATUS_LABEL } from "@/lib/labels";
import { formatChinaStamp } from "@/lib/tracking/time";

export const metadata: Metadata = { title: "题目" };

export default async function QuestionPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string; done?: string }>;
}) {
  await requireViewer({ permission: "admin" });
  const { id } = await params;
  const { saved, done } = await searchParams;
  const q = await getQuestion(db(), id).catch((e) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  const href = `/admin/questions/${encodeURIComponent(q.id)}`;

  return (
    <section aria-labelledby="q-title" className="space-y-5">
      <QuestionNav current="" />
      <header className="space-y-2">
        <h1 id="q-title" className="text-lg font-bold">
          {q.payload.stem.length > 60 ? `${q.payload.stem.slice(0, 60)}…` : q.payload.stem}
        </h1>
        <p className="flex flex-wrap items-center gap-1.5 text-sm">
          <span className={`rounded px-1.5 py-0.5 ${STATUS_TONE[q.status]}`}>{QUESTION_STATUS_LABEL[q.status]}</span>
          <span className="rounded bg-brand-50 px-1.5 py-0.5 text-brand-800">{TYPE_NAMES[q.type]}</span>
          <span>模块：{q.moduleTitle}</span>
          <span className="text-stone-600">
            · 题目标识 <span className="break-all font-mono">{q.id}</span>
          </span>
          <span>· 当前第 {q.currentVersion} 版</span>
          <span>· {q.origin === "admin" ? "后台编辑（内容同步不会覆盖）" : "来自课程内容文件"}</span>
        </p>
        {saved || done ? (
          <p role="status" className="rounded-xl bg-green-50 p-3 text-green-900">
            {done ? done.slice(0, 200) : `已保存为第 ${saved} 版。`}
          </p>
        ) : null}
      </header>

      {q.flaggedAt ? (
        <div role="note" className="space-y-2 rounded-2xl border border-amber-400 bg-amber-50 p-4">
          <p className="font-semibold text-amber-950">⚑ 待核对（{formatChinaStamp(q.flaggedAt)}）</p>
          <p className="text-amber-950">{q.flagReason}</p>
          <ConfirmAction
            label="标记为已核对"
            title="标记为已核对？"
            body="确认已核对题目内容与规则原文一致。此操作记入审计日志。"
            confirmLabel="已核对"
            action={clearFlagAction}
            payload={{ id: q.id }}
          />
        </div>
      ) : null}

      <div className="flex flex-wrap items-start gap-2">
        <Link href={`${href}/edit`} className={buttonClass("primary")}>
          编辑
        </Link>
        {q.status === "DRAFT" ? (
          <ConfirmAction
            label="发布"
            title="发布这道题？"
            body={`发布后第 ${q.currentVersion} 版将进入题库，学员的练习和考试可能抽到它。发布前会再做一遍全部检查。`}
            confirmLabel="发布"
            action={publishAction}
            payload={{ id: q.id }}
            success="已发布"
          />
        ) : null}
        {q.status !== "ARCHIVED" ? (
          <ConfirmAction
            label="归档"
            title="归档这道题？"
            body="归档后不再抽入新的试卷；已有的作答和成绩不受影响。可以随时恢复为草稿。"
            confirmLabel="归档"
            action={archiveAction}
            payload={{ id: q.id }}
            success="已归档"
          />
        ) : (
          <ConfirmAction
            label="恢复为草稿"
            title="恢复这道题？"
            body="恢复后为草稿，需要重新发布学员才能看到。"
            confirmLabel="恢复"
            action={restoreAction}
            payload={{ id: q.id }}
            success="已恢复为草稿"
          />
        )}
      </div>

      <section aria-labelledby="q-content" className="space-y-3 rounded-2xl border border-stone-200 bg-white p-4">
        <h2 id="q-content" className="font-semibold">
          第 {q.currentVersion} 版内容
        </h2>
        <QuestionSummary q={q.payload} />
        {q.payload.type === "scenario" ? <ScenarioMap scenario={q.payload} /> : null}
        <PreviewLauncher question={q.payload} start={previewStartAction} answer={previewAnswerAction} />
      </section>

      <section aria-labelledby="q-versions" className="space-y-3">
        <h2 id="q-versions" className="font-semibold">
          版本记录
        </h2>
        <ol className="space-y-3">
          {q.versions.map((v) => (
            <li key={v.id} className={`space-y-2 rounded-2xl border bg-white p-4 ${v.version === q.currentVersion ? "border-brand-700" : "border-stone-200"}`}>
              <p className="flex flex-wrap items-center gap-2">
                <span className="font-semibold">第 {v.version} 版</span>
                {v.version === q.currentVersion ? <span className="rounded bg-brand-700 px-1.5 text-xs text-white">当前</span> : null}
                {v.voidedAt ? <span className="rounded bg-red-100 px-1.5 text-xs text-red-800">已作废 {formatChinaStamp(v.voidedAt)}</span> : null}
              </p>
              <p className="text-sm text-stone-600">
                {formatChinaStamp(v.createdAt)} · {v.createdBy ?? "课程内容同步"} · 作答 {v.answered} 次 · 出现在 {v.attempts} 份试卷中
              </p>
              <div className="flex flex-wrap items-start gap-2">
                {v.version > 1 ? (
                  <Link href={`${href}/diff?from=${v.version - 1}&to=${v.version}`} className={buttonClass("ghost")}>
                    与第 {v.version - 1} 版比较
                  </Link>
                ) : null}
                {v.version !== q.currentVersion ? (
                  <>
                    <Link href={`${href}/diff?from=${v.version}&to=${q.currentVersion}`} className={buttonClass("ghost")}>
                      与当前版本比较
                    </Link>
                    <ConfirmAction
                      label={`回滚到第 ${v.version} 版`}
                      title={`回滚到第 ${v.version} 版？`}
                      body={`将生成一个与第 ${v.version} 版内容相同的新版本并设为当前版本。历史版本和已有作答都保留。`}
                      confirmLabel="回滚"
                      action={rollbackAction}
                      payload={{ id: q.id, version: v.version }}
                      success="已回滚，生成第 {version} 版"
                    />
                  </>
                ) : null}
                {!v.voidedAt && v.answered > 0 ? (
                  <Link href={`${href}/regrade?version=${v.version}`} className={buttonClass("secondary")}>
                    更正答案并重评…
                  </Link>
                ) : null}
                {!v.voidedAt ? (
                  <ConfirmAction
                    label="作废此版本"
                    variant="danger"
                    title={`作废第 ${v.version} 版？`}
                    body={`作废后这一版在所有作答中都不再计分（${v.attempts} 份试卷的总分、得分率和是否及格将重新计算），相关学员会收到通知。此操作记入审计日志，不能撤销。`}
                    confirmLabel="确认作废"
                    action={voidAction}
                    payload={{ id: q.id, versionId: v.id }}
                    reason={{ label: "作废原因（学员会看到）" }}
                    success="已作废：{attempts} 份试卷的成绩已重新计算，已通知 {notified} 名学员（用时 {ms} 毫秒）"
                  />
                ) : null}
              </div>
            </li>
          ))}
        </ol>
      </section>
    </section>
  );
}
