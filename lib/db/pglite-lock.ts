/**
 * The app's hold on an embedded data directory (the lock itself: dir-lock.mjs): a second process
 * gets a clear message instead of a corrupted directory.
 */
import { acquireDirLock } from "./dir-lock.mjs";

export class DataDirInUseError extends Error {}

export function acquireDataDirLock(dir: string): () => void {
  return acquireDirLock(dir, {
    inUse: (holder) =>
      new DataDirInUseError(
        `内嵌数据库目录 ${dir} 正被另一个进程 (pid ${holder}) 使用。PGlite 只允许一个进程打开同一目录：` +
          `请先停止该进程，或设置 PGLITE_DIR 使用另一个目录，或设置 DATABASE_URL 连接 PostgreSQL 服务器。`,
      ),
    notTaken: (lock) => new DataDirInUseError(`无法获取数据库目录锁 ${lock}`),
  });
}
