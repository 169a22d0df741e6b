/**
 * `npm run bench [-- --quick]`: does the app hold a province? See docs/scaling.md.
 * 1. Creates its own database on BENCH_DATABASE_URL (default the local server) and seeds a
 *    province in SQL. 2. Starts the production build (and, with it, the framework floor route)
 *    and the raw node+pg ceiling server. 3. Loads the hot path (saving an answer) at 50 and 200
 *    connections, and the references the same way. 4. Costs one 20-question exam and measures
 *    exams per minute with 200 cadres at once. 5. Loads the reads. 6. The daily practice of 100,000
 *    cadres (bench/scenarios/daily.ts). 7. Prints a table and writes bench/results/latest.json.
 *    Drops its database at the end.
 */
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { ROOT, createDatabase, dropDatabase, mintSessions, startServer, type LoadResult, type Server } from "./lib/harness";
import { FULL, QUICK, seedProvince } from "./seed-province";
import { dailyRows, dailyScenario } from "./scenarios/daily";

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

function load(job: Record<string, unknown>): LoadResult {
  const file = path.join(tmp, `job-${randomBytes(4).toString("hex")}.json`);
  fs.writeFileSync(file, JSON.stringify(job));
  const r = spawnSync(process.execPath, ["--import", "tsx", path.join(ROOT, "bench", "load.ts"), file], { cwd: ROOT, encoding: "utf8", maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`load generator failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split("\n").pop()!);
}

/**
 * GET from the orchestrator between loads. The loads run under spawnSync, which blocks this event
 * loop for longer than the server's keep-alive timeout: the server closes the idle pooled socket,
 * and a fetch issued in the same tick reuses it before undici has seen the close (ECONNRESET). So
 * let the loop turn first, and retry once on a reset connection.
 */
async function getJson(url: string) {
  await new Promise((r) => setTimeout(r, 50));
  try {
    return await (await fetch(url)).json();
  } catch {
    return (await fetch(url)).json();
  }
}

async function statements(url: string): Promise<number> {
  return (await getJson(`${url}/api/bench/floor`)).statements;
}

/** The app's own measurements since the last reset (pool waits, event-loop delay, GC, folds); resets them. */
async function probe(url: string): Promise<Record<string, unknown>> {
  const { statements: _s, ...rest } = await getJson(`${url}/api/bench/floor?reset=1`);
  return rest;
}

async function main() {
  log("preparing build…");
  const prep = spawnSync(process.execPath, ["-e", "import('./scripts/prepare.mjs').then(m=>{m.ensureDependencies();m.ensurePrismaClient();m.ensureBuild()})"], {
    cwd: ROOT,
    stdio: "inherit",
  });
  if (prep.status !== 0) throw new Error("build failed");

  const url = await createDatabase(BASE, NAME);
  process.env.DATABASE_URL = url;
  const { boot } = await import("../lib/boot");
  const { closeDb } = await import("../lib/db/client");
  const { hashPassword } = await import("../lib/auth/password");
  await boot(() => {});
  await closeDb();
  const opts = quick ? QUICK : FULL;
  log(`seeding a province (${quick ? "quick" : "full"})…`);
  const seeded = await seedProvince(url, opts, await hashPassword("Bench#2026"));
  results.seed = seeded;
  log(`seeded ${seeded.units} units, ${seeded.cadres} cadres, ${seeded.answers} answers in ${(seeded.ms / 1000).toFixed(1)} s`);

  // Open exam attempts on a true/false paper for the cadres who will save answers.
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const paper = (
    await c.query<{ ids: number[] }>(
      `SELECT array_agg(v.id) ids FROM (SELECT v.id FROM question q JOIN question_version v ON v.question_id = q.id AND v.version = q.current_version
       WHERE q.type = 'truefalse' AND q.status = 'PUBLISHED' LIMIT 20) v`,
    )
  ).rows[0].ids;
  const writers = (await c.query<{ id: number }>(`SELECT id FROM member WHERE username LIKE 'p%-%' ORDER BY random() LIMIT ${quick ? 500 : 2000}`)).rows.map(
    (r) => r.id,
  );
  const attempts = (
    await c.query<{ member_id: number; public_id: string }>(
      `INSERT INTO attempt (public_id, member_id, quiz_id, kind, open_key, paper, deadline_at)
       SELECT md5(random()::text), m, 'practice-usage-guide', 'EXAM', m || ':bench', $2::int[], now() + interval '2 hours' FROM unnest($1::int[]) m
       RETURNING member_id, public_id`,
      [writers, paper],
    )
  ).rows;
  const branch = (
    await c.query<{ id: number; n: number }>(
      `SELECT u.id, count(m.id)::int n FROM org_unit u JOIN member m ON m.unit_id = u.id WHERE u.depth = 3 GROUP BY u.id LIMIT 1`,
    )
  ).rows[0];
  const secs = (
    await c.query<{ id: number }>(
      `INSERT INTO member (username, name, role, unit_id, password_hash, updated_at) VALUES
       ('bench-sec-branch', '支部书记', 'SECRETARY', $1, 'x', now()), ('bench-sec-root', '省委书记', 'SECRETARY', $2, 'x', now()) RETURNING id`,
      [branch.id, seeded.rootId],
    )
  ).rows;
  const examTakers = (
    await c.query<{ id: number }>(`SELECT id FROM member WHERE username LIKE 'p%-%' AND id <> ALL($1::int[]) ORDER BY random() LIMIT 201`, [writers])
  ).rows.map((r) => r.id);
  // A province-wide assignment (course and exam) as a provincial committee would make, so the
  // dashboard and the roll-up render real figures rather than "no assignment yet".
  {
    const { db } = await import("../lib/db/client");
    const { createAssignment } = await import("../lib/tracking/assignments");
    const { chinaDay } = await import("../lib/tracking/time");
    const day = (offset: number) => chinaDay(new Date(Date.now() + offset * 86_400_000));
    const t0 = Date.now();
    await createAssignment(
      db(),
      { id: secs[1].id, role: "ADMIN", unitId: seeded.rootId },
      { unitId: seeded.rootId, title: "全省微信使用规范学习", course: true, exam: true, startsOn: day(-30), dueOn: day(30) },
    );
    await closeDb();
    results.assignmentForProvinceMs = Date.now() - t0;
    log(`assignment for the whole province created in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  const lesson = (await c.query<{ module_slug: string; id: string }>(`SELECT module_slug, id FROM lesson ORDER BY module_slug, position LIMIT 1`)).rows[0];
  await c.end();

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
  try {
    // Statements per hot-path request: 50 sequential saves.
    const before = await statements(app.url);
    for (let i = 0; i < 50; i++) {
      const t = targets[i % targets.length];
      const res = await fetch(`${app.url}/api/v1/attempts/${t.attempt}/responses/${paper[i % paper.length]}`, {
        method: "PUT",
        headers: { cookie: t.cookie!, "content-type": "application/json", "sec-fetch-site": "same-origin" },
        body: JSON.stringify({ type: "truefalse", value: i % 2 === 0 }),
      });
      if (res.status !== 200) throw new Error(`hot path answered ${res.status}: ${await res.text()}`);
    }
    results.statementsPerSave = ((await statements(app.url)) - before - 1) / 50; // minus nothing: the GET itself runs no SQL

    const hot: Record<string, unknown> = {};
    for (const connections of runs("hot") ? [50, 200] : []) {
      const base = { connections, duration: DURATION };
      load({ ...base, duration: WARMUP, url: app.url, mode: "app-save", targets });
      await probe(app.url);
      const floor = load({ ...base, url: app.url, mode: "floor" });
      const floorProbe = await probe(app.url);
      const ackFile = path.join(tmp, `ack-${connections}.json`);
      const appRun = load({ ...base, url: app.url, mode: "app-save", targets, ackFile });
      const appProbe = await probe(app.url);
      load({ ...base, duration: WARMUP, url: RAW_URL, mode: "raw-save", targets });
      const rawRun = load({ ...base, url: RAW_URL, mode: "raw-save", targets });
      // Lost answers: every acknowledged (attempt, question) must be in the database.
      const acked: string[] = JSON.parse(fs.readFileSync(ackFile, "utf8"));
      const cc = new pg.Client({ connectionString: url });
      await cc.connect();
      const present = (
        await cc.query<{ n: number }>(
          `SELECT count(*)::int n FROM unnest($1::text[]) k JOIN attempt a ON a.public_id = split_part(k, ':', 1)
           JOIN response r ON r.attempt_id = a.id AND r.question_version_id = split_part(k, ':', 2)::int`,
          [acked],
        )
      ).rows[0].n;
      await cc.end();
      hot[`c${connections}`] = {
        app: appRun,
        framework: floor,
        raw: rawRun,
        ratioToFramework: +(appRun.reqPerSec / floor.reqPerSec).toFixed(2),
        ratioToRaw: +(appRun.reqPerSec / rawRun.reqPerSec).toFixed(2),
        ackedPairs: acked.length,
        lostAnswers: acked.length - present,
        appProbe,
        floorProbe,
      };
      log(
        `hot path @${connections}: app ${appRun.reqPerSec} req/s p99 ${appRun.p99} ms | floor ${floor.reqPerSec} p99 ${floor.p99} ms | raw ${rawRun.reqPerSec} | lost ${acked.length - present}`,
      );
      log(`  app: ${JSON.stringify(appProbe)}`);
      log(`  floor: ${JSON.stringify(floorProbe)}`);
    }
    results.hotPath = hot;

    // --variants: the hot path at 200 connections on a second app server configured differently
    // (pool size, young-generation size), against the same framework floor measured above, in the
    // same run — to tell what moves the tail without comparing across runs of a noisy machine.
    if (process.argv.includes("--variants") && runs("hot")) {
      const floor200 = (hot.c200 as { framework: LoadResult }).framework;
      const variants: [string, Record<string, string>][] = [
        ["pool10", { DB_POOL_SIZE: "10" }],
        ["pool40", { DB_POOL_SIZE: "40" }],
        ["pool20-semispace32", { DB_POOL_SIZE: "20", NODE_OPTIONS: "--max-semi-space-size=32" }],
        // Peak RSS against the 350 MiB target: a smaller old generation, and a smaller young one.
        ["pool20-heap192", { DB_POOL_SIZE: "20", WEGUIDE_HEAP_MB: "192" }],
        ["pool20-heap192-semispace8", { DB_POOL_SIZE: "20", WEGUIDE_HEAP_MB: "192", NODE_OPTIONS: "--max-semi-space-size=8" }],
      ];
      const out: Record<string, unknown> = {};
      for (const [name, env] of variants) {
        let v: Server | undefined;
        try {
          v = await startServer({ port: PORT + 2, databaseUrl: url, secret: SECRET, env: { WEGUIDE_BENCH: "1", ...env }, quiet: true });
          const base = { connections: 200, duration: DURATION, url: v.url, mode: "app-save" as const, targets };
          // Warmed as the main server was before its @200 run (@50, then @200), so that a variant
          // compares with the main server and not only with the other variants: a cold server
          // read 0.52–0.60 where the warm one read 0.75 in the same run.
          load({ ...base, connections: 50, duration: DURATION });
          load({ ...base, duration: WARMUP });
          await probe(v.url);
          const r = load(base);
          out[name] = {
            app: r,
            ratioToFramework: +(r.reqPerSec / floor200.reqPerSec).toFixed(2),
            p99ToFloor: +(r.p99 / floor200.p99).toFixed(2),
            probe: await probe(v.url),
            peakRssMiB: Math.round(v.peakRss() / 2 ** 20),
          };
          log(`variant ${name} @200: ${r.reqPerSec} req/s p99 ${r.p99} ms → ${JSON.stringify(out[name])}`);
        } catch (e) {
          out[name] = { error: String(e).slice(0, 300) };
          log(`variant ${name} failed: ${String(e).slice(0, 300)}`);
        } finally {
          await v?.stop();
        }
      }
      results.hotPathVariants = out;
    }

    // One 20-question exam over HTTP: requests and statements from start to result.
    const exam = async (server: Server, memberId: number) => {
      const cookie = cookies.get(memberId)!;
      const h = { cookie, "content-type": "application/json", "sec-fetch-site": "same-origin" };
      let requests = 0;
      const call = async (method: string, p: string, body?: unknown) => {
        requests++;
        const r = await fetch(`${server.url}${p}`, { method, headers: h, body: body === undefined ? undefined : JSON.stringify(body) });
        if (r.status >= 300) throw new Error(`${method} ${p} → ${r.status} ${await r.text()}`);
        return r.json();
      };
      const started = await call("POST", "/api/v1/quizzes/final-exam/attempts");
      const id = started.id ?? started.attemptId ?? started.publicId;
      const view = await call("GET", `/api/v1/attempts/${id}`);
      for (const item of view.items) {
        const q = item.question;
        const answer =
          q.type === "single"
            ? { type: "single", choice: q.options[0].id }
            : q.type === "multiple"
              ? { type: "multiple", choices: [q.options[0].id, q.options[1].id] }
              : q.type === "truefalse"
                ? { type: "truefalse", value: true }
                : q.type === "scenario"
                  ? { type: "scenario", path: [q.node.step.choices[0].id] }
                  : { type: "drafting", text: "各位同事：请于周五前提交材料。特此通知。办公室" };
        await call("PUT", `/api/v1/attempts/${id}/responses/${item.versionId}`, answer);
      }
      await call("POST", `/api/v1/attempts/${id}/submit`);
      return { requests, questions: view.items.length };
    };
    if (runs("exam")) {
      const s0 = await statements(app.url);
      const one = await exam(app, examTakers[200]);
      results.exam = { ...one, statements: (await statements(app.url)) - s0 };
      await probe(app.url);
      // The aggregate deltas waiting to be folded, sampled from outside while the exams run
      // (docs/decisions/022): how many, and how old the oldest.
      const watch = new pg.Client({ connectionString: url });
      await watch.connect();
      const backlog = { maxPending: 0, maxAgeMs: 0, samples: 0 };
      let burst = true;
      const sampling = (async () => {
        while (burst) {
          const [r] = (
            await watch.query<{ n: number; age: number | null }>(
              `SELECT count(*)::int n, (extract(epoch FROM localtimestamp - min(created_at)) * 1000)::float8 age FROM aggregate_delta`,
            )
          ).rows;
          backlog.samples++;
          backlog.maxPending = Math.max(backlog.maxPending, r.n);
          backlog.maxAgeMs = Math.max(backlog.maxAgeMs, Math.round(r.age ?? 0));
          await new Promise((res) => setTimeout(res, 100));
        }
      })();
      const t0 = Date.now();
      const done = await Promise.allSettled(examTakers.slice(0, 200).map((m) => exam(app, m)));
      const ok = done.filter((d) => d.status === "fulfilled").length;
      const minutes = (Date.now() - t0) / 60_000;
      burst = false;
      await sampling;
      const tEnd = Date.now();
      while ((await watch.query<{ n: number }>(`SELECT count(*)::int n FROM aggregate_delta`)).rows[0].n > 0) {
        if (Date.now() - tEnd > 30_000) break;
        await new Promise((res) => setTimeout(res, 20));
      }
      const drainedMs = Date.now() - tEnd;
      await watch.end();
      const examProbe = await probe(app.url);
      (results.exam as Record<string, unknown>).concurrent200 = {
        completed: ok,
        failed: 200 - ok,
        seconds: +(minutes * 60).toFixed(1),
        examsPerMinute: Math.round(ok / minutes),
        failures: [...new Set(done.flatMap((d) => (d.status === "rejected" ? [String(d.reason).slice(0, 200)] : [])))].slice(0, 3),
        deltaBacklog: { ...backlog, drainedAfterLastSubmitMs: drainedMs },
        probe: examProbe,
      };
      log(
        `exam: ${one.requests} requests, ${(results.exam as { statements: number }).statements} statements; 200 at once: ${ok} in ${(minutes * 60).toFixed(1)} s`,
      );
      log(`  deltas: ${JSON.stringify(backlog)}, drained ${drainedMs} ms after the last submit; app: ${JSON.stringify(examProbe)}`);
    }

    // Reads at 50 connections.
    const secBranch = cookies.get(secs[0].id)!;
    const secRoot = cookies.get(secs[1].id)!;
    const cadre = cookies.get(writers[0])!;
    const reads: Record<string, LoadResult> = {};
    const readJobs: [string, { path: string; cookie?: string }[]][] = [
      // The page floor: the smallest signed-in React page of the same build (layout, proxy, the
      // viewer's one statement, a one-field form). What any App Router page here costs at least.
      // The framework's own cost of a React page: the root layout and a one-field form, no session,
      // no app shell, no database (the public certificate-check page). pageFloor ÷ this is what the
      // signed-in layout (proxy's CSP nonce, session, viewer, bell, navigation) costs on top.
      ["framePage(/verify)", [{ path: "/verify" }]],
      ["pageFloor(/account/password)", [{ path: "/account/password", cookie: cadre }]],
      [`branchDashboard(${branch.n} members)`, [{ path: `/branch?unit=${branch.id}`, cookie: secBranch }]],
      [`committeeRollup(${seeded.cadres} members)`, [{ path: `/branch?unit=${seeded.rootId}`, cookie: secRoot }]],
      ["lessonPage", [{ path: `/learn/${lesson.module_slug}/${lesson.id}`, cookie: cadre }]],
      ["cadreHome", [{ path: "/learn", cookie: cadre }]],
    ];
    for (const [name, paths] of runs("reads") ? readJobs.filter(([n]) => !readsArg || readsArg.some((r) => n.startsWith(r))) : []) {
      load({ url: app.url, connections: 50, duration: WARMUP, mode: "get", paths });
      reads[name] = load({ url: app.url, connections: 50, duration: DURATION, mode: "get", paths });
      log(
        `read ${name}: ${reads[name].reqPerSec} req/s p50 ${reads[name].p50} ms p97.5 ${reads[name].p975} ms p99 ${reads[name].p99} ms errors ${reads[name].errors + reads[name].non2xx}`,
      );
    }
    results.reads = reads;
    // Each read against the page floor and against the framework floor (the lesson's target is
    // the latter's rate); the framework floor comes from the hot path when it ran.
    const framework =
      (results.hotPath as { c50?: { framework: LoadResult } } | undefined)?.c50?.framework ??
      (Object.keys(reads).length ? load({ url: app.url, connections: 50, duration: DURATION, mode: "floor" }) : undefined);
    const pageFloor = reads["pageFloor(/account/password)"];
    const framePage = reads["framePage(/verify)"];
    results.readRatios = Object.fromEntries(
      Object.entries(reads).map(([k, v]) => [
        k,
        {
          toFramePage: framePage ? +(v.reqPerSec / framePage.reqPerSec).toFixed(2) : null,
          toPageFloor: pageFloor ? +(v.reqPerSec / pageFloor.reqPerSec).toFixed(2) : null,
          toFramework: framework ? +(v.reqPerSec / framework.reqPerSec).toFixed(2) : null,
        },
      ]),
    );
    if (framework) results.readsFrameworkFloor = framework;
    if (keep) fs.writeFileSync(path.join(ROOT, "bench", "results", "kept.json"), JSON.stringify({ databaseUrl: url, secret: SECRET, readJobs }, null, 2));
    results.peakRssMiB = Math.round(app.peakRss() / 2 ** 20);

    // Two app nodes on one database: a session and an attempt work across both; concurrent
    // submits of one attempt from both nodes give one result.
    if (runs("nodes")) {
      const second = await startServer({ port: PORT + 1, databaseUrl: url, secret: SECRET, env: { WEGUIDE_BENCH: "1" }, quiet: true });
      servers.push(second);
      const m = writers[1];
      const h = { cookie: cookies.get(m)!, "content-type": "application/json", "sec-fetch-site": "same-origin" };
      const start = await (await fetch(`${second.url}/api/v1/quizzes/self-check-pre/attempts`, { method: "POST", headers: h })).json();
      const id = start.id ?? start.attemptId;
      const submits = await Promise.all(
        [app, second, app, second].map(async (s) => (await fetch(`${s.url}/api/v1/attempts/${id}/submit`, { method: "POST", headers: h })).json()),
      );
      results.twoNodes = {
        sessionAcceptedByBoth: Boolean(id),
        distinctSubmitResults: new Set(submits.map((x) => JSON.stringify([x.result?.score ?? x.score, x.submittedAt ?? x.result?.submittedAt]))).size,
      };
      log("two nodes:", results.twoNodes);
    }

    // Last: it tops the province up to 100,000 cadres, which the scenarios above must not see.
    if (runs("daily"))
      results.daily = await dailyScenario({
        appUrl: app.url,
        databaseUrl: url,
        secret: SECRET,
        quick,
        duration: DURATION,
        warmup: WARMUP,
        tmp,
        load,
        statements,
        probe,
        log,
      });
  } finally {
    for (const s of servers) await s.stop();
    raw.kill();
    if (!keep) await dropDatabase(BASE, NAME).catch(() => {});
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  results.loadAverageAtEnd = os.loadavg().map((x) => +x.toFixed(2));
  fs.mkdirSync(path.join(ROOT, "bench", "results"), { recursive: true });
  fs.writeFileSync(path.join(ROOT, "bench", "results", "latest.json"), JSON.stringify(results, null, 2));
  printTable();
}

function printTable() {
  const hot = results.hotPath as Record<string, Record<string, LoadResult & Record<string, number>>>;
  const rows: string[][] = [["scenario", "req/s", "p50 ms", "p97.5 ms", "p99 ms", "errors"]];
  for (const [k, v] of Object.entries(hot)) {
    for (const which of ["app", "framework", "raw"] as const)
      rows.push([
        `save ${k} ${which}`,
        String(v[which].reqPerSec),
        String(v[which].p50),
        String(v[which].p975),
        String(v[which].p99),
        String(v[which].errors + v[which].non2xx),
      ]);
    rows.push([`  ratioToFramework / ratioToRaw / lost`, `${v.ratioToFramework}`, `${v.ratioToRaw}`, `${v.lostAnswers}`, "", ""]);
  }
  const ratios = (results.readRatios ?? {}) as Record<string, { toFramePage: number | null; toPageFloor: number | null; toFramework: number | null }>;
  for (const [k, v] of Object.entries((results.reads ?? {}) as Record<string, LoadResult>)) {
    rows.push([k, String(v.reqPerSec), String(v.p50), String(v.p975), String(v.p99), String(v.errors + v.non2xx)]);
    rows.push([
      `  ratio to page floor / framework floor / bare page`,
      `${ratios[k]?.toPageFloor}`,
      `${ratios[k]?.toFramework}`,
      `${ratios[k]?.toFramePage}`,
      "",
      "",
    ]);
  }
  if (results.daily) rows.push(...dailyRows(results.daily as Parameters<typeof dailyRows>[0]));
  const w = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  for (const r of rows) console.log(r.map((c, i) => c.padEnd(w[i])).join("  "));
  for (const [k, v] of Object.entries(
    (results.hotPathVariants ?? {}) as Record<string, { app?: LoadResult; ratioToFramework?: number; p99ToFloor?: number; error?: string }>,
  ))
    console.log(
      `variant ${k} @200: ${v.error ?? `${v.app!.reqPerSec} req/s, p99 ${v.app!.p99} ms; ratioToFramework ${v.ratioToFramework}, p99 / floor's ${v.p99ToFloor}`}`,
    );
  console.log(`statements per save: ${results.statementsPerSave}; exam: ${JSON.stringify(results.exam)}; peak RSS ${results.peakRssMiB} MiB`);
  console.log("→ bench/results/latest.json");
}

main().catch(async (e) => {
  console.error(e);
  await dropDatabase(BASE, NAME).catch(() => {});
  process.exit(1);
});
