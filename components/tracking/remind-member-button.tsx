"use client";

import { ClientButton } from "@/components/forms/client-button";
import { useServerAction } from "@/components/forms/use-server-action";
import type { ActionResult } from "@/lib/auth/guard";

/** 提醒 on one member's row: an in-app reminder (once a day); the outcome is announced in the row. */
export function RemindMemberButton({
  action,
  input,
  name,
}: {
  action: (input: unknown) => Promise<ActionResult<{ notified: boolean }>>;
  input: { unitId: number; assignmentId: number; memberId: number };
  name: string;
}) {
  const remind = useServerAction(action);
  const r = remind.result;
  const text = !r ? "" : !r.ok ? r.error : r.data.notified ? "已提醒" : "今天已提醒过";
  return (
    <span className="inline-flex items-center gap-1">
      <ClientButton
        variant="none"
        onClick={() => remind.run(input)}
        disabled={remind.pending || text === "已提醒"}
        aria-label={`提醒${name}`}
        className="remind"
      >
        {remind.pending ? "…" : "提醒"}
      </ClientButton>
      <span role="status" className="text-xs text-stone-600">
        {text}
      </span>
    </span>
  );
}
