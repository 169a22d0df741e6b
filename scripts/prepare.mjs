// Shared by `npm start` and `npm test`: make a fresh clone runnable using only Node built-ins
// (nothing is installed yet when this runs). Each step is skipped when already up to date.
import { spawnSync } from "node:child_process";
import os from "node:os";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

export const root = path.resolve(import.meta.dirname, "..");
const nodeModules = path.join(root, "node_modules");

export function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: "inherit", ...opts, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...opts.env } });
  if (r.status !== 0) {
    console.error(`\n✗ ${cmd} ${args.join(" ")} 失败 (exit ${r.status ?? r.signal})`);
    process.exit(r.status ?? 1);
  }
}

function mtime(p) {
  try {
    return fs.statSync(p).mtimeMs;
  } catch {
    return 0;
  }
}

/** npm ci (exactly the committed lock) when node_modules is missing or older than the lock file. */
export function ensureDependencies() {
  const marker = path.join(nodeModules, ".package-lock.json");
  if (mtime(marker) && mtime(marker) >= mtime(path.join(root, "package-lock.json"))) return;
  console.log("▶ 安装依赖 (npm ci)…");
  run("npm", ["ci", "--no-audit", "--no-fund"]);
}

/**
 * prisma generate when a generated file is missing or older than the schema: the client and the
 * Kysely row types (prisma-kysely, docs/decisions/025), both written by the one command.
 */
export function ensurePrismaClient() {
  const schema = mtime(path.join(root, "prisma", "schema.prisma"));
  const outputs = [path.join("prisma", "client.ts"), path.join("kysely", "types.ts")].map((p) => mtime(path.join(root, "lib", "generated", p)));
  if (outputs.every((t) => t && t >= schema)) return;
  console.log("▶ 生成 Prisma Client…");
  // Prisma starts the prisma-kysely generator by its command name (as npm scripts and npx find it),
  // a node script: with this same node.
  const PATH = [path.join(nodeModules, ".bin"), path.dirname(process.execPath), process.env.PATH].join(path.delimiter);
  run(process.execPath, [path.join(nodeModules, "prisma", "build", "index.js"), "generate"], { env: { PATH } });
}

const BUILD_INPUTS = [
  "app",
  "components",
  "lib",
  "prisma/schema.prisma",
  "next.config.ts",
  "package-lock.json",
  "postcss.config.mjs",
  "tsconfig.json",
  "instrumentation.ts",
  "proxy.ts",
];

function hashTree(hash, p) {
  const abs = path.join(root, p);
  if (!fs.existsSync(abs)) return;
  const st = fs.statSync(abs);
  if (st.isDirectory()) {
    for (const name of fs.readdirSync(abs).sort()) {
      if (name === "node_modules" || name.endsWith(".test.ts") || name === "__fixtures__") continue;
      hashTree(hash, path.join(p, name));
    }
  } else {
    hash.update(p).update(fs.readFileSync(abs));
  }
}

/** next build when the sources changed since the last build (hash of the build inputs). */
export function ensureBuild() {
  const hash = createHash("sha256");
  for (const p of BUILD_INPUTS) hashTree(hash, p);
  const digest = hash.digest("hex");
  const stamp = path.join(root, ".next", "weguide-source-hash");
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8") === digest && fs.existsSync(path.join(root, ".next", "BUILD_ID"))) return;
  console.log("▶ 构建生产版本 (next build)…");
  run(process.execPath, [path.join(nodeModules, "next", "dist", "bin", "next"), "build"]);
  fs.writeFileSync(stamp, digest);
}

/**
 * Node flags for the app server. V8 sizes its heap from the machine's memory (about 4 GB here), so
 * under load it lets garbage pile up: 550 MB resident in the benchmark. A 320 MB old generation
 * keeps a node near 300 MB at the cost of more frequent collection; everything the app holds at
 * once is far smaller (XLSX exports stream, lib/tracking/exports.ts). WEGUIDE_HEAP_MB overrides it.
 * The young generation is capped too: Node 24's V8 grows each of its two semi-spaces to 64 MB
 * under load, 128 MB resident that is mostly garbage between scavenges; 16 MB semi-spaces took
 * ~96 MB off the hot path's and the exam's peaks in the benchmark, for scavenges 3–4 times as
 * frequent and a third as long, and 8 MB another ~25 MB off the whole run's peak (three quick runs
 * against five: 340–368 MiB against 369–392), with scavenges under 4 ms (docs/scaling.md,
 * "Memory", fourteenth round). WEGUIDE_SEMI_SPACE_MB overrides it.
 * scripts/edge-hook.mjs records each connection's own address for the app (Next.js gives route
 * handlers none): the sign-in throttle's client address (lib/net/client-address.ts).
 */
export function serverNodeArgs(heapMb = process.env.WEGUIDE_HEAP_MB, semiSpaceMb = process.env.WEGUIDE_SEMI_SPACE_MB) {
  return [
    `--max-old-space-size=${Number(heapMb) || 320}`,
    `--max-semi-space-size=${Number(semiSpaceMb) || 8}`,
    "--import",
    pathToFileURL(path.join(root, "scripts", "edge-hook.mjs")).href,
  ];
}

/**
 * `next start` and its flags, after serverNodeArgs(). Without the flag Next loads its SWC compiler
 * (a 96 MB native library) only to transpile next.config.ts, and the server keeps ~40 MB of it
 * resident for good, its code and what it allocated (an idle server: 286 → 246 MB). Node 24
 * strips the config's types itself (next.config.ts imports with the `.ts` extension for that); a
 * Node without type stripping falls back to SWC, as before.
 */
export function nextStartArgs() {
  return [path.join(root, "node_modules", "next", "dist", "bin", "next"), "start", "--experimental-next-config-strip-types"];
}

/**
 * How many app server processes: `WEB_CONCURRENCY` (a number, or `auto` for one per core), 1 when
 * unset. The embedded PGlite database lives inside one process, so without DATABASE_URL it is 1.
 */
export function workerCount(env = process.env) {
  const raw = (env.WEB_CONCURRENCY ?? "").trim();
  if (!raw || !env.DATABASE_URL) return 1;
  const n = raw === "auto" ? os.availableParallelism() : Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 256) {
    throw new Error(`WEB_CONCURRENCY 应为 1–256 的整数或 auto (must be an integer 1–256 or "auto"), got "${raw}"`);
  }
  return n;
}

/** Printed by scripts/cluster.mjs once every worker listens (the benchmark waits for it). */
export const CLUSTER_READY_LINE = "[cluster] 服务进程已全部就绪: ";

/**
 * The app server's command line after `node`: serverNodeArgs(), then `next start` on `port`
 * (and `host`), through scripts/cluster.mjs when workerCount(env) > 1.
 */
export function appServerArgs(port, { host, env = process.env, nodeArgs = serverNodeArgs() } = {}) {
  const start = [...nextStartArgs(), "-p", String(port), ...(host ? ["-H", host] : [])];
  return workerCount(env) > 1 ? [...nodeArgs, path.join(root, "scripts", "cluster.mjs"), ...start] : [...nodeArgs, ...start];
}
