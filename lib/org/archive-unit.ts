/**
 * Archiving a unit hides it from the tree, pickers and imports; its history (members who left,
 * attempts, audit entries) stays. Only a unit with nothing live below it can be archived: no active
 * member in it or under it, and no live sub-unit — the admin is told which, so he can move them
 * first. Restoring brings it back under a live parent.
 */
import { z } from "zod";
import type { Db } from "../db/client";
import { recordAudit } from "../audit/record";
import { NotFoundError, UserError } from "../errors";
import { assertAdmin, type Actor } from "./admin-actor";
import { UNIT_COLUMNS, assertSiblingNameFree } from "./create-unit";
import { ZId } from "./schemas";
import { withTx, type Tx } from "../db/tx";
import { lockTree } from "./locks";
import type { UnitRow } from "./units";

export const ZUnitId = z.object({ unitId: ZId });

export interface ArchiveBlockers {
  activeMembers: number;
  liveChildren: { id: number; name: string }[];
}

export async function archiveBlockers(t: Pick<Tx, "q">, unitId: number): Promise<ArchiveBlockers> {
  const [{ n }] = await t.q<{ n: number }>(
    `SELECT count(*)::int AS n FROM member m JOIN org_unit u ON u.id = m.unit_id WHERE u.path @> ARRAY[$1]::int[] AND m.active`,
    [unitId],
  );
  const liveChildren = await t.q<{ id: number; name: string }>(`SELECT id, name FROM org_unit WHERE parent_id = $1 AND archived_at IS NULL ORDER BY code`, [
    unitId,
  ]);
  return { activeMembers: n, liveChildren };
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
    const [unit] = await t.q<UnitRow>(`SELECT ${UNIT_COLUMNS} FROM org_unit WHERE id = $1 AND archived_at IS NULL FOR UPDATE`, [unitId]);
    if (!unit) throw new NotFoundError();
    const blocked = blockerMessage(await archiveBlockers(t, unitId));
    if (blocked) throw new UserError(blocked);
    await t.x(`UPDATE org_unit SET archived_at = now() WHERE id = $1`, [unitId]);
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
    const [unit] = await t.q<UnitRow & { parentArchived: boolean | null }>(
      `SELECT u.id, u.code, u.name, u.parent_id AS "parentId", p.archived_at IS NOT NULL AS "parentArchived"
       FROM org_unit u LEFT JOIN org_unit p ON p.id = u.parent_id
       WHERE u.id = $1 AND u.archived_at IS NOT NULL FOR UPDATE OF u`,
      [unitId],
    );
    if (!unit) throw new NotFoundError();
    if (unit.parentArchived) throw new UserError("上级单位已归档，请先恢复上级单位");
    await assertSiblingNameFree(t, unit.parentId, unit.name, unit.id);
    await t.x(`UPDATE org_unit SET archived_at = NULL WHERE id = $1`, [unitId]);
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
