"use client";

import { ClientButton } from "@/components/forms/client-button";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";

/** An unexpected error in a signed-in page: shown inside the app's shell, with a retry. No details (they stay in the server log). */
export default function AppError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="mx-auto max-w-md space-y-3 rounded-2xl border border-stone-200 bg-white p-6">
      <p className="text-sm font-semibold text-brand-700">出错了</p>
      <h1 className="text-xl font-bold">页面暂时无法显示</h1>
      <p className="text-stone-600">请稍后重试；如果问题持续，请联系管理员。你已保存的答案和学习记录不受影响。</p>
      <p className="flex flex-wrap gap-2">
        <ClientButton onClick={reset}>重试</ClientButton>
        <Link href="/" className={buttonClass("secondary")}>
          返回首页
        </Link>
      </p>
    </div>
  );
}
