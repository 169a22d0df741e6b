/** The top of the branch dashboard: where the unit sits, its title, the assignment picked and what it asks. */
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { UNIT_KIND_LABEL } from "@/lib/labels";
import type { AssignmentRow } from "@/lib/tracking/assignments";
import type { BranchDashboard } from "@/lib/tracking/dashboard";
import { COMPLETION_RULE_TEXT } from "@/lib/tracking/state";
import { chinaDay, daysLeft } from "@/lib/tracking/time";
import { DaysLeft } from "./parts";

const moreLink = "inline-flex min-h-11 items-center text-brand-700 underline underline-offset-2";

export function DashboardHead({ data, manage }: { data: Pick<BranchDashboard, "trail" | "unit" | "assignment">; manage: boolean }) {
  const { unit, assignment: a } = data;
  return (
    <>
      {data.trail.length > 1 ? (
        <nav aria-label="组织层级" className="text-sm text-stone-500">
          {data.trail.map((t, i) => (
            <span key={t.id}>
              {i ? " › " : ""}
              {t.id === unit.id ? (
                <span aria-current="page">{t.name}</span>
              ) : (
                <Link href={`/branch?unit=${t.id}${a ? `&a=${a.id}` : ""}`} className="hover:underline">
                  {t.name}
                </Link>
              )}
            </span>
          ))}
        </nav>
      ) : null}
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <p className="text-sm text-stone-500">{UNIT_KIND_LABEL[unit.kind]} · 学习看板</p>
          <h1 id="unit-title" className="text-xl font-bold">
            {unit.name}
          </h1>
        </div>
        {manage ? (
          <Link href={`/branch/assign?unit=${unit.id}`} className={buttonClass("primary")}>
            ＋ 布置学习任务
          </Link>
        ) : null}
      </div>
      {/* The pages of the daily habit (issue 17) were reachable only by typing their address. */}
      <nav aria-label="更多" className="flex flex-wrap gap-x-4 text-sm no-print">
        <Link href="/branch/ranking" className={moreLink}>
          支部学习排名
        </Link>
        {manage ? (
          <Link href="/branch/settings" className={moreLink}>
            自动提醒与推送
          </Link>
        ) : null}
      </nav>
    </>
  );
}

/** A GET form: the page's address says which assignment is shown, so it can be bookmarked and printed. */
export function AssignmentPicker({ unitId, assignments, current }: { unitId: number; assignments: AssignmentRow[]; current?: number }) {
  return (
    <form method="get" action="/branch" className="flex flex-wrap items-end gap-2 no-print">
      <input type="hidden" name="unit" value={unitId} />
      <div className="min-w-0 flex-1">
        <label htmlFor="pick-assignment" className="mb-1 block text-sm font-medium text-stone-700">
          学习任务
        </label>
        <select id="pick-assignment" name="a" defaultValue={current} className="block min-h-11 w-full rounded-xl border border-stone-300 bg-white px-3 py-2">
          {assignments.map((x) => (
            <option key={x.id} value={x.id}>
              {x.title}（{x.unitName}，截止 {chinaDay(x.dueAt)}）
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className={buttonClass("secondary")}>
        切换
      </button>
    </form>
  );
}

export function AssignmentCard({ a }: { a: AssignmentRow }) {
  return (
    <article className="space-y-2 rounded-2xl border border-stone-200 bg-white p-4" aria-labelledby="assignment-title">
      <h2 id="assignment-title" className="text-lg font-semibold">
        {a.title}
      </h2>
      <p className="text-sm text-stone-600">
        {a.unitName}布置 · <span className="whitespace-nowrap">{chinaDay(a.startsAt)}</span> 至 <span className="whitespace-nowrap">{chinaDay(a.dueAt)}</span> ·{" "}
        <DaysLeft days={daysLeft(a.dueAt)} />
      </p>
      <p className="text-sm text-stone-600">内容：{[a.courseId ? "学完课程全部课时" : null, a.quizId ? "通过结业考试" : null].filter(Boolean).join(" + ")}</p>
      <p className="rounded-lg bg-stone-50 p-2 text-sm text-stone-700">{COMPLETION_RULE_TEXT}</p>
    </article>
  );
}
