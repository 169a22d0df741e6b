/** The advisory locks that serialise organisation tree and member-batch writes. */
import { sql } from "kysely";
import type { Tx } from "../db/tx";

/**
 * Serialises writes to the tree (create, move, archive, sync) for the length of the transaction:
 * two concurrent moves could otherwise each pass the cycle check and together make a loop, and a
 * unit created under a subtree being moved could keep a stale path.
 */
export async function lockTree(t: Tx): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(hashtext('weguide.org_unit.tree'))::text AS locked`.execute(t.k);
}

/** Member imports and syncs run one at a time (their validation reads what they then write). */
export async function lockMembers(t: Tx): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(hashtext('weguide.member.batch'))::text AS locked`.execute(t.k);
}
