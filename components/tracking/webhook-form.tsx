"use client";

import { SubmitButton } from "@/components/forms/client-button";
import { Field } from "@/components/ui/field";
import { useServerAction } from "@/components/forms/use-server-action";
import type { ActionResult } from "@/lib/auth/guard";

/** 群机器人: the unit's WeCom / DingTalk group-bot URL for reminders (empty clears it). */
export function WebhookForm({
  action,
  unitId,
  current,
  inherited,
}: {
  action: (input: unknown) => Promise<ActionResult<{ saved: string }>>;
  unitId: number;
  current: string | null;
  inherited: string | null;
}) {
  const save = useServerAction(action);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        save.run({ unitId, url: new FormData(e.currentTarget).get("url") ?? "" });
      }}
      className="space-y-3"
      noValidate
    >
      <p className="text-sm text-stone-600">{current ? `当前：${current}` : inherited ? `未单独设置，沿用 ${inherited}` : "未设置：提醒只发站内通知。"}</p>
      <Field
        label="企业微信 / 钉钉群机器人地址"
        name="url"
        type="url"
        inputMode="url"
        placeholder="https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…"
        hint="留空并保存即清除。地址含密钥，保存后只显示前半部分。"
        error={save.error ?? undefined}
      />
      <SubmitButton variant="secondary" disabled={save.pending}>
        {save.pending ? "正在保存…" : "保存"}
      </SubmitButton>
      <p role="status" aria-live="polite" className="text-sm text-stone-700">
        {save.data?.saved ?? ""}
      </p>
    </form>
  );
}
