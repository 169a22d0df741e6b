// `npm run db:seed`: the demo organisation, on purpose. On a PostgreSQL server this is the only
// way demo data gets in; it refuses to touch a database that already has members.
import { closeDb, db } from "../lib/db/client";
import { migrate } from "../lib/db/migrate";
import { seedDemo } from "../lib/seed/demo";

const d = db();
try {
  await migrate(d.raw);
  const r = await seedDemo(d);
  console.log(`演示数据已写入 (${d.kind}): ${r.units} 个组织, ${r.members} 名成员, 密码 Demo#2026`);
} catch (e) {
  console.error(`✗ ${(e as Error).message}`);
  process.exitCode = 1;
} finally {
  await closeDb();
}
