"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { ActionResult } from "@/lib/auth/guard";

export function MarkReadButton({ action, id, label = "全部标为已读" }: { action: (input: unknown) => Promise<ActionResult<{ marked: number }>>; id?: string; label?: string }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        disabled={pending}
        onClick={async () => {
          setPending(true);
          const r = await action(id ? { id } : {});
          setPending(false);
          if (r.ok) router.refresh();
          else setError(r.error);
        }}
        className="min-h-11 rounded-lg px-3 text-sm text-brand-700 hover:bg-brand-50 disabled:text-stone-400"
      >
        {pending ? "…" : label}
      </button>
      {error ? (
        <span role="alert" className="text-sm text-red-700">
          {error}
        </span>
      ) : null}
    </>
  );
}
