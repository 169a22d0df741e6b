"use client";

import { useActionState } from "react";
import { buttonClass } from "@/components/ui/button";
import type { FormAction } from "./types";

/**
 * A button that starts something on the server (a quiz, a scenario, a review) and lands on the
 * attempt. Disabled while the request runs, so a double tap starts nothing twice (the server
 * returns the same open attempt anyway); a refusal (e.g. no attempts left) is shown beside it.
 */
export function StartForm({
  action,
  fields = {},
  label,
  pendingLabel = "正在进入…",
  variant = "primary",
  className = "",
  ariaLabel,
}: {
  action: FormAction;
  fields?: Record<string, string>;
  label: React.ReactNode;
  pendingLabel?: string;
  variant?: "primary" | "secondary" | "ghost";
  className?: string;
  ariaLabel?: string;
}) {
  const [error, run, pending] = useActionState(async (_prev: string | null, form: FormData) => {
    const r = await action(form);
    return r.ok ? null : r.error;
  }, null);
  return (
    <form action={run} className={className}>
      {Object.entries(fields).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <button type="submit" disabled={pending} aria-label={ariaLabel} className={buttonClass(variant, "w-full")}>
        {pending ? pendingLabel : label}
      </button>
      {error ? (
        <p role="alert" className="mt-1 text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </form>
  );
}
