import type { Metadata } from "next";
import Link from "next/link";
import { TYPE_NAMES } from "@/components/authoring/draft";
import { QuestionsHeading } from "@/components/authoring/question-nav";
import { buttonClass } from "@/components/ui/button";
import { FilterSelect } from "@/components/ui/filter-select";
import { requireViewer } from "@/lib/auth/guard";
import { EASY_ABOVE, FLAG_LABEL, HARD_BELOW, MIN_ANSWERS, ZItemAnalysisQuery, itemAnalysis } from "@/lib/authoring/item-analysis";
import { editorCatalog } from "@/lib/authoring/references";
import { db } from "@/lib/db/client";
import { ColumnHeads } from "@/components/ui/column-heads";
import { ScrollRegion } from "@/components/ui/scroll-region";

export const metadata: Metadata = { title: "题目分析" };

const KINDS = { EXAM: "考试", PRACTICE: "练习", PRE: "课前自测", POST: "课后自测", REVIEW: "错题复习" } as const;
const FLAG_TONE = { easy: "bg-sky-100 text-sky-900", hard: "bg-purple-100 text-purple-900", misleading: "bg-red-100 text-red-900" } as const;
const pct = (x: number | null) => (x === null ? "—" : `${Math.round(x * 100)}%`);

export default async function AnalysisPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  await requireViewer({ permission: "admin" });
  const parsed = ZItemAnalysisQuery.safeParse(await searchParams);
  const f = parsed.success ? parsed.data : {};
  const d = db();
  const [all, { modules }] = await Promise.all([itemAnalysis(d, f), editorCatalog(d)]);
  const stats = f.flagged ? all.filter((s) => s.flags.length) : all;
  return (
    <section aria-labelledby="ia-title" className="space-y-4">
      <QuestionsHeading id="ia-title" title="题目分析" current="/admin/questions/analysis" />
      <p className="text-sm text-stone-600">
        按已提交作答统计每道题（每个版本）：得分率（得分占满分的平均比例，部分得分按比例计，如多选题少选、情景题尚可的结局）；区分度（该题得分与其余题目得分的点二列相关，越高越能区分掌握好坏的学员，为负说明成绩好的学员反而答错）；各选项被选次数。作答满{" "}
        {MIN_ANSWERS} 次才标记：得分率高于 {EASY_ABOVE * 100}% 为“过易”，低于 {HARD_BELOW * 100}% 为“过难”，区分度为负或错误选项被选次数多于正确答案为“误导”。
      </p>
      <form method="get" className="grid gap-3 rounded-2xl border border-stone-200 bg-white p-4 sm:grid-cols-4" aria-label="筛选">
        <FilterSelect label="模块" name="module" value={f.module} all="全部模块" options={modules.map((m) => [m.slug, m.title] as const)} />
        <FilterSelect label="题型" name="type" value={f.type} all="全部题型" options={TYPE_NAMES} />
        <FilterSelect label="作答类型" name="kind" value={f.kind} all="全部" options={KINDS} />
        <label className="flex min-h-11 items-center gap-2 self-end">
          <input type="checkbox" name="flagged" value="1" defaultChecked={Boolean(f.flagged)} className="size-5 accent-brand-700" />
          只看有标记的题
        </label>
        <div className="sm:col-span-4">
          <button type="submit" className={buttonClass("primary")}>
            筛选
          </button>
        </div>
      </form>

      <p role="status" className="text-sm text-stone-600">
        {stats.length} 道题（版本）有作答，其中 {stats.filter((s) => s.flags.length).length} 道有标记。
      </p>
      <ScrollRegion label="逐题分析表" className="rounded-2xl border border-stone-200 bg-white">
        <table className="w-full min-w-[40rem] text-left text-sm">
          <caption className="sr-only">题目分析表</caption>
          <ColumnHeads
            columns={["题目", ["作答次数", "text-right"], ["得分率", "text-right"], ["区分度", "text-right"], "标记"]}
            cell="p-2"
            className="bg-stone-50"
          />
          <tbody>
            {stats.map((s) => (
              <tr key={s.versionId} className="border-t border-stone-200 align-top">
                <th scope="row" className="max-w-[22rem] p-2 font-normal">
                  <Link href={`/admin/questions/${encodeURIComponent(s.questionId)}`} className="font-mono text-brand-700 underline">
                    {s.questionId}
                  </Link>
                  <span className="text-stone-500">
                    {" "}
                    · 第 {s.version} 版 · {TYPE_NAMES[s.type]}
                    {s.voided ? " · 已作废" : ""}
                  </span>
                  <span className="line-clamp-2 block">{s.stem}</span>
                  {s.distractors.length ? (
                    <details className="mt-1">
                      <summary className="cursor-pointer text-brand-700">选项分布</summary>
                      <ul className="mt-1 space-y-0.5">
                        {s.distractors.map((x) => (
                          <li key={`${x.step ?? ""}-${x.id}`} className="flex justify-between gap-2">
                            <span>
                              {x.step ? <span className="font-mono text-stone-500">{x.step} · </span> : null}
                              {x.label}
                              {x.key ? <span className="ml-1 text-green-800">（正确/最佳）</span> : null}
                            </span>
                            <span className="font-mono">{x.count}</span>
                          </li>
                        ))}
                      </ul>
                    </details>
                  ) : null}
                </th>
                <td className="p-2 text-right font-mono">{s.answered}</td>
                <td className="p-2 text-right font-mono">{pct(s.facility)}</td>
                <td className="p-2 text-right font-mono">{s.discrimination === null ? "—" : s.discrimination.toFixed(2)}</td>
                <td className="p-2">
                  {s.flags.length ? (
                    <ul className="space-y-1">
                      {s.flags.map((fl) => (
                        <li key={fl}>
                          <span className={`rounded px-1.5 py-0.5 text-xs font-semibold ${FLAG_TONE[fl]}`}>{FLAG_LABEL[fl]}</span>
                        </li>
                      ))}
                      {s.reasons.map((r, i) => (
                        <li key={i} className="text-xs text-stone-600">
                          {r}
                        </li>
                      ))}
                    </ul>
                  ) : s.answered < MIN_ANSWERS ? (
                    <span className="text-xs text-stone-500">样本不足</span>
                  ) : (
                    <span className="text-xs text-green-800">正常</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
