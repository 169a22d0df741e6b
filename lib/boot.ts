/**
 * Runs once when the server starts (instrumentation.ts), before any request: applies pending
 * migrations, seeds the demo organisation into an empty embedded database, and syncs the course
 * content. Doing it inside the server process means an embedded database is opened by exactly
 * one process. A database that cannot be reached ends the process with one readable paragraph.
 */
import { db, type Db } from "./db/client";
import { DataDirInUseError } from "./db/pglite-lock";
import { BOOT_LOCK_KEY, migrate, withAdvisoryLock } from "./db/migrate";
import { seedDemo } from "./seed/demo";
import { ContentError, loadContent } from "./content/load";
import { syncContent } from "./content/sync";
import { syncQuestionBank } from "./assessment/bank";
import { ensureQuizzes } from "./assessment/quizzes";

export function unreachableMessage(e: unknown): string {
  const url = process.env.DATABASE_URL;
  if (e instanceof DataDirInUseError) return e.message;
  if (url) {
    const safe = url.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@");
    return (
      `无法连接数据库 (cannot reach the database): DATABASE_URL=${safe} 指向的 PostgreSQL 服务器无法连接` +
      `（${(e as Error)?.message ?? e}）。请确认服务器已启动、地址端口和凭据正确；` +
      `或取消设置 DATABASE_URL 以使用内嵌数据库 (unset DATABASE_URL to use the embedded PGlite database).`
    );
  }
  return `无法打开内嵌数据库 (cannot open the embedded database): ${(e as Error)?.message ?? e}`;
}

export async function boot(log: (msg: string) => void = console.log): Promise<void> {
  const d = db();
  const applied = await migrate(d.raw);
  if (applied.length) log(`[weguide] 已应用迁移 ${applied.length} 个: ${applied.join(", ")}`);
  // App nodes and cluster workers (scripts/cluster.mjs) that start together take turns: the first
  // writes the course, the others find it written. The embedded database has one process.
  if (d.kind === "postgres") await withAdvisoryLock(d.raw, BOOT_LOCK_KEY, () => syncAll(d, log));
  else await syncAll(d, log);
}

async function syncAll(d: Db, log: (msg: string) => void): Promise<void> {
  if (d.kind === "pglite" && (await d.prisma.member.count()) === 0) {
    const r = await seedDemo(d);
    log(`[weguide] 已写入演示数据: ${r.units} 个组织, ${r.members} 名成员 (密码见 README)`);
  }
  const content = loadContent();
  const synced = await syncContent(d, content);
  if (synced.written || synced.archived) log(`[weguide] 课程内容已同步: 写入 ${synced.written}, 归档 ${synced.archived}`);
  const bank = await syncQuestionBank(d, content.questions);
  await ensureQuizzes(d, content.course);
  if (bank.created || bank.versioned || bank.archived || bank.flagged) {
    log(`[weguide] 题库已同步: 新增 ${bank.created}, 新版本 ${bank.versioned}, 归档 ${bank.archived}, 待核对 ${bank.flagged}`);
  }
}

/** Server start: boot, or print one paragraph (no stack) and stop. */
export async function bootOrExit(): Promise<void> {
  try {
    await boot();
  } catch (e) {
    console.error(`\n${e instanceof ContentError ? e.message : unreachableMessage(e)}\n`);
    process.exit(1);
  }
}
