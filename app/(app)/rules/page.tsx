import type { Metadata } from "next";
import Link from "next/link";
import { SearchBox } from "@/components/learn/search-box";
import { requireViewer } from "@/lib/auth/guard";
import { RULE_GROUP_LABEL, listRules } from "@/lib/content/queries";
import { db } from "@/lib/db/client";

export const metadata: Metadata = { title: "规则库" };

export default async function RulesPage() {
  await requireViewer({ permission: "learn" });
  const rules = await listRules(db());
  const groups = Object.entries(RULE_GROUP_LABEL).map(([g, label]) => ({ label, rules: rules.filter((r) => r.group === g) }));
  return (
    <section aria-labelledby="rules-title" className="space-y-5">
      <h1 id="rules-title" className="text-xl font-bold">
        规则库
      </h1>
      <SearchBox />
      {groups
        .filter((g) => g.rules.length)
        .map((g) => (
          <div key={g.label}>
            <h2 className="mb-2 font-semibold">{g.label}</h2>
            <ul className="divide-y divide-stone-200 rounded-2xl border border-stone-200 bg-white">
              {g.rules.map((r) => (
                <li key={r.code}>
                  <Link href={`/rules/${r.code}`} className="flex min-h-12 gap-3 px-4 py-2 hover:bg-stone-50">
                    <span className="w-10 shrink-0 font-mono text-sm text-brand-700">{r.code}</span>
                    <span>
                      {r.title}
                      <span className="block text-xs text-stone-500">{r.summary}</span>
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        ))}
    </section>
  );
}
