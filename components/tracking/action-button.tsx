"use client";

import { ClientButton } from "@/components/forms/client-button";
import { useServerAction } from "@/components/forms/use-server-action";
import type { ActionResult } from "@/lib/auth/guard";

/** A button that runs one server action with fixed input and announces the outcome. */
export function ActionButton({
  action,
  input,
  label,
  pendingLabel,
  done,
  confirm,
  variant = "secondary",
}: {
  action: (input: unknown) => Promise<ActionResult<unknown>>;
  input: Record<string, unknown>;
  label: string;
  pendingLabel: string;
  done: string;
  confirm?: string;
  variant?: "primary" | "secondary" | "ghost" | "danger";
}) {
  const call = useServerAction(action);
  const message = call.result ? (call.result.ok ? { ok: true, text: done } : { ok: false, text: call.result.error }) : null;
  function run() {
    if (confirm && !window.confirm(confirm)) return;
    call.run(input);
  }
  return (
    <div className="space-y-1">
      <ClientButton variant={variant} onClick={run} disabled={call.pending} className="w-full sm:w-auto">
        {call.pending ? pendingLabel : label}
      </ClientButton>
      <p role="status" aria-live="polite" className={`text-sm ${message?.ok === false ? "text-red-700" : "text-stone-600"}`}>
        {message?.text ?? ""}
      </p>
    </div>
  );
}
