/**
 * Audit entries for a batch (an import of 100,000 members writes one entry per member created or
 * changed): one INSERT … SELECT FROM unnest per chunk instead of one statement per entry, inside
 * the caller's transaction. Insert only, like lib/audit/record.ts: the trail is append-only.
 */
import type { AuditAction, AuditEntity } from "../labels";
import type { Tx } from "../db/tx";

export interface BulkAuditEntry {
  action: AuditAction;
  entity: AuditEntity;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

const CHUNK = 10_000;

export async function recordAuditMany(t: Tx, actorId: number | null, entries: BulkAuditEntry[]): Promise<void> {
  for (let i = 0; i < entries.length; i += CHUNK) {
    const chunk = entries.slice(i, i + CHUNK);
    await t.x(
      `INSERT INTO audit_event (actor_id, action, entity, entity_id, before, after)
       SELECT $1::int, e.action, e.entity, e.entity_id, e.before::jsonb, e.after::jsonb
       FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[]) AS e(action, entity, entity_id, before, after)`,
      [
        actorId,
        chunk.map((e) => e.action),
        chunk.map((e) => e.entity),
        chunk.map((e) => e.entityId),
        chunk.map((e) => (e.before === undefined ? null : JSON.stringify(e.before))),
        chunk.map((e) => (e.after === undefined ? null : JSON.stringify(e.after))),
      ],
    );
  }
}
