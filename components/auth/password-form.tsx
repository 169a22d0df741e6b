"use client";

import { signOut } from "next-auth/react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { useServerAction } from "@/components/forms/use-server-action";
import type { ActionResult } from "@/lib/auth/guard";

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
      {save.formError ? (
        <p role="alert" className="rounded-lg bg-red-50 p-3 text-sm text-red-800">
          {save.formError}
        </p>
      ) : null}
      <Button type="submit" className="w-full" disabled={save.pending}>
        {save.pending ? "正在保存…" : "保存新密码"}
      </Button>
    </form>
  );
}
