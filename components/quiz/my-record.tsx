/**
 * 我的记录: best score per quiz, every submitted attempt with the progress over time, and the
 * pre-course against the post-course self-assessment, module by module. Each chart has its
 * figures in a table beside it.
 */
import Link from "next/link";
import type { AttemptRecord, QuizSummary, SelfCheck } from "@/lib/assessment/records";
import { shortTitle } from "@/components/charts/scale";
import { CompareChart, ProgressChart } from "./chart-figures";
import { KIND_LABEL, fmtDate, fmtPercent } from "./labels";
import { ColumnHeads } from "@/components/ui/column-heads";

const pct = (s: number, m: number) => (m > 0 ? Math.round((100 * s) / m) : 0);

export function MyRecord({
  quizzes,
  history,
  pre,
  post,
  top,
}: {
  quizzes: QuizSummary[];
  history: AttemptRecord[];
  pre: SelfCheck | null;
  post: SelfCheck | null;
  /** Shown first under the heading (the certificates). */
  top?: React.ReactNode;
}) {
  const tried = quizzes.filter((q) => q.attempts > 0);
  return (
    <div className="space-y-6">
      <h1 className="text-xl font-bold">我的记录</h1>
      {top}

      <section aria-labelledby="prepost-title" className="space-y-3 rounded-2xl border border-stone-200 bg-white p-4">
        <h2 id="prepost-title" className="text-lg font-semibold">
          课前与课后对比
        </h2>
        <PrePost pre={pre} post={post} />
      </section>

      <section aria-labelledby="progress-title" className="space-y-3 rounded-2xl border border-stone-200 bg-white p-4">
        <h2 id="progress-title" className="text-lg font-semibold">
          进步曲线
        </h2>
        {history.length >= 2 ? (
          <ProgressChart
            points={history.map((h) => ({
              key: h.publicId,
              quizId: h.quizId,
              quizTitle: h.quizTitle,
              isExam: h.kind === "EXAM",
              when: fmtDate(h.submittedAt),
              percent: Math.round(h.percent),
            }))}
          />
        ) : (
          <p className="text-sm text-stone-600">提交两次以上作答后，这里会显示你的成绩变化。</p>
        )}
      </section>

      <section aria-labelledby="best-title" className="space-y-2">
        <h2 id="best-title" className="text-lg font-semibold">
          各测验最好成绩
        </h2>
        {tried.length ? (
          <ul className="divide-y divide-stone-200 rounded-2xl border border-stone-200 bg-white">
            {tried.map((q) => (
              <li key={q.id} className="flex items-center justify-between gap-2 px-4 py-3">
                <span>
                  {q.title}
                  <span className="block text-xs text-stone-600">已提交 {q.attempts} 次</span>
                </span>
                <span className="text-right">
                  <strong className="tabular-nums">{fmtPercent(q.bestPercent ?? 0)}</strong>
                  {q.passPercent ? (
                    <span className={`block text-xs ${q.passed ? "text-green-700" : "text-red-700"}`}>{q.passed ? "已通过" : "未通过"}</span>
                  ) : null}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="rounded-2xl border border-dashed border-stone-300 bg-white p-6 text-center text-stone-600">
            还没有提交过测验。去{" "}
            <Link href="/quiz" className="text-brand-700 underline">
              测验中心
            </Link>{" "}
            开始吧。
          </p>
        )}
      </section>

      {history.length ? (
        <section aria-labelledby="all-title" className="space-y-2">
          <h2 id="all-title" className="text-lg font-semibold">
            全部作答（{history.length}）
          </h2>
          <ol className="divide-y divide-stone-200 rounded-2xl border border-stone-200 bg-white">
            {[...history].reverse().map((h, i) => (
              <li key={h.publicId}>
                <Link href={`/attempt/${h.publicId}`} className="flex min-h-11 items-center justify-between gap-2 px-4 py-2 hover:bg-stone-50">
                  <span>
                    <span className="text-xs text-stone-500">
                      第 {history.length - i} 次 · {KIND_LABEL[h.kind]} ·{" "}
                    </span>
                    {h.quizTitle}
                    <span className="block text-xs text-stone-600">{fmtDate(h.submittedAt)}</span>
                  </span>
                  <span className="shrink-0 text-right tabular-nums">
                    {fmtPercent(h.percent)}
                    {h.passed !== null ? (
                      <span className={`block text-xs ${h.passed ? "text-green-700" : "text-red-700"}`}>{h.passed ? "通过" : "未通过"}</span>
                    ) : null}
                  </span>
                </Link>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </div>
  );
}

function PrePost({ pre, post }: { pre: SelfCheck | null; post: SelfCheck | null }) {
  if (!pre && !post) return <p className="text-sm text-stone-600">完成课前自测和课后自测后，这里会对比你学习前后的变化。</p>;
  const slugs = [...new Map([...(pre?.modules ?? []), ...(post?.modules ?? [])].map((m) => [m.slug, m.title])).entries()];
  const rows = slugs.map(([slug, title]) => {
    const b = pre?.modules.find((m) => m.slug === slug);
    const a = post?.modules.find((m) => m.slug === slug);
    return { key: slug, title: shortTitle(title), full: title, before: b ? pct(b.score, b.max) : null, after: a ? pct(a.score, a.max) : null };
  });
  const diff = pre && post ? Math.round((post.percent - pre.percent) * 10) / 10 : null;
  return (
    <div className="space-y-3">
      <p className="flex flex-wrap items-baseline gap-x-3 text-lg">
        <span>
          课前 <strong className="tabular-nums">{pre ? fmtPercent(pre.percent) : "—"}</strong>
        </span>
        <span aria-hidden>→</span>
        <span>
          课后 <strong className="tabular-nums">{post ? fmtPercent(post.percent) : "—"}</strong>
        </span>
        {diff !== null ? (
          <span className={`text-base font-semibold ${diff >= 0 ? "text-green-700" : "text-red-700"}`}>
            {diff >= 0 ? `提高 ${diff}` : `下降 ${-diff}`} 个百分点
          </span>
        ) : null}
      </p>
      {!post ? <p className="text-sm text-stone-600">学完课程后做一次课后自测，就能看到对比。</p> : null}
      <CompareChart rows={rows} />
      <table className="w-full text-left text-sm">
        <caption className="sr-only">各模块课前与课后得分率</caption>
        <ColumnHeads
          columns={[
            ["模块", "pr-2"],
            ["课前", "pr-2 text-right"],
            ["课后", "text-right"],
          ]}
          cell="py-1"
          row="border-b border-stone-300"
        />
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} className="border-b border-stone-100">
              <th scope="row" className="py-1 pr-2 font-normal">
                {r.full}
              </th>
              <td className="py-1 pr-2 text-right tabular-nums">{r.before === null ? "—" : `${r.before}%`}</td>
              <td className="py-1 text-right tabular-nums">{r.after === null ? "—" : `${r.after}%`}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
