import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { ProgressBar } from "@/components/ui/progress-bar";
import { SearchBox } from "@/components/learn/search-box";
import { MyAssignments } from "@/components/tracking/my-assignments";
import { TodayCard } from "@/components/daily/today-card";
import { Notifications } from "@/components/tracking/notifications";
import { requireViewer } from "@/lib/auth/guard";
import { courseHome } from "@/lib/content/progress";
import { COURSE_ID } from "@/lib/content/queries";
import { db } from "@/lib/db/client";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "我的课程" };

export default async function LearnPage() {
  const viewer = await requireViewer({ permission: "learn" });
  const { course, modules, resume } = await courseHome(db(), viewer.id, COURSE_ID);
  const total = modules.reduce((n, m) => n + m.lessons, 0);
  const learned = modules.reduce((n, m) => n + m.learned, 0);

  return (
    <section aria-labelledby="learn-title" className="space-y-5">
      <PageHeader id="learn-title" description={`${viewer.name}，${viewer.unitName}`}>
        我的课程
      </PageHeader>
      {/* 今日一练 / 今日已学 at the top (issue 17), then 继续学习: what a cadre opens the app for.
          Then the cards of the day (notices, assignments; further cards slot in here), then
          search and the modules. */}
      <TodayCard memberId={viewer.id} />
      {!course ? (
        <div className="rounded-2xl border border-dashed border-stone-300 bg-white p-6 text-center text-stone-600">暂无课程。</div>
      ) : (
        <section aria-labelledby="continue-title" className="space-y-3 rounded-2xl border border-stone-200 bg-white p-4">
          <h2 id="continue-title" className="text-lg font-semibold">
            {course.title}
          </h2>
          <div className="space-y-1">
            <ProgressBar value={learned} max={total} label="课程总进度" />
            <p className="text-sm text-stone-600">
              已学 {learned}/{total} 课
            </p>
          </div>
          {resume ? (
            <Link href={`/learn/${resume.moduleSlug}/${resume.id}`} className={buttonClass("primary", "w-full sm:w-auto")}>
              {learned ? "继续学习" : "开始学习"}：{resume.title}
            </Link>
          ) : (
            <p className="font-medium text-green-700">全部课时已学完</p>
          )}
        </section>
      )}
      <Notifications memberId={viewer.id} />
      <MyAssignments memberId={viewer.id} />
      <SearchBox />
      {course ? (
        <section aria-labelledby="modules-title" className="space-y-2 rounded-2xl border border-stone-200 bg-white p-4">
          <h2 id="modules-title" className="text-lg font-semibold">
            课程模块
          </h2>
          <ol className="divide-y divide-stone-200" aria-label="课程模块">
            {modules.map((m) => (
              <li key={m.slug}>
                <Link href={`/learn/${m.slug}`} className="block space-y-1 py-3 hover:bg-stone-50">
                  <span className="flex items-baseline justify-between gap-2">
                    <span className="font-medium">
                      {m.position}. {m.title}
                    </span>
                    <span className="shrink-0 text-sm text-stone-600">
                      {m.learned}/{m.lessons}
                    </span>
                  </span>
                  <ProgressBar value={m.learned} max={m.lessons} label={`${m.title} 进度`} />
                </Link>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </section>
  );
}
