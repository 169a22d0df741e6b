"use client";

import { ClientButton } from "@/components/forms/client-button";
import { useRef, useState } from "react";
import { Field } from "@/components/ui/field";
import { useServerAction } from "@/components/forms/use-server-action";
import type { ActionResult } from "@/lib/auth/guard";
import { SubmitRow } from "@/components/forms/form-error";

export interface TokenListItem {
  id: number;
  name: string;
  /** "姓名（用户名）" */
  member: string;
  memberActive: boolean;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

type Issued = { name: string; token: string; member: { name: string; username: string } };

/** Issue a token (its plaintext shown once), list tokens with their last use, revoke one. */
export function TokenManager({
  tokens,
  issue,
  revoke,
}: {
  tokens: TokenListItem[];
  issue: (input: unknown) => Promise<ActionResult<Issued>>;
  revoke: (input: unknown) => Promise<ActionResult<{ revoked: boolean }>>;
}) {
  const [issued, setIssued] = useState<Issued | null>(null);
  const [copied, setCopied] = useState(false);
  const [confirming, setConfirming] = useState<number | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const tokenField = useRef<HTMLTextAreaElement>(null);
  // A refused issue leaves the token issued before it on screen: it is shown only this once.
  const issuing = useServerAction(issue, {
    onSuccess: (data) => {
      setIssued(data);
      form.current?.reset();
      // Focus the token so a keyboard or screen-reader user lands on what must be copied now.
      requestAnimationFrame(() => tokenField.current?.select());
    },
  });
  const revoking = useServerAction(async (input: { id: number }) => {
    const r = await revoke(input);
    setConfirming(null);
    return r;
  });
  const revokedName = tokens.find((t) => t.id === revoking.submitted?.id)?.name ?? "";
  const notice = !revoking.result ? "" : revoking.result.ok ? `已撤销令牌「${revokedName}」，使用它的请求会立即被拒绝。` : revoking.result.error;

  async function onCopy() {
    if (!issued) return;
    try {
      await navigator.clipboard.writeText(issued.token);
      setCopied(true);
    } catch {
      tokenField.current?.select(); // no clipboard permission: selected, ready for a manual copy
    }
  }

  return (
    <div className="space-y-5">
      <form
        ref={form}
        onSubmit={(e) => {
          e.preventDefault();
          setCopied(false);
          issuing.run(Object.fromEntries(new FormData(e.currentTarget)));
        }}
        noValidate
        className="space-y-3 rounded-2xl border border-stone-200 bg-white p-4"
        aria-labelledby="issue-title"
      >
        <h2 id="issue-title" className="font-semibold">
          签发新令牌
        </h2>
        <Field label="令牌名称" name="name" required maxLength={60} placeholder="如：OA 系统对接" error={issuing.fieldErrors.name} />
        <Field
          label="代表的账号（用户名）"
          name="username"
          autoComplete="off"
          maxLength={64}
          hint="留空即为您本人。建议为对接系统单独建立服务账号，令牌只拥有该账号的角色和范围。"
          error={issuing.fieldErrors.username}
        />
        <SubmitRow error={issuing.formError} busy={issuing.pending} label="签发令牌" busyLabel="正在签发…" className="w-full sm:w-auto" />
      </form>

      {issued ? (
        <div role="status" className="space-y-2 rounded-2xl border border-amber-300 bg-amber-50 p-4">
          <p className="font-semibold text-amber-900">
            令牌「{issued.name}」已签发，代表 {issued.member.name}（{issued.member.username}）。
          </p>
          <p className="text-sm text-amber-900">请立即复制并妥善保存：它只显示这一次，离开本页后无法再次查看；遗失请撤销后重新签发。</p>
          <label htmlFor="issued-token" className="sr-only">
            令牌明文
          </label>
          <textarea
            id="issued-token"
            ref={tokenField}
            readOnly
            rows={2}
            value={issued.token}
            onFocus={(e) => e.currentTarget.select()}
            className="block min-h-11 w-full resize-none rounded-xl border border-stone-300 bg-white px-3 py-2 font-mono text-sm break-all"
          />
          <div className="flex flex-wrap gap-2">
            <ClientButton variant="secondary" onClick={() => void onCopy()}>
              {copied ? "已复制" : "复制令牌"}
            </ClientButton>
            <ClientButton variant="ghost" onClick={() => setIssued(null)}>
              我已保存，隐藏
            </ClientButton>
          </div>
        </div>
      ) : null}

      <div>
        <h2 className="mb-2 font-semibold">已签发的令牌</h2>
        <p role="status" className="text-sm text-stone-700">
          {notice}
        </p>
        {tokens.length ? (
          <ul className="divide-y divide-stone-200 rounded-2xl border border-stone-200 bg-white">
            {tokens.map((t) => (
              <li key={t.id} className="space-y-1 px-4 py-3">
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <span className="font-medium">{t.name}</span>
                  <span className={`text-xs ${t.revokedAt ? "text-stone-500" : "text-green-700"}`}>{t.revokedAt ? `已撤销 · ${t.revokedAt}` : "有效"}</span>
                </div>
                <dl className="grid grid-cols-[auto_1fr] gap-x-3 text-sm text-stone-600">
                  <dt>代表</dt>
                  <dd>
                    {t.member}
                    {t.memberActive ? null : <span className="ml-2 text-red-700">账号已停用，令牌暂不可用</span>}
                  </dd>
                  <dt>签发</dt>
                  <dd>{t.createdAt}</dd>
                  <dt>最近使用</dt>
                  <dd>{t.lastUsedAt ?? "从未使用"}</dd>
                </dl>
                {t.revokedAt ? null : confirming === t.id ? (
                  <div className="flex flex-wrap gap-2 pt-1">
                    <ClientButton variant="danger" onClick={() => revoking.run({ id: t.id })} aria-label={`确认撤销令牌「${t.name}」`}>
                      确认撤销
                    </ClientButton>
                    <ClientButton variant="secondary" onClick={() => setConfirming(null)}>
                      取消
                    </ClientButton>
                  </div>
                ) : (
                  <ClientButton variant="secondary" onClick={() => setConfirming(t.id)} aria-label={`撤销令牌「${t.name}」`}>
                    撤销
                  </ClientButton>
                )}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-stone-600">还没有签发过令牌。</p>
        )}
      </div>
    </div>
  );
}
