"use client";

import { useRouter } from "next/navigation";
import { useCallback, useRef, useState } from "react";
import type { SaveResult } from "@/lib/assessment/attempts";
import type { TAnswer } from "@/lib/assessment/score";
import type { ActionResult } from "@/lib/auth/guard";
import type { Finding } from "@/lib/checker/types";
import type { PlayItem, SaveAction } from "./types";

export type SaveState = { state: "saving" } | { state: "saved" } | { state: "error"; message: string };

/** Waits before the second and third try: an exam hour's overload clears in seconds (docs/scaling.md). */
export const RETRY_DELAYS_MS = [1000, 3000];
const DRAFT_AUTOSAVE_MS = 1200;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Retries a save that failed for a passing reason: the network (a thrown fetch) or a database that
 * was unreachable or too busy to take it (a `retryable` result). A refusal is final. Saves are
 * idempotent, so a try that reached the server before failing does no harm.
 */
export async function withRetry<T>(call: () => Promise<ActionResult<T>>, delays: readonly number[] = RETRY_DELAYS_MS): Promise<ActionResult<T>> {
  let last: ActionResult<T> = { ok: false, error: "网络连接失败，未能保存，请检查网络后重试" };
  for (let i = 0; i <= delays.length; i++) {
    if (i > 0) await sleep(delays[i - 1]);
    try {
      last = await call();
      if (last.ok || !last.retryable) return last;
    } catch {
      last = { ok: false, error: "网络连接失败，未能保存，请检查网络后重试" };
    }
  }
  return last;
}

/**
 * The attempt player's answers: what is selected, what the server holds and each question's save
 * state. Practice (`instant`) saves on 确定 and shows the verdict; exams save every change as it
 * is made, one save at a time per question, and drafts shortly after typing stops.
 * `onPracticeAnswered` runs once a practice answer (not a scenario step) was saved.
 */
export function useAttemptAnswers({
  attemptId,
  initial,
  instant,
  save,
  onPracticeAnswered,
}: {
  attemptId: string;
  initial: PlayItem[];
  instant: boolean;
  save: SaveAction;
  onPracticeAnswered: () => void;
}) {
  const router = useRouter();
  const [items, setItems] = useState(initial);
  const [selection, setSelection] = useState<Record<number, TAnswer | null>>(() => Object.fromEntries(initial.map((it, i) => [i, it.answer])));
  const [status, setStatus] = useState<Record<number, SaveState>>({});
  // Exam saves run one at a time per question, newest answer last, so a slow reply never overwrites a newer choice.
  const queues = useRef(new Map<number, { next: TAnswer | null; running: Promise<void> | null }>());

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
      const r = await withRetry(() => save({ publicId: attemptId, versionId: items[i].versionId, answer }));
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
    [apply, attemptId, items, router, save],
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

  /** Waits for every exam save still on its way (before handing in). */
  const drain = useCallback(async () => {
    for (const q of queues.current.values()) while (q.running) await q.running;
  }, []);

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
      if ((await saveNow(i, value)) && instant && value.type !== "scenario") onPracticeAnswered();
    } finally {
      inflight.current.delete(i);
    }
  }
  const confirm = (i: number) => once(i, () => selection[i] ?? null);
  const chooseStep = (i: number, choiceId: string) =>
    once(i, () => ({ type: "scenario", path: [...(items[i].answer?.type === "scenario" ? items[i].answer.path : []), choiceId] }));

  // Drafts in exams save themselves shortly after typing stops (or at once when handing in).
  const draft = useRef<{ i: number; timer: ReturnType<typeof setTimeout>; flush: () => void } | null>(null);
  const flushDraft = useCallback(() => {
    if (!draft.current) return;
    clearTimeout(draft.current.timer);
    draft.current.flush();
  }, []);
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

  return { items, selection, status, choose, confirm, chooseStep, typeDraft, flushDraft, drain };
}
