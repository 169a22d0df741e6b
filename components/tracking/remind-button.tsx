"use client";

import { ClientButton } from "@/components/forms/client-button";
import { Icon } from "@/components/ui/icons";
import { useServerAction } from "@/components/forms/use-server-action";
import type { ActionResult } from "@/lib/auth/guard";
import type { RemindResult } from "@/lib/tracking/reminders";

/** 一键提醒: everyone overdue or not started, in-app and to the group bot; says what happened. */
export function RemindButton({
  action,
  unitId,
  assignmentId,
  due,
}: {
  action: (input: unknown) => Promise<ActionResult<RemindResult>>;
  unitId: number;
  assignmentId: number;
  due: number;
}) {
  const remind = useServerAction(action);
  const message = remind.result ? (remind.result.ok ? said(remind.result.data) : { ok: false, text: remind.result.error }) : null;

  return (
    <div className="space-y-2">
      <ClientButton
        variant="secondary"
        onClick={() => remind.run({ unitId, assignmentId })}
        disabled={remind.pending || due === 0}
        className="w-full sm:w-auto"
      >
        <Icon name="bell" className="size-5" />
        {remind.pending ? "正在提醒…" : `一键提醒未开始和逾期成员（${due} 人）`}
      </ClientButton>
      <p role="status" aria-live="polite" className={`text-sm ${message?.ok === false ? "text-red-700" : "text-stone-700"}`}>
        {message?.text ?? ""}
      </p>
    </div>
  );
}

function said({ notified, alreadyToday, webhooks }: RemindResult): { ok: boolean; text: string } {
  const parts = [notified ? `已提醒 ${notified} 人` : "没有需要提醒的新成员"];
  if (alreadyToday) parts.push(`${alreadyToday} 人今天已提醒过，不再重复`);
  for (const w of webhooks) parts.push(w.ok ? `群机器人已通知 ${w.members} 人` : `群机器人发送失败：${w.error}`);
  return { ok: webhooks.every((w) => w.ok), text: parts.join("；") + "。" };
}
