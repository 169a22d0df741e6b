import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/lib/db/client";
import { verifyCertificate } from "@/lib/tracking/certificates";
import { formatChinaDate } from "@/lib/tracking/time";

export const metadata: Metadata = { title: "证书查验", robots: { index: false } };

// Public: confirms a certificate by its code, showing only what is printed on it.
export default async function VerifyPage({ params }: { params: Promise<{ code: string }> }) {
  const raw = (await params).code;
  let code = raw;
  try {
    code = decodeURIComponent(raw);
  } catch {
    /* malformed escape: look it up as typed (it will not be found) */
  }
  const cert = await verifyCertificate(db(), code);
  return (
    <main id="main" className="mx-auto flex min-h-dvh max-w-md flex-col justify-center gap-5 px-5 py-10">
      <h1 className="text-center text-2xl font-bold">结业证书查验</h1>
      {cert ? (
        <section role="status" aria-label="查验结果" className="space-y-3 rounded-2xl border-2 border-green-600 bg-white p-5">
          <p className="text-lg font-semibold text-green-700">✓ 证书真实有效</p>
          <dl className="grid grid-cols-[5em_1fr] gap-x-3 gap-y-1">
            <dt className="text-stone-500">证书编号</dt>
            <dd className="font-mono">{cert.code}</dd>
            <dt className="text-stone-500">姓名</dt>
            <dd>{cert.memberName}</dd>
            <dt className="text-stone-500">单位</dt>
            <dd>{cert.unitName}</dd>
            <dt className="text-stone-500">课程</dt>
            <dd>{cert.courseTitle}</dd>
            <dt className="text-stone-500">完成日期</dt>
            <dd>{formatChinaDate(cert.completedAt)}</dd>
            {cert.score !== null ? (
              <>
                <dt className="text-stone-500">考试成绩</dt>
                <dd>{cert.score} 分</dd>
              </>
            ) : null}
          </dl>
        </section>
      ) : (
        <section role="status" aria-label="查验结果" className="rounded-2xl border-2 border-red-600 bg-white p-5 text-red-800">
          未找到编号为“{code.slice(0, 40)}”的证书。请核对编号后重试。
        </section>
      )}
      <Link href="/verify" className="text-center text-brand-700 hover:underline">
        查验其他证书
      </Link>
    </main>
  );
}
