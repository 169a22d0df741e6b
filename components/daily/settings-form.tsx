"use client";

import { Button } from "@/components/ui/button";
import { useServerAction } from "@/components/forms/use-server-action";
import type { ActionResult } from "@/lib/auth/guard";

/** A small settings form: posts its fields to a server action and says 已保存 or what is wrong, in a live region (the server validates; noValidate keeps the messages Chinese and the same everywhere). */
export function SettingsForm({
  action,
  label,
  children,
}: {
  action: (input: unknown) => Promise<ActionResult<unknown>>;
  label: string;
  children: React.ReactNode;
}) {
  const save = useServerAction(action);
  const { pending } = save;
  const state = save.result ? (save.result.ok ? { ok: true, text: "已保存" } : { ok: false, text: save.result.error }) : null;
  return (
    <form action={save.formAction} aria-label={label} className="space-y-3" noValidate>
      {children}
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "正在保存…" : "保存"}
      </Button>
      <p role="status" aria-live="polite" className={`min-h-5 text-sm ${state && !state.ok ? "text-red-700" : "text-stone-700"}`}>
        {state?.text ?? ""}
      </p>
    </form>
  );
}
