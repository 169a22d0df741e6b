import type { Metadata } from "next";
import Link from "next/link";
import { CreateMemberForm } from "@/components/org-admin/create-member-form";
import { requireViewer } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { unitOptions } from "@/lib/org/unit-options";
import { createMemberAction } from "../actions";

export const metadata: Metadata = { title: "新建成员" };

export default async function NewMemberPage() {
  await requireViewer({ permission: "admin" });
  const units = (await unitOptions(db())).map((u) => ({ id: u.id, label: u.label }));
  return (
    <section aria-labelledby="new-member-title" className="mx-auto max-w-lg space-y-4">
      <div>
        <Link href="/admin/members" className="inline-flex min-h-11 items-center text-sm text-brand-700 hover:underline">
          ← 成员管理
        </Link>
        <h1 id="new-member-title" className="text-xl font-bold">
          新建成员
        </h1>
        <p className="text-sm text-stone-600">系统生成随机初始密码，只显示一次；成员首次登录须修改密码。</p>
      </div>
      <CreateMemberForm units={units} create={createMemberAction} />
    </section>
  );
}
