/**
 * Per test file: a database of its own. PGlite: a fresh in-memory database started from the
 * migrated dump (lib/test/global-pglite.ts). PostgreSQL: a fresh copy of the migrated template
 * (lib/test/global-postgres.ts). No mocks: tests run the real queries.
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import pg from "pg";
import { afterAll, beforeAll, inject } from "vitest";
import { closeDb, db, openPglite, setDb } from "../db/client";
import { migrate } from "../db/migrate";
import { copyPrefix } from "./global-postgres";

const template = process.env.TEST_DATABASE_URL ? inject("pgTemplate") : undefined;
const pgliteTemplate = !template && process.env.PGLITE_DIR === "memory://" ? inject("pgliteTemplate") : undefined;
let dropDatabase: (() => Promise<void>) | undefined;

if (template) {
  const base = process.env.TEST_DATABASE_URL!;
  // Named after the template, so the run's teardown also drops the copies of files whose tests
  // were all skipped (their afterAll does not run).
  const name = `${copyPrefix(template)}${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  process.env.DATABASE_URL = url.toString();
  dropDatabase = async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  };
} else if (pgliteTemplate) {
  // The process-wide database (lib/db/client.ts's db()); openDb() still opens an empty one.
  setDb(openPglite("memory://", { loadDataDir: new Blob([fs.readFileSync(pgliteTemplate)]) }));
}

beforeAll(async () => {
  if (!template && !pgliteTemplate) await migrate(db().raw);
});

afterAll(async () => {
  await closeDb();
  await dropDatabase?.();
});
