import type { Metadata } from "next";
import { CreateMemberForm } from "@/components/org-admin/create-member-form";
import { requireViewer } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { unitOptions } from "@/lib/org/unit-options";
import { createMemberAction } from "../actions";
import { PageHeader, ADMIN_MEMBERS } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "新建成员" };

export default async function NewMemberPage() {
  await requireViewer({ permission: "admin" });
  const units = (await unitOptions(db())).map((u) => ({ id: u.id, label: u.label }));
  return (
    <section aria-labelledby="new-member-title" className="mx-auto max-w-lg space-y-4">
      <PageHeader id="new-member-title" back={ADMIN_MEMBERS} description="系统生成随机初始密码，只显示一次；成员首次登录须修改密码。">
        新建成员
      </PageHeader>
      <CreateMemberForm units={units} create={createMemberAction} />
    </section>
  );
}
