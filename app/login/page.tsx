import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { currentViewer } from "@/lib/auth/guard";
import { homeFor } from "@/lib/auth/permissions";

export const metadata: Metadata = { title: "登录" };

// Public: the sign-in page. A signed-in visitor goes straight to his home.
export default async function LoginPage({ searchParams }: { searchParams: Promise<{ changed?: string }> }) {
  const viewer = await currentViewer();
  if (viewer) redirect(homeFor(viewer.role));
  const { changed } = await searchParams;
  return (
    <main id="main" className="mx-auto flex min-h-dvh max-w-sm flex-col justify-center px-5 py-10">
      <div className="mb-8 text-center">
        <div aria-hidden className="mx-auto mb-3 flex size-14 items-center justify-center rounded-2xl bg-brand-700 text-2xl font-bold text-white">
          微
        </div>
        <h1 className="text-2xl font-bold">微信使用规范学堂</h1>
        <p className="mt-1 text-sm text-stone-600">公职人员微信使用规范培训与自测</p>
      </div>
      {changed ? (
        <p role="status" className="mb-4 rounded-lg bg-green-50 p-3 text-sm text-green-800">
          密码已修改，请使用新密码重新登录。
        </p>
      ) : null}
      <LoginForm />
    </main>
  );
}
