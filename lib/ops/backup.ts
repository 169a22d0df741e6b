/**
 * Backups. A PostgreSQL server: pg_dump's custom format, restored with pg_restore --clean.
 * The embedded database: a copy of its data directory, taken and restored only while holding the
 * directory's lock, so no running app can be writing to it at the time.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { acquireDataDirLock } from "../db/pglite-lock";

function run(cmd: string, args: string[]) {
  const r = spawnSync(cmd, args, { encoding: "utf8" });
  if (r.error) throw new Error(`无法运行 ${cmd}：${r.error.message}（请安装 PostgreSQL 客户端工具）`);
  if (r.status !== 0) throw new Error(`${cmd} 失败：${r.stderr.trim().split("\n").slice(-3).join(" ")}`);
}

export function backupPostgres(url: string, file: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  run("pg_dump", ["--format=custom", "--no-owner", "--file", file, url]);
}

export function restorePostgres(url: string, file: string): void {
  if (!fs.existsSync(file)) throw new Error(`备份文件不存在：${file}`);
  run("pg_restore", ["--clean", "--if-exists", "--no-owner", "--single-transaction", "--dbname", url, file]);
}

export function backupPglite(dir: string, target: string): void {
  if (!fs.existsSync(dir)) throw new Error(`内嵌数据库目录不存在：${dir}`);
  const release = acquireDataDirLock(dir);
  try {
    fs.cpSync(dir, target, { recursive: true, errorOnExist: true, force: false });
  } finally {
    release();
  }
}

export function restorePglite(source: string, dir: string): void {
  if (!fs.existsSync(path.join(source, "PG_VERSION"))) throw new Error(`不是内嵌数据库的备份目录：${source}`);
  const release = acquireDataDirLock(dir);
  try {
    const aside = `${dir}.before-restore-${Date.now()}`;
    if (fs.existsSync(dir)) fs.renameSync(dir, aside);
    try {
      fs.cpSync(source, dir, { recursive: true });
    } catch (e) {
      if (fs.existsSync(aside)) fs.renameSync(aside, dir); // put the old one back
      throw e;
    }
    fs.rmSync(aside, { recursive: true, force: true });
  } finally {
    release();
  }
}
