/**
 * The audit trail is append-only: this module only inserts. Every administrative write and every
 * sign-in goes through `recordAudit`, inside the same transaction as the write where there is one.
 */
import type { Prisma } from "../generated/prisma/client";
import type { Db } from "../db/client";
import type { AuditAction, AuditEntity } from "../labels";

export interface AuditEntry {
  actorId?: number | null;
  action: AuditAction;
  entity?: AuditEntity;
  entityId?: string;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
  ip?: string;
}

type AuditWriter = Pick<Db["prisma"], "auditEvent">;

export async function recordAudit(d: Db | { prisma: AuditWriter }, e: AuditEntry): Promise<void> {
  await d.prisma.auditEvent.create({ data: { ...e, actorId: e.actorId ?? null } });
}
