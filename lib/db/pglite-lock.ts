/**
 * PGlite has no cross-process lock, and two processes on one data directory lose rows silently
 * (see docs/decisions/001). Every opener takes `<dir>.lock` exclusively; a second process gets a
 * clear message instead of a corrupted directory. A lock left by a dead process is taken over.
 */
import fs from "node:fs";
import path from "node:path";

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

export class DataDirInUseError extends Error {}

export function acquireDataDirLock(dir: string): () => void {
  const lock = `${dir}.lock`;
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  for (let tries = 0; tries < 2; tries++) {
    try {
      fs.writeFileSync(lock, String(process.pid), { flag: "wx" });
      const release = () => {
        try {
          if (fs.readFileSync(lock, "utf8") === String(process.pid)) fs.unlinkSync(lock);
        } catch {
          /* already gone */
        }
      };
      process.once("exit", release);
      return release;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      const holder = Number(fs.readFileSync(lock, "utf8"));
      if (holder === process.pid) return () => {};
      if (holder && alive(holder)) {
        throw new DataDirInUseError(
          `内嵌数据库目录 ${dir} 正被另一个进程 (pid ${holder}) 使用。PGlite 只允许一个进程打开同一目录：` +
            `请先停止该进程，或设置 PGLITE_DIR 使用另一个目录，或设置 DATABASE_URL 连接 PostgreSQL 服务器。`,
        );
      }
      fs.unlinkSync(lock); // stale: its process is gone
    }
  }
  throw new DataDirInUseError(`无法获取数据库目录锁 ${lock}`);
}
