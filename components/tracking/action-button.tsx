"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
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
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, setPending] = useState(false);
  async function run() {
    if (confirm && !window.confirm(confirm)) return;
    setPending(true);
    const r = await action(input);
    setPending(false);
    setMessage(r.ok ? { ok: true, text: done } : { ok: false, text: r.error });
  }
  return (
    <div className="space-y-1">
      <Button type="button" variant={variant} onClick={() => void run()} disabled={pending} className="w-full sm:w-auto">
        {pending ? pendingLabel : label}
      </Button>
      <p role="status" aria-live="polite" className={`text-sm ${message?.ok === false ? "text-red-700" : "text-stone-600"}`}>
        {message?.text ?? ""}
      </p>
    </div>
  );
}
