/**
 * Per test file: a database of its own. PGlite: a fresh in-memory database, migrated. PostgreSQL:
 * a fresh copy of the migrated template. No mocks: tests run the real queries.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, inject } from "vitest";
import { closeDb, db } from "../db/client";
import { migrate } from "../db/migrate";

const template = process.env.TEST_DATABASE_URL ? inject("pgTemplate") : undefined;
let dropDatabase: (() => Promise<void>) | undefined;

if (template) {
  const base = process.env.TEST_DATABASE_URL!;
  // Named after the template, so the run's teardown also drops the copies of files whose tests
  // were all skipped (their afterAll does not run).
  const name = `${template.replace("weguide_tmpl_", "weguide_t_")}_${randomBytes(6).toString("hex")}`;
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
}

beforeAll(async () => {
  if (!template) await migrate(db().raw);
});

afterAll(async () => {
  await closeDb();
  await dropDatabase?.();
});
