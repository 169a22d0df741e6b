/**
 * The one place that decides which database the app talks to: a PostgreSQL server when
 * DATABASE_URL is set, otherwise embedded PGlite. Everything else receives a `Db` and does not
 * know which one it is.
 */
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { createHistogram } from "node:perf_hooks";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { env, pgliteDir } from "../env";
import { PrismaClient } from "../generated/prisma/client";
import { acquireDataDirLock } from "./pglite-lock";

export type DbKind = "postgres" | "pglite";

/** Raw SQL, for migrations, bulk statements and the few queries Prisma cannot express. */
export interface RawSql {
  /**
   * `prepared` names a statement the server parses once per connection and then reuses (PostgreSQL
   * only; PGlite ignores it). For the statements run on every request. PostgreSQL still plans at
   * bind while its custom plans look cheaper than the generic one (measured: a large CTE's bind
   * costs up to 2.5 ms against 0.4 ms to run it; `plan_cache_mode` was tried and made the
   * dashboard's execution slower, so the server decides). Parsing once saves 0.1–0.5 ms of
   * database CPU per statement (the cadre home: 2.7 → 1.6 ms per request). The name must always
   * go with the same text. Behind PgBouncer in transaction mode this needs PgBouncer ≥ 1.21 with
   * `max_prepared_statements` set.
   */
  query<T = Record<string, unknown>>(text: string, params?: unknown[], prepared?: string): Promise<T[]>;
  /** Several statements separated by semicolons, no parameters. */
  exec(script: string): Promise<void>;
  /** Runs `fn` on one connection (for advisory locks and explicit transactions). */
  session<T>(fn: (conn: Omit<RawSql, "session">) => Promise<T>): Promise<T>;
}

export interface Db {
  kind: DbKind;
  prisma: PrismaClient;
  raw: RawSql;
  close(): Promise<void>;
}

/**
 * Benchmark mode only (WEGUIDE_BENCH=1): count every statement sent to PostgreSQL, so the
 * benchmark can report statements per request. Counted at the pg client, under Prisma too.
 */
export const statementCounter = { n: 0 };
/**
 * Benchmark mode only: how long each request waited for a pooled connection, and how many were
 * already waiting when it asked (histograms in microseconds / requests), to tell pool queueing
 * from lock waits and event-loop stalls in the tail (bench/run.ts reads them per scenario).
 */
export const poolProbe = { wait: createHistogram(), queued: createHistogram() };
if (process.env.WEGUIDE_BENCH === "1") {
  const proto = pg.Client.prototype as unknown as { query: (...a: unknown[]) => unknown };
  const original = proto.query;
  proto.query = function (this: unknown, ...args: unknown[]) {
    statementCounter.n++;
    return original.apply(this, args);
  };
  // pg.Pool#query goes through #connect, so this sees Prisma's and the raw statements alike.
  type Connect = (this: pg.Pool, cb?: (err: Error | undefined, c: pg.PoolClient, done: () => void) => void) => unknown;
  const poolProto = pg.Pool.prototype as unknown as { connect: Connect };
  const connect = poolProto.connect;
  poolProto.connect = function (this: pg.Pool, cb) {
    const t0 = process.hrtime.bigint();
    poolProbe.queued.record(this.waitingCount + 1);
    const seen = () => poolProbe.wait.record(Math.max(1, Number((process.hrtime.bigint() - t0) / 1000n)));
    if (cb)
      return connect.call(this, (err, c, done) => {
        seen();
        cb(err, c, done);
      });
    return (connect.call(this) as Promise<pg.PoolClient>).then((c) => {
      seen();
      return c;
    });
  };
}

function postgresDb(url: string, poolSize: number): Db {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, connectionTimeoutMillis: 5_000 });
  // An idle client losing its server (restart, failover) must not crash the process.
  pool.on("error", () => {});
  const onConn = (c: pg.PoolClient | pg.Pool) => ({
    async query<T>(text: string, params?: unknown[], prepared?: string) {
      return (prepared ? await c.query({ name: prepared, text, values: params as unknown[] }) : await c.query(text, params as unknown[])).rows as T[];
    },
    async exec(script: string) {
      await c.query(script);
    },
  });
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  return {
    kind: "postgres",
    prisma,
    raw: {
      ...onConn(pool),
      async session(fn) {
        const client = await pool.connect();
        try {
          return await fn(onConn(client));
        } finally {
          client.release();
        }
      },
    },
    async close() {
      await prisma.$disconnect();
      await pool.end().catch(() => {});
    },
  };
}

/**
 * An embedded database in `dir`. `loadDataDir` starts it from a dump (`PGlite#dumpDataDir`) instead
 * of an empty cluster: the tests start each file's in-memory database from one migrated dump
 * (lib/test/global-pglite.ts), which skips PGlite's initdb and the migrations per file.
 */
export function openPglite(dir: string, options: { loadDataDir?: Blob } = {}): Db & { dump(): Promise<Blob> } {
  const release = dir.startsWith("memory://") ? () => {} : acquireDataDirLock(dir);
  const lite = new PGlite(dir, options);
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(lite) });
  const raw: Omit<RawSql, "session"> = {
    async query<T>(text: string, params?: unknown[]) {
      return (await lite.query(text, params)).rows as T[];
    },
    async exec(script: string) {
      await lite.exec(script);
    },
  };
  return {
    kind: "pglite",
    prisma,
    raw: { ...raw, session: (fn) => fn(raw) }, // PGlite is a single connection already
    async dump() {
      await lite.exec("CHECKPOINT");
      return lite.dumpDataDir("none");
    },
    async close() {
      await prisma.$disconnect();
      await lite.close();
      release();
    },
  };
}

export function openDb(): Db {
  const e = env();
  return e.DATABASE_URL ? postgresDb(e.DATABASE_URL, e.DB_POOL_SIZE) : openPglite(pgliteDir());
}

const holder = globalThis as unknown as { __weguideDb?: Db };

/** The process-wide database. Opened lazily on first use. */
export function db(): Db {
  holder.__weguideDb ??= openDb();
  return holder.__weguideDb;
}

/** For tests: make `d` the process-wide database (the test setup opens it from a migrated dump). */
export function setDb(d: Db): void {
  holder.__weguideDb = d;
}

/** For tests and scripts that need to swap or close the process-wide database. */
export async function closeDb(): Promise<void> {
  const d = holder.__weguideDb;
  holder.__weguideDb = undefined;
  await d?.close();
}
