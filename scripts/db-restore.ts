// `npm run db:restore <backup>`: the reverse of db:backup. Replaces the current data.
import { env, pgliteDir } from "../lib/env";
import { restorePglite, restorePostgres } from "../lib/ops/backup";

const source = process.argv[2];
if (!source) {
  console.error("用法：npm run db:restore <备份文件或目录>");
  process.exit(2);
}
try {
  const url = env().DATABASE_URL;
  if (url) restorePostgres(url, source);
  else restorePglite(source, pgliteDir());
  console.log(`已从 ${source} 恢复`);
} catch (e) {
  console.error(`✗ ${(e as Error).message}`);
  process.exitCode = 1;
}
