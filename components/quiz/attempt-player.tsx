"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { ProgressBar } from "@/components/ui/progress-bar";
import type { SaveResult } from "@/lib/assessment/attempts";
import type { TAnswer } from "@/lib/assessment/score";
import type { ActionResult } from "@/lib/auth/guard";
import type { Finding } from "@/lib/checker/types";
import { Countdown } from "./countdown";
import { DraftingInput } from "./drafting-input";
import { DRAFT_KIND_LABEL, TYPE_LABEL } from "./labels";
import { OptionList } from "./option-list";
import { FeedbackPanel, verdictText } from "./review";
import { ScenarioPlayer } from "./scenario-player";
import { useExamFocus } from "./use-exam-focus";
import type { LessonsByRule, PlayItem, SaveAction, SubmitAction } from "./types";

type SaveState = { state: "saving" } | { state: "saved" } | { state: "error"; message: string };

const RETRY_DELAY_MS = 1000;
const DRAFT_AUTOSAVE_MS = 1200;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** One retry on a network failure (a thrown fetch); a refusal from the server is final. Saves are idempotent. */
async function withRetry<T>(call: () => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  try {
    return await call();
  } catch {
    await sleep(RETRY_DELAY_MS);
    try {
      return await call();
    } catch {
      return { ok: false, error: "网络连接失败，未能保存，请检查网络后重试" };
    }
  }
}

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
  const [items, setItems] = useState(initial);
  const firstOpen = initial.findIndex((i) => !i.final);
  const [index, setIndex] = useState(firstOpen === -1 ? 0 : firstOpen);
  const [selection, setSelection] = useState<Record<number, TAnswer | null>>(() => Object.fromEntries(initial.map((it, i) => [i, it.answer])));
  const [status, setStatus] = useState<Record<number, SaveState>>({});
  const [submitting, setSubmitting] = useState<false | "manual" | "auto">(false);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const feedback = useRef<HTMLDivElement>(null);
  const moved = useRef(false);
  // Exam saves run one at a time per question, newest answer last, so a slow reply never overwrites a newer choice.
  const queues = useRef(new Map<number, { next: TAnswer | null; running: Promise<void> | null }>());
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

  const apply = useCallback((i: number, answer: TAnswer, res: SaveResult) => {
    setItems((prev) =>
      prev.map((it, k) => {
        if (k !== i) return it;
        const f = res.feedback;
        return {
          ...it,
          answer,
          question: res.question ?? it.question,
          final: res.question?.type === "scenario" ? res.question.node.ended : true,
          verdict: f
            ? { correct: f.correct, score: f.score, maxScore: f.maxScore, misconceptions: f.misconceptions, findings: f.findings as Finding[] | undefined }
            : it.verdict,
          reveal: f?.reveal ?? it.reveal,
          keyWithheld: it.keyWithheld || Boolean(res.keyWithheld),
        };
      }),
    );
  }, []);

  const saveNow = useCallback(
    async (i: number, answer: TAnswer): Promise<boolean> => {
      setStatus((s) => ({ ...s, [i]: { state: "saving" } }));
      const r = await withRetry(() => save({ publicId: attempt.id, versionId: items[i].versionId, answer }));
      if (!r.ok) {
        setStatus((s) => ({ ...s, [i]: { state: "error", message: r.error } }));
        // The server closed the attempt (time up, or handed in elsewhere): show what it holds.
        if (/时间已到|已提交/.test(r.error)) router.refresh();
        return false;
      }
      apply(i, answer, r.data);
      setStatus((s) => ({ ...s, [i]: { state: "saved" } }));
      return true;
    },
    [apply, attempt.id, items, router, save],
  );

  /** Exams: save as you go, serialised per question. */
  function enqueue(i: number, answer: TAnswer) {
    const q = queues.current.get(i) ?? { next: null, running: null };
    q.next = answer;
    queues.current.set(i, q);
    if (q.running) return;
    q.running = (async () => {
      while (q.next) {
        const a = q.next;
        q.next = null;
        await saveNow(i, a);
      }
      q.running = null;
    })();
  }

  async function drain() {
    for (const q of queues.current.values()) while (q.running) await q.running;
  }

  function choose(i: number, value: TAnswer | null) {
    setSelection((s) => ({ ...s, [i]: value }));
    if (instant) return; // practice: confirmed with 确定
    if (value) enqueue(i, value);
    else
      setStatus((s) => ({ ...s, [i]: { state: "error", message: items[i].answer ? "至少选择一项才会保存（仍保留上次保存的答案）" : "至少选择一项才会保存" } }));
  }

  // A double tap must not send a second answer built from the same, not yet updated, state.
  const inflight = useRef(new Set<number>());
  async function once(i: number, answer: () => TAnswer | null) {
    const value = answer();
    if (!value || inflight.current.has(i)) return;
    inflight.current.add(i);
    try {
      // Practice: the confirm button goes away once answered, so the feedback takes the focus.
      if ((await saveNow(i, value)) && instant && value.type !== "scenario") requestAnimationFrame(() => feedback.current?.focus());
    } finally {
      inflight.current.delete(i);
    }
  }
  const confirm = (i: number) => once(i, () => selection[i] ?? null);
  const chooseStep = (i: number, choiceId: string) =>
    once(i, () => ({ type: "scenario", path: [...(items[i].answer?.type === "scenario" ? items[i].answer.path : []), choiceId] }));

  // Drafts in exams save themselves shortly after typing stops (or at once when handing in).
  const draft = useRef<{ i: number; timer: ReturnType<typeof setTimeout>; flush: () => void } | null>(null);
  function flushDraft() {
    if (!draft.current) return;
    clearTimeout(draft.current.timer);
    draft.current.flush();
  }
  function typeDraft(i: number, patch: { text?: string; sendAt?: string }) {
    const prev = selection[i]?.type === "drafting" ? selection[i] : null;
    const text = patch.text ?? prev?.text ?? "";
    const sendAt = patch.sendAt ?? prev?.sendAt ?? "";
    const value: TAnswer | null = text.trim() ? { type: "drafting", text, ...(sendAt ? { sendAt } : {}) } : null;
    setSelection((s) => ({ ...s, [i]: value }));
    if (instant) return;
    if (draft.current?.i === i) clearTimeout(draft.current.timer);
    else flushDraft();
    const flush = () => {
      draft.current = null;
      if (value) enqueue(i, value);
    };
    draft.current = { i, timer: setTimeout(flush, DRAFT_AUTOSAVE_MS), flush };
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
    [attempt.id, router, submit, submitting],
  );

  useExamFocus(timed && !instant && !submitting, root);

  const stemId = `${ids}-stem`;
  const q = item.question;
  const st = status[index];
  const locked = instant && (item.verdict !== null || item.reveal !== null || Boolean(item.keyWithheld));
  const finishLabel = instant ? "完成练习" : "交卷";
  const task = Boolean(attempt.task);
  const finishTask = (
    <Button type="button" className="w-full sm:w-auto" disabled={Boolean(submitting)} onClick={() => void doSubmit("manual")}>
      {submitting ? "提交中…" : "完成，记入练习成绩"}
    </Button>
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
              <Button type="button" className="w-full sm:w-auto" disabled={!selection[index] || st?.state === "saving"} onClick={() => void confirm(index)}>
                {st?.state === "saving" ? "提交中…" : "确定"}
              </Button>
            ) : null}
          </>
        ) : null}

        {q.type === "drafting" ? (
          <>
            <dl className="space-y-1 rounded-xl bg-stone-50 p-3 text-[15px]">
              <div>
                <dt className="inline font-medium">情境：</dt>
                <dd className="inline">{q.situation}</dd>
              </div>
              <div>
                <dt className="inline font-medium">消息类型：</dt>
                <dd className="inline">{DRAFT_KIND_LABEL[q.kind] ?? q.kind}</dd>
              </div>
              <div>
                <dt className="font-medium">消息须写明：</dt>
                <dd>
                  <ul className="list-disc pl-5">
                    {q.points.map((p) => (
                      <li key={p}>{p}</li>
                    ))}
                  </ul>
                </dd>
              </div>
            </dl>
            <DraftingInput
              value={selection[index]?.type === "drafting" ? selection[index].text : ""}
              sendAt={selection[index]?.type === "drafting" ? (selection[index].sendAt ?? "") : ""}
              onChange={(patch) => typeDraft(index, patch)}
              readOnly={locked}
            />
            {instant && !locked ? (
              <Button type="button" className="w-full sm:w-auto" disabled={!selection[index] || st?.state === "saving"} onClick={() => void confirm(index)}>
                {st?.state === "saving" ? "检查中…" : "提交并检查"}
              </Button>
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
            <Button type="button" variant="secondary" disabled={index === 0} onClick={() => go(index - 1)}>
              ← 上一题
            </Button>
            {index < items.length - 1 ? (
              <Button type="button" variant={item.final ? "primary" : "secondary"} onClick={() => go(index + 1)}>
                下一题 →
              </Button>
            ) : (
              <Button type="button" disabled={Boolean(submitting)} onClick={() => dialog.current?.showModal()}>
                {finishLabel}
              </Button>
            )}
          </div>

          <nav aria-label="题目导航" className="space-y-2 rounded-2xl border border-stone-200 bg-white p-3">
            <p className="text-sm text-stone-600">
              题目导航 · 已完成 {answered}/{items.length}
            </p>
            <ol className="grid grid-cols-5 gap-2 sm:grid-cols-10">
              {items.map((it, i) => {
                const state = instant && it.verdict ? (it.verdict.correct ? "答对" : "答错") : it.final ? "已答" : it.answer ? "未完成" : "未答";
                const tone =
                  instant && it.verdict
                    ? it.verdict.correct
                      ? "bg-green-600 text-white border-green-600"
                      : "bg-red-600 text-white border-red-600"
                    : it.final
                      ? "bg-brand-700 text-white border-brand-700"
                      : "bg-white text-stone-800 border-stone-300";
                return (
                  <li key={it.versionId}>
                    <button
                      type="button"
                      onClick={() => go(i)}
                      aria-current={i === index ? "step" : undefined}
                      aria-label={`第 ${i + 1} 题，${state}`}
                      className={`flex min-h-11 w-full items-center justify-center rounded-lg border-2 text-sm font-semibold ${tone} ${i === index ? "ring-2 ring-stone-900 ring-offset-2" : ""}`}
                    >
                      {i + 1}
                    </button>
                  </li>
                );
              })}
            </ol>
            <Button
              type="button"
              variant={answered === items.length ? "primary" : "secondary"}
              className="w-full"
              disabled={Boolean(submitting)}
              onClick={() => dialog.current?.showModal()}
            >
              {finishLabel}
            </Button>
          </nav>
        </>
      )}
      {task && submitError ? (
        <p role="alert" className="text-sm text-red-700">
          {submitError}
        </p>
      ) : null}

      <dialog ref={dialog} aria-labelledby={`${ids}-dlg`} className="m-auto w-[min(92vw,28rem)] rounded-2xl p-0 backdrop:bg-black/40">
        <div className="space-y-4 p-5">
          <h2 id={`${ids}-dlg`} className="text-lg font-bold">
            确认{finishLabel}？
          </h2>
          {unanswered.length ? (
            <p>
              还有 <strong>{unanswered.length}</strong> 题未完成（第 {unanswered.slice(0, 10).join("、")}
              {unanswered.length > 10 ? " 等" : ""} 题），未完成的题不得分。
            </p>
          ) : (
            <p>全部 {items.length} 题都已作答。</p>
          )}
          <p className="text-sm text-stone-600">
            {instant ? "提交后将汇总本次练习的得分，并把答错的题加入错题本。" : "提交后不能再修改答案，随即公布得分和解析。"}
          </p>
          {submitError ? (
            <p role="alert" className="text-sm text-red-700">
              {submitError}
            </p>
          ) : null}
          <div className="grid grid-cols-2 gap-2">
            <Button type="button" variant="secondary" onClick={() => dialog.current?.close()}>
              返回检查
            </Button>
            <Button type="button" disabled={Boolean(submitting)} onClick={() => void doSubmit("manual")}>
              {submitting ? "提交中…" : "确认提交"}
            </Button>
          </div>
        </div>
      </dialog>
    </div>
  );
}
