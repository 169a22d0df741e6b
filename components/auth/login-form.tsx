"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { Field } from "@/components/ui/field";
import { useServerAction } from "@/components/forms/use-server-action";
import { SubmitButton } from "@/components/forms/client-button";
import type { ActionResult } from "@/lib/auth/guard";

/** `secondary`: single sign-on is the main way in, so this button steps back. */
export function LoginForm({ secondary = false }: { secondary?: boolean }) {
  const router = useRouter();

  const signingIn = useServerAction(
    async (form: FormData): Promise<ActionResult<void>> => {
      const res = await signIn("credentials", {
        username: String(form.get("username") ?? ""),
        password: String(form.get("password") ?? ""),
        redirect: false,
      });
      if (res?.ok && !res.error) return { ok: true, data: undefined };
      return { ok: false, error: res?.error && res.error !== "CredentialsSignin" ? res.error : "用户名或密码错误" };
    },
    {
      onSuccess: () => {
        router.replace("/");
        router.refresh();
      },
    },
  );
  // Signed in: the button stays off while the home page loads.
  const pending = signingIn.pending || signingIn.result?.ok === true;
  // Cleared while a new try runs, so the same message is announced again if it comes back.
  const error = signingIn.pending ? null : signingIn.error;

  return (
    <form
      method="post"
      onSubmit={(e) => {
        e.preventDefault();
        signingIn.run(new FormData(e.currentTarget));
      }}
      className="space-y-4"
      noValidate
      aria-describedby={error ? "login-error" : undefined}
    >
      <Field label="用户名或手机号" name="username" autoComplete="username" required />
      <Field label="密码" name="password" type="password" autoComplete="current-password" required />
      {error ? (
        <p id="login-error" role="alert" className="rounded-lg bg-red-50 p-3 text-sm text-red-800">
          {error}
        </p>
      ) : null}
      <SubmitButton variant={secondary ? "secondary" : "primary"} className="w-full" disabled={pending}>
        {pending ? "正在登录…" : "登录"}
      </SubmitButton>
    </form>
  );
}
