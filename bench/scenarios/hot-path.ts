/**
 * The hot path, saving an answer: statements per save, then the app against the framework floor
 * (the same server's bare route) and the raw node+pg ceiling at 50 and 200 connections, with every
 * acknowledged answer looked up afterwards; and, with --variants, differently configured servers.
 */
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { startServer, type LoadResult, type Server } from "../lib/harness";
import type { RunContext } from "../lib/run-context";

/** A cadre's open exam attempt: what the load generator saves answers into. */
export interface SaveTarget {
  cookie: string | undefined;
  session: string | undefined;
  attempt: string;
  versions: number[];
}

/** Statements per hot-path request: 50 sequential saves. */
export async function statementsPerSave(ctx: RunContext, app: Server, targets: SaveTarget[], paper: number[]): Promise<number> {
  const before = await ctx.statements(app.url);
  for (let i = 0; i < 50; i++) {
    const t = targets[i % targets.length];
    const res = await fetch(`${app.url}/api/v1/attempts/${t.attempt}/responses/${paper[i % paper.length]}`, {
      method: "PUT",
      headers: { cookie: t.cookie!, "content-type": "application/json", "sec-fetch-site": "same-origin" },
      body: JSON.stringify({ type: "truefalse", value: i % 2 === 0 }),
    });
    if (res.status !== 200) throw new Error(`hot path answered ${res.status}: ${await res.text()}`);
  }
  return ((await ctx.statements(app.url)) - before - 1) / 50; // minus nothing: the GET itself runs no SQL
}

export async function hotPath(ctx: RunContext, app: Server, rawUrl: string, targets: SaveTarget[]) {
  const hot: Record<string, unknown> = {};
  for (const connections of [50, 200]) {
    const base = { connections, duration: ctx.duration };
    ctx.load({ ...base, duration: ctx.warmup, url: app.url, mode: "app-save", targets });
    await ctx.probe(app.url);
    const floor = ctx.load({ ...base, url: app.url, mode: "floor" });
    const floorProbe = await ctx.probe(app.url);
    const ackFile = path.join(ctx.tmp, `ack-${connections}.json`);
    const appRun = ctx.load({ ...base, url: app.url, mode: "app-save", targets, ackFile });
    const appProbe = await ctx.probe(app.url);
    ctx.load({ ...base, duration: ctx.warmup, url: rawUrl, mode: "raw-save", targets });
    const rawRun = ctx.load({ ...base, url: rawUrl, mode: "raw-save", targets });
    // Lost answers: every acknowledged (attempt, question) must be in the database.
    const acked: string[] = JSON.parse(fs.readFileSync(ackFile, "utf8"));
    const cc = new pg.Client({ connectionString: ctx.databaseUrl });
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
    ctx.log(
      `hot path @${connections}: app ${appRun.reqPerSec} req/s p99 ${appRun.p99} ms | floor ${floor.reqPerSec} p99 ${floor.p99} ms | raw ${rawRun.reqPerSec} | lost ${acked.length - present}`,
    );
    ctx.log(`  app: ${JSON.stringify(appProbe)}`);
    ctx.log(`  floor: ${JSON.stringify(floorProbe)}`);
  }
  return hot;
}

/**
 * The hot path at 200 connections on a second app server configured differently (pool size,
 * young-generation size), against the same framework floor measured above, in the same run — to
 * tell what moves the tail without comparing across runs of a noisy machine.
 */
export async function hotPathVariants(ctx: RunContext, floor200: LoadResult, targets: SaveTarget[]) {
  const variants: [string, Record<string, string>][] = [
    ["pool10", { DB_POOL_SIZE: "10" }],
    ["pool40", { DB_POOL_SIZE: "40" }],
    // Peak RSS against the 350 MiB target: the young generation as Node 24 sizes it (64 MB
    // semi-spaces, what the app ran with before issue 21's item 4) and the 16 it ran with before the
    // default became 8.
    ["pool20-semispace64", { DB_POOL_SIZE: "20", WEGUIDE_SEMI_SPACE_MB: "64" }],
    ["pool20-semispace16", { DB_POOL_SIZE: "20", WEGUIDE_SEMI_SPACE_MB: "16" }],
    ["pool20-heap192", { DB_POOL_SIZE: "20", WEGUIDE_HEAP_MB: "192" }],
  ];
  const out: Record<string, unknown> = {};
  for (const [name, env] of variants) {
    let v: Server | undefined;
    try {
      v = await startServer({ port: ctx.port + 2, databaseUrl: ctx.databaseUrl, secret: ctx.secret, env: { WEGUIDE_BENCH: "1", ...env }, quiet: true });
      const base = { connections: 200, duration: ctx.duration, url: v.url, mode: "app-save" as const, targets };
      // Warmed as the main server was before its @200 run (@50, then @200), so that a variant
      // compares with the main server and not only with the other variants: a cold server
      // read 0.52–0.60 where the warm one read 0.75 in the same run.
      ctx.load({ ...base, connections: 50, duration: ctx.duration });
      ctx.load({ ...base, duration: ctx.warmup });
      await ctx.probe(v.url);
      const r = ctx.load(base);
      out[name] = {
        app: r,
        ratioToFramework: +(r.reqPerSec / floor200.reqPerSec).toFixed(2),
        p99ToFloor: +(r.p99 / floor200.p99).toFixed(2),
        probe: await ctx.probe(v.url),
        peakRssMiB: Math.round(v.peakRss() / 2 ** 20),
      };
      ctx.log(`variant ${name} @200: ${r.reqPerSec} req/s p99 ${r.p99} ms → ${JSON.stringify(out[name])}`);
    } catch (e) {
      out[name] = { error: String(e).slice(0, 300) };
      ctx.log(`variant ${name} failed: ${String(e).slice(0, 300)}`);
    } finally {
      await v?.stop();
    }
  }
  return out;
}
