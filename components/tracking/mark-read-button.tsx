"use client";

import { useFormStatus } from "react-dom";
import type { ActionResult } from "@/lib/auth/guard";

type MarkRead = (input: unknown) => Promise<ActionResult<{ marked: number }>>;

/**
 * A form bound to the server action itself, not an onClick handler: it works before hydration
 * (a click on a slow phone, or in CI, used to do nothing until React had loaded) and the action's
 * revalidatePath refreshes the list either way. Failure is visible: the notices stay unread.
 */
export function MarkReadButton({ action, id, label = "全部标为已读" }: { action: MarkRead; id?: string; label?: string }) {
  return (
    <form action={action as unknown as (f: FormData) => Promise<void>}>
      {id ? <input type="hidden" name="id" value={id} /> : null}
      <Submit label={label} />
    </form>
  );
}

function Submit({ label }: { label: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending} className="min-h-11 rounded-lg px-3 text-sm text-brand-700 hover:bg-brand-50 disabled:text-stone-400">
      {pending ? "…" : label}
    </button>
  );
}
