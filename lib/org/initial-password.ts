/**
 * Initial passwords for accounts an admin creates or resets: random, shown once, never stored in
 * plain text; the member must choose his own at first sign-in (must_change_password).
 *
 * Bulk imports hash them at a reduced scrypt cost (docs/decisions/006-bulk-import-passwords.md):
 * the app's cost (N=2^15, ~120 ms) exists to slow down guessing of passwords people choose; an
 * initial password here is 12 characters drawn at random from 55 (≈ 69 bits), beyond guessing at
 * any cost, and it is replaced at first sign-in by a password hashed at full cost. The stored
 * format is the app's own (`scrypt$N$r$p$salt$hash`), so lib/auth/password.ts verifies it as is.
 */
import { randomBytes, scryptSync } from "node:crypto";

/** No 0/O, 1/l/I: read aloud or copied from paper without mistakes. */
const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
const LENGTH = 12;

/**
 * `n` random passwords that meet the app's policy (letters and digits, ≥ 8 characters), drawn
 * from one buffer of random bytes (one call for 100,000 passwords instead of 100,000 calls).
 */
export function newInitialPasswords(n: number): string[] {
  const out: string[] = [];
  let pool = randomBytes(Math.max(64, n * 16));
  let at = 0;
  let pw = "";
  while (out.length < n) {
    if (at >= pool.length) {
      pool = randomBytes(Math.max(64, (n - out.length) * 16));
      at = 0;
    }
    const b = pool[at++];
    // Rejection sampling: bytes ≥ 220 (= 4 × 55) are skipped, so every character is equally likely.
    if (b >= 220) continue;
    pw += ALPHABET[b % 55];
    if (pw.length === LENGTH) {
      if (/[A-Za-z]/.test(pw) && /\d/.test(pw)) out.push(pw);
      pw = "";
    }
  }
  return out;
}

/** One random password that meets the app's policy. */
export function newInitialPassword(): string {
  return newInitialPasswords(1)[0];
}

export const BULK_SCRYPT = { N: 16, r: 1, p: 1 } as const;

/** The reduced-cost hash for bulk-created initial passwords (~20 µs instead of ~120 ms). */
export function hashInitialPassword(password: string): string {
  const salt = randomBytes(16);
  const key = scryptSync(password.normalize("NFKC"), salt, 32, BULK_SCRYPT);
  return `scrypt$${BULK_SCRYPT.N}$${BULK_SCRYPT.r}$${BULK_SCRYPT.p}$${salt.toString("base64")}$${key.toString("base64")}`;
}

/** Hashes many, yielding to the event loop between chunks so other requests are not starved. */
export async function hashInitialPasswords(passwords: string[]): Promise<string[]> {
  const out: string[] = new Array(passwords.length);
  for (let i = 0; i < passwords.length; i++) {
    out[i] = hashInitialPassword(passwords[i]);
    if (i % 2_000 === 1_999) await new Promise((r) => setImmediate(r));
  }
  return out;
}
