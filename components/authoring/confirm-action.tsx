"use client";

import { ClientButton } from "@/components/forms/client-button";
import { usePathname, useRouter } from "next/navigation";
import { useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { useServerAction } from "@/components/forms/use-server-action";
import type { ActionResult } from "@/lib/auth/guard";

type Problemish = { saved?: boolean; problems?: { label: string; message: string }[] };

/** An action that answered "not saved" with its problems (validation that needs the database). */
function refused(data: unknown): { label: string; message: string }[] | null {
  const d = data as Problemish | undefined;
  return d && d.saved === false && d.problems ? d.problems : null;
}

/**
 * A button that asks first: a dialog says what will happen (and, where needed, asks why), then
 * runs the server action. A refusal is reported here, in a live region; success reloads the page
 * with the outcome as `?done=…`, which the page shows.
 */
export function ConfirmAction({
  label,
  title,
  body,
  confirmLabel,
  action,
  payload,
  reason,
  variant = "secondary",
  success = "已完成",
}: {
  label: string;
  title: string;
  body: string;
  confirmLabel: string;
  action: (input: unknown) => Promise<ActionResult<unknown>>;
  payload: Record<string, unknown>;
  /** Ask for a reason (sent as `reason`). */
  reason?: { label: string };
  variant?: "primary" | "secondary" | "danger" | "ghost";
  /** Words for a successful result; "{key}" is replaced by that field of the action's result. */
  success?: string;
}) {
  const router = useRouter();
  const pathname = usePathname();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const [why, setWhy] = useState("");
  const running = useServerAction(
    async (input: unknown) => {
      const r = await action(input);
      dialog.current?.close();
      return r;
    },
    {
      onSuccess: (data) => {
        if (refused(data)) return;
        const fields = (data ?? {}) as Record<string, unknown>;
        const text = success.replace(/\{(\w+)\}/g, (_, k: string) => String(fields[k] ?? ""));
        // The page shows the outcome (?done=…), so it stays in view when this button goes away with the change.
        router.replace(`${pathname}?done=${encodeURIComponent(text)}`, { scroll: false });
      },
    },
  );
  const { pending } = running;
  const problems = running.data ? refused(running.data) : null;
  const result: { ok: boolean; text: string; list?: string[] } | null = running.error
    ? { ok: false, text: running.error }
    : problems
      ? { ok: false, text: `有 ${problems.length} 处问题，未能完成：`, list: problems.map((p) => `${p.label}：${p.message}`) }
      : null;
  const run = () => running.run({ ...payload, ...(reason ? { reason: why } : {}) });

  return (
    <div className="space-y-2">
      <ClientButton variant={variant} onClick={() => (running.reset(), dialog.current?.showModal())}>
        {label}
      </ClientButton>
      <div role="status" aria-live="polite">
        {result ? (
          <div className={`rounded-xl p-3 text-sm ${result.ok ? "bg-green-50 text-green-900" : "bg-red-50 text-red-900"}`}>
            <p>{result.text}</p>
            {result.list ? (
              <ul className="mt-1 list-disc pl-5">
                {result.list.map((x, i) => (
                  <li key={i}>{x}</li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
      </div>
      <dialog ref={dialog} aria-labelledby={`${id}-t`} className="m-auto w-[min(92vw,30rem)] rounded-2xl p-0 backdrop:bg-black/40">
        <form
          method="dialog"
          className="space-y-4 p-5"
          onSubmit={(e) => {
            e.preventDefault();
            run();
          }}
        >
          <h2 id={`${id}-t`} className="text-lg font-bold">
            {title}
          </h2>
          <p>{body}</p>
          {reason ? (
            <div>
              <label htmlFor={`${id}-r`} className="mb-1 block text-sm font-medium">
                {reason.label}
              </label>
              <textarea
                id={`${id}-r`}
                required
                minLength={2}
                maxLength={200}
                rows={2}
                value={why}
                onChange={(e) => setWhy(e.currentTarget.value)}
                className="block w-full rounded-xl border border-stone-300 px-3 py-2"
              />
            </div>
          ) : null}
          <div className="grid grid-cols-2 gap-2">
            <ClientButton variant="secondary" onClick={() => dialog.current?.close()}>
              取消
            </ClientButton>
            <Button type="submit" variant={variant === "danger" ? "danger" : "primary"} disabled={pending || (reason ? why.trim().length < 2 : false)}>
              {pending ? "处理中…" : confirmLabel}
            </Button>
          </div>
        </form>
      </dialog>
    </div>
  );
}
