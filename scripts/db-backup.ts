// `npm run db:backup [target]`: pg_dump of DATABASE_URL, or a copy of the embedded directory
// (stop the app first: the embedded database allows one process at a time).
import path from "node:path";
import { env, pgliteDir } from "../lib/env";
import { backupPglite, backupPostgres } from "../lib/ops/backup";

const stamp = new Date().toISOString().replace(/[:.]/g, "-");
const url = env().DATABASE_URL;
const target = process.argv[2] ?? path.join("backups", url ? `weguide-${stamp}.dump` : `pglite-${stamp}`);
try {
  if (url) backupPostgres(url, target);
  else backupPglite(pgliteDir(), target);
  console.log(`备份完成：${target}`);
} catch (e) {
  console.error(`✗ ${(e as Error).message}`);
  process.exitCode = 1;
}
