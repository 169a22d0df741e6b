import { Icon } from "@/components/ui/icons";
import type { CertificateRow } from "@/lib/tracking/certificates";
import { formatChinaDate } from "@/lib/tracking/time";

/** 我的证书: every certificate the member holds, to download, with its 查验 code. Says so when there is none yet. */
export function MyCertificates({ certificates }: { certificates: CertificateRow[] }) {
  return (
    <section id="certificates" aria-labelledby="cert-title" className="space-y-2 rounded-2xl border border-stone-200 bg-white p-4">
      <h2 id="cert-title" className="flex items-center gap-2 text-lg font-semibold">
        <Icon name="award" className="size-5 text-brand-700" />
        我的证书
      </h2>
      {certificates.length ? (
        <ul className="divide-y divide-stone-200">
          {certificates.map((c) => (
            <li key={c.code} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <span>
                {c.courseTitle}
                <span className="block text-xs text-stone-600">
                  {formatChinaDate(c.completedAt)} 完成 · 查验码 <span className="font-mono">{c.code}</span>
                </span>
              </span>
              <a href={`/api/certificates/${c.code}`} className="inline-flex min-h-11 items-center text-brand-700 underline">
                下载证书（PDF）
              </a>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-stone-600">还没有证书：完成支部布置的学习任务（学完课程、通过结业考试）后，证书会出现在这里。</p>
      )}
    </section>
  );
}
