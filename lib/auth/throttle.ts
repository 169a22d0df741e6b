/**
 * Sign-in throttling per account and per client address, stored in PostgreSQL so that every app
 * node sees the same counts. After MAX_FAILURES failures within WINDOW the key is locked for LOCK.
 * Each update is one statement (an upsert), so concurrent failures are all counted.
 */
import type { Db } from "../db/client";

export const MAX_FAILURES = { user: 5, ip: 30 } as const;
const WINDOW_MIN = 15;
const LOCK_MIN = 15;

export type ThrottleKey = `user:${string}` | `ip:${string}`;

export async function lockedUntil(d: Db, keys: ThrottleKey[]): Promise<Date | null> {
  const rows = await d.raw.query<{ locked_until: Date }>(
    `SELECT max(locked_until) AS locked_until FROM login_throttle WHERE key = ANY($1) AND locked_until > now()`,
    [keys],
  );
  return rows[0]?.locked_until ?? null;
}

export async function recordFailure(d: Db, key: ThrottleKey): Promise<void> {
  const max = key.startsWith("user:") ? MAX_FAILURES.user : MAX_FAILURES.ip;
  await d.raw.query(
    `INSERT INTO login_throttle AS t (key, failures, window_start) VALUES ($1, 1, now())
     ON CONFLICT (key) DO UPDATE SET
       failures = CASE WHEN t.window_start < now() - interval '${WINDOW_MIN} minutes' THEN 1 ELSE t.failures + 1 END,
       window_start = CASE WHEN t.window_start < now() - interval '${WINDOW_MIN} minutes' THEN now() ELSE t.window_start END,
       locked_until = CASE WHEN t.window_start >= now() - interval '${WINDOW_MIN} minutes' AND t.failures + 1 >= $2
                           THEN now() + interval '${LOCK_MIN} minutes' ELSE t.locked_until END`,
    [key, max],
  );
}

export async function clearFailures(d: Db, key: ThrottleKey): Promise<void> {
  await d.raw.query(`DELETE FROM login_throttle WHERE key = $1`, [key]);
}
