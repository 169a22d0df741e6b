import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { requireViewer } from "@/lib/auth/guard";

export const metadata: Metadata = { title: "退出登录" };

/**
 * 退出登录 asks first: the header's link sits where a thumb lands on a phone, and one stray tap
 * used to end the session. A page, not a script dialog, so the lesson reader's plain HTML (no
 * JavaScript) gets the same confirmation; the form posts to /sign-out.
 */
export default async function SignOutPage() {
  const viewer = await requireViewer({ allowPendingPasswordChange: true });
  return (
    <section aria-labelledby="sign-out-title" className="mx-auto max-w-sm space-y-4 rounded-2xl border border-stone-200 bg-white p-5">
      <h1 id="sign-out-title" className="text-xl font-bold">
        退出登录？
      </h1>
      <p className="text-[15px] leading-relaxed text-stone-700">
        {viewer.name}，退出后需要重新登录才能继续学习。已学课时和已提交的成绩都已保存；正在进行的考试不会暂停计时。
      </p>
      <form method="post" action="/sign-out" className="grid grid-cols-2 gap-2">
        <Link href="/" className={buttonClass("secondary")}>
          取消
        </Link>
        <button type="submit" className={buttonClass("primary")}>
          确认退出
        </button>
      </form>
      {/* The only way to the password page besides the forced first change: the header's one
          account link leads here. */}
      <p className="text-sm text-stone-600">
        只想换个密码？
        <Link href="/account/password" className="inline-flex min-h-11 items-center text-brand-700 underline underline-offset-2">
          修改登录密码
        </Link>
      </p>
    </section>
  );
}
