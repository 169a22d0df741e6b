"use client";

import { useActionState } from "react";
import { buttonClass } from "@/components/ui/button";
import type { FormAction } from "./types";

/**
 * The exam's real confirmation: a box to tick, then the button. The server refuses an exam start
 * without `confirm` (lib/assessment/records.ts startQuiz), so a stray tap costs nothing.
 */
export function ExamConfirm({ action, quizId }: { action: FormAction; quizId: string }) {
  const [error, run, pending] = useActionState(async (_prev: string | null, form: FormData) => {
    const r = await action(form);
    return r.ok ? null : r.error;
  }, null);
  return (
    <form action={run} className="space-y-3">
      <input type="hidden" name="quizId" value={quizId} />
      <label className="flex min-h-11 items-center gap-3 rounded-xl border border-stone-300 bg-white px-4 py-2">
        <input type="checkbox" name="confirm" value="1" required className="size-5 accent-brand-700" />
        我已阅读考试须知，现在开始考试
      </label>
      <button type="submit" disabled={pending} className={buttonClass("primary", "w-full")}>
        {pending ? "正在进入…" : "确认开始考试"}
      </button>
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </form>
  );
}
