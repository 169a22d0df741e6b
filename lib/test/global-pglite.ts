/**
 * Once per run: migrate one in-memory PGlite database and dump its data directory to a temporary
 * file. Each test file then starts its own in-memory database from that dump (lib/test/setup-db.ts)
 * instead of running PGlite's initdb and every migration again — measured on a 2-core machine,
 * opening an empty PGlite costs 1.4–1.8 s and loading the dump 0.3 s. Starting from nothing is
 * still proven by lib/db/migrate.db.test.ts, and the dump is made by the same migrate().
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { openPglite } from "../db/client";
import { migrate } from "../db/migrate";

export default async function setup(project: TestProject) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "weguide-pglite-"));
  const file = path.join(dir, "migrated.tar");
  const d = openPglite("memory://");
  try {
    await migrate(d.raw);
    fs.writeFileSync(file, Buffer.from(await (await d.dump()).arrayBuffer()));
  } finally {
    await d.close();
  }
  project.provide("pgliteTemplate", file);
  return () => fs.rmSync(dir, { recursive: true, force: true });
}

declare module "vitest" {
  export interface ProvidedContext {
    pgliteTemplate: string;
  }
}
