import Link from "next/link";
import { buttonClass } from "@/components/ui/button";

/** notFound() inside the signed-in app: the same words as app/not-found.tsx, but inside the app's shell (header and navigation stay). */
export default function AppNotFound() {
  return (
    <div className="mx-auto max-w-md space-y-3 rounded-2xl border border-stone-200 bg-white p-6">
      <p className="text-sm font-semibold text-brand-700">404</p>
      <h1 className="text-xl font-bold">未找到</h1>
      <p className="text-stone-600">页面不存在，或不在您的查看范围内。请检查链接，或从下方回到常用页面。</p>
      <p className="flex flex-wrap gap-2">
        <Link href="/" className={buttonClass("primary")}>
          返回首页
        </Link>
        <Link href="/learn" className={buttonClass("secondary")}>
          我的课程
        </Link>
      </p>
    </div>
  );
}
