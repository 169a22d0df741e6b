/**
 * Shared by the benchmark (bench/run.ts) and the soak test (scripts/soak.ts): a throw-away
 * PostgreSQL database, the production server started against it, and signed-in cadres whose
 * session cookies are minted directly (a real auth_session row + a next-auth JWT), so load tests
 * measure the app, not the sign-in form.
 */
import { execSync, spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { encode } from "next-auth/jwt";
import pg from "pg";
import { CLUSTER_READY_LINE, appServerArgs, serverNodeArgs, workerCount } from "../../scripts/prepare.mjs";

/** What bench/load.ts prints for one load: rate, latency percentiles (ms) and failures. */
export interface LoadResult {
  reqPerSec: number;
  p50: number;
  p975: number;
  p99: number;
  errors: number;
  non2xx: number;
  total: number;
}

export const ROOT = path.resolve(import.meta.dirname, "..", "..");

export function dbUrl(base: string, name: string): string {
  const u = new URL(base);
  u.pathname = `/${name}`;
  return u.toString();
}

export async function createDatabase(base: string, name: string): Promise<string> {
  const c = new pg.Client({ connectionString: base });
  await c.connect();
  await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await c.query(`CREATE DATABASE ${name}`);
  await c.end();
  return dbUrl(base, name);
}

/**
 * The production build (made when missing or stale) and a fresh database `name` on `base`, migrated
 * and seeded as the server's boot does; its URL, which is also DATABASE_URL from here on (set
 * before lib/ is loaded, which reads it).
 */
export async function preparedDatabase(base: string, name: string): Promise<string> {
  const prep = spawnSync(process.execPath, ["-e", "import('./scripts/prepare.mjs').then(m=>{m.ensureDependencies();m.ensurePrismaClient();m.ensureBuild()})"], {
    cwd: ROOT,
    stdio: "inherit",
  });
  if (prep.status !== 0) throw new Error("build failed");
  const url = await createDatabase(base, name);
  process.env.DATABASE_URL = url;
  const { boot } = await import("../../lib/boot");
  const { closeDb } = await import("../../lib/db/client");
  await boot(() => {});
  await closeDb();
  return url;
}

export async function dropDatabase(base: string, name: string): Promise<void> {
  const c = new pg.Client({ connectionString: base });
  await c.connect();
  await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await c.end();
}

export interface Server {
  url: string;
  proc: ChildProcess;
  stop(): Promise<void>;
  /** Peak resident set size since the server started (bytes). */
  peakRss(): number;
  /** Peak resident set size since the last call (bytes): one scenario's peak. */
  takePeakRss(): number;
}

/** `next start` on the production build (build first: scripts/prepare.mjs ensureBuild). */
export async function startServer(opts: { port: number; databaseUrl: string; secret: string; env?: Record<string, string>; quiet?: boolean }): Promise<Server> {
  const url = `http://127.0.0.1:${opts.port}`;
  // Someone else's server on the port would answer the health check and be measured instead.
  if (
    await fetch(`${url}/api/health`).then(
      () => true,
      () => false,
    )
  )
    throw new Error(`port ${opts.port} is in use (set BENCH_PORT)`);
  // BENCH_CPU_PROF=<dir>: each app server writes a V8 CPU profile there when it stops (open it in
  // Chrome DevTools → Performance, or summarise it with `npx tsx bench/profile-summary.ts <file>`).
  const prof = process.env.BENCH_CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: opts.databaseUrl,
    NEXTAUTH_SECRET: opts.secret,
    NEXTAUTH_URL: url,
    // The scheduler would send the province assignment's reminders (10,000+ notices) in the
    // middle of a scenario; the benchmark measures request paths, the scheduler has its own test.
    SCHEDULER: "off",
    ...opts.env,
  };
  const nodeArgs = [...serverNodeArgs(opts.env?.WEGUIDE_HEAP_MB, opts.env?.WEGUIDE_SEMI_SPACE_MB), ...prof];
  const proc: ChildProcess = spawn(process.execPath, appServerArgs(opts.port, { host: "127.0.0.1", env, nodeArgs }), {
    cwd: ROOT,
    env,
    stdio: ["ignore", "pipe", opts.quiet ? "ignore" : "inherit"],
  }) as ChildProcess;
  // With WEB_CONCURRENCY > 1 the first worker answers before the others have booted: wait for all.
  const workers = workerCount(env);
  const allListening = new Promise<void>((resolve) => {
    if (workers === 1) resolve();
    proc.stdout!.on("data", (chunk: Buffer) => {
      if (!opts.quiet) process.stdout.write(chunk);
      if (chunk.toString().includes(CLUSTER_READY_LINE)) resolve();
    });
  });
  let stopping = false;
  // A server that dies under the benchmark (out of memory, killed from outside) says so.
  proc.once("exit", (code, signal) => {
    if (!stopping) console.error(`[bench] server on port ${opts.port} exited: code ${code}, signal ${signal}`);
  });
  // The kernel's high-water mark (VmHWM), not samples: the orchestrator's event loop is blocked
  // while a load runs (spawnSync), so a sampler here saw only the moments between loads, and none
  // at all during the reads. Writing 5 to clear_refs starts a new mark: one scenario's peak.
  let peak = 0;
  const mark = (reset: boolean) => {
    // Summed over the server and any children it forks.
    const pids = [String(proc.pid), ...execSync(`pgrep -P ${proc.pid} || true`).toString().trim().split("\n").filter(Boolean)];
    let total = 0;
    for (const pid of pids) {
      try {
        total += Number(/VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) * 1024;
        if (reset) fs.writeFileSync(`/proc/${pid}/clear_refs`, "5");
      } catch {}
    }
    peak = Math.max(peak, total);
    return total;
  };
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`server exited with ${proc.exitCode}`);
    try {
      const r = await fetch(`${url}/api/health`);
      if (r.ok) break;
    } catch {}
    if (Date.now() > deadline) throw new Error("server did not become healthy in 120 s");
    await new Promise((r) => setTimeout(r, 300));
  }
  await Promise.race([allListening, new Promise((r) => setTimeout(r, 120_000))]);
  return {
    url,
    proc,
    peakRss: () => Math.max(peak, mark(false)),
    takePeakRss: () => mark(true),
    async stop() {
      stopping = true;
      if (proc.exitCode !== null) return;
      mark(false);
      proc.kill("SIGTERM");
      await new Promise((r) => proc.once("exit", r));
    },
  };
}

/** Session cookies for members: one auth_session row each, and the JWT next-auth would issue. */
export async function mintSessions(
  databaseUrl: string,
  memberIds: number[],
  secret: string,
): Promise<{ cookies: Map<number, string>; sessions: Map<number, string> }> {
  const c = new pg.Client({ connectionString: databaseUrl });
  await c.connect();
  const ids = memberIds.map(() => randomBytes(24).toString("base64url"));
  await c.query(
    `INSERT INTO auth_session (id, member_id, expires_at) SELECT * FROM unnest($1::text[], $2::int[], array_fill(now() + interval '8 hours', ARRAY[$3::int]))`,
    [ids, memberIds, memberIds.length],
  );
  await c.end();
  const cookies = new Map<number, string>();
  const sessions = new Map<number, string>();
  for (const [i, id] of memberIds.entries()) {
    const jwt = await encode({ token: { sid: ids[i] }, secret, maxAge: 8 * 3600 });
    cookies.set(id, `next-auth.session-token=${jwt}`);
    sessions.set(id, ids[i]);
  }
  return { cookies, sessions };
}
