import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";

export const metadata: Metadata = { title: "未找到" };

/**
 * Every notFound() and unknown path: in Chinese, never Next's English default (a bad id in a URL
 * ends here — security review F10 asks for a Chinese page for every 4xx).
 */
export default function NotFound() {
  return (
    <main id="main" className="mx-auto flex min-h-dvh max-w-sm flex-col justify-center px-5 py-10">
      <p className="text-sm font-semibold text-brand-700">微信使用规范学堂 · 404</p>
      <h1 className="mt-2 text-2xl font-bold">未找到</h1>
      <p className="mt-3 text-stone-600">页面不存在，或不在您的查看范围内。请检查链接，或回到首页。</p>
      <p className="mt-6">
        <Link href="/" className={buttonClass("primary")}>
          返回首页
        </Link>
      </p>
    </main>
  );
}
