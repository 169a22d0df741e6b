/**
 * One Prisma interactive transaction with set-based SQL beside Prisma's own queries: a write, its
 * set-based statements and its audit entries commit together or not at all. One connection on
 * PostgreSQL; serialised on PGlite.
 */
import type { Kysely } from "kysely";
import type { Db } from "./client";
import { Prisma } from "../generated/prisma/client";
import { type DB, kyselyOver } from "./kysely";

export interface Tx {
  prisma: Prisma.TransactionClient;
  /**
   * Kysely on this transaction's connection (docs/decisions/025). Builder writes and plain
   * INSERT/UPDATE/DELETE templates report their affected rows (`numAffectedRows`); anything else
   * answers its rows.
   */
  k: Kysely<DB>;
}

/**
 * A compiled Kysely statement as Prisma's own `Sql`: the text split at its placeholders, which
 * Kysely numbers $1…$n in order, one per value (checked, so a `$n` inside a literal cannot shift
 * the values). Prisma numbers them again the same way.
 */
function asPrismaSql(text: string, params: readonly unknown[]): Prisma.Sql {
  const strings: string[] = [];
  let from = 0;
  let n = 0;
  for (const m of text.matchAll(/\$(\d+)/g)) {
    if (Number(m[1]) !== ++n) throw new Error(`unexpected placeholder $${m[1]} (expected $${n}) in: ${text}`);
    strings.push(text.slice(from, m.index));
    from = m.index + m[0].length;
  }
  if (n !== params.length) throw new Error(`${n} placeholders for ${params.length} values in: ${text}`);
  strings.push(text.slice(from));
  return new Prisma.Sql(strings, params as unknown[]);
}

const WRITES = new Set(["InsertQueryNode", "UpdateQueryNode", "DeleteQueryNode", "MergeQueryNode"]);

/**
 * Prisma answers either rows ($queryRaw) or the affected count ($executeRaw). A builder write
 * without `returning`, or a `sql` template that is one plain INSERT/UPDATE/DELETE without
 * RETURNING, wants the count; everything else its rows.
 */
function wantsCount(text: string, node: { kind: string; returning?: unknown }): boolean {
  if (WRITES.has(node.kind)) return !node.returning;
  return node.kind === "RawNode" && /^\s*(insert|update|delete)\b/i.test(text) && !/\breturning\b/i.test(text);
}

function onTransaction(tx: Prisma.TransactionClient): Kysely<DB> {
  return kyselyOver(async (text, params, c) => {
    const statement = asPrismaSql(text, params);
    if (wantsCount(text, c.query as { kind: string })) return { rows: [], affected: await tx.$executeRaw(statement) };
    return { rows: await tx.$queryRaw<unknown[]>(statement) };
  });
}

export async function withTx<T>(d: Db, fn: (t: Tx) => Promise<T>, opts: { timeout?: number } = {}): Promise<T> {
  return d.prisma.$transaction(
    async (tx) => {
      let k: Kysely<DB> | undefined;
      return fn({
        prisma: tx,
        get k() {
          return (k ??= onTransaction(tx)); // built on first use: most transactions need none
        },
      });
    },
    { maxWait: 30_000, timeout: opts.timeout ?? 60_000 },
  );
}

/** A unique violation (two admins saving the same thing at once, a login taken meanwhile). */
export function isUniqueViolation(e: unknown): boolean {
  const text = `${(e as { code?: string })?.code ?? ""} ${(e as Error)?.message ?? ""}`;
  return /P2002|23505|unique constraint/i.test(text);
}
