/**
 * Reading the audit trail for the admin's log viewer: filter by who, what, which entity and when;
 * newest first, paginated by id (keyset: fast at any depth of a long log). Read only — the trail
 * is append-only and nothing in the app updates or deletes it (lib/audit/append-only.test.ts).
 */
import { z } from "zod";
import type { Db } from "../db/client";
import type { Prisma } from "../generated/prisma/client";
import { storable } from "../security/storable";

export const AUDIT_PAGE_SIZE = 50;

/** Chinese names of the actions the app records; anything else is shown as its code. */
export const ACTION_LABEL: Record<string, string> = {
  "auth.sign_in": "登录",
  "auth.sign_in.failed": "登录失败",
  "auth.sign_in.locked": "登录被锁定",
  "auth.sign_in.sso_only": "密码登录被拒（学员须统一身份认证）",
  "auth.sso.sign_in": "统一身份认证登录",
  "auth.sso.refused": "统一身份认证登录被拒",
  "member.identity.link": "关联统一身份认证账号",
  "member.identity.unlink": "解除统一身份认证关联",
  "auth.password_check.failed": "修改密码时当前密码错误",
  "auth.password_check.locked": "修改密码被锁定",
  "member.password.change": "修改本人密码",
  "member.create": "新建成员",
  "member.update": "修改成员资料",
  "member.move": "调动成员单位",
  "member.role.change": "修改成员角色",
  "member.password.reset": "重置成员密码",
  "member.deactivate": "停用成员",
  "member.reactivate": "启用成员",
  "member.import": "批量导入成员（文件）",
  "member.import.create": "导入：新建成员",
  "member.import.update": "导入：更新成员",
  "member.sync": "接口同步成员（批次）",
  "member.sync.create": "接口同步：新建成员",
  "member.sync.update": "接口同步：更新成员",
  "org_unit.create": "新建单位",
  "org_unit.rename": "重命名单位",
  "org_unit.move": "移动单位",
  "org_unit.archive": "归档单位",
  "org_unit.restore": "恢复单位",
  "org_unit.sync": "接口同步单位（批次）",
  "org_unit.sync.create": "接口同步：新建单位",
  "org_unit.sync.update": "接口同步：更新单位",
  "api_token.issue": "签发 API 令牌",
  "api_token.revoke": "撤销 API 令牌",
};

/** Groups offered in the filter: "member.*" matches every member action. */
export const ACTION_GROUPS: { value: string; label: string }[] = [
  { value: "auth.*", label: "登录（全部）" },
  { value: "member.*", label: "成员（全部）" },
  { value: "org_unit.*", label: "组织架构（全部）" },
  { value: "api_token.*", label: "API 令牌（全部）" },
];

export const ENTITY_LABEL: Record<string, string> = {
  member: "成员",
  org_unit: "单位",
  member_batch: "成员批次",
  org_unit_batch: "单位批次",
  api_token: "API 令牌",
  sso_identity: "统一身份认证账号",
};

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .refine(storable)
    .optional()
    .catch(undefined)
    .transform((s) => (s ? s : undefined));
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00+08:00`)))
  .optional()
  .catch(undefined);

/** Query-string filters; anything malformed is ignored rather than an error page. */
export const ZAuditFilter = z.object({
  actor: text(64),
  action: z
    .string()
    .regex(/^[a-z_]+(\.[a-z_]+)*(\.\*)?$/)
    .max(64)
    .optional()
    .catch(undefined),
  entity: z
    .string()
    .regex(/^[a-z_]{1,32}$/)
    .optional()
    .catch(undefined),
  entityId: text(64),
  from: day,
  to: day,
  /** Show entries older than this id (the next page). */
  before: z.coerce.bigint().positive().optional().catch(undefined),
});
export type TAuditFilter = z.infer<typeof ZAuditFilter>;

export interface AuditRow {
  id: string;
  at: Date;
  actor: { id: number; username: string; name: string } | null;
  action: string;
  entity: string | null;
  entityId: string | null;
  before: unknown;
  after: unknown;
  ip: string | null;
}

/** A day in China (UTC+8) as the instant it starts. */
const startOfDay = (d: string) => new Date(`${d}T00:00:00+08:00`);

export async function listAuditEvents(d: Db, f: TAuditFilter): Promise<{ rows: AuditRow[]; nextBefore: string | null }> {
  const and: Prisma.AuditEventWhereInput[] = [];
  if (f.actor) {
    const ids = await d.prisma.member.findMany({
      where: { OR: [{ username: f.actor }, { name: { contains: f.actor } }] },
      select: { id: true },
      take: 200,
    });
    and.push({ actorId: { in: ids.map((m) => m.id) } });
  }
  if (f.action) and.push(f.action.endsWith(".*") ? { action: { startsWith: f.action.slice(0, -1) } } : { action: f.action });
  if (f.entity) and.push({ entity: f.entity });
  if (f.entityId) and.push({ entityId: f.entityId });
  if (f.from) and.push({ at: { gte: startOfDay(f.from) } });
  if (f.to) and.push({ at: { lt: new Date(startOfDay(f.to).getTime() + 24 * 3600 * 1000) } });
  if (f.before !== undefined) and.push({ id: { lt: f.before } });
  const events = await d.prisma.auditEvent.findMany({ where: { AND: and }, orderBy: { id: "desc" }, take: AUDIT_PAGE_SIZE + 1 });
  const page = events.slice(0, AUDIT_PAGE_SIZE);
  const actorIds = [...new Set(page.map((e) => e.actorId).filter((x): x is number => x !== null))];
  const actors = new Map(
    (await d.prisma.member.findMany({ where: { id: { in: actorIds } }, select: { id: true, username: true, name: true } })).map((m) => [m.id, m]),
  );
  return {
    rows: page.map((e) => ({
      id: e.id.toString(),
      at: e.at,
      actor: e.actorId === null ? null : (actors.get(e.actorId) ?? { id: e.actorId, username: "?", name: "（已删除）" }),
      action: e.action,
      entity: e.entity,
      entityId: e.entityId,
      before: e.before,
      after: e.after,
      ip: e.ip,
    })),
    nextBefore: events.length > AUDIT_PAGE_SIZE ? page[page.length - 1].id.toString() : null,
  };
}
