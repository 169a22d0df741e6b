/**
 * Archiving a unit hides it from the tree, pickers and imports; its history (members who left,
 * attempts, audit entries) stays. Only a unit with nothing live below it can be archived: no active
 * member in it or under it, and no live sub-unit — the admin is told which, so he can move them
 * first. Restoring brings it back under a live parent.
 */
import { type Kysely, sql } from "kysely";
import { z } from "zod";
import type { Db } from "../db/client";
import { recordAudit } from "../audit/record";
import { NotFoundError, UserError } from "../errors";
import { assertAdmin, type Actor } from "./admin-actor";
import { assertSiblingNameFree } from "./create-unit";
import { ZId } from "./schemas";
import type { DB } from "../db/kysely";
import { withTx } from "../db/tx";
import { lockTree } from "./locks";
import { countActiveMembersUnder, UNIT_COLUMNS } from "./units";

export const ZUnitId = z.object({ unitId: ZId });

export interface ArchiveBlockers {
  activeMembers: number;
  liveChildren: { id: number; name: string }[];
}

export async function archiveBlockers(k: Kysely<DB>, unitId: number): Promise<ArchiveBlockers> {
  const activeMembers = await countActiveMembersUnder(k, unitId);
  const liveChildren = await k
    .selectFrom("org_unit")
    .select(["id", "name"])
    .where("parent_id", "=", unitId)
    .where("archived_at", "is", null)
    .orderBy("code")
    .execute();
  return { activeMembers, liveChildren };
}

/** Why a unit cannot be archived, in one sentence; null when it can. */
export function blockerMessage(b: ArchiveBlockers): string | null {
  const parts: string[] = [];
  if (b.activeMembers) parts.push(`仍有 ${b.activeMembers} 名在册成员（请先调出或停用）`);
  if (b.liveChildren.length) {
    const names = b.liveChildren
      .slice(0, 5)
      .map((c) => `“${c.name}”`)
      .join("、");
    parts.push(`仍有 ${b.liveChildren.length} 个下级单位${names}${b.liveChildren.length > 5 ? "等" : ""}（请先移走或归档）`);
  }
  return parts.length ? `无法归档：该单位${parts.join("；")}` : null;
}

export async function archiveUnit(d: Db, actor: Actor, unitId: number): Promise<void> {
  assertAdmin(actor);
  await withTx(d, async (t) => {
    await lockTree(t);
    const unit = await t.k.selectFrom("org_unit").select(UNIT_COLUMNS).where("id", "=", unitId).where("archived_at", "is", null).forUpdate().executeTakeFirst();
    if (!unit) throw new NotFoundError();
    const blocked = blockerMessage(await archiveBlockers(t.k, unitId));
    if (blocked) throw new UserError(blocked);
    await t.prisma.orgUnit.update({ where: { id: unitId }, data: { archivedAt: new Date() }, select: { id: true } });
    await recordAudit(t, {
      actorId: actor.id,
      action: "org_unit.archive",
      entity: "org_unit",
      entityId: String(unitId),
      before: { archived: false, name: unit.name, code: unit.code },
      after: { archived: true },
    });
  });
}

export async function restoreUnit(d: Db, actor: Actor, unitId: number): Promise<void> {
  assertAdmin(actor);
  await withTx(d, async (t) => {
    await lockTree(t);
    const unit = await t.k
      .selectFrom("org_unit as u")
      .leftJoin("org_unit as p", "p.id", "u.parent_id")
      .select(["u.id", "u.code", "u.name", "u.parent_id as parentId", sql<boolean | null>`p.archived_at IS NOT NULL`.as("parentArchived")])
      .where("u.id", "=", unitId)
      .where("u.archived_at", "is not", null)
      .forUpdate("u")
      .executeTakeFirst();
    if (!unit) throw new NotFoundError();
    if (unit.parentArchived) throw new UserError("上级单位已归档，请先恢复上级单位");
    await assertSiblingNameFree(t, unit.parentId, unit.name, unit.id);
    await t.prisma.orgUnit.update({ where: { id: unitId }, data: { archivedAt: null }, select: { id: true } });
    await recordAudit(t, {
      actorId: actor.id,
      action: "org_unit.restore",
      entity: "org_unit",
      entityId: String(unitId),
      before: { archived: true },
      after: { archived: false, name: unit.name, code: unit.code },
    });
  });
}
