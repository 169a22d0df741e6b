"use client";

import { ClientButton } from "@/components/forms/client-button";
import { useId, type RefObject } from "react";

/** 交卷 / 完成练习, asked first: which questions are still open, and what handing in does. */
export function FinishDialog({
  dialog,
  finishLabel,
  instant,
  total,
  unanswered,
  submitting,
  error,
  onSubmit,
}: {
  dialog: RefObject<HTMLDialogElement | null>;
  finishLabel: string;
  instant: boolean;
  total: number;
  /** The open questions' numbers (1-based). */
  unanswered: number[];
  submitting: boolean;
  error: string | null;
  onSubmit: () => void;
}) {
  const id = useId();
  return (
    <dialog ref={dialog} aria-labelledby={`${id}-dlg`} className="m-auto w-[min(92vw,28rem)] rounded-2xl p-0 backdrop:bg-black/40">
      <div className="space-y-4 p-5">
        <h2 id={`${id}-dlg`} className="text-lg font-bold">
          确认{finishLabel}？
        </h2>
        {unanswered.length ? (
          <p>
            还有 <strong>{unanswered.length}</strong> 题未完成（第 {unanswered.slice(0, 10).join("、")}
            {unanswered.length > 10 ? " 等" : ""} 题），未完成的题不得分。
          </p>
        ) : (
          <p>全部 {total} 题都已作答。</p>
        )}
        <p className="text-sm text-stone-600">
          {instant ? "提交后将汇总本次练习的得分，并把答错的题加入错题本。" : "提交后不能再修改答案，随即公布得分和解析。"}
        </p>
        {error ? (
          <p role="alert" className="text-sm text-red-700">
            {error}
          </p>
        ) : null}
        <div className="grid grid-cols-2 gap-2">
          <ClientButton variant="secondary" onClick={() => dialog.current?.close()}>
            返回检查
          </ClientButton>
          <ClientButton disabled={submitting} onClick={onSubmit}>
            {submitting ? "提交中…" : "确认提交"}
          </ClientButton>
        </div>
      </div>
    </dialog>
  );
}
