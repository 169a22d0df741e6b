"use client";

import { signOut } from "next-auth/react";
import { Field } from "@/components/ui/field";
import { useServerAction } from "@/components/forms/use-server-action";
import type { ActionResult } from "@/lib/auth/guard";
import { SubmitRow } from "@/components/forms/form-error";

export function PasswordForm({ action, rule }: { action: (input: unknown) => Promise<ActionResult<void>>; rule: string }) {
  // The change ended every session; sign in again with the new password.
  const save = useServerAction(action, { onSuccess: () => signOut({ callbackUrl: "/login?changed=1" }) });
  const errors = save.fieldErrors;

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        save.run(Object.fromEntries(new FormData(e.currentTarget)));
      }}
      className="space-y-4"
      noValidate
    >
      <Field label="当前密码" name="current" type="password" autoComplete="current-password" error={errors.current} required />
      <Field label="新密码" name="next" type="password" autoComplete="new-password" hint={rule} error={errors.next} required />
      <Field label="再次输入新密码" name="confirm" type="password" autoComplete="new-password" error={errors.confirm} required />
      <SubmitRow error={save.formError} busy={save.pending} label="保存新密码" busyLabel="正在保存…" className="w-full" />
    </form>
  );
}
