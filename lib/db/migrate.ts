/**
 * Applies the committed migrations in prisma/migrations at start, inside the app process (so an
 * embedded database is never opened by a second process). It keeps Prisma's own bookkeeping table
 * `_prisma_migrations` exactly as `prisma migrate deploy` does, so `prisma migrate status` and the
 * rest of the CLI agree with it (docs/decisions/002).
 */
import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { type Generated, type Kysely, sql } from "kysely";
import type { RawSql } from "./client";
import { type DB, kyselyOver } from "./kysely";

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

// Read at run time from the checkout, not bundled (turbopackIgnore keeps the build from tracing it).
const MIGRATIONS_DIR = path.join(/*turbopackIgnore: true*/ process.cwd(), "prisma", "migrations");
/** Same key as Prisma's migrate advisory lock, so the CLI and the app never migrate at once. */
const ADVISORY_LOCK_KEY = 72707369;
/** lib/boot.ts's key: one app process at a time syncs the course (app nodes, cluster workers). */
export const BOOT_LOCK_KEY = 72707370;

/**
 * Runs `fn` holding a session-level advisory lock on one connection of `raw`, so processes that
 * run it at the same time take turns. `fn` gets that connection.
 */
export async function withAdvisoryLock<T>(raw: RawSql, key: number, fn: (conn: Omit<RawSql, "session">) => Promise<T>): Promise<T> {
  return raw.session(async (conn) => {
    const k = over(conn);
    await sql`SELECT pg_advisory_lock(${sql.lit(key)})`.execute(k);
    try {
      return await fn(conn);
    } finally {
      await sql`SELECT pg_advisory_unlock(${sql.lit(key)})`.execute(k);
    }
  });
}

export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const bytes = fs.readFileSync(path.join(dir, name, "migration.sql"));
      return { name, sql: bytes.toString("utf8"), checksum: createHash("sha256").update(bytes).digest("hex") };
    });
}

const BOOKKEEPING = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

/**
 * Prisma's bookkeeping table, which is Prisma Migrate's and not in schema.prisma: its columns as
 * BOOKKEEPING creates them (the one table type written here; docs/decisions/025).
 */
type PrismaMigrations = {
  id: string;
  checksum: string;
  finished_at: Date | null;
  migration_name: string;
  logs: string | null;
  rolled_back_at: Date | null;
  started_at: Generated<Date>;
  applied_steps_count: Generated<number>;
};

type Runner = Kysely<DB & { _prisma_migrations: PrismaMigrations }>;

/** Kysely over one connection (or the pool), which answers rows only. */
const over = (raw: Pick<RawSql, "query">): Runner =>
  kyselyOver(async (text, params) => ({ rows: await raw.query(text, params as unknown[]) })).withTables<{ _prisma_migrations: PrismaMigrations }>();

async function appliedMigrations(k: Runner) {
  const { exists } = await k.selectNoFrom(sql<boolean>`to_regclass('"_prisma_migrations"') IS NOT NULL`.as("exists")).executeTakeFirstOrThrow();
  if (!exists) return null;
  return k.selectFrom("_prisma_migrations").select(["migration_name", "checksum", "finished_at"]).where("rolled_back_at", "is", null).execute();
}

export interface MigrationStatus {
  applied: string[];
  pending: string[];
  /** Applied migrations whose file changed since, or that failed half-way: needs a human. */
  problems: string[];
}

export async function migrationStatus(raw: Pick<RawSql, "query">, all = readMigrations()): Promise<MigrationStatus> {
  const applied = (await appliedMigrations(over(raw))) ?? [];
  const byName = new Map(applied.map((a) => [a.migration_name, a]));
  const problems: string[] = [];
  for (const a of applied) {
    if (!a.finished_at) problems.push(`迁移 ${a.migration_name} 上次执行失败，需要人工处理 (prisma migrate resolve)`);
  }
  for (const m of all) {
    const a = byName.get(m.name);
    if (a && a.finished_at && a.checksum !== m.checksum) problems.push(`迁移 ${m.name} 在执行后被修改过`);
  }
  return {
    applied: all.filter((m) => byName.get(m.name)?.finished_at).map((m) => m.name),
    pending: all.filter((m) => !byName.has(m.name)).map((m) => m.name),
    problems,
  };
}

/** Applies every pending migration, each in its own transaction. Returns the names applied. */
export async function migrate(raw: RawSql, all = readMigrations()): Promise<string[]> {
  return withAdvisoryLock(raw, ADVISORY_LOCK_KEY, async (conn) => {
    const k = over(conn);
    await conn.exec(BOOKKEEPING);
    const status = await migrationStatus(conn, all);
    if (status.problems.length) throw new Error(status.problems.join("\n"));
    const done: string[] = [];
    for (const m of all.filter((x) => status.pending.includes(x.name))) {
      const id = randomUUID();
      await conn.exec("BEGIN");
      try {
        await k
          .insertInto("_prisma_migrations")
          .values({ id, checksum: m.checksum, migration_name: m.name, started_at: sql`now()` })
          .execute();
        // The migration file's own text: a runner executes files (the one string it runs; docs/decisions/025).
        await conn.exec(m.sql);
        await k
          .updateTable("_prisma_migrations")
          .set({ finished_at: sql`now()`, applied_steps_count: 1 })
          .where("id", "=", id)
          .execute();
        await conn.exec("COMMIT");
      } catch (e) {
        await conn.exec("ROLLBACK");
        throw new Error(`迁移 ${m.name} 执行失败: ${(e as Error).message}`);
      }
      done.push(m.name);
    }
    return done;
  });
}
