"use client";

import { signOut } from "next-auth/react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import type { ActionResult } from "@/lib/auth/guard";

export function PasswordForm({ action, rule }: { action: (input: unknown) => Promise<ActionResult<void>>; rule: string }) {
  const [result, setResult] = useState<ActionResult<void> | null>(null);
  const [pending, setPending] = useState(false);
  const errors = result && !result.ok ? (result.fieldErrors ?? {}) : {};

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setPending(true);
    const r = await action(Object.fromEntries(new FormData(e.currentTarget)));
    setResult(r);
    setPending(false);
    // The change ended every session; sign in again with the new password.
    if (r.ok) await signOut({ callbackUrl: "/login?changed=1" });
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} className="space-y-4" noValidate>
      <Field label="当前密码" name="current" type="password" autoComplete="current-password" error={errors.current} required />
      <Field label="新密码" name="next" type="password" autoComplete="new-password" hint={rule} error={errors.next} required />
      <Field label="再次输入新密码" name="confirm" type="password" autoComplete="new-password" error={errors.confirm} required />
      {result && !result.ok && !Object.keys(errors).length ? (
        <p role="alert" className="rounded-lg bg-red-50 p-3 text-sm text-red-800">
          {result.error}
        </p>
      ) : null}
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "正在保存…" : "保存新密码"}
      </Button>
    </form>
  );
}
