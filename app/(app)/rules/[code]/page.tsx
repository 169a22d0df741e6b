import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Citation } from "@/components/learn/citation";
import { requireViewer } from "@/lib/auth/guard";
import { RULE_GROUP_LABEL, getRule } from "@/lib/content/queries";
import { ZRuleCode } from "@/lib/content/schema";
import { db } from "@/lib/db/client";

export const metadata: Metadata = { title: "规则" };

export default async function RulePage({ params }: { params: Promise<{ code: string }> }) {
  await requireViewer({ permission: "learn" });
  const code = ZRuleCode.safeParse((await params).code);
  if (!code.success) notFound();
  const rule = await getRule(db(), code.data);
  if (!rule) notFound();
  return (
    <article aria-labelledby="rule-title" className="mx-auto max-w-2xl space-y-5">
      <nav aria-label="面包屑" className="text-sm text-stone-500">
        <Link href="/rules" className="hover:underline">
          规则库
        </Link>{" "}
        › {RULE_GROUP_LABEL[rule.group as keyof typeof RULE_GROUP_LABEL] ?? rule.group}
      </nav>
      <h1 id="rule-title" className="text-2xl font-bold">
        <span className="mr-2 font-mono text-brand-700">{rule.code}</span>
        {rule.title}
      </h1>
      <p className="text-[17px]">{rule.summary}</p>
      <blockquote className="space-y-1 border-l-4 border-brand-700 bg-brand-50 px-4 py-3">
        <p>{rule.quote}</p>
        <Citation c={rule.citation} />
      </blockquote>
      <section aria-labelledby="rule-lessons">
        <h2 id="rule-lessons" className="mb-2 font-semibold">
          讲授本规则的课时
        </h2>
        <ul className="divide-y divide-stone-200 rounded-2xl border border-stone-200 bg-white">
          {rule.lessons.map((l) => (
            <li key={l.id}>
              <Link href={`/learn/${l.moduleSlug}/${l.id}`} className="block min-h-12 px-4 py-3 hover:bg-stone-50">
                {l.title}
              </Link>
            </li>
          ))}
        </ul>
      </section>
      {rule.cases.length ? (
        <section aria-labelledby="rule-cases">
          <h2 id="rule-cases" className="mb-2 font-semibold">
            相关案例
          </h2>
          <ul className="list-inside list-disc text-stone-700">
            {rule.cases.map((k) => (
              <li key={k.code}>
                {k.code} · {k.title}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
