/**
 * What every scenario of bench/run.ts is handed: the run's settings, the load generator and the
 * app's own counters.
 */
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { ROOT, type LoadResult } from "./harness";

export interface RunContext {
  databaseUrl: string;
  secret: string;
  quick: boolean;
  /** Seconds of one measured load, and of the warm-up before it. */
  duration: number;
  warmup: number;
  /** The app's port; the scenarios' own servers take the next ones. */
  port: number;
  /** A scratch directory for the load generator's jobs. */
  tmp: string;
  load: (job: Record<string, unknown>) => LoadResult;
  statements: (url: string) => Promise<number>;
  probe: (url: string) => Promise<Record<string, unknown>>;
  log: (...a: unknown[]) => void;
}

/** One load: bench/load.ts in a child process, handed its job in a file; returns when the load is over. */
export function loadIn(tmp: string) {
  return (job: Record<string, unknown>): LoadResult => {
    const file = path.join(tmp, `job-${randomBytes(4).toString("hex")}.json`);
    fs.writeFileSync(file, JSON.stringify(job));
    const r = spawnSync(process.execPath, ["--import", "tsx", path.join(ROOT, "bench", "load.ts"), file], { cwd: ROOT, encoding: "utf8", maxBuffer: 64 << 20 });
    if (r.status !== 0) throw new Error(`load generator failed: ${r.stderr}`);
    return JSON.parse(r.stdout.trim().split("\n").pop()!);
  };
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

export async function statements(url: string): Promise<number> {
  return (await getJson(`${url}/api/bench/floor`)).statements;
}

/** The app's own measurements since the last reset (pool waits, event-loop delay, GC, folds); resets them. */
export async function probe(url: string): Promise<Record<string, unknown>> {
  const { statements: _s, ...rest } = await getJson(`${url}/api/bench/floor?reset=1`);
  return rest;
}
