"use client";

import { ClientButton } from "@/components/forms/client-button";
import { useEffect, useRef, useState } from "react";

/** A password shown this once: selected on arrival so it can be copied at once, never stored. */
export function OneTimePassword({ username, password }: { username: string; password: string }) {
  const ref = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, [password]);
  return (
    <div role="status" className="space-y-2 rounded-xl border border-amber-300 bg-amber-50 p-3">
      <p className="text-sm text-amber-900">
        账号 <strong className="break-all">{username}</strong> 的初始密码如下，<strong>只显示这一次</strong>，请当面或通过安全渠道告知本人；首次登录须修改。
      </p>
      <label className="block text-sm font-medium text-stone-700" htmlFor={`otp-${username}`}>
        初始密码
      </label>
      <div className="flex gap-2">
        <input
          ref={ref}
          id={`otp-${username}`}
          readOnly
          value={password}
          className="block min-h-11 w-full rounded-xl border border-stone-300 bg-white px-3 font-mono text-lg tracking-wider"
        />
        <ClientButton
          variant="secondary"
          onClick={() => {
            navigator.clipboard.writeText(password).then(
              () => setCopied(true),
              () => ref.current?.select(),
            );
          }}
        >
          {copied ? "已复制" : "复制"}
        </ClientButton>
      </div>
    </div>
  );
}
