import type { Metadata } from "next";
import { TokenManager, type TokenListItem } from "@/components/api-tokens/token-manager";
import { listTokens } from "@/lib/api/tokens";
import { requireViewer } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { issueTokenAction, revokeTokenAction } from "./actions";
import { formatChinaDateTime } from "@/lib/tracking/time";
import { PageHeader, ADMIN_HOME } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "API 令牌" };

export default async function TokensPage() {
  await requireViewer({ permission: "admin" });
  const tokens: TokenListItem[] = (await listTokens(db())).map((t) => ({
    id: t.id,
    name: t.name,
    member: `${t.member.name}（${t.member.username}）`,
    memberActive: t.member.active,
    createdAt: formatChinaDateTime(t.createdAt),
    lastUsedAt: t.lastUsedAt ? formatChinaDateTime(t.lastUsedAt) : null,
    revokedAt: t.revokedAt ? formatChinaDateTime(t.revokedAt) : null,
  }));
  return (
    <section aria-labelledby="tokens-title" className="space-y-4">
      <PageHeader id="tokens-title" back={ADMIN_HOME}>
        API 令牌
      </PageHeader>
      <p className="text-sm text-stone-600">
        外部系统（如 OA、学习平台）用令牌调用本站接口：请求头写 <code className="font-mono">Authorization: Bearer wg_…</code>
        。令牌代表签发时指定的账号，拥有该账号的角色和范围；建议为每个对接系统单独建立一个服务账号。接口说明见{" "}
        <a href="/api/v1/openapi.json" className="text-brand-700 underline">
          OpenAPI 文档
        </a>
        。
      </p>
      <TokenManager tokens={tokens} issue={issueTokenAction} revoke={revokeTokenAction} />
    </section>
  );
}
