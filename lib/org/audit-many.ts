/**
 * Audit entries for a batch (an import of 100,000 members writes one entry per member created or
 * changed): one INSERT … SELECT FROM unnest per chunk instead of one statement per entry, inside
 * the caller's transaction. Insert only, like lib/audit/record.ts: the trail is append-only.
 */
import { sql } from "kysely";
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
    const action = chunk.map((e) => e.action);
    const entity = chunk.map((e) => e.entity);
    const entityId = chunk.map((e) => e.entityId);
    const before = chunk.map((e) => (e.before === undefined ? null : JSON.stringify(e.before)));
    const after = chunk.map((e) => (e.after === undefined ? null : JSON.stringify(e.after)));
    await sql`INSERT INTO audit_event (actor_id, action, entity, entity_id, before, after)
       SELECT ${actorId}::int, e.action, e.entity, e.entity_id, e.before::jsonb, e.after::jsonb
       FROM unnest(${action}::text[], ${entity}::text[], ${entityId}::text[], ${before}::text[], ${after}::text[]) AS e(action, entity, entity_id, before, after)`.execute(
      t.k,
    );
  }
}
