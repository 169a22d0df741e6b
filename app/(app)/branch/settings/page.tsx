import type { Metadata } from "next";
import { SettingsForm } from "@/components/daily/settings-form";
import { requireViewer } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { schedulerSettings } from "@/lib/jobs/settings";
import { setPushTimeAction, setReminderSettingsAction } from "./actions";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "自动提醒与推送" };

const box = "space-y-3 rounded-2xl border border-stone-200 bg-white p-4";
const input = "min-h-11 rounded-xl border border-stone-300 px-3";

/** The secretary's scheduler settings for her own unit: the daily push time and each assignment's reminders. */
export default async function SchedulerSettingsPage() {
  const viewer = await requireViewer({ permission: "manage:unit" });
  const s = await schedulerSettings(db(), viewer);
  return (
    <section aria-labelledby="settings-title" className="space-y-5">
      <PageHeader id="settings-title" description={`${s.unit.name}：设置后系统按时自动执行，无需手动点击。`}>
        自动提醒与推送
      </PageHeader>
      <section aria-labelledby="push-title" className={box}>
        <h2 id="push-title" className="text-lg font-semibold">
          每日一题推送到群
        </h2>
        <p className="text-sm text-stone-600">
          {!s.unit.hasWebhook
            ? "本单位还没有设置群机器人地址，请先在支部页面设置。"
            : s.unit.paused
              ? "群机器人连续发送失败，已暂停推送。检查地址后重新保存即恢复。"
              : "每天在设定的时间把当天的每日一练和案例推送到本单位的群。"}
        </p>
        <SettingsForm action={setPushTimeAction} label="每日一题推送时间">
          <input type="hidden" name="unitId" value={s.unit.id} />
          <label className="block text-sm font-medium text-stone-700" htmlFor="push-time">
            推送时间（北京时间，留空则不推送）
          </label>
          <input id="push-time" name="pushTime" type="time" defaultValue={s.unit.pushTime ?? ""} className={input} />
        </SettingsForm>
      </section>
      <section aria-labelledby="remind-title" className="space-y-3">
        <h2 id="remind-title" className="text-lg font-semibold">
          学习任务自动提醒
        </h2>
        <p className="text-sm text-stone-600">每天 9:00 给尚未完成的成员发站内提醒，记入提醒次数（累计 3 次可约谈）。</p>
        {s.assignments.length ? (
          s.assignments.map((a) => (
            <article key={a.id} aria-labelledby={`a-${a.id}`} className={box}>
              <h3 id={`a-${a.id}`} className="font-medium">
                {a.title}
                <span className="block text-sm font-normal text-stone-600">截止 {a.due}</span>
              </h3>
              <SettingsForm action={setReminderSettingsAction} label={`${a.title} 的自动提醒`}>
                <input type="hidden" name="assignmentId" value={a.id} />
                <label className="flex flex-wrap items-center gap-2 text-sm">
                  截止前
                  <input name="daysBefore" type="number" min={1} max={30} inputMode="numeric" defaultValue={a.daysBefore ?? ""} className={`${input} w-20`} />
                  天提醒（留空则不提醒）
                </label>
                <label className="flex min-h-11 items-center gap-2 text-sm">
                  <input name="onDue" type="checkbox" value="true" defaultChecked={a.onDue} className="size-5" />
                  截止当天提醒
                </label>
                <label className="flex min-h-11 items-center gap-2 text-sm">
                  <input name="weeklyOverdue" type="checkbox" value="true" defaultChecked={a.weeklyOverdue} className="size-5" />
                  逾期后每周提醒一次
                </label>
              </SettingsForm>
            </article>
          ))
        ) : (
          <p className="rounded-2xl border border-dashed border-stone-300 bg-white p-4 text-center text-sm text-stone-600">本单位还没有布置学习任务。</p>
        )}
      </section>
    </section>
  );
}
