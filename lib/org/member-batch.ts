/**
 * Creating and updating many members at once — the engine behind the file import and the sync
 * API. A batch is checked as a whole first (units exist, no duplicate logins or phones in the
 * batch, no clash with other members' logins or phones, no change to the caller's own role), and
 * then written as a whole in one transaction with set-based statements (unnest), so 100,000
 * members take seconds and a batch with one bad row writes nothing.
 *
 * The login name is the identity: a member already there is updated (name, phone, unit, role),
 * a new one created with a random initial password and must_change_password. Running the same
 * batch again changes nothing. A deactivated member stays deactivated unless the batch says
 * `active` (the API can; the file import cannot).
 */
import { type Kysely, type NotNull, sql } from "kysely";
import type { Db } from "../db/client";
import { type DB, kysely } from "../db/kysely";
import type { Role } from "../generated/prisma/enums";
import { recordAudit } from "../audit/record";
import { UserError } from "../errors";
import { assertAdmin, type Actor } from "./admin-actor";
import { recordAuditMany, type BulkAuditEntry } from "./audit-many";
import { hashInitialPasswords, newInitialPasswords } from "./initial-password";
import { isUniqueViolation, withTx } from "../db/tx";
import { lockMembers, lockTree } from "./locks";

/** One member of a batch, already checked field by field. `line` locates it for messages. */
export interface BatchMember {
  line: number;
  name: string;
  username: string;
  phone: string | null;
  unitCode?: string;
  unitPath?: string;
  role: Role;
  active?: boolean;
}

export type BatchField = "name" | "username" | "phone" | "unitCode" | "unitPath" | "role" | "active";

export interface BatchIssue {
  line: number;
  field: BatchField | null;
  message: string;
}

interface Snapshot {
  name: string;
  phone: string | null;
  unitId: number;
  role: Role;
  active: boolean;
}

export interface BatchPlan {
  creates: { m: BatchMember; unitId: number }[];
  updates: { m: BatchMember; id: number; before: Snapshot; after: Snapshot }[];
  unchanged: number;
  errors: BatchIssue[];
  warnings: BatchIssue[];
}

/** Unit paths are compared on their names with "/" between levels, spaces around names ignored. */
export function normalizeUnitPath(p: string): string {
  return p
    .split(/[/／]/)
    .map((s) => s.trim())
    .filter(Boolean)
    .join("/");
}

async function unitResolver(k: Kysely<DB>) {
  const units = await k
    .selectFrom("org_unit")
    .select(["id", "code", "name", "path", sql<boolean>`archived_at IS NOT NULL`.as("archived")])
    .execute();
  const byId = new Map(units.map((u) => [u.id, u]));
  const byCode = new Map(units.map((u) => [u.code, u]));
  const byPath = new Map<string, number[]>();
  for (const u of units) {
    if (u.archived) continue;
    // Normalised like the file's paths; a name containing "/" can make two units share a path,
    // which then resolves to neither (the row is asked for the unit code instead).
    const label = normalizeUnitPath(u.path.map((id) => byId.get(id)?.name ?? "").join("/"));
    byPath.set(label, [...(byPath.get(label) ?? []), u.id]);
  }
  return (m: BatchMember): { unitId: number } | BatchIssue => {
    let fromCode: number | undefined;
    if (m.unitCode) {
      const u = byCode.get(m.unitCode);
      if (!u) return { line: m.line, field: "unitCode", message: `单位编码“${m.unitCode}”不存在` };
      if (u.archived) return { line: m.line, field: "unitCode", message: `单位“${u.name}”已归档，不能再加入成员` };
      fromCode = u.id;
    }
    if (m.unitPath) {
      const path = normalizeUnitPath(m.unitPath);
      const ids = byPath.get(path) ?? [];
      if (!ids.length) return { line: m.line, field: "unitPath", message: `单位路径“${path}”不存在（应从最上级单位写起，用“/”分隔）` };
      if (ids.length > 1) return { line: m.line, field: "unitPath", message: `单位路径“${path}”对应多个单位，请改用单位编码` };
      if (fromCode !== undefined && fromCode !== ids[0]) return { line: m.line, field: "unitPath", message: "单位编码与单位路径指向不同的单位" };
      return { unitId: ids[0] };
    }
    if (fromCode !== undefined) return { unitId: fromCode };
    return { line: m.line, field: m.unitCode === undefined ? "unitPath" : "unitCode", message: "请填写单位编码或单位路径" };
  };
}

/** How messages point at another member of the batch: "第 3 行" in a file, "第 3 项" in an API request. */
export type Refer = (line: number) => string;
const rowRef: Refer = (line) => `第 ${line} 行`;

/** Checks a whole batch against itself and the database. Reads only. */
export async function planBatch(k: Kysely<DB>, actor: Actor, batch: BatchMember[], refer: Refer = rowRef): Promise<BatchPlan> {
  const errors: BatchIssue[] = [];
  const warnings: BatchIssue[] = [];
  const resolve = await unitResolver(k);

  // Within the batch: each login and each phone once; a login may not be another row's phone.
  const firstByLogin = new Map<string, BatchMember>();
  const firstByPhone = new Map<string, BatchMember>();
  const bad = new Set<BatchMember>();
  for (const m of batch) {
    const prev = firstByLogin.get(m.username);
    if (prev) {
      errors.push({ line: m.line, field: "username", message: `登录名“${m.username}”与${refer(prev.line)}重复` });
      bad.add(m);
    } else firstByLogin.set(m.username, m);
    if (m.phone) {
      const p = firstByPhone.get(m.phone);
      if (p) {
        errors.push({ line: m.line, field: "phone", message: `手机号与${refer(p.line)}重复` });
        bad.add(m);
      } else firstByPhone.set(m.phone, m);
    }
  }
  for (const m of batch) {
    const other = firstByPhone.get(m.username);
    if (other && other.username !== m.username) {
      errors.push({ line: m.line, field: "username", message: `登录名与${refer(other.line)}的手机号相同，登录时无法区分` });
      bad.add(m);
    }
  }

  const logins = [...firstByLogin.keys()];
  const phones = [...firstByPhone.keys()];
  const existing = new Map(
    (
      await k
        .selectFrom("member")
        .select(["id", "username", "name", "phone", "unit_id", "role", "active"])
        .where(sql<boolean>`username = ANY(${logins}::text[])`)
        .execute()
    ).map((e) => [e.username, e]),
  );
  // The phone each member will have after the batch: the batch's for those in it, the current one otherwise.
  const finalPhoneOf = (username: string, current: string | null) => (firstByLogin.has(username) ? (firstByLogin.get(username)!.phone ?? null) : current);
  const phoneHolders = await k
    .selectFrom("member")
    .select(["username", "phone"])
    .where(sql<boolean>`phone = ANY(${phones}::text[]) OR phone = ANY(${logins}::text[])`)
    .$narrowType<{ phone: NotNull }>()
    .execute();
  const holderOfPhone = new Map<string, string>();
  for (const h of phoneHolders) if (finalPhoneOf(h.username, h.phone) === h.phone) holderOfPhone.set(h.phone, h.username);
  const loginsMatchingPhones = new Set(
    (
      await k
        .selectFrom("member")
        .select("username")
        .where(sql<boolean>`username = ANY(${phones}::text[])`)
        .execute()
    ).map((r) => r.username),
  );

  const plan: BatchPlan = { creates: [], updates: [], unchanged: 0, errors, warnings };
  for (const m of batch) {
    if (bad.has(m)) continue;
    const unit = resolve(m);
    if ("message" in unit) {
      errors.push(unit);
      continue;
    }
    let ok = true;
    const holder = m.phone ? holderOfPhone.get(m.phone) : undefined;
    if (holder !== undefined && holder !== m.username) {
      errors.push({ line: m.line, field: "phone", message: `手机号已被其他成员（登录名 ${holder}）使用` });
      ok = false;
    }
    if (m.phone && m.phone !== m.username && (loginsMatchingPhones.has(m.phone) || firstByLogin.has(m.phone))) {
      errors.push({ line: m.line, field: "phone", message: `手机号与其他成员的登录名“${m.phone}”相同，登录时无法区分` });
      ok = false;
    }
    const phoneOwner = holderOfPhone.get(m.username);
    if (phoneOwner !== undefined && phoneOwner !== m.username) {
      errors.push({ line: m.line, field: "username", message: `登录名与其他成员（登录名 ${phoneOwner}）的手机号相同，登录时无法区分` });
      ok = false;
    }
    const e = existing.get(m.username);
    if (e && e.id === actor.id) {
      if (m.role !== e.role) {
        errors.push({ line: m.line, field: "role", message: "不能通过导入修改自己的角色" });
        ok = false;
      }
      if (m.active === false) {
        errors.push({ line: m.line, field: "active", message: "不能停用自己的账号" });
        ok = false;
      }
    }
    if (!ok) continue;
    if (!e) {
      plan.creates.push({ m, unitId: unit.unitId });
      continue;
    }
    const before: Snapshot = { name: e.name, phone: e.phone, unitId: e.unit_id, role: e.role, active: e.active };
    const after: Snapshot = { name: m.name, phone: m.phone, unitId: unit.unitId, role: m.role, active: m.active ?? e.active };
    if (!e.active && m.active === undefined) {
      warnings.push({ line: m.line, field: null, message: "该账号已停用：导入只更新资料，不会恢复启用" });
    }
    const changed = (Object.keys(before) as (keyof Snapshot)[]).some((k) => before[k] !== after[k]);
    if (changed) plan.updates.push({ m, id: e.id, before, after });
    else plan.unchanged++;
  }
  errors.sort((a, b) => a.line - b.line);
  warnings.sort((a, b) => a.line - b.line);
  return plan;
}

export interface BatchResult {
  created: number;
  updated: number;
  unchanged: number;
  /** Initial passwords of the accounts created, in batch order. Returned once; never stored. */
  credentials: { line: number; username: string; name: string; initialPassword: string }[];
}

/** Raised when a batch has errors: nothing was written. */
export class BatchRejected extends UserError {
  constructor(readonly plan: BatchPlan) {
    super(`共有 ${plan.errors.length} 处错误，未导入任何数据`);
  }
}

const CHUNK = 10_000;

function* chunks<T>(xs: T[]): Generator<T[]> {
  for (let i = 0; i < xs.length; i += CHUNK) yield xs.slice(i, i + CHUNK);
}

/**
 * Checks and writes a batch in one transaction. `source` describes it for the audit trail
 * (file name and hash, or "api"). Throws BatchRejected (nothing written) when any row is wrong.
 */
export async function applyBatch(
  d: Db,
  actor: Actor,
  batch: BatchMember[],
  source: { action: "member.import" | "member.sync"; detail: Record<string, string | number> },
  refer: Refer = rowRef,
): Promise<BatchResult & { plan: BatchPlan }> {
  assertAdmin(actor);
  try {
    return await withTx(
      d,
      async (t) => {
        await lockTree(t);
        await lockMembers(t);
        const plan = await planBatch(t.k, actor, batch, refer);
        if (plan.errors.length) throw new BatchRejected(plan);

        // Phones that change hands inside the batch are released first: the unique index is
        // checked row by row, so a swap between two members would otherwise collide midway.
        const releasing = plan.updates.filter((u) => u.before.phone !== null && u.before.phone !== u.after.phone).map((u) => u.id);
        for (const ids of chunks(releasing)) await sql`UPDATE member SET phone = NULL WHERE id = ANY(${ids}::int[])`.execute(t.k);

        for (const c of chunks(plan.updates)) {
          const [ids, names, phones, unitIds, roles, actives] = [
            c.map((u) => u.id),
            c.map((u) => u.after.name),
            c.map((u) => u.after.phone),
            c.map((u) => u.after.unitId),
            c.map((u) => u.after.role),
            c.map((u) => u.after.active),
          ];
          await sql`UPDATE member m SET name = x.name, phone = x.phone, unit_id = x.unit_id, role = x.role::"Role", active = x.active, updated_at = now()
             FROM unnest(${ids}::int[], ${names}::text[], ${phones}::text[], ${unitIds}::int[], ${roles}::text[], ${actives}::bool[]) AS x(id, name, phone, unit_id, role, active)
             WHERE m.id = x.id`.execute(t.k);
        }
        // Deactivation ends every session, as revokeAllSessions does for one member — here for all at once.
        const deactivated = plan.updates.filter((u) => u.before.active && !u.after.active).map((u) => u.id);
        for (const ids of chunks(deactivated)) {
          await sql`UPDATE auth_session SET revoked_at = now() WHERE member_id = ANY(${ids}::int[]) AND revoked_at IS NULL`.execute(t.k);
        }

        // New accounts and their audit entries in one statement per chunk: the entry is built from
        // the row as inserted (RETURNING), so it cannot differ from what was written.
        const passwords = newInitialPasswords(plan.creates.length);
        const hashes = await hashInitialPasswords(passwords);
        for (let i = 0; i < plan.creates.length; i += CHUNK) {
          const c = plan.creates.slice(i, i + CHUNK);
          const [usernames, names, phones, unitIds, roles, hashed, actives] = [
            c.map((x) => x.m.username),
            c.map((x) => x.m.name),
            c.map((x) => x.m.phone),
            c.map((x) => x.unitId),
            c.map((x) => x.m.role),
            hashes.slice(i, i + CHUNK),
            c.map((x) => x.m.active ?? null),
          ];
          await sql`WITH ins AS (
               INSERT INTO member (username, name, phone, unit_id, role, password_hash, must_change_password, active, updated_at)
               SELECT x.username, x.name, x.phone, x.unit_id, x.role::"Role", x.hash, true, coalesce(x.active, true), now()
               FROM unnest(${usernames}::text[], ${names}::text[], ${phones}::text[], ${unitIds}::int[], ${roles}::text[], ${hashed}::text[], ${actives}::bool[]) AS x(username, name, phone, unit_id, role, hash, active)
               RETURNING id, username, name, phone, unit_id, role, active
             )
             INSERT INTO audit_event (actor_id, action, entity, entity_id, after)
             SELECT ${actor.id}::int, ${`${source.action}.create`}, 'member', ins.id::text,
                    jsonb_build_object('username', ins.username, 'name', ins.name, 'phone', ins.phone, 'unitId', ins.unit_id, 'role', ins.role, 'active', ins.active)
             FROM ins`.execute(t.k);
        }

        const entries: BulkAuditEntry[] = [];
        for (const u of plan.updates) {
          const keys = (Object.keys(u.before) as (keyof Snapshot)[]).filter((k) => u.before[k] !== u.after[k]);
          entries.push({
            action: `${source.action}.update`,
            entity: "member",
            entityId: String(u.id),
            before: Object.fromEntries(keys.map((k) => [k, u.before[k]])),
            after: { username: u.m.username, ...Object.fromEntries(keys.map((k) => [k, u.after[k]])) },
          });
        }
        await recordAuditMany(t, actor.id, entries);
        await recordAudit(t, {
          actorId: actor.id,
          action: source.action,
          entity: "member_batch",
          after: { ...source.detail, rows: batch.length, created: plan.creates.length, updated: plan.updates.length, unchanged: plan.unchanged },
        });
        return {
          plan,
          created: plan.creates.length,
          updated: plan.updates.length,
          unchanged: plan.unchanged,
          credentials: plan.creates.map((c, i) => ({ line: c.m.line, username: c.m.username, name: c.m.name, initialPassword: passwords[i] })),
        };
      },
      { timeout: 600_000 },
    );
  } catch (e) {
    // A member created elsewhere between the check and the write: nothing was written.
    if (isUniqueViolation(e)) throw new UserError("导入期间有登录名或手机号被同时占用，未导入任何数据，请重新预检后再导入");
    throw e;
  }
}

/** The same checks without writing: the dry run. */
export async function dryRunBatch(d: Db, actor: Actor, batch: BatchMember[], refer: Refer = rowRef): Promise<BatchPlan> {
  assertAdmin(actor);
  return planBatch(kysely(d), actor, batch, refer);
}
