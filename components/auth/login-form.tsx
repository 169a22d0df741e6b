"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, useSyncExternalStore } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";

/** `secondary`: single sign-on is the main way in, so this button steps back. */
export function LoginForm({ secondary = false }: { secondary?: boolean }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  // Until React has hydrated, a click would submit the form natively; keep the button off till then.
  const ready = useSyncExternalStore(
    () => () => {},
    () => true,
    () => false,
  );
  const router = useRouter();

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setPending(true);
    setError(null);
    const res = await signIn("credentials", {
      username: String(form.get("username") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    });
    if (res?.ok && !res.error) {
      router.replace("/");
      router.refresh();
      return;
    }
    setPending(false);
    setError(res?.error && res.error !== "CredentialsSignin" ? res.error : "用户名或密码错误");
  }

  return (
    <form method="post" onSubmit={(e) => void onSubmit(e)} className="space-y-4" noValidate aria-describedby={error ? "login-error" : undefined}>
      <Field label="用户名或手机号" name="username" autoComplete="username" required />
      <Field label="密码" name="password" type="password" autoComplete="current-password" required />
      {error ? (
        <p id="login-error" role="alert" className="rounded-lg bg-red-50 p-3 text-sm text-red-800">
          {error}
        </p>
      ) : null}
      <Button type="submit" variant={secondary ? "secondary" : "primary"} className="w-full" disabled={!ready || pending}>
        {pending ? "正在登录…" : "登录"}
      </Button>
    </form>
  );
}
