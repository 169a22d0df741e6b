/**
 * One Prisma interactive transaction with raw SQL beside Prisma's own queries: a write, its
 * set-based statements and its audit entries commit together or not at all. One connection on
 * PostgreSQL; serialised on PGlite.
 */
import type { Db } from "./client";
import type { Prisma } from "../generated/prisma/client";

export interface Tx {
  prisma: Prisma.TransactionClient;
  /** A statement that returns rows. */
  q<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** A statement whose rows do not matter; returns the affected count. */
  x(sql: string, params?: unknown[]): Promise<number>;
}

export async function withTx<T>(d: Db, fn: (t: Tx) => Promise<T>, opts: { timeout?: number } = {}): Promise<T> {
  return d.prisma.$transaction(
    async (tx) =>
      fn({
        prisma: tx,
        q: <R>(sql: string, params: unknown[] = []) => tx.$queryRawUnsafe<R[]>(sql, ...params),
        x: (sql: string, params: unknown[] = []) => tx.$executeRawUnsafe(sql, ...params),
      }),
    { maxWait: 30_000, timeout: opts.timeout ?? 60_000 },
  );
}

/** A unique violation (two admins saving the same thing at once, a login taken meanwhile). */
export function isUniqueViolation(e: unknown): boolean {
  const text = `${(e as { code?: string })?.code ?? ""} ${(e as Error)?.message ?? ""}`;
  return /P2002|23505|unique constraint/i.test(text);
}
