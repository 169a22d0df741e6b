/**
 * Kysely over the connections the app already has (docs/decisions/025): the statements Prisma
 * cannot express are written with Kysely's builder or its `sql` tagged template, typed by the
 * `DB` that prisma-kysely generates from schema.prisma. Values become placeholders by
 * construction; a row type is the builder's or `Selectable<…>`, never a hand-written interface.
 *
 * One small driver runs every compiled statement through a function: the `Db`'s own `raw.query`
 * (the pg pool, or the one PGlite instance with its one-process lock; and whatever wraps it, such
 * as the tests' statement counter), or the Prisma interactive transaction of `withTx` (`t.k`).
 * Kysely's own transactions are refused: `withTx` is the one helper.
 */
import {
  type CompiledQuery,
  type DatabaseConnection,
  type Driver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type QueryResult,
  type RawBuilder,
  type Compilable,
  type Selectable,
} from "kysely";
import type { DB } from "../generated/kysely/types";
import type { Db } from "./client";

export type { DB } from "../generated/kysely/types";

/** Runs one compiled statement and answers its rows and, for a write, how many rows it touched. */
export type Run = (sql: string, params: readonly unknown[], query: CompiledQuery) => Promise<{ rows: unknown[]; affected?: number | null }>;

class FnConnection implements DatabaseConnection {
  constructor(private readonly run: Run) {}
  async executeQuery<R>(c: CompiledQuery): Promise<QueryResult<R>> {
    const { rows, affected } = await this.run(c.sql, c.parameters, c);
    return { rows: rows as R[], ...(affected == null ? {} : { numAffectedRows: BigInt(affected) }) };
  }
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error("streaming is not supported: use a cursor through lib/db/client.ts");
  }
}

class FnDriver implements Driver {
  private readonly connection: FnConnection;
  constructor(run: Run) {
    this.connection = new FnConnection(run);
  }
  async init() {}
  async acquireConnection() {
    return this.connection;
  }
  async beginTransaction(): Promise<void> {
    throw new Error("Kysely transactions are not used here: run the statements inside withTx (lib/db/tx.ts)");
  }
  async commitTransaction() {}
  async rollbackTransaction() {}
  async releaseConnection() {}
  async destroy() {}
}

/** A `Kysely<DB>` whose statements go through `run`. */
export function kyselyOver(run: Run): Kysely<DB> {
  return new Kysely<DB>({
    dialect: {
      createAdapter: () => new PostgresAdapter(),
      createDriver: () => new FnDriver(run),
      createIntrospector: (k) => new PostgresIntrospector(k),
      createQueryCompiler: () => new PostgresQueryCompiler(),
    },
  });
}

/** The row type a Kysely query or `sql<Row>` template answers. */
export type RowOf<Q> = Q extends RawBuilder<infer R> ? R : Q extends Compilable<infer R> ? R : never;

const perDb = new WeakMap<Db["raw"], Kysely<DB>>();

/**
 * The `Kysely<DB>` of a database, one per `Db` (outside transactions; inside `withTx` use `t.k`).
 * Statements go through `d.raw.query`, which answers rows only: outside a transaction a write that
 * must know what it touched says `RETURNING`, as the raw statements always did.
 */
export function kysely(d: Db): Kysely<DB> {
  let k = perDb.get(d.raw);
  if (!k) {
    const raw = d.raw;
    k = kyselyOver(async (text, params) => ({ rows: await raw.query(text, params as unknown[]) }));
    perDb.set(raw, k);
  }
  return k;
}

/**
 * Runs a `sql` template as the named prepared statement `name` (lib/db/client.ts: parsed once per
 * connection; PostgreSQL only). Kysely compiles a template to the same text every time, as a
 * prepared name requires.
 */
export async function runPrepared<R>(d: Db, name: string, query: RawBuilder<R>): Promise<R[]> {
  const c = query.compile(kysely(d));
  return d.raw.query<R>(c.sql, c.parameters as unknown[], name);
}

/** One column's type as read (`Col<"member", "name">`), from schema.prisma. */
export type Col<T extends keyof DB, C extends keyof Selectable<DB[T]>> = Selectable<DB[T]>[C];

/** Some columns of a table's row as read (`TableRow<"member", "id" | "name">`), from schema.prisma. */
export type TableRow<T extends keyof DB, C extends keyof Selectable<DB[T]> = keyof Selectable<DB[T]>> = Pick<Selectable<DB[T]>, C>;

/** snake_case → camelCase, at the type level (`"member_id"` → `"memberId"`). */
type Camel<S extends string> = S extends `${infer H}_${infer T}` ? `${H}${Capitalize<Camel<T>>}` : S;

/**
 * Some columns of a table's row as read under camelCase aliases (`AS "memberId"`):
 * `CamelRow<"certificate", "member_id" | "issued_at">` is `{ memberId: number; issuedAt: Date }`,
 * each type from schema.prisma.
 */
export type CamelRow<T extends keyof DB, C extends keyof Selectable<DB[T]> & string> = {
  [K in C as Camel<K>]: Selectable<DB[T]>[K];
};
