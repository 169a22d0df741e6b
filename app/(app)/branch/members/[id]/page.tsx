import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DaysLeft } from "@/components/tracking/parts";
import { StateBadge } from "@/components/tracking/state-badge";
import { ProgressBar } from "@/components/ui/progress-bar";
import { NotFoundError, requireViewer } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { zIdText } from "@/lib/db/ids";
import { memberDetail } from "@/lib/tracking/member-detail";
import { chinaDay, daysLeft, formatChinaDate } from "@/lib/tracking/time";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "成员学习情况" };

const ZId = zIdText();
const KIND_LABEL: Record<string, string> = { PRACTICE: "练习", PRE: "课前自测", POST: "课后自测", EXAM: "结业考试", REVIEW: "复习" };

/** A member's lessons, attempts and mistakes — within the viewer's scope only (else 404); scores for his own secretary only. */
export default async function MemberPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer({ permission: "read:unit" });
  const id = ZId.safeParse((await params).id);
  if (!id.success) notFound();
  let m;
  try {
    m = await memberDetail(db(), viewer, id.data);
  } catch (e) {
    if (e instanceof NotFoundError) notFound();
    throw e;
  }
  const learned = m.modules.reduce((n, x) => n + x.lessons.filter((l) => l.learnedAt).length, 0);
  const total = m.modules.reduce((n, x) => n + x.lessons.length, 0);

  return (
    <article aria-labelledby="member-title" className="mx-auto max-w-2xl space-y-6">
      <nav aria-label="面包屑" className="text-sm text-stone-500">
        <Link href={`/branch?unit=${m.member.unitId}`} className="hover:underline">
          {m.member.unitName}
        </Link>{" "}
        › 成员
      </nav>
      <PageHeader id="member-title" description={`${m.member.unitName} · 登录名 ${m.member.username}`}>
        {m.member.name}
      </PageHeader>

      <section aria-labelledby="m-contact" className="rounded-2xl border border-stone-200 bg-white p-4">
        <h2 id="m-contact" className="font-semibold">
          联系方式
        </h2>
        {m.member.phone ? (
          <p className="text-sm">
            手机：
            <a href={`tel:${m.member.phone}`} className="inline-flex min-h-11 items-center text-brand-700 underline underline-offset-2">
              {m.member.phone}
            </a>
          </p>
        ) : (
          <p className="text-sm text-stone-600">档案中没有登记手机号，可请管理员在成员资料中补充。</p>
        )}
      </section>

      <Part id="m-assignments" title="学习任务" count={m.assignments.length} empty="没有学习任务。">
        <ul className="divide-y divide-stone-200 rounded-2xl border border-stone-200 bg-white">
          {m.assignments.map((a) => (
            <li key={a.id} className="space-y-1 p-4">
              <div className="flex items-center justify-between gap-2">
                <span className="font-medium">{a.title}</span>
                {a.state ? <StateBadge state={a.state.state} late={a.state.late} /> : null}
              </div>
              <p className="text-sm text-stone-600">
                截止 {chinaDay(a.dueAt)} · <DaysLeft days={daysLeft(a.dueAt)} />
                {a.state?.completedAt ? ` · 完成于 ${formatChinaDate(a.state.completedAt)}` : ""}
                {m.individual && a.state?.bestScore !== null && a.state?.bestScore !== undefined ? ` · 最高分 ${a.state.bestScore}` : ""}
                {a.state?.reminders ? ` · 已提醒 ${a.state.reminders} 天` : ""}
                {a.state?.talk ? " · 需谈话" : ""}
              </p>
            </li>
          ))}
        </ul>
      </Part>

      <Part
        id="m-lessons"
        title={
          <>
            课时（已学 {learned}/{total}）
          </>
        }
      >
        <ProgressBar value={learned} max={total} label="课时进度" />
        <div className="space-y-2">
          {m.modules.map((mod) => (
            <details key={mod.slug} className="rounded-2xl border border-stone-200 bg-white">
              <summary className="flex min-h-11 cursor-pointer items-center justify-between gap-2 px-4 py-2">
                <span>
                  {mod.position}. {mod.title}
                </span>
                <span className="text-sm text-stone-500">
                  {mod.lessons.filter((l) => l.learnedAt).length}/{mod.lessons.length}
                </span>
              </summary>
              <ul className="divide-y divide-stone-100 border-t border-stone-100 text-sm">
                {mod.lessons.map((l) => (
                  <li key={l.id} className="flex justify-between gap-2 px-4 py-2">
                    <span>{l.title}</span>
                    <span className="shrink-0 text-stone-500">{l.learnedAt ? `✓ ${chinaDay(l.learnedAt)}` : l.seenAt ? "已打开" : "未学"}</span>
                  </li>
                ))}
              </ul>
            </details>
          ))}
        </div>
      </Part>

      {m.individual ? (
        <>
          <Part id="m-attempts" title="测验记录" count={m.attempts.length} empty="还没有提交过测验。">
            <ul className="divide-y divide-stone-200 rounded-2xl border border-stone-200 bg-white text-sm">
              {m.attempts.map((t) => (
                <li key={t.id} className="flex items-center justify-between gap-2 px-4 py-2">
                  <span>
                    {t.quizTitle}
                    <span className="ml-1 text-stone-500">（{KIND_LABEL[t.kind] ?? t.kind}）</span>
                  </span>
                  <span className="shrink-0 tabular-nums">
                    {t.percent ?? "—"} 分{t.passed === true ? " · 通过" : t.passed === false ? " · 未通过" : ""}
                    <span className="ml-2 text-stone-500">{t.submittedAt ? chinaDay(t.submittedAt) : ""}</span>
                  </span>
                </li>
              ))}
            </ul>
          </Part>
          <Part id="m-mistakes" title={<>错题（{m.mistakes.length}）</>} count={m.mistakes.length} empty="没有未清除的错题。">
            <ul className="divide-y divide-stone-200 rounded-2xl border border-stone-200 bg-white text-sm">
              {m.mistakes.map((x) => (
                <li key={x.questionId} className="space-y-1 px-4 py-2">
                  <p>{x.stem}</p>
                  <p className="text-stone-600">
                    规则：
                    {x.rules.map((r, i) => (
                      <span key={r}>
                        {i ? "、" : ""}
                        <Link href={`/rules/${r}`} className="text-brand-700 underline underline-offset-2">
                          {m.ruleTitles[r] ?? r}
                        </Link>
                      </span>
                    ))}
                    {" · "}
                    {chinaDay(x.wrongAt)} 答错
                  </p>
                </li>
              ))}
            </ul>
          </Part>
          <p className="text-xs text-stone-500">查看个人成绩会记入审计日志。</p>
        </>
      ) : (
        <p className="rounded-lg bg-stone-100 p-3 text-sm text-stone-700">按隐私规定，个人成绩、测验记录和错题只对其所在支部书记可见。</p>
      )}
    </article>
  );
}

/** One part of the page: its heading, then its content, or a line saying there is none. */
function Part({ id, title, count, empty, children }: { id: string; title: React.ReactNode; count?: number; empty?: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-2">
      <h2 id={id} className="font-semibold">
        {title}
      </h2>
      {count === 0 ? <p className="text-sm text-stone-600">{empty}</p> : children}
    </section>
  );
}
