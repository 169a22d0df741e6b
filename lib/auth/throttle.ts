/**
 * Throttling of password checks per member and per client address, stored in PostgreSQL so that
 * every app node sees the same counts. After MAX_FAILURES failures within WINDOW a key is locked
 * for LOCK.
 *
 * An attempt is *reserved* before the password is verified: one statement counts it against every
 * key and answers whether all of them are still within their limit. Only then is the password
 * checked. So N parallel attempts verify at most the limit's worth of passwords (security review
 * F5: 30 parallel sign-ins verified 18, because the count was read before and written after). A
 * reservation that turns out to be a success is given back (`settleSuccess`).
 *
 * Keys (security review F4): `member:<id>` when the identifier typed names a member — the username
 * or the phone count as one — and `login:<typed>` when it names no one, so that unknown names lock
 * exactly like real ones and the answer never tells them apart; `ip:<address>` per client address.
 */
import { sql } from "kysely";
import type { Db } from "../db/client";
import { kysely, type TableRow } from "../db/kysely";

export const MAX_FAILURES = { member: 5, login: 5, ip: 30 } as const;
const WINDOW = sql.raw("interval '15 minutes'");
const LOCK = sql.raw("interval '15 minutes'");

export type ThrottleKey = `member:${number}` | `login:${string}` | `ip:${string}`;

/** The key of a typed identifier: the member it names, else the text itself. */
export function accountKey(memberId: number | undefined, typed: string): ThrottleKey {
  return memberId === undefined ? `login:${typed.trim().toLowerCase()}` : `member:${memberId}`;
}

// The count after this attempt: a lapsed window starts again at 1 — unless the key is locked,
// whose count only grows (a lock can outlast the window that caused it).
const NEXT_COUNT = sql`CASE WHEN t.locked_until > now() THEN t.failures + 1 WHEN t.window_start < now() - ${WINDOW} THEN 1 ELSE t.failures + 1 END`;
const LIMIT = sql`CASE WHEN t.key LIKE 'ip:%' THEN ${MAX_FAILURES.ip}::int ELSE ${MAX_FAILURES.member}::int END`;

/**
 * Counts one attempt against every key, atomically per key (one statement), and answers whether
 * the password may be checked: every key's count, this attempt included, within its limit. The
 * attempt that reaches a limit sets the lock (and is itself still checked).
 */
export async function reserveAttempt(d: Db, keys: ThrottleKey[]): Promise<{ allowed: boolean }> {
  const { rows } = await sql<TableRow<"login_throttle", "key" | "failures">>`INSERT INTO login_throttle AS t (key, failures, window_start, locked_until)
     SELECT k, 1, now(), CASE WHEN (CASE WHEN k LIKE 'ip:%' THEN ${MAX_FAILURES.ip}::int ELSE ${MAX_FAILURES.member}::int END) <= 1 THEN now() + ${LOCK} END
     FROM unnest(${keys}::text[]) AS k
     ON CONFLICT (key) DO UPDATE SET
       failures = ${NEXT_COUNT},
       window_start = CASE WHEN t.locked_until > now() OR t.window_start >= now() - ${WINDOW} THEN t.window_start ELSE now() END,
       locked_until = CASE WHEN t.locked_until > now() THEN t.locked_until
                           WHEN ${NEXT_COUNT} >= ${LIMIT} THEN now() + ${LOCK}
                           ELSE t.locked_until END
     RETURNING key, failures`.execute(kysely(d));
  const limit = (k: string) => (k.startsWith("ip:") ? MAX_FAILURES.ip : MAX_FAILURES.member);
  return { allowed: rows.length === keys.length && rows.every((r) => r.failures <= limit(r.key)) };
}

/**
 * A reserved attempt succeeded: the account's count starts afresh (`clear`), and the other keys get
 * their reservation back — a success is no failure, and an office behind one address signs in all
 * morning.
 */
export async function settleSuccess(d: Db, clear: ThrottleKey, refund: ThrottleKey[]): Promise<void> {
  await sql`WITH gone AS (DELETE FROM login_throttle WHERE key = ${clear})
     UPDATE login_throttle t SET failures = greatest(t.failures - 1, 0),
       -- the attempt that reached the limit set the lock; as a success it undoes it
       locked_until = CASE WHEN t.failures - 1 < ${LIMIT} THEN NULL ELSE t.locked_until END
     WHERE t.key = ANY(${refund}::text[])`.execute(kysely(d));
}
