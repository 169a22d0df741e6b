import type { Metadata } from "next";
import Link from "next/link";
import { requireViewer } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { allUnits, toTree, type UnitNode } from "@/lib/org/units";
import { UNIT_KIND_LABEL } from "@/lib/labels";

export const metadata: Metadata = { title: "管理" };

function Tree({ nodes }: { nodes: UnitNode[] }) {
  return (
    <ul className="space-y-1 border-l border-stone-200 pl-4">
      {nodes.map((n) => (
        <li key={n.id}>
          <Link href={`/branch?unit=${n.id}`} className="inline-flex min-h-11 items-center gap-2 hover:text-brand-700">
            <span>{n.name}</span>
            <span className="text-xs text-stone-500">{UNIT_KIND_LABEL[n.kind]}</span>
          </Link>
          {n.children.length ? <Tree nodes={n.children} /> : null}
        </li>
      ))}
    </ul>
  );
}

const SECTIONS: { title: string; links: [string, string][] }[] = [
  {
    title: "组织与成员",
    links: [
      ["/admin/org", "组织架构管理"],
      ["/admin/members", "成员管理"],
      ["/admin/members/import", "批量导入成员"],
    ],
  },
  {
    title: "题库与测验",
    links: [
      ["/admin/questions", "题库管理"],
      ["/admin/questions/new", "新建题目"],
      ["/admin/questions/transfer", "导入导出"],
      ["/admin/questions/analysis", "题目分析"],
      ["/admin/questions/quizzes", "测验与组卷"],
    ],
  },
  {
    title: "系统",
    links: [
      ["/admin/audit", "操作日志"],
      ["/admin/jobs", "定时任务"],
      ["/admin/tokens", "API 令牌"],
      ["/branch", "学习情况（全部单位）"],
    ],
  },
];

export default async function AdminPage() {
  await requireViewer({ permission: "admin" });
  const tree = toTree(await allUnits(db()));
  return (
    <section aria-labelledby="admin-title" className="space-y-4">
      <h1 id="admin-title" className="text-xl font-bold">
        管理后台
      </h1>
      <div className="grid gap-3 sm:grid-cols-3">
        {SECTIONS.map((s) => (
          <nav key={s.title} aria-label={s.title} className="rounded-2xl border border-stone-200 bg-white p-4">
            <h2 className="mb-2 font-semibold">{s.title}</h2>
            <ul className="space-y-1">
              {s.links.map(([href, label]) => (
                <li key={href}>
                  <Link href={href} className="inline-flex min-h-11 items-center text-brand-700 hover:underline">
                    {label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        ))}
      </div>
      <div className="rounded-2xl border border-stone-200 bg-white p-4">
        <h2 className="mb-2 font-semibold">组织架构</h2>
        <Tree nodes={tree} />
      </div>
    </section>
  );
}
