import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { NotFoundError, requireViewer } from "@/lib/auth/guard";
import { diffQuestions } from "@/lib/authoring/diff";
import { getQuestion, getVersionPayload } from "@/lib/authoring/get-question";
import { db } from "@/lib/db/client";

export const metadata: Metadata = { title: "版本比较" };

const KIND = { added: "新增", removed: "删除", changed: "修改" } as const;

export default async function DiffPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ from?: string; to?: string }> }) {
  await requireViewer({ permission: "admin" });
  const { id } = await params;
  const sp = await searchParams;
  const d = db();
  const q = await getQuestion(d, id).catch((e) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  const from = Number(sp.from);
  const to = Number(sp.to ?? q.currentVersion);
  if (!Number.isInteger(from) || !Number.isInteger(to)) notFound();
  const [a, b] = await Promise.all([getVersionPayload(d, q.id, from), getVersionPayload(d, q.id, to)]).catch((e) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  const changes = diffQuestions(a.payload, b.payload);
  const info = (n: number) => q.versions.find((v) => v.version === n)!;
  return (
    <section aria-labelledby="diff-title" className="space-y-4">
      <h1 id="diff-title" className="text-xl font-bold">
        第 {from} 版 → 第 {to} 版
      </h1>
      <p className="text-sm text-stone-600">
        <span className="font-mono">{q.id}</span> · 第 {from} 版由 {info(from).createdBy ?? "课程内容同步"} 保存 · 第 {to} 版由{" "}
        {info(to).createdBy ?? "课程内容同步"} 保存
      </p>
      <Link href={`/admin/questions/${encodeURIComponent(q.id)}`} className="text-brand-700 underline">
        ← 返回题目
      </Link>
      {changes.length === 0 ? (
        <p role="status" className="rounded-xl bg-stone-100 p-3">
          两个版本内容相同。
        </p>
      ) : (
        <>
          <p role="status">
            共 {changes.length} 处改动{changes.some((c) => c.affectsKey) ? `，其中 ${changes.filter((c) => c.affectsKey).length} 处影响答案或计分` : ""}。
          </p>
          <ol className="space-y-3">
            {changes.map((c) => (
              <li key={c.key} className={`space-y-2 rounded-2xl border bg-white p-4 ${c.affectsKey ? "border-amber-500" : "border-stone-200"}`}>
                <p className="flex flex-wrap items-center gap-2 font-medium">
                  {c.label}
                  <span className="rounded bg-stone-100 px-1.5 text-xs">{KIND[c.kind]}</span>
                  {c.affectsKey ? <span className="rounded bg-amber-100 px-1.5 text-xs text-amber-900">影响答案/计分</span> : null}
                </p>
                <div className="grid gap-2 sm:grid-cols-2">
                  <div className="rounded-lg bg-red-50 p-2">
                    <p className="text-xs text-red-800">第 {from} 版</p>
                    <p className="whitespace-pre-wrap break-words">
                      {c.before === null ? <span className="text-stone-500">（无）</span> : <del className="no-underline">{c.before}</del>}
                    </p>
                  </div>
                  <div className="rounded-lg bg-green-50 p-2">
                    <p className="text-xs text-green-800">第 {to} 版</p>
                    <p className="whitespace-pre-wrap break-words">
                      {c.after === null ? <span className="text-stone-500">（无）</span> : <ins className="no-underline">{c.after}</ins>}
                    </p>
                  </div>
                </div>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
