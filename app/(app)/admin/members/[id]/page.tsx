import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { MemberActions } from "@/components/org-admin/member-actions";
import { MemberIdentities } from "@/components/org-admin/member-identities";
import { requireViewer } from "@/lib/auth/guard";
import { ssoConfig } from "@/lib/auth/sso/config";
import { db } from "@/lib/db/client";
import { zIdText } from "@/lib/db/ids";
import { memberForAdmin } from "@/lib/org/list-members";
import { identitiesOf } from "@/lib/org/member-identities";
import { unitOptions } from "@/lib/org/unit-options";
import {
  changeRoleAction,
  deactivateMemberAction,
  moveMemberAction,
  reactivateMemberAction,
  resetPasswordAction,
  unlinkIdentityAction,
  updateMemberAction,
} from "../actions";
import { ROLE_LABEL } from "@/lib/labels";
import { formatChinaDateTime } from "@/lib/tracking/time";
import { PageHeader, ADMIN_MEMBERS } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "成员" };

const ZParams = z.object({ id: zIdText() });
/** The member fields a claim may be matched with (OIDC_MATCH_FIELD), as admins know them. */
const CLAIM_LABEL: Record<string, string> = { preferred_username: "登录名", phone_number: "手机号", phone: "手机号", userid: "用户 ID" };

export default async function MemberPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer({ permission: "admin" });
  const p = ZParams.safeParse(await params);
  if (!p.success) notFound();
  const d = db();
  const m = await memberForAdmin(d, p.data.id);
  if (!m) notFound();
  const units = (await unitOptions(d)).map((u) => ({ id: u.id, label: u.label }));
  const identities = await identitiesOf(d, m.id);
  return (
    <section aria-labelledby="member-title" className="space-y-4">
      <PageHeader id="member-title" back={ADMIN_MEMBERS} wrap>
        {m.name}
      </PageHeader>
      <dl className="grid grid-cols-[6rem_1fr] gap-x-3 gap-y-2 rounded-2xl border border-stone-200 bg-white p-4 text-sm">
        <dt className="text-stone-500">登录名</dt>
        <dd className="break-all">{m.username}</dd>
        <dt className="text-stone-500">手机号</dt>
        <dd>{m.phone ?? "—"}</dd>
        <dt className="text-stone-500">单位</dt>
        <dd className="break-words">{m.unitPathLabel}</dd>
        <dt className="text-stone-500">角色</dt>
        <dd>{ROLE_LABEL[m.role]}</dd>
        <dt className="text-stone-500">状态</dt>
        <dd>{m.active ? (m.mustChangePassword ? "在用（尚未修改初始密码）" : "在用") : "已停用"}</dd>
        <dt className="text-stone-500">创建于</dt>
        <dd>{formatChinaDateTime(m.createdAt)}</dd>
      </dl>
      <p className="text-sm">
        <Link href={`/admin/audit?entity=member&entityId=${m.id}`} className="text-brand-700 underline">
          查看该成员的操作日志
        </Link>
      </p>
      {ssoConfig() || identities.length ? (
        <MemberIdentities
          memberId={m.id}
          identities={identities.map((i) => ({
            id: i.id,
            matchedBy: `${CLAIM_LABEL[i.claim] ?? "身份信息"} ${i.claimValue}`,
            linkedAt: formatChinaDateTime(i.linkedAt),
            lastSignInAt: i.lastSignInAt ? formatChinaDateTime(i.lastSignInAt) : null,
          }))}
          unlink={unlinkIdentityAction}
        />
      ) : null}
      <MemberActions
        member={{ id: m.id, name: m.name, username: m.username, phone: m.phone, role: m.role, active: m.active, unitId: m.unit.id }}
        self={viewer.id === m.id}
        units={units}
        actions={{
          update: updateMemberAction,
          move: moveMemberAction,
          role: changeRoleAction,
          deactivate: deactivateMemberAction,
          reactivate: reactivateMemberAction,
          reset: resetPasswordAction,
        }}
      />
    </section>
  );
}
