import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ProgressBar } from "@/components/ui/progress-bar";
import { requireViewer } from "@/lib/auth/guard";
import { getModule } from "@/lib/content/queries";
import { db } from "@/lib/db/client";

export const metadata: Metadata = { title: "课程模块" };

const STATE = { learned: "✓ 已学", started: "学习中", new: "未学" } as const;

export default async function ModulePage({ params }: { params: Promise<{ module: string }> }) {
  const viewer = await requireViewer({ permission: "learn" });
  const mod = await getModule(db(), (await params).module, viewer.id);
  if (!mod) notFound();
  const learned = mod.lessons.filter((l) => l.state === "learned").length;
  return (
    <section aria-labelledby="mod-title" className="space-y-4">
      <nav aria-label="面包屑" className="text-sm text-stone-500">
        <Link href="/learn" className="hover:underline">
          我的课程
        </Link>{" "}
        › 第 {mod.position} 模块
      </nav>
      <h1 id="mod-title" className="text-xl font-bold">
        {mod.title}
      </h1>
      <p className="text-stone-700">{mod.summary}</p>
      <div className="space-y-1">
        <ProgressBar value={learned} max={mod.lessons.length} label="本模块进度" />
        <p className="text-sm text-stone-600">
          已学 {learned}/{mod.lessons.length} 课
        </p>
      </div>
      <ol className="divide-y divide-stone-200 rounded-2xl border border-stone-200 bg-white">
        {mod.lessons.map((l, i) => (
          <li key={l.id}>
            <Link href={`/learn/${mod.slug}/${l.id}`} className="flex min-h-14 items-center justify-between gap-3 px-4 py-3 hover:bg-stone-50">
              <span>
                <span className="text-stone-500">{i + 1}. </span>
                {l.title}
                <span className="mt-0.5 block text-xs text-stone-500">
                  {l.rules.join(" · ")} · 约 {l.readingMinutes} 分钟
                </span>
              </span>
              <span className={`shrink-0 text-sm ${l.state === "learned" ? "text-green-700" : "text-stone-500"}`}>{STATE[l.state]}</span>
            </Link>
          </li>
        ))}
      </ol>
    </section>
  );
}
