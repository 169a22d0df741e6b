import { expect, test } from "vitest";
import { db, openDb } from "./client";
import { BOOT_LOCK_KEY, migrate, migrationStatus, readMigrations, withAdvisoryLock } from "./migrate";

test("every committed migration is applied and recorded the way Prisma records it", async () => {
  const d = db();
  const all = readMigrations();
  expect(all.length).toBeGreaterThan(0);
  const status = await migrationStatus(d.raw);
  expect(status).toEqual({ applied: all.map((m) => m.name), pending: [], problems: [] });
  const rows = await d.raw.query<{ checksum: string; applied_steps_count: number; finished_at: Date | null }>(
    `SELECT checksum, applied_steps_count, finished_at FROM "_prisma_migrations" ORDER BY migration_name`,
  );
  expect(rows.map((r) => r.checksum)).toEqual(all.map((m) => m.checksum));
  expect(rows.every((r) => r.applied_steps_count === 1 && r.finished_at)).toBe(true);
});

// PostgreSQL only: the embedded database is opened by one process (lib/boot.ts takes no lock there).
test.skipIf(!process.env.DATABASE_URL)("processes that start together take turns under the boot lock (cluster workers, app nodes)", async () => {
  // Two pools on one database stand for two processes: their sections must not overlap.
  const d = db();
  const other = openDb();
  const events: string[] = [];
  const section = (name: string) => async () => {
    events.push(`${name} in`);
    await new Promise((r) => setTimeout(r, 100));
    events.push(`${name} out`);
  };
  try {
    await Promise.all([withAdvisoryLock(d.raw, BOOT_LOCK_KEY, section("a")), withAdvisoryLock(other.raw, BOOT_LOCK_KEY, section("b"))]);
  } finally {
    await other.close();
  }
  expect(events).toHaveLength(4);
  expect(events[1]).toBe(events[0].replace("in", "out"));
});

test("migrating again applies nothing", async () => {
  expect(await migrate(db().raw)).toEqual([]);
});

test("a fresh empty database of this kind migrates from nothing", async () => {
  // PGlite: a second in-memory database. PostgreSQL: the per-file database is already a
  // migrated copy, so prove the empty case on a schema of its own.
  const d = db();
  if (d.kind === "pglite") {
    const fresh = openDb(); // PGLITE_DIR is memory://: a second, empty database
    try {
      expect(await migrationStatus(fresh.raw)).toMatchObject({ applied: [], pending: readMigrations().map((m) => m.name) });
      expect(await migrate(fresh.raw)).toEqual(readMigrations().map((m) => m.name));
      expect((await migrationStatus(fresh.raw)).pending).toEqual([]);
    } finally {
      await fresh.close();
    }
  } else {
    await d.raw.session(async (c) => {
      await c.exec(`CREATE SCHEMA empty_check; SET search_path TO empty_check`);
      try {
        expect(await migrate({ ...c, session: (fn) => fn(c) })).toEqual(readMigrations().map((m) => m.name));
        const [{ n }] = await c.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'empty_check' AND table_name = 'member'`,
        );
        expect(n).toBe(1);
      } finally {
        await c.exec(`SET search_path TO public; DROP SCHEMA empty_check CASCADE`);
      }
    });
  }
});

test("a changed migration file is reported, not silently re-applied", async () => {
  const all = readMigrations();
  const tampered = all.map((m, i) => (i === 0 ? { ...m, checksum: "0".repeat(64) } : m));
  const s = await migrationStatus(db().raw, tampered);
  expect(s.problems).toHaveLength(1);
  await expect(migrate(db().raw, tampered)).rejects.toThrow(/被修改过/);
});
