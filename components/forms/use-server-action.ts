"use client";

import { unstable_rethrow } from "next/navigation";
import { startTransition, useActionState, useState } from "react";
import type { ActionResult } from "@/lib/auth/guard";

/** What a thrown call (the network dropped, the server went away) is reported as. */
export const NETWORK_ERROR = "网络连接失败，请重试";

export interface ServerAction<I, T> {
  /** Runs the action (queued behind one already running, never interleaved with it). */
  run: (input: I) => void;
  /**
   * For `<form action={…}>`, which works before hydration (React runs it in a transition itself
   * and resets the form's uncontrolled fields once it is done).
   */
  formAction: (input: I) => void;
  /** Forgets the last result (a dialog reopened, a file replaced, "继续新建"). */
  reset: () => void;
  pending: boolean;
  /** The input of the call running now or last run: which of several buttons is busy. */
  submitted: I | null;
  /** The last result, null before the first call and after `reset`. */
  result: ActionResult<T> | null;
  /** The last call's data when it succeeded. */
  data: T | null;
  /** Per-field messages of the last refusal (zod's, localised on the server). */
  fieldErrors: Record<string, string>;
  /** The last refusal's message. */
  error: string | null;
  /** The refusal's message when no field carries it: shown once, beside the submit button. */
  formError: string | null;
}

/**
 * The one way a client component calls a server action: React 19's useActionState keeps the
 * pending flag and the last result, so no component hand-rolls `setPending(true)`/`setError`
 * pairs. `onSuccess` runs inside the action (navigate, refresh, focus what comes next); a call
 * that throws becomes a refusal with a Chinese message instead of a button stuck on "正在…"
 * (except Next's own redirect, which navigates).
 * Most forms use `onSubmit` + `preventDefault` + `run`, so a refused form keeps what the user
 * typed; `formAction` is there for the few that must work before hydration.
 */
export function useServerAction<I, T>(
  action: (input: I) => Promise<ActionResult<T>>,
  { onSuccess }: { onSuccess?: (data: T, input: I) => unknown } = {},
): ServerAction<I, T> {
  const [submitted, setSubmitted] = useState<I | null>(null);
  const [result, dispatch, pending] = useActionState<ActionResult<T> | null, { input: I } | null>(async (_prev, call) => {
    if (!call) return null;
    let r: ActionResult<T>;
    try {
      r = await action(call.input);
    } catch (e) {
      unstable_rethrow(e); // an action's redirect() reaches Next's redirect boundary as before
      return { ok: false, error: NETWORK_ERROR };
    }
    if (r.ok) await onSuccess?.(r.data, call.input);
    return r;
  }, null);
  const fieldErrors = result && !result.ok ? (result.fieldErrors ?? {}) : {};
  const error = result && !result.ok ? result.error : null;
  return {
    run: (input) => {
      setSubmitted(input);
      startTransition(() => dispatch({ input }));
    },
    formAction: (input) => {
      setSubmitted(input);
      dispatch({ input });
    },
    reset: () => startTransition(() => dispatch(null)),
    pending,
    submitted,
    result,
    data: result?.ok ? result.data : null,
    fieldErrors,
    error,
    formError: error && !Object.keys(fieldErrors).length ? error : null,
  };
}
