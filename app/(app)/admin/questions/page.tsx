import type { Metadata } from "next";
import Link from "next/link";
import { QuestionsHeading, STATUS_TONE } from "@/components/authoring/question-nav";
import { TYPE_NAMES } from "@/components/authoring/draft";
import { buttonClass } from "@/components/ui/button";
import { FilterSelect } from "@/components/ui/filter-select";
import { requireViewer } from "@/lib/auth/guard";
import { PAGE_SIZE, ZQuestionListQuery, listQuestions } from "@/lib/authoring/list-questions";
import { editorCatalog } from "@/lib/authoring/references";
import { db } from "@/lib/db/client";
import { QUESTION_STATUS_LABEL } from "@/lib/labels";

export const metadata: Metadata = { title: "题库管理" };

const select = "block min-h-11 w-full rounded-xl border border-stone-300 bg-white px-3 py-2";

export default async function QuestionsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireViewer({ permission: "admin" });
  const raw = await searchParams;
  const parsed = ZQuestionListQuery.safeParse(Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])));
  const f = parsed.success ? parsed.data : ZQuestionListQuery.parse({});
  const d = db();
  const [{ rows, total }, catalog] = await Promise.all([listQuestions(d, f), editorCatalog(d)]);
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const qs = (page: number) => {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries(f)) if (v !== undefined && k !== "page") p.set(k, String(v === true ? "1" : v));
    p.set("page", String(page));
    return `?${p}`;
  };
  const moduleTitle = new Map(catalog.modules.map((m) => [m.slug, m.title]));

  return (
    <section aria-labelledby="qb-title" className="space-y-4">
      <QuestionsHeading id="qb-title" title="题库管理" current="/admin/questions" />

      <form method="get" className="grid gap-3 rounded-2xl border border-stone-200 bg-white p-4 sm:grid-cols-3" aria-label="筛选题目">
        <FilterSelect label="模块" name="module" value={f.module} all="全部模块" options={catalog.modules.map((m) => [m.slug, m.title] as const)} />
        <FilterSelect label="题型" name="type" value={f.type} all="全部题型" options={TYPE_NAMES} />
        <FilterSelect label="状态" name="status" value={f.status} all="全部状态" options={QUESTION_STATUS_LABEL} />
        <div>
          <label htmlFor="f-rule" className="mb-1 block text-sm font-medium">
            规则编码
          </label>
          <input id="f-rule" name="rule" list="f-rules" defaultValue={f.rule ?? ""} placeholder="如 V1" className={select} />
          <datalist id="f-rules">
            {catalog.rules.map((r) => (
              <option key={r.code} value={r.code}>
                {r.title}
              </option>
            ))}
          </datalist>
        </div>
        <div>
          <label htmlFor="f-q" className="mb-1 block text-sm font-medium">
            关键词
          </label>
          <input id="f-q" name="q" type="search" defaultValue={f.q ?? ""} placeholder="题干或标识" className={select} />
        </div>
        <label className="flex min-h-11 items-center gap-2 self-end">
          <input type="checkbox" name="flagged" value="1" defaultChecked={Boolean(f.flagged)} className="size-5 accent-brand-700" />
          只看待核对的题目
        </label>
        <div className="flex gap-2 sm:col-span-3">
          <button type="submit" className={buttonClass("primary")}>
            筛选
          </button>
          <Link href="/admin/questions" className={buttonClass("ghost")}>
            清除
          </Link>
        </div>
        {!parsed.success ? (
          <p role="alert" className="text-sm text-red-700 sm:col-span-3">
            筛选条件有误，已显示全部题目：{parsed.error.issues[0]?.message}
          </p>
        ) : null}
      </form>

      <p role="status" className="text-sm text-stone-600">
        共 {total} 道题{total > PAGE_SIZE ? `，第 ${f.page}/${pages} 页` : ""}
      </p>
      <ul className="space-y-2">
        {rows.map((q) => (
          <li key={q.id}>
            <Link
              href={`/admin/questions/${encodeURIComponent(q.id)}`}
              className="block space-y-1 rounded-2xl border border-stone-200 bg-white p-3 hover:border-brand-700"
            >
              <span className="flex flex-wrap items-center gap-1.5 text-xs">
                <span className={`rounded px-1.5 py-0.5 ${STATUS_TONE[q.status]}`}>{QUESTION_STATUS_LABEL[q.status]}</span>
                <span className="rounded bg-brand-50 px-1.5 py-0.5 text-brand-800">{TYPE_NAMES[q.type]}</span>
                <span className="text-stone-500">{moduleTitle.get(q.moduleSlug) ?? q.moduleSlug}</span>
                <span className="text-stone-500">第 {q.currentVersion} 版</span>
                {q.flaggedAt ? <span className="rounded bg-amber-200 px-1.5 py-0.5 text-amber-950">⚑ 待核对</span> : null}
                {q.voided ? <span className="rounded bg-red-100 px-1.5 py-0.5 text-red-800">当前版本已作废</span> : null}
                {q.origin === "admin" ? <span className="text-stone-500">后台编辑</span> : null}
              </span>
              <span className="line-clamp-2 block text-[15px] text-stone-900">{q.stem}</span>
              <span className="block font-mono text-xs text-stone-500">
                {q.id} · {q.rules.join("、")}
              </span>
            </Link>
          </li>
        ))}
      </ul>
      {pages > 1 ? (
        <nav aria-label="分页" className="flex items-center justify-between">
          {f.page > 1 ? (
            <Link href={qs(f.page - 1)} className={buttonClass("secondary")}>
              ← 上一页
            </Link>
          ) : (
            <span />
          )}
          {f.page < pages ? (
            <Link href={qs(f.page + 1)} className={buttonClass("secondary")}>
              下一页 →
            </Link>
          ) : null}
        </nav>
      ) : null}
    </section>
  );
}
