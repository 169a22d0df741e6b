/**
 * The standard Prisma CLI, run for real (a child process, as a developer would) through the
 * schema-engine shim (scripts/prisma-schema-engine.mjs, docs/decisions/002), against a fresh
 * PostgreSQL database and a fresh PGlite directory: the committed migrations deploy onto an empty
 * database and are recorded the way lib/db/migrate.ts records them, the CLI then reports the
 * database up to date, the migrations reproduce prisma/schema.prisma exactly, and `db execute` runs.
 *
 * PostgreSQL: TEST_DATABASE_URL's server (CI), else the local default server when it answers.
 */
import { spawn } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const cli = path.join(root, "node_modules", "prisma", "build", "index.js");
const migrationsDir = path.join(root, "prisma", "migrations");
const SLOW = 120_000; // PGlite: ~5 s to deploy, a shadow database for the diff; generous for CI

type Run = { code: number | null; stdout: string; stderr: string };

/** `prisma <args>` from the repo root, with the database chosen by `env` alone. */
function prisma(args: string[], env: Record<string, string>): Promise<Run> {
  const base = { ...process.env };
  for (const k of ["DATABASE_URL", "PGLITE_DIR", "PRISMA_SCHEMA_ENGINE_BINARY"]) delete base[k];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], {
      cwd: root,
      env: { ...base, CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** What lib/db/migrate.ts and Prisma both store: sha256 hex of the migration.sql bytes. */
function committedMigrations() {
  return fs
    .readdirSync(migrationsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((name) => ({
      name,
      checksum: createHash("sha256")
        .update(fs.readFileSync(path.join(migrationsDir, name, "migration.sql")))
        .digest("hex"),
    }));
}

type Row = Record<string, unknown>;

interface Target {
  env: Record<string, string>;
  /** Reads the database between CLI runs (never while one is running: PGlite is one process). */
  query(sql: string): Promise<Row[]>;
}

function cliContract(name: string, setup: () => Promise<Target>, teardown: () => Promise<void>) {
  describe(name, () => {
    let t: Target;
    beforeAll(async () => {
      t = await setup();
    }, SLOW);
    afterAll(teardown, SLOW);

    test(
      "migrate deploy applies every committed migration to an empty database, recorded as Prisma records them",
      async () => {
        const run = await prisma(["migrate", "deploy"], t.env);
        expect(run.stderr + run.stdout).toContain("All migrations have been successfully applied");
        expect(run.code).toBe(0);

        const rows = await t.query(
          `SELECT migration_name, checksum, finished_at, rolled_back_at, applied_steps_count
             FROM "_prisma_migrations" ORDER BY migration_name`,
        );
        const expected = committedMigrations();
        expect(expected.length).toBeGreaterThan(0);
        expect(rows.map((r) => ({ name: r.migration_name, checksum: r.checksum }))).toEqual(expected);
        for (const r of rows) {
          expect(r.finished_at).toBeTruthy();
          expect(r.rolled_back_at).toBeNull();
          expect(r.applied_steps_count).toBe(1);
        }
      },
      SLOW,
    );

    test(
      "migrate status then reports the database up to date",
      async () => {
        const run = await prisma(["migrate", "status"], t.env);
        expect(run.stdout).toContain("Database schema is up to date!");
        expect(run.code).toBe(0);
      },
      SLOW,
    );

    test(
      "the committed migrations produce exactly prisma/schema.prisma (migrate diff --exit-code)",
      async () => {
        const run = await prisma(["migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema", "prisma/schema.prisma", "--exit-code"], t.env);
        // Exit code 2 means a difference: a schema change without its migration. The message
        // matters too: when the WASM engine's shadow step never settles (it did with CHECK
        // constraints in a migration), the shim exits 0 having printed nothing.
        expect(run.stdout + run.stderr).toContain("No difference detected.");
        expect(run.code).toBe(0);
      },
      SLOW,
    );

    test(
      "db execute runs a script (several statements, a semicolon inside a string)",
      async () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "prisma-cli-sql-"));
        const file = path.join(dir, "script.sql");
        fs.writeFileSync(file, "CREATE TABLE prisma_cli_probe (id int, note text);\nINSERT INTO prisma_cli_probe VALUES (42, 'a;b');\n");
        try {
          const run = await prisma(["db", "execute", "--file", file], t.env);
          expect(run.stdout).toContain("Script executed successfully.");
          expect(run.code).toBe(0);
        } finally {
          fs.rmSync(dir, { recursive: true, force: true });
        }
        expect(await t.query("SELECT id, note FROM prisma_cli_probe")).toEqual([{ id: 42, note: "a;b" }]);
      },
      SLOW,
    );
  });
}

// ---- PostgreSQL -----------------------------------------------------------------------------

const adminUrl = process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/test";

async function answers(url: string): Promise<boolean> {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  try {
    await c.connect();
    return true;
  } catch {
    return false;
  } finally {
    await c.end().catch(() => {});
  }
}

// With TEST_DATABASE_URL set, an unreachable server is a failure, not a skip.
const havePostgres = Boolean(process.env.TEST_DATABASE_URL) || (await answers(adminUrl));

describe.skipIf(!havePostgres)("PostgreSQL server", () => {
  const dbName = `shim_cli_${randomBytes(6).toString("hex")}`;
  let admin: pg.Client;
  cliContract(
    "fresh database",
    async () => {
      admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${dbName}`);
      const url = new URL(adminUrl);
      url.pathname = `/${dbName}`;
      return {
        env: { DATABASE_URL: url.toString() },
        async query(sql) {
          // A connection per query, closed at once: nothing left open for the DROP to cut.
          const c = new pg.Client({ connectionString: url.toString() });
          await c.connect();
          try {
            return (await c.query(sql)).rows;
          } finally {
            await c.end();
          }
        },
      };
    },
    async () => {
      await admin?.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
      await admin?.end();
    },
  );
});

// ---- Embedded PGlite ------------------------------------------------------------------------

describe("embedded PGlite directory", () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "prisma-cli-pglite-"));
  const dir = path.join(tmp, "pglite");

  cliContract(
    "fresh directory",
    async () => ({
      env: { PGLITE_DIR: dir },
      async query(sql) {
        const lite = await PGlite.create({ dataDir: dir });
        try {
          return (await lite.query<Row>(sql)).rows;
        } finally {
          await lite.close();
        }
      },
    }),
    async () => {},
  );
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  test(
    "a directory held by a live process (its <dir>.lock) is refused with a clear message",
    async () => {
      const lock = `${dir}.lock`;
      fs.writeFileSync(lock, String(process.pid)); // this test process is alive
      try {
        const run = await prisma(["migrate", "status"], { PGLITE_DIR: dir });
        expect(run.code).not.toBe(0);
        expect(run.stdout + run.stderr).toContain(`is in use by another process (pid ${process.pid}`);
      } finally {
        fs.rmSync(lock, { force: true });
      }
    },
    SLOW,
  );
});
