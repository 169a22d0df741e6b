import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { afterAll, expect, test } from "vitest";
import { acquireDataDirLock } from "../db/pglite-lock";
import { backupPglite, backupPostgres, restorePglite, restorePostgres } from "./backup";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "weguide-backup-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function withLite<T>(dir: string, fn: (db: PGlite) => Promise<T>): Promise<T> {
  const release = acquireDataDirLock(dir);
  const lite = new PGlite(dir);
  try {
    return await fn(lite);
  } finally {
    await lite.close();
    release();
  }
}

test("embedded database: backup, change, restore gives back the backed-up rows", async () => {
  const dir = path.join(tmp, "data");
  await withLite(dir, async (db) => {
    await db.exec(`CREATE TABLE t (v text); INSERT INTO t VALUES ('before')`);
  });
  backupPglite(dir, path.join(tmp, "bk"));
  await withLite(dir, (db) => db.exec(`DELETE FROM t; INSERT INTO t VALUES ('after')`));
  restorePglite(path.join(tmp, "bk"), dir);
  const rows = await withLite(dir, (db) => db.query<{ v: string }>(`SELECT v FROM t`));
  expect(rows.rows).toEqual([{ v: "before" }]);
}, 120_000);

test("embedded database: no backup while the directory is in use by another process", async () => {
  const dir = path.join(tmp, "busy");
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(`${dir}.lock`, String(process.ppid)); // a live process that is not us
  expect(() => backupPglite(dir, path.join(tmp, "bk2"))).toThrow(/正被另一个进程/);
  fs.rmSync(`${dir}.lock`);
});

test.skipIf(!process.env.TEST_DATABASE_URL)("PostgreSQL: pg_dump / pg_restore round trip", async () => {
  const base = process.env.TEST_DATABASE_URL!;
  const name = `weguide_bk_${process.pid}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  const c = new pg.Client({ connectionString: url.toString() });
  try {
    await c.connect();
    await c.query(`CREATE TABLE t (v text); INSERT INTO t VALUES ('before')`);
    const file = path.join(tmp, "pg.dump");
    backupPostgres(url.toString(), file);
    await c.query(`DELETE FROM t; INSERT INTO t VALUES ('after')`);
    restorePostgres(url.toString(), file);
    expect((await c.query(`SELECT v FROM t`)).rows).toEqual([{ v: "before" }]);
  } finally {
    await c.end();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
});
