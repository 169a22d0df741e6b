import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { SearchBox } from "@/components/learn/search-box";
import { requireViewer } from "@/lib/auth/guard";
import { search } from "@/lib/content/queries";
import { db } from "@/lib/db/client";
import { storable } from "@/lib/security/storable";

export const metadata: Metadata = { title: "搜索" };

const KIND = { rule: "规则", lesson: "课时", case: "案例" } as const;
const ZQuery = z.object({ q: z.string().trim().max(50).refine(storable).catch("") });

export default async function SearchPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  await requireViewer({ permission: "learn" });
  const { q } = ZQuery.parse(await searchParams);
  const hits = q ? await search(db(), q) : [];
  return (
    <section aria-labelledby="search-title" className="space-y-4">
      <h1 id="search-title" className="text-xl font-bold">
        搜索
      </h1>
      <SearchBox defaultValue={q} />
      {q ? (
        <p role="status" className="text-sm text-stone-600">
          “{q}” 共找到 {hits.length} 条结果
        </p>
      ) : null}
      <ul className="divide-y divide-stone-200 rounded-2xl border border-stone-200 bg-white" aria-label="搜索结果">
        {hits.map((h) => (
          <li key={`${h.kind}-${h.key}`}>
            <Link href={h.href} className="block px-4 py-3 hover:bg-stone-50">
              <span className="mr-2 rounded bg-stone-100 px-1.5 py-0.5 text-xs text-stone-600">{KIND[h.kind]}</span>
              <span className="font-medium">{h.title}</span>
              <span className="mt-1 block text-sm text-stone-600">{h.snippet}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
