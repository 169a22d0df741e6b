import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { normalizeCode } from "@/lib/tracking/certificates";

export const metadata: Metadata = { title: "证书查验" };

// Public: enter a certificate's code (from the paper) to check it. Reads nothing itself.
export default async function VerifyIndex({ searchParams }: { searchParams: Promise<{ code?: string }> }) {
  const { code } = await searchParams;
  const normal = typeof code === "string" ? normalizeCode(code) : null;
  if (normal) redirect(`/verify/${normal}`);
  return (
    <main id="main" className="mx-auto flex min-h-dvh max-w-sm flex-col justify-center gap-5 px-5 py-10">
      <h1 className="text-center text-2xl font-bold">结业证书查验</h1>
      <form method="get" action="/verify" className="space-y-3">
        <label htmlFor="code" className="block text-sm font-medium text-stone-700">
          证书编号
        </label>
        <input
          id="code"
          name="code"
          defaultValue={code ?? ""}
          placeholder="XXXX-XXXX-XXXX"
          autoComplete="off"
          autoCapitalize="characters"
          aria-invalid={code ? true : undefined}
          aria-describedby={code ? "code-err" : undefined}
          className="block min-h-11 w-full rounded-xl border border-stone-300 bg-white px-3 py-2 font-mono text-lg tracking-wider"
        />
        {code ? (
          <p id="code-err" role="alert" className="text-sm text-red-700">
            证书编号格式不正确：应为 12 位字母和数字，如 7K2M-9QXD-4HBT。
          </p>
        ) : null}
        <button type="submit" className="min-h-11 w-full rounded-xl bg-brand-700 px-4 py-2 text-white hover:bg-brand-800">
          查验
        </button>
      </form>
    </main>
  );
}
