import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { RollupDepthNote } from "@/components/tracking/parts";
import { PrintButton } from "@/components/tracking/print-button";
import { NotFoundError, requireViewer } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { zIdText } from "@/lib/db/ids";
import { SCORE_BUCKET_LABELS } from "@/lib/tracking/contributions";
import { branchDashboard } from "@/lib/tracking/dashboard";
import { overview } from "@/lib/tracking/overview";
import { privacyMinGroup } from "@/lib/tracking/privacy";
import { rateText } from "@/lib/tracking/rollup";
import { COMPLETION_RULE_TEXT } from "@/lib/tracking/state";
import { chinaDay, formatChinaDate, formatChinaTime } from "@/lib/tracking/time";
import { MEMBER_STATE_LABEL, UNIT_KIND_LABEL } from "@/lib/labels";

export const metadata: Metadata = { title: "学习情况报告" };

const Id = zIdText();
const ZQuery = z.object({ unit: Id.optional(), a: Id.optional() });

const th = "border border-stone-400 px-2 py-1 text-left font-semibold bg-stone-100 print:bg-white";
const td = "border border-stone-400 px-2 py-1";

/** The branch report for printing (A4, black on white): what the dashboard shows, as tables. */
export default async function ReportPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const viewer = await requireViewer({ permission: "read:unit" });
  const q = ZQuery.safeParse(await searchParams);
  if (!q.success) notFound();
  let data;
  try {
    data = await branchDashboard(db(), viewer, { unitId: q.data.unit, assignmentId: q.data.a, list: { sort: "name" }, pageSize: 100_000 });
  } catch (e) {
    if (e instanceof NotFoundError) notFound();
    throw e;
  }
  const { unit, assignment: a } = data;
  if (!a) notFound();
  const o = overview(data);
  const now = new Date();

  return (
    <article className="mx-auto max-w-3xl space-y-5 bg-white p-4 text-[15px] print:max-w-none print:p-0 print:text-[12pt]">
      <style>{`@page { size: A4; margin: 16mm 14mm; } @media print { a { color: inherit; text-decoration: none; } table { break-inside: auto; } tr { break-inside: avoid; } }`}</style>
      <div className="flex items-center justify-between gap-2 no-print">
        <Link href={`/branch?unit=${unit.id}&a=${a.id}`} className="text-sm text-brand-700 hover:underline">
          ‹ 返回看板
        </Link>
        <PrintButton />
      </div>
      <header className="space-y-1 text-center">
        <h1 className="text-2xl font-bold">{unit.name}学习情况报告</h1>
        <p>
          {a.title}（{chinaDay(a.startsAt)} 至 {chinaDay(a.dueAt)}）
        </p>
        <p className="text-sm text-stone-600">
          {UNIT_KIND_LABEL[unit.kind]} · 报告日期 {formatChinaDate(now)} {formatChinaTime(now).slice(6)}
        </p>
      </header>
      <p className="text-sm">{COMPLETION_RULE_TEXT}</p>

      <Part id="r-overview" title="一、总体情况">
        <Table>
          <tr>
            <th className={th}>应学人数</th>
            <td className={td}>{o.members}</td>
            <th className={th}>已完成</th>
            <td className={td}>
              {o.completed}（{o.rate}%）
            </td>
          </tr>
          <tr>
            <th className={th}>进行中</th>
            <td className={td}>{o.inProgress}</td>
            <th className={th}>未开始</th>
            <td className={td}>{o.notStarted}</td>
          </tr>
          <tr>
            <th className={th}>已逾期</th>
            <td className={td}>{o.overdue}</td>
            <th className={th}>平均分</th>
            <td className={td}>{a.quizId ? (o.withheld ? `有成绩不足 ${privacyMinGroup()} 人，不显示` : (o.averageScore ?? "—")) : "不含考试"}</td>
          </tr>
        </Table>
      </Part>

      {a.quizId && o.buckets ? (
        <Part id="r-dist" title="二、成绩分布">
          <Table head={SCORE_BUCKET_LABELS}>
            <tr>
              {o.buckets.map((n, i) => (
                <td key={i} className={td}>
                  {n} 人
                </td>
              ))}
            </tr>
          </Table>
        </Part>
      ) : null}

      <Part id="r-weak" title="三、薄弱规则">
        {data.weakRules.length ? (
          <Table head={["规则", "得分率", "建议复习"]}>
            {data.weakRules.map((r) => (
              <tr key={r.code}>
                <td className={td}>
                  {r.code} {r.title}
                </td>
                <td className={td}>{r.percent}%</td>
                <td className={td}>{r.lessons.map((l) => l.title).join("、")}</td>
              </tr>
            ))}
          </Table>
        ) : (
          <p className="text-sm">{data.weakRulesWithheld ? `参加测验不足 ${privacyMinGroup()} 人，不显示。` : "暂无测验数据。"}</p>
        )}
      </Part>

      {data.hasChildren ? (
        <Part id="r-rollup" title="四、下级组织">
          <RollupDepthNote levels={data.rollupLevels} units={data.rollupUnits} className="text-sm" />
          <Table head={["组织", "应学", "已完成", "完成率", "平均分"]}>
            {data.rollup.map((r) => (
              <tr key={r.unitId}>
                <td className={td}>
                  {r.level > 1 ? "\u3000" : ""}
                  {r.name}
                </td>
                <td className={td}>{r.members}</td>
                <td className={td}>{r.completed}</td>
                <td className={td}>{rateText(r.completed, r.members)}</td>
                <td className={td}>{r.withheld ? "人数不足" : (r.averageScore ?? "—")}</td>
              </tr>
            ))}
          </Table>
        </Part>
      ) : null}

      <Part id="r-members" title={data.hasChildren ? "五、本级成员" : "四、成员名单"}>
        <Table head={["序号", "姓名", "状态", "课时", data.individual && "最高分", "完成日期", "备注"]}>
          {data.members?.rows.map((m, i) => (
            <tr key={m.id}>
              <td className={td}>{i + 1}</td>
              <td className={td}>{m.name}</td>
              <td className={td}>{MEMBER_STATE_LABEL[m.state]}</td>
              <td className={td}>{m.lessons ? `${m.learned}/${m.lessons}` : "—"}</td>
              {data.individual ? <td className={td}>{m.bestScore ?? "—"}</td> : null}
              <td className={td}>{m.completedAt ? chinaDay(m.completedAt) : ""}</td>
              <td className={td}>{m.talk ? "需谈话" : m.late ? "逾期完成" : ""}</td>
            </tr>
          ))}
        </Table>
      </Part>
      <footer className="pt-6 text-sm">
        <p>支部书记（签字）：________________　　日期：________________</p>
      </footer>
    </article>
  );
}

/** One numbered part of the report. */
function Part({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="mb-1 font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** A ruled table with an optional header row (a `false` column is left out); `children` are its body rows. */
function Table({ head, children }: { head?: readonly (string | false)[]; children: React.ReactNode }) {
  return (
    <table className="w-full border-collapse">
      {head ? (
        <thead>
          <tr>
            {head.filter(Boolean).map((h) => (
              <th key={h as string} className={th}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
      ) : null}
      <tbody>{children}</tbody>
    </table>
  );
}
