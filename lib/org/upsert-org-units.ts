/**
 * Syncing the organisation tree from an existing Party-member system: units by code, each with
 * its parent's code. A unit not there yet is created; one there is renamed, re-typed, moved (with
 * everything below it) or restored from the archive to match. Units the batch does not mention
 * are left alone — a sync never deletes or archives. Checked as a whole first (parents exist, no
 * loops, sibling names unique), then written in one transaction, parents before children.
 */
import { type Kysely, sql } from "kysely";
import type { Db } from "../db/client";
import type { DB, RowOf, TableRow } from "../db/kysely";
import type { UnitKind } from "../generated/prisma/enums";
import { recordAudit } from "../audit/record";
import { UserError } from "../errors";
import { assertAdmin, type Actor } from "./admin-actor";
import { recordAuditMany, type BulkAuditEntry } from "./audit-many";
import { moveSubtree } from "./move-unit";
import { withTx } from "../db/tx";
import { lockTree } from "./locks";
import { UNIT_COLUMNS } from "./units";

export interface SyncUnit {
  code: string;
  name: string;
  kind: UnitKind;
  parentCode: string | null;
}

export interface SyncIssue {
  index: number;
  field: "code" | "name" | "kind" | "parentCode";
  message: string;
}

export interface SyncResult {
  created: number;
  updated: number;
  moved: number;
  unchanged: number;
}

/** Every unit with its parent's code, as the plan compares them with the batch. */
function unitsWithParents(k: Kysely<DB>) {
  return k
    .selectFrom("org_unit as u")
    .leftJoin("org_unit as p", "p.id", "u.parent_id")
    .select(["u.id", "u.code", "u.name", "u.kind", "p.code as parent_code", sql<boolean>`u.archived_at IS NOT NULL`.as("archived")]);
}
type DbUnit = RowOf<ReturnType<typeof unitsWithParents>>;

interface Planned {
  index: number;
  u: SyncUnit;
  existing: DbUnit | undefined;
  depth: number;
}

async function plan(k: Kysely<DB>, units: SyncUnit[]): Promise<{ errors: SyncIssue[]; ordered: Planned[] }> {
  const errors: SyncIssue[] = [];
  const rows = await unitsWithParents(k).execute();
  const inDb = new Map(rows.map((r) => [r.code, r]));
  const inBatch = new Map<string, number>();
  units.forEach((u, i) => {
    if (inBatch.has(u.code)) errors.push({ index: i, field: "code", message: `单位编码“${u.code}”与第 ${inBatch.get(u.code)! + 1} 项重复` });
    else inBatch.set(u.code, i);
    if (u.parentCode === u.code) errors.push({ index: i, field: "parentCode", message: "上级单位不能是它自己" });
  });
  if (errors.length) return { errors, ordered: [] };

  // The tree after the sync: the batch's word for the units it names, the database's for the rest.
  const parentOf = (code: string): string | null => {
    const i = inBatch.get(code);
    return i !== undefined ? units[i].parentCode : (inDb.get(code)?.parent_code ?? null);
  };
  const live = (code: string) => inBatch.has(code) || (inDb.has(code) && !inDb.get(code)!.archived);
  units.forEach((u, i) => {
    if (u.parentCode === null) return;
    if (!inBatch.has(u.parentCode) && !inDb.has(u.parentCode)) errors.push({ index: i, field: "parentCode", message: `上级单位编码“${u.parentCode}”不存在` });
    else if (!live(u.parentCode)) errors.push({ index: i, field: "parentCode", message: `上级单位“${inDb.get(u.parentCode)!.name}”已归档` });
  });
  if (errors.length) return { errors, ordered: [] };

  const depth = new Map<string, number>();
  const depthOf = (code: string, i: number): number | null => {
    const seen = new Set<string>();
    let c: string | null = code;
    const chain: string[] = [];
    while (c !== null && !depth.has(c)) {
      if (seen.has(c)) {
        errors.push({ index: i, field: "parentCode", message: "上级关系形成了循环（单位成了自己的下级）" });
        return null;
      }
      seen.add(c);
      chain.push(c);
      c = parentOf(c);
    }
    let d = c === null ? -1 : depth.get(c)!;
    for (const x of chain.reverse()) depth.set(x, ++d);
    return depth.get(code)!;
  };
  const ordered: Planned[] = [];
  units.forEach((u, i) => {
    const d = depthOf(u.code, i);
    if (d !== null) ordered.push({ index: i, u, existing: inDb.get(u.code), depth: d });
  });
  if (errors.length) return { errors, ordered: [] };

  // Names unique among live siblings after the sync (a unit path must name one unit).
  const nameOf = (code: string) => (inBatch.has(code) ? units[inBatch.get(code)!].name : inDb.get(code)!.name);
  const seenName = new Map<string, string>();
  const codes = new Set([...inBatch.keys(), ...rows.filter((r) => !r.archived).map((r) => r.code)]);
  for (const code of codes) {
    const key = `${parentOf(code) ?? ""}\u0000${nameOf(code)}`;
    const other = seenName.get(key);
    if (other === undefined) {
      seenName.set(key, code);
      continue;
    }
    const i = inBatch.get(code) ?? inBatch.get(other);
    if (i !== undefined)
      errors.push({ index: i, field: "name", message: `同一上级下已有名为“${nameOf(code)}”的单位（编码 ${code === units[i].code ? other : code}）` });
  }
  ordered.sort((a, b) => a.depth - b.depth || a.index - b.index);
  return { errors: errors.sort((a, b) => a.index - b.index), ordered };
}

/** Raised when the batch has errors: nothing was written. */
export class SyncRejected extends UserError {
  constructor(readonly errors: SyncIssue[]) {
    super(`共有 ${errors.length} 处错误，未做任何修改`);
  }
}

export async function upsertOrgUnits(d: Db, actor: Actor, units: SyncUnit[], opts: { dryRun?: boolean } = {}): Promise<SyncResult> {
  assertAdmin(actor);
  return withTx(
    d,
    async (t) => {
      await lockTree(t);
      const { errors, ordered } = await plan(t.k, units);
      if (errors.length) throw new SyncRejected(errors);
      const result: SyncResult = { created: 0, updated: 0, moved: 0, unchanged: 0 };
      const audit: BulkAuditEntry[] = [];
      const byDepth = new Map<number, Planned[]>();
      for (const p of ordered) byDepth.set(p.depth, [...(byDepth.get(p.depth) ?? []), p]);
      for (const level of [...byDepth.keys()].sort((a, b) => a - b)) {
        const here = byDepth.get(level)!;
        for (const p of here) {
          const e = p.existing;
          if (!e) continue;
          const changes: Record<string, [unknown, unknown]> = {};
          if (e.name !== p.u.name) changes.name = [e.name, p.u.name];
          if (e.kind !== p.u.kind) changes.kind = [e.kind, p.u.kind];
          if (e.archived) changes.archived = [true, false];
          if (e.parent_code !== p.u.parentCode) {
            changes.parentCode = [e.parent_code, p.u.parentCode];
            if (!opts.dryRun) {
              const unit = await t.k.selectFrom("org_unit").select(UNIT_COLUMNS).where("id", "=", e.id).executeTakeFirstOrThrow();
              const parent =
                p.u.parentCode === null
                  ? null
                  : await t.k.selectFrom("org_unit").select(UNIT_COLUMNS).where("code", "=", p.u.parentCode).executeTakeFirstOrThrow();
              await moveSubtree(t, unit, parent);
            }
            result.moved++;
          }
          if (!Object.keys(changes).length) {
            result.unchanged++;
            continue;
          }
          if (changes.name || changes.kind || changes.archived) {
            if (!opts.dryRun) {
              await t.prisma.orgUnit.update({ where: { id: e.id }, data: { name: p.u.name, kind: p.u.kind, archivedAt: null }, select: { id: true } });
            }
            result.updated++;
          }
          audit.push({
            action: "org_unit.sync.update",
            entity: "org_unit",
            entityId: String(e.id),
            before: Object.fromEntries(Object.entries(changes).map(([k, v]) => [k, v[0]])),
            after: { code: p.u.code, ...Object.fromEntries(Object.entries(changes).map(([k, v]) => [k, v[1]])) },
          });
        }
        const fresh = here.filter((p) => !p.existing);
        result.created += fresh.length;
        if (!fresh.length || opts.dryRun) continue;
        const [codes, names, kinds, parentCodes] = [
          fresh.map((p) => p.u.code),
          fresh.map((p) => p.u.name),
          fresh.map((p) => p.u.kind),
          fresh.map((p) => p.u.parentCode),
        ];
        const { rows: created } = await sql<TableRow<"org_unit", "id" | "code" | "parent_id">>`WITH x AS (
             SELECT nextval(pg_get_serial_sequence('org_unit', 'id'))::int AS id, x.code, x.name, x.kind, x.parent_code
             FROM unnest(${codes}::text[], ${names}::text[], ${kinds}::text[], ${parentCodes}::text[]) AS x(code, name, kind, parent_code)
           )
           INSERT INTO org_unit (id, code, name, kind, parent_id, path, depth)
           SELECT x.id, x.code, x.name, x.kind::"UnitKind", p.id, coalesce(p.path, '{}') || x.id, coalesce(p.depth + 1, 0)
           FROM x LEFT JOIN org_unit p ON p.code = x.parent_code
           RETURNING id, code, parent_id`.execute(t.k);
        const freshByCode = new Map(fresh.map((f) => [f.u.code, f]));
        for (const c of created) {
          const p = freshByCode.get(c.code)!;
          audit.push({
            action: "org_unit.sync.create",
            entity: "org_unit",
            entityId: String(c.id),
            after: { code: p.u.code, name: p.u.name, kind: p.u.kind, parentCode: p.u.parentCode },
          });
        }
      }
      if (opts.dryRun) return result;
      await recordAuditMany(t, actor.id, audit);
      await recordAudit(t, { actorId: actor.id, action: "org_unit.sync", entity: "org_unit_batch", after: { units: units.length, ...result } });
      return result;
    },
    { timeout: 300_000 },
  );
}
