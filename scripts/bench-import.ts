// `npx tsx scripts/bench-import.ts [rows] [--postgres]`: times the member import on a generated
// file of `rows` members (default 100,000) — lib/org/import-bench.db.test.ts, run by Vitest on a
// throwaway in-memory PGlite database, or with --postgres on a fresh copy of the test template on
// TEST_DATABASE_URL (default postgresql://postgres@127.0.0.1:5432/test). Never the app's database.
import { spawnSync } from "node:child_process";

const args = process.argv.slice(2);
const rows = args.find((a) => /^\d+$/.test(a)) ?? "100000";
const postgres = args.includes("--postgres");
const env: NodeJS.ProcessEnv = { ...process.env, BENCH_IMPORT_ROWS: rows };
if (postgres) env.TEST_DATABASE_URL ??= "postgresql://postgres@127.0.0.1:5432/test";
else delete env.TEST_DATABASE_URL;
const r = spawnSync("npx", ["vitest", "run", "--project", postgres ? "postgres" : "pglite", "lib/org/import-bench.db.test.ts"], { stdio: "inherit", env });
process.exit(r.status ?? 1);
