"use client";

import { ClientButton } from "@/components/forms/client-button";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useId, useRef, useState } from "react";
import { ProgressBar } from "@/components/ui/progress-bar";
import { Countdown } from "./countdown";
import { DraftingBrief } from "./drafting-brief";
import { DraftingInput } from "./drafting-input";
import { FinishDialog } from "./finish-dialog";
import { TYPE_LABEL } from "./labels";
import { OptionList } from "./option-list";
import { QuestionNavigator } from "./question-navigator";
import { FeedbackPanel, verdictText } from "./review";
import { ScenarioPlayer } from "./scenario-player";
import { useAttemptAnswers, withRetry } from "./use-attempt-answers";
import { useExamFocus } from "./use-exam-focus";
import type { LessonsByRule, PlayItem, SaveAction, SubmitAction } from "./types";

export interface PlayerAttempt {
  id: string;
  quizTitle: string;
  instantFeedback: boolean;
  secondsLeft: number | null;
  /** One scenario or drafting task practised on its own: no question numbers, navigator or paper-level buttons. */
  task?: boolean;
}

/**
 * The attempt player: one question at a time, a progress bar, previous/next and a navigator.
 * Practice and review: answer, confirm, and see right or wrong with the explanation at once.
 * Exams and self-assessments: every change is saved as you go ("已保存"), nothing is revealed
 * before the paper is handed in. Rendered from the server's view of the attempt, so a reload
 * resumes where the learner was.
 */
export function AttemptPlayer({
  attempt,
  items: initial,
  lessons,
  ruleTitles,
  save,
  submit,
}: {
  attempt: PlayerAttempt;
  items: PlayItem[];
  lessons: LessonsByRule;
  ruleTitles: Record<string, string>;
  save: SaveAction;
  submit: SubmitAction;
}) {
  const router = useRouter();
  const instant = attempt.instantFeedback;
  const feedback = useRef<HTMLDivElement>(null);
  // Practice: the confirm button goes away once answered, so the feedback takes the focus.
  const { items, selection, status, choose, confirm, chooseStep, typeDraft, flushDraft, drain } = useAttemptAnswers({
    attemptId: attempt.id,
    initial,
    instant,
    save,
    onPracticeAnswered: () => requestAnimationFrame(() => feedback.current?.focus()),
  });
  const firstOpen = initial.findIndex((i) => !i.final);
  const [index, setIndex] = useState(firstOpen === -1 ? 0 : firstOpen);
  const [submitting, setSubmitting] = useState<false | "manual" | "auto">(false);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const ids = useId();
  const root = useRef<HTMLDivElement>(null);
  const timed = attempt.secondsLeft !== null;

  const item = items[index];
  const answered = items.filter((i) => i.final).length;
  const unanswered = items.map((it, i) => (it.final ? null : i + 1)).filter((n): n is number => n !== null);

  useEffect(() => {
    if (!moved.current) return;
    heading.current?.focus({ preventScroll: true });
    heading.current?.scrollIntoView({ block: "start", behavior: "auto" });
  }, [index]);

  function go(i: number) {
    flushDraft();
    moved.current = true;
    setIndex(Math.max(0, Math.min(items.length - 1, i)));
  }

  const doSubmit = useCallback(
    async (mode: "manual" | "auto") => {
      if (submitting) return;
      setSubmitting(mode);
      setSubmitError(null);
      flushDraft();
      await drain();
      const r = await withRetry(() => submit({ publicId: attempt.id }));
      if (!r.ok && mode === "manual") {
        setSubmitting(false);
        setSubmitError(r.error);
        return;
      }
      dialog.current?.close();
      // Auto-submit that failed on the network: the server closes an expired attempt itself on the next read.
      router.refresh();
    },
    [attempt.id, drain, flushDraft, router, submit, submitting],
  );

  useExamFocus(timed && !instant && !submitting, root);

  const stemId = `${ids}-stem`;
  const q = item.question;
  const st = status[index];
  const locked = instant && (item.verdict !== null || item.reveal !== null || Boolean(item.keyWithheld));
  const finishLabel = instant ? "完成练习" : "交卷";
  const task = Boolean(attempt.task);
  const finishTask = (
    <ClientButton className="w-full sm:w-auto" disabled={Boolean(submitting)} onClick={() => void doSubmit("manual")}>
      {submitting ? "提交中…" : "完成，记入练习成绩"}
    </ClientButton>
  );

  return (
    <div ref={root} className="space-y-4">
      {/* A timed paper keeps its countdown in view: this row is a direct child of the page-long
          player, so it sticks to the top while the cadre scrolls (the app header scrolls away). */}
      <div className={`flex items-center justify-between gap-2 ${timed ? "sticky top-0 z-10 -mx-4 -mt-5 bg-stone-50/95 px-4 py-2 backdrop-blur" : ""}`}>
        <h1 className="text-lg font-bold leading-snug">{attempt.quizTitle}</h1>
        {attempt.secondsLeft !== null ? <Countdown seconds={attempt.secondsLeft} onExpire={() => void doSubmit("auto")} /> : null}
      </div>
      {task ? (
        <p className="text-sm text-stone-600">
          {q.type === "scenario" ? "你的每一个选择都会改变故事走向；结束后显示结局、解析和最佳路径。" : "写好后提交，检查器会逐条指出问题，并给出参考范文。"}
        </p>
      ) : (
        <div className="space-y-2">
          <p className="text-sm text-stone-600">
            第 {index + 1}/{items.length} 题 · 已完成 {answered} 题{instant ? " · 练习：答后即显示解析" : " · 提交前不显示答案"}
          </p>
          <ProgressBar value={answered} max={items.length} label="答题进度" />
        </div>
      )}

      {submitting === "auto" ? (
        <p role="status" className="rounded-xl bg-red-100 px-4 py-3 font-medium text-red-900">
          时间到，正在自动交卷…
        </p>
      ) : null}

      <article aria-labelledby={stemId} className="space-y-4 rounded-2xl border border-stone-200 bg-white p-4">
        <div className="space-y-2">
          {task ? null : (
            <p className="text-sm font-medium text-brand-700">
              {TYPE_LABEL[q.type]} · {item.maxScore} 分
            </p>
          )}
          <h2 id={stemId} ref={heading} tabIndex={-1} className="text-[17px] font-semibold leading-relaxed outline-none">
            {task ? null : <span className="sr-only">第 {index + 1} 题：</span>}
            {q.stem}
          </h2>
        </div>

        {q.type === "single" || q.type === "multiple" || q.type === "truefalse" ? (
          <>
            <OptionList
              name={`q-${item.versionId}`}
              question={q}
              value={selection[index] ?? null}
              onChange={(v) => choose(index, v)}
              disabled={locked || (instant && st?.state === "saving")}
              reveal={instant ? item.reveal : null}
              labelledBy={stemId}
            />
            {instant && !locked ? (
              <ClientButton className="w-full sm:w-auto" disabled={!selection[index] || st?.state === "saving"} onClick={() => void confirm(index)}>
                {st?.state === "saving" ? "提交中…" : "确定"}
              </ClientButton>
            ) : null}
          </>
        ) : null}

        {q.type === "drafting" ? (
          <>
            <DraftingBrief question={q} />
            <DraftingInput
              value={selection[index]?.type === "drafting" ? selection[index].text : ""}
              sendAt={selection[index]?.type === "drafting" ? (selection[index].sendAt ?? "") : ""}
              onChange={(patch) => typeDraft(index, patch)}
              readOnly={locked}
            />
            {instant && !locked ? (
              <ClientButton className="w-full sm:w-auto" disabled={!selection[index] || st?.state === "saving"} onClick={() => void confirm(index)}>
                {st?.state === "saving" ? "检查中…" : "提交并检查"}
              </ClientButton>
            ) : null}
          </>
        ) : null}

        {q.type === "scenario" ? (
          <ScenarioPlayer
            key={item.versionId}
            question={q}
            busy={st?.state === "saving"}
            instant={instant}
            onChoose={(id) => void chooseStep(index, id)}
            footer={
              instant && item.reveal ? (
                <div className="space-y-4">
                  <FeedbackPanel item={item} lessons={lessons} ruleTitles={ruleTitles} />
                  {task ? finishTask : null}
                </div>
              ) : null
            }
          />
        ) : null}

        {q.type !== "scenario" && instant && (item.reveal || item.keyWithheld) ? (
          <div ref={feedback} tabIndex={-1} role="region" aria-label="答题反馈" className="border-t border-stone-200 pt-4 outline-none">
            <FeedbackPanel item={item} lessons={lessons} ruleTitles={ruleTitles} />
          </div>
        ) : null}

        <p role="status" aria-live="polite" className="min-h-6 text-sm">
          {st?.state === "saving" && !instant ? <span className="text-stone-500">保存中…</span> : null}
          {st?.state === "saved" && !instant ? <span className="text-green-700">✓ 已保存</span> : null}
          {st?.state === "saved" && instant && item.verdict ? (
            <span className="sr-only">{verdictText(item.verdict, q.type, q.type === "scenario" ? q.node.ending?.outcome : undefined)}</span>
          ) : null}
        </p>
        {st?.state === "error" ? (
          <p role="alert" className="text-sm text-red-700">
            {st.message}
          </p>
        ) : null}
      </article>

      {task ? (
        // One task: a single button once it is done. A scenario shows it under its ending (the
        // player's footer, after the chat has finished unfolding), a draft once it was checked.
        item.final && q.type !== "scenario" ? (
          finishTask
        ) : null
      ) : (
        <>
          <div className="grid grid-cols-2 gap-2">
            <ClientButton variant="secondary" disabled={index === 0} onClick={() => go(index - 1)}>
              ← 上一题
            </ClientButton>
            {index < items.length - 1 ? (
              <ClientButton variant={item.final ? "primary" : "secondary"} onClick={() => go(index + 1)}>
                下一题 →
              </ClientButton>
            ) : (
              <ClientButton disabled={Boolean(submitting)} onClick={() => dialog.current?.showModal()}>
                {finishLabel}
              </ClientButton>
            )}
          </div>

          <QuestionNavigator
            items={items}
            index={index}
            instant={instant}
            answered={answered}
            finishLabel={finishLabel}
            submitting={Boolean(submitting)}
            onGo={go}
            onFinish={() => dialog.current?.showModal()}
          />
        </>
      )}
      {task && submitError ? (
        <p role="alert" className="text-sm text-red-700">
          {submitError}
        </p>
      ) : null}

      <FinishDialog
        dialog={dialog}
        finishLabel={finishLabel}
        instant={instant}
        total={items.length}
        unanswered={unanswered}
        submitting={Boolean(submitting)}
        error={submitError}
        onSubmit={() => void doSubmit("manual")}
      />
    </div>
  );
}
