/**
 * Once per run: migrate a template database on the TEST_DATABASE_URL server. Each test file then
 * gets its own copy (CREATE DATABASE … TEMPLATE), so files run in parallel without sharing rows.
 */
import type { TestProject } from "vitest/node";
import pg from "pg";

/** The name prefix of a file's copy of `template` (lib/test/setup-db.ts), which the run's teardown drops. */
export const copyPrefix = (template: string) => `${template.replace("weguide_tmpl_", "weguide_t_")}_`;

export default async function setup(project: TestProject) {
  const base = process.env.TEST_DATABASE_URL!;
  const template = `weguide_tmpl_${process.pid}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${template}`);
  const url = new URL(base);
  url.pathname = `/${template}`;
  process.env.DATABASE_URL = url.toString();
  const { openDb } = await import("../db/client");
  const { migrate } = await import("../db/migrate");
  const d = openDb();
  await migrate(d.raw);
  await d.close();
  project.provide("pgTemplate", template);
  return async () => {
    // The per-file copies (lib/test/setup-db.ts) a file's afterAll left: files whose tests were all skipped.
    const copies = await admin.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE starts_with(datname, $1)`, [copyPrefix(template)]);
    for (const { datname } of copies.rows) await admin.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    await admin.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
    await admin.end();
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    pgTemplate: string;
  }
}
