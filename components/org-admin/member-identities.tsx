"use client";

import { ClientButton } from "@/components/forms/client-button";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { useServerAction } from "@/components/forms/use-server-action";
import type { ActionResult } from "@/lib/auth/guard";
import { FormError } from "@/components/forms/form-error";

export interface IdentityView {
  id: number;
  /** The claim and value that matched when the link was made, e.g. 登录名 zhangsan. */
  matchedBy: string;
  linkedAt: string;
  lastSignInAt: string | null;
}

/** The member's linked 统一身份认证 accounts, each with its removal (which ends that account's sessions). */
export function MemberIdentities({
  memberId,
  identities,
  unlink,
}: {
  memberId: number;
  identities: IdentityView[];
  unlink: (input: unknown) => Promise<ActionResult<{ sessionsEnded: number }>>;
}) {
  const router = useRouter();
  const titleId = useId();
  const [confirm, setConfirm] = useState<number | null>(null);
  const [status, setStatus] = useState("");
  const unlinking = useServerAction(
    async (identityId: number) => {
      const r = await unlink({ memberId, identityId });
      setConfirm(null);
      return r;
    },
    {
      onSuccess: ({ sessionsEnded }) => {
        setStatus(sessionsEnded ? `已解除关联，并结束了通过该账号登录的 ${sessionsEnded} 个会话。` : "已解除关联。");
        router.refresh();
      },
    },
  );
  const error = unlinking.error;

  return (
    <section aria-labelledby={titleId} className="space-y-3 rounded-2xl border border-stone-200 bg-white p-4">
      <h2 id={titleId} className="font-semibold">
        统一身份认证
      </h2>
      <p role="status" className="text-sm text-green-800 empty:hidden">
        {status}
      </p>
      {identities.length === 0 ? (
        <p className="text-sm text-stone-600">尚未关联。该成员第一次通过统一身份认证登录时，按配置的身份信息自动关联。</p>
      ) : (
        <ul className="space-y-3">
          {identities.map((i) => (
            <li key={i.id} className="space-y-2 text-sm">
              <p className="break-all">
                已关联：{i.matchedBy}
                <span className="block text-stone-500">
                  关联于 {i.linkedAt}
                  {i.lastSignInAt ? `，最近登录 ${i.lastSignInAt}` : ""}
                </span>
              </p>
              {confirm === i.id ? (
                <div className="flex flex-wrap gap-2">
                  <ClientButton variant="danger" disabled={unlinking.pending} onClick={() => unlinking.run(i.id)}>
                    确认解除关联
                  </ClientButton>
                  <ClientButton variant="ghost" onClick={() => setConfirm(null)}>
                    取消
                  </ClientButton>
                </div>
              ) : (
                <ClientButton variant="secondary" onClick={() => setConfirm(i.id)}>
                  解除关联…
                </ClientButton>
              )}
            </li>
          ))}
        </ul>
      )}
      <p className="text-xs text-stone-500">解除后，通过该账号登录的会话立即结束；该账号下次登录时将重新按身份信息匹配成员。</p>
      <FormError error={error} />
    </section>
  );
}
