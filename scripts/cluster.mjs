#!/usr/bin/env node
// `node [flags] scripts/cluster.mjs <script> [args…]`: runs `<script> [args…]` (the app server,
// `next start`) in `WEB_CONCURRENCY` worker processes that share its listening port (node:cluster).
// One Node process runs JavaScript on one core: in the exam burst of the benchmark the app server's
// main thread sat at 100 % of a core while the machine's second core was half idle
// (docs/scaling.md, "Fifth round"). Workers get this process's Node flags (the heap caps, the edge
// hook of prepare.mjs serverNodeArgs).
//
// - The first worker is forked alone and the others once it listens; each applies migrations and
//   syncs the course under an advisory lock (lib/boot.ts), so one writes and the others find it done.
// - A worker that dies is replaced; five that die within 10 s of starting end the cluster with an
//   error (a port in use, a database that cannot be reached: the worker printed why).
// - SIGINT/SIGTERM go to every worker; the cluster exits when they have (10 s at most).
import cluster from "node:cluster";
import { CLUSTER_READY_LINE, workerCount } from "./prepare.mjs";

const [script, ...args] = process.argv.slice(2);
if (!script) {
  console.error("usage: node scripts/cluster.mjs <script> [args…]");
  process.exit(2);
}
const size = workerCount(process.env);
cluster.setupPrimary({ exec: script, args });

let stopping = false;
let quickDeaths = 0;
const startedAt = new Map();

function fork() {
  const w = cluster.fork();
  startedAt.set(w.id, Date.now());
  return w;
}

let scaled = false;
const listening = new Set();
cluster.on("listening", (w) => {
  listening.add(w.id);
  if (listening.size === size) console.log(`${CLUSTER_READY_LINE}${size}`);
  if (scaled) return;
  scaled = true;
  for (let i = 1; i < size; i++) fork();
});
fork();

cluster.on("exit", (w, code, signal) => {
  listening.delete(w.id);
  const lived = Date.now() - (startedAt.get(w.id) ?? 0);
  startedAt.delete(w.id);
  if (stopping) {
    if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
    return;
  }
  if (lived < 10_000 && ++quickDeaths >= 5) {
    console.error(`[cluster] 工作进程连续启动失败 (workers keep failing at start: last exit ${code ?? signal})`);
    process.exit(1);
  }
  console.error(`[cluster] 工作进程 ${w.process.pid} 已退出 (${code ?? signal})，正在重启`);
  fork();
});

for (const sig of ["SIGINT", "SIGTERM"]) {
  process.on(sig, () => {
    if (stopping) return;
    stopping = true;
    const alive = Object.values(cluster.workers ?? {});
    if (alive.length === 0) process.exit(0);
    for (const w of alive) w?.process.kill(sig);
    setTimeout(() => {
      for (const w of Object.values(cluster.workers ?? {})) w?.process.kill("SIGKILL");
      process.exit(0);
    }, 10_000).unref();
  });
}
