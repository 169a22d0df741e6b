import path from "node:path";
import { pathToFileURL } from "node:url";
import { defineConfig } from "prisma/config";

// Prisma's CLI insists on a native schema-engine binary that it would download; this machine
// (and CI) cannot. scripts/prisma-schema-engine.mjs speaks the binary's protocol and forwards to
// the WASM build of the same engine (@prisma/schema-engine-wasm). See docs/decisions/002.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(import.meta.dirname, "scripts", "prisma-schema-engine.mjs");

// Same rule as the app (lib/env.ts): DATABASE_URL names a PostgreSQL server; unset or empty means
// the embedded PGlite directory PGLITE_DIR (default .data/pglite, relative to the repo root).
// The shim reads the embedded one as `pglite:///<absolute directory>` (`pglite:memory://` for the
// tests' in-memory PGLITE_DIR=memory://, which lives only as long as one engine process).
function embeddedUrl(): string {
  const dir = process.env.PGLITE_DIR || ".data/pglite";
  if (dir.startsWith("memory://")) return `pglite:${dir}`;
  return pathToFileURL(path.resolve(import.meta.dirname, dir)).href.replace(/^file:/, "pglite:");
}

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL || embeddedUrl() },
});
