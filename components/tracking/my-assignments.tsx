import { Icon } from "@/components/ui/icons";
import Link from "next/link";
import { ProgressBar } from "@/components/ui/progress-bar";
import { db } from "@/lib/db/client";
import { myAssignments } from "@/lib/tracking/my";
import { COMPLETION_RULE_TEXT } from "@/lib/tracking/state";
import { chinaDay, formatChinaDate } from "@/lib/tracking/time";
import { DaysLeft } from "./parts";
import { StateBadge } from "./state-badge";

/**
 * The cadre's assignments on his home: state, progress, the exam, days left, and the certificate
 * once completed. Renders nothing when he has none.
 */
export async function MyAssignments({ memberId }: { memberId: number }) {
  const list = await myAssignments(db(), memberId);
  if (!list.length) return null;
  return (
    <section aria-labelledby="my-assignments-title" className="space-y-2">
      <h2 id="my-assignments-title" className="text-lg font-semibold">
        我的学习任务
      </h2>
      <ul className="space-y-3">
        {list.map(({ assignment: a, state: s, daysLeft, certificateCode }) => (
          <li key={a.id} className="space-y-2 rounded-2xl border border-stone-200 bg-white p-4">
            <div className="flex items-start justify-between gap-2">
              <div>
                <p className="font-medium">{a.title}</p>
                <p className="text-sm text-stone-600">
                  {a.unitName}布置 · <span className="whitespace-nowrap">截止 {chinaDay(a.dueAt)}</span>
                  {s.state !== "completed" ? (
                    <>
                      {" · "}
                      <DaysLeft days={daysLeft} />
                    </>
                  ) : null}
                </p>
              </div>
              <StateBadge state={s.state} late={s.late} />
            </div>
            {a.courseId ? (
              <div className="space-y-1">
                <ProgressBar value={s.learned} max={s.lessons} label={`${a.title} 课时进度`} />
                <p className="text-sm text-stone-600">
                  课时 {s.learned}/{s.lessons}
                </p>
              </div>
            ) : null}
            {a.quizId ? (
              <p className="text-sm text-stone-600">
                结业考试：{s.passed ? `已通过（最高 ${s.bestScore} 分）` : s.attempts ? `未通过（最高 ${s.bestScore ?? 0} 分），可再考` : "未参加"}
                {!s.passed ? (
                  <>
                    {" · "}
                    <Link href="/quiz" className="text-brand-700 hover:underline">
                      去考试
                    </Link>
                  </>
                ) : null}
              </p>
            ) : null}
            {s.state === "completed" ? (
              <p className="text-sm text-green-800">
                <Icon name="award" className="mr-1 size-4 align-[-2px]" />
                已于 <span className="whitespace-nowrap">{formatChinaDate(s.completedAt)}</span> 完成
                {certificateCode ? (
                  <>
                    {" · "}
                    <a href={`/api/certificates/${certificateCode}`} className="font-medium text-brand-700 hover:underline">
                      下载结业证书（PDF）
                    </a>
                    {" · "}
                    <a href={`/api/certificates/${certificateCode}/image`} className="font-medium text-brand-700 hover:underline">
                      证书图片（可发到群里）
                    </a>
                  </>
                ) : null}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
      <p className="text-xs text-stone-500">{COMPLETION_RULE_TEXT}</p>
    </section>
  );
}
