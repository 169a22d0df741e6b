import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { SsoButton } from "@/components/auth/sso-button";
import { currentViewer } from "@/lib/auth/guard";
import { homeFor } from "@/lib/auth/permissions";
import { providerSignOutUrl } from "@/lib/auth/sso/client";
import { SSO_PROVIDER_ID, passwordSignInMode, ssoConfig } from "@/lib/auth/sso/config";
import { signInPageError } from "@/lib/auth/sso/messages";

export const metadata: Metadata = { title: "登录" };

type Search = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);

// Public: the sign-in page. A signed-in visitor goes straight to his home. With single sign-on
// configured it offers 统一身份认证登录 first; PASSWORD_SIGN_IN=staff folds the password form away
// for secretaries and admins (cadres are refused it on the server too).
export default async function LoginPage({ searchParams }: { searchParams: Promise<Search> }) {
  const viewer = await currentViewer();
  if (viewer) redirect(homeFor(viewer.role));
  const search = await searchParams;
  const sso = ssoConfig();
  const error = signInPageError(one(search.error));
  const providerSignOut = sso && one(search.signedOut) === "sso" ? await providerSignOutUrl(sso) : null;
  const staffOnly = sso !== null && passwordSignInMode() === "staff";
  return (
    <main id="main" className="mx-auto flex min-h-dvh max-w-sm flex-col justify-center px-5 py-10">
      <div className="mb-8 text-center">
        <div aria-hidden className="mx-auto mb-3 flex size-14 items-center justify-center rounded-2xl bg-brand-700 text-2xl font-bold text-white">
          微
        </div>
        <h1 className="text-2xl font-bold">微信使用规范学堂</h1>
        <p className="mt-1 text-sm text-stone-600">公职人员微信使用规范培训与自测</p>
      </div>
      {one(search.changed) ? (
        <p role="status" className="mb-4 rounded-lg bg-green-50 p-3 text-sm text-green-800">
          密码已修改，请使用新密码重新登录。
        </p>
      ) : null}
      {one(search.signedOut) === "1" ? (
        <p role="status" className="mb-4 rounded-lg bg-green-50 p-3 text-sm text-green-800">
          已安全退出。在公用设备上，请关闭浏览器窗口。
        </p>
      ) : null}
      {providerSignOut ? (
        <div role="status" className="mb-4 space-y-2 rounded-lg bg-stone-100 p-3 text-sm text-stone-800">
          <p>您已退出本系统。统一身份认证平台上的登录仍然有效；在公用电脑上，请一并退出。</p>
          <a href={providerSignOut} className="inline-flex min-h-11 items-center font-medium text-brand-700 underline">
            退出统一身份认证
          </a>
        </div>
      ) : null}
      {error ? (
        <p role="alert" className="mb-4 rounded-lg bg-red-50 p-3 text-sm text-red-800">
          {error}
        </p>
      ) : null}
      {sso ? (
        <>
          <SsoButton label={sso.label} providerId={SSO_PROVIDER_ID} />
          {staffOnly ? (
            <details className="group mt-6 rounded-xl border border-stone-200 bg-white">
              <summary className="flex min-h-11 cursor-pointer list-none items-center justify-between px-4 text-sm text-stone-700">
                书记、管理员账号密码登录
                <svg
                  aria-hidden
                  viewBox="0 0 24 24"
                  className="size-4 transition-transform group-open:rotate-180"
                  fill="none"
                  stroke="currentColor"
                  strokeWidth="2"
                >
                  <path d="M6 9l6 6 6-6" />
                </svg>
              </summary>
              <div className="px-4 pb-4">
                <LoginForm secondary />
              </div>
            </details>
          ) : (
            <>
              <p className="my-5 flex items-center gap-3 text-sm text-stone-500 before:h-px before:flex-1 before:bg-stone-200 after:h-px after:flex-1 after:bg-stone-200">
                或使用账号密码
              </p>
              <LoginForm secondary />
            </>
          )}
        </>
      ) : (
        <LoginForm />
      )}
    </main>
  );
}
