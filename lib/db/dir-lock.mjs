/**
 * PGlite has no cross-process lock, and two processes on one data directory lose rows silently
 * (see docs/decisions/001). Every opener takes `<dir>.lock` (its pid) exclusively; a lock left by a
 * dead process is taken over. Plain JavaScript because the schema-engine stand-in
 * (scripts/prisma-schema-engine.mjs) runs under bare Node and takes the same lock as the app
 * (lib/db/pglite-lock.ts); each says in its own words what went wrong.
 */
import fs from "node:fs";
import path from "node:path";

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === "EPERM";
  }
}

/** @type {import("./dir-lock.d.mts").acquireDirLock} */
export function acquireDirLock(dir, errors) {
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
      if (e.code !== "EEXIST") throw e;
      const holder = Number(fs.readFileSync(lock, "utf8"));
      if (holder === process.pid) return () => {};
      if (holder && alive(holder)) throw errors.inUse(holder, lock);
      fs.unlinkSync(lock); // stale: its process is gone
    }
  }
  throw errors.notTaken(lock);
}
