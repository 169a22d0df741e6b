/**
 * Tracking writes run in the shared transaction (lib/db/tx.ts) with a long timeout: a full
 * recomputation of a province-sized assignment takes seconds, not Prisma's default 5.
 */
import type { Db } from "../db/client";
import { withTx, type Tx } from "../db/tx";

export type { Tx } from "../db/tx";

export function inTx<T>(d: Db, fn: (t: Tx) => Promise<T>): Promise<T> {
  return withTx(d, fn, { timeout: 300_000 });
}

/** Advisory-lock namespaces (two-int form), so tracking locks never meet anyone else's. */
export const LOCK = { assignment: 5_201_001, member: 5_201_002 } as const;
