/**
 * `npm run bench [-- --quick]`: does the app hold a province? See docs/scaling.md.
 * 1. Creates its own database on BENCH_DATABASE_URL (default the local server) and seeds a
 *    province in SQL. 2. Starts the production build (and, with it, the framework floor route)
 *    and the raw node+pg ceiling server. 3. Loads the hot path (saving an answer) at 50 and 200
 *    connections, and the references the same way. 4. Costs one 20-question exam and measures
 *    exams per minute with 200 cadres at once. 5. Loads the reads. 6. The daily practice of 100,000
 *    cadres (bench/scenarios/daily.ts). 7. Prints a table and writes bench/results/latest.json.
 *    Drops its database at the end.
 * The scenarios are in bench/scenarios/ (hot-path, exam, reads, two-nodes, daily), what they share
 * in bench/lib/ (run-context, fixtures, harness) and the table in bench/lib/report.ts.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ROOT, dropDatabase, mintSessions, preparedDatabase, startServer, type LoadResult, type Server } from "./lib/harness";
import { prepareFixtures } from "./lib/fixtures";
import { printTable } from "./lib/report";
import { loadIn, probe, statements, type RunContext } from "./lib/run-context";
import { FULL, QUICK, seedProvince } from "./seed-province";
import { dailyScenario } from "./scenarios/daily";
import { examOnTwoWorkers, examScenario } from "./scenarios/exam";
import { hotPath, hotPathVariants, statementsPerSave } from "./scenarios/hot-path";
import { readJobs, readsScenario } from "./scenarios/reads";
import { twoNodesScenario } from "./scenarios/two-nodes";

const quick = process.argv.includes("--quick");
// --only=hot,exam,reads,nodes,daily: run some scenarios (e.g. with BENCH_CPU_PROF, to profile one path alone).
const onlyArg = process.argv.find((a) => a.startsWith("--only="))?.slice("--only=".length);
const only = onlyArg ? new Set(onlyArg.split(",")) : null;
const runs = (scenario: "hot" | "exam" | "reads" | "nodes" | "daily") => !only || only.has(scenario);
// --reads=cadreHome,lessonPage: load only the reads whose names start with these (to profile one page).
// --keep: leave the database and write the read scenarios' URLs and cookies to bench/results/kept.json (to investigate one page by hand).
const keep = process.argv.includes("--keep");
const readsArg = process.argv
  .find((a) => a.startsWith("--reads="))
  ?.slice("--reads=".length)
  .split(",");
const BASE = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const NAME = `weguide_bench_${process.pid}`;
const SECRET = randomBytes(32).toString("base64url");
const DURATION = quick ? 5 : 20;
const WARMUP = quick ? 2 : 5;
// BENCH_PORT: the app's port (default 3700); the second node takes the next one and the raw server
// this + 200, so two checkouts on one machine can each run a benchmark without meeting.
const PORT = Number(process.env.BENCH_PORT ?? 3700);
const RAW_URL = `http://127.0.0.1:${PORT + 200}`;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "weguide-bench-"));
const results: Record<string, unknown> = {
  quick,
  startedAt: new Date().toISOString(),
  machine: { cpus: os.cpus().length, memGiB: Math.round(os.totalmem() / 2 ** 30) },
  // The machine may be shared: its load average at the start and the end says how much.
  loadAverageAtStart: os.loadavg().map((x) => +x.toFixed(2)),
};
const log = (...a: unknown[]) => console.log("[bench]", ...a);

async function main() {
  log("preparing build…");
  const url = await preparedDatabase(BASE, NAME);
  const { hashPassword } = await import("../lib/auth/password");
  const opts = quick ? QUICK : FULL;
  log(`seeding a province (${quick ? "quick" : "full"})…`);
  const seeded = await seedProvince(url, opts, await hashPassword("Bench#2026"));
  results.seed = seeded;
  log(`seeded ${seeded.units} units, ${seeded.cadres} cadres, ${seeded.answers} answers in ${(seeded.ms / 1000).toFixed(1)} s`);

  const f = await prepareFixtures(url, seeded, quick, log);
  results.assignmentForProvinceMs = f.assignmentForProvinceMs;
  const { paper, writers, attempts, secs, examTakers } = f;

  const { cookies, sessions } = await mintSessions(url, [...writers, ...secs.map((s) => s.id), ...examTakers], SECRET);
  const targets = attempts.map((a) => ({ cookie: cookies.get(a.member_id), session: sessions.get(a.member_id), attempt: a.public_id, versions: paper }));

  log("starting the app (next start) and the raw node+pg server…");
  // BENCH_POOL_SIZE: the app's pool (DB_POOL_SIZE), 20 unless set, to compare pool sizes in one build.
  const poolSize = process.env.BENCH_POOL_SIZE ?? "20";
  results.appPoolSize = Number(poolSize);
  const app = await startServer({ port: PORT, databaseUrl: url, secret: SECRET, env: { WEGUIDE_BENCH: "1", DB_POOL_SIZE: poolSize }, quiet: true });
  const raw = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "bench", "raw-server.ts")], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: url, PORT: String(PORT + 200), DB_POOL_SIZE: "20" },
    stdio: "ignore",
  });
  await new Promise((r) => setTimeout(r, 1500));
  const servers: Server[] = [app];
  const ctx: RunContext = {
    databaseUrl: url,
    secret: SECRET,
    quick,
    duration: DURATION,
    warmup: WARMUP,
    port: PORT,
    tmp,
    load: loadIn(tmp),
    statements,
    probe,
    log,
  };
  // Each scenario's peak RSS of the app server (MiB), to tell which one sets the run's peak.
  const rssByScenario: Record<string, number> = {};
  results.peakRssMiBByScenario = rssByScenario;
  const rssOf = (scenario: string) => (rssByScenario[scenario] = Math.round(app.takePeakRss() / 2 ** 20));
  try {
    results.statementsPerSave = await statementsPerSave(ctx, app, targets, paper);
    rssOf("start");
    const hot = runs("hot") ? await hotPath(ctx, app, RAW_URL, targets) : {};
    results.hotPath = hot;
    if (runs("hot")) rssOf("hot");
    if (process.argv.includes("--variants") && runs("hot")) {
      results.hotPathVariants = await hotPathVariants(ctx, (hot.c200 as { framework: LoadResult }).framework, targets);
    }

    if (runs("exam")) {
      results.exam = await examScenario(ctx, app, cookies, examTakers.slice(0, 201));
      rssOf("exam");
      results.examOnTwoWorkers = await examOnTwoWorkers(ctx, cookies, examTakers.slice(201));
    }

    const jobs = readJobs(f, cookies, seeded.cadres, seeded.rootId);
    const framework = (hot as { c50?: { framework: LoadResult } }).c50?.framework;
    const { reads, readRatios, readsFrameworkFloor } = readsScenario(ctx, app, runs("reads") ? jobs : [], readsArg, framework);
    results.reads = reads;
    results.readRatios = readRatios;
    if (runs("reads")) {
      rssOf("reads");
      // What the reads' peak is made of (V8's heap, young generation, Buffers): bench/floor's memory probe.
      results.readsMemoryMaxMiB = (await ctx.probe(app.url)).memoryMaxMiB;
    }
    if (readsFrameworkFloor) results.readsFrameworkFloor = readsFrameworkFloor;
    if (keep) fs.writeFileSync(path.join(ROOT, "bench", "results", "kept.json"), JSON.stringify({ databaseUrl: url, secret: SECRET, readJobs: jobs }, null, 2));

    if (runs("nodes")) {
      results.twoNodes = await twoNodesScenario(ctx, app, servers, cookies.get(writers[1])!);
      rssOf("nodes");
    }

    // Last: it tops the province up to 100,000 cadres, which the scenarios above must not see.
    if (runs("daily")) {
      results.daily = await dailyScenario({ ...ctx, appUrl: app.url });
      rssOf("daily");
    }
    // The whole run's peak (it was taken before the two nodes and the daily scenario until issue 21).
    results.peakRssMiB = Math.round(app.peakRss() / 2 ** 20);
  } finally {
    for (const s of servers) await s.stop();
    raw.kill();
    if (!keep) await dropDatabase(BASE, NAME).catch(() => {});
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  results.loadAverageAtEnd = os.loadavg().map((x) => +x.toFixed(2));
  fs.mkdirSync(path.join(ROOT, "bench", "results"), { recursive: true });
  fs.writeFileSync(path.join(ROOT, "bench", "results", "latest.json"), JSON.stringify(results, null, 2));
  printTable(results);
}

main().catch(async (e) => {
  console.error(e);
  await dropDatabase(BASE, NAME).catch(() => {});
  process.exit(1);
});
