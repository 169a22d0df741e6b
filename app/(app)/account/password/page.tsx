import type { Metadata } from "next";
import { PasswordForm } from "@/components/auth/password-form";
import { requireViewer } from "@/lib/auth/guard";
import { PASSWORD_RULE } from "@/lib/auth/password";
import { changePasswordAction } from "./actions";

export const metadata: Metadata = { title: "修改密码" };

export default async function PasswordPage() {
  const viewer = await requireViewer({ allowPendingPasswordChange: true });
  return (
    <section aria-labelledby="pw-title" className="mx-auto max-w-sm space-y-4">
      <h1 id="pw-title" className="text-xl font-bold">
        修改密码
      </h1>
      {viewer.mustChangePassword ? (
        <p role="status" className="rounded-lg bg-amber-50 p-3 text-sm text-amber-900">
          您的账号使用的是初始密码，请先设置新密码后再继续使用。
        </p>
      ) : null}
      <PasswordForm action={changePasswordAction} rule={PASSWORD_RULE} />
    </section>
  );
}
