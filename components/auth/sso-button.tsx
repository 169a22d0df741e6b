"use client";

import { ClientButton } from "@/components/forms/client-button";
import { signIn } from "next-auth/react";
import { useState } from "react";

/** 统一身份认证登录: hands the member to the organisation's identity provider (next-auth's OIDC flow). */
export function SsoButton({ label, providerId }: { label: string; providerId: string }) {
  const [pending, setPending] = useState(false);
  return (
    <ClientButton
      className="w-full"
      disabled={pending}
      onClick={() => {
        setPending(true);
        void signIn(providerId, { callbackUrl: "/" });
      }}
    >
      <svg aria-hidden viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
        <path d="M12 3l7 3v5c0 4.5-3 8.3-7 10-4-1.7-7-5.5-7-10V6l7-3z" />
        <path d="M9 12l2 2 4-4" />
      </svg>
      {pending ? "正在跳转…" : label}
    </ClientButton>
  );
}
