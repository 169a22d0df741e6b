// The benchmark's "framework floor" (docs/scaling.md): the cheapest possible route in this same
// build — parse a JSON body, answer JSON. Disabled (404) unless the benchmark starts the server
// with WEGUIDE_BENCH=1. Reads and writes nothing. GET reports the statement counter and, per
// scenario (`?reset=1` starts one), the pool-wait and event-loop-delay histograms, the folds and
// the largest each part of the memory grew to.
import v8 from "node:v8";
import { createHistogram, monitorEventLoopDelay, PerformanceObserver, type ELDHistogram, type RecordableHistogram } from "node:perf_hooks";
import { poolProbe, statementCounter } from "@/lib/db/client";
import { foldStats } from "@/lib/tracking/fold";

const off = () => process.env.WEGUIDE_BENCH !== "1";
const holder = globalThis as unknown as {
  __benchLoop?: ELDHistogram;
  __benchGc?: { pauses: RecordableHistogram; totalMs: number };
  __benchMem?: Record<string, number>;
};

/**
 * The largest of each part of the process's memory (bytes) sampled every 250 ms from the first GET
 * on: what makes up the RSS the harness sees from outside — V8's heap (and its young generation
 * apart), memory outside it held by JS objects (Buffers), and the rest (native allocations).
 */
function memoryProbe() {
  if (!holder.__benchMem) {
    const max: Record<string, number> = {};
    holder.__benchMem = max;
    const sample = () => {
      const m = process.memoryUsage();
      const young = v8
        .getHeapSpaceStatistics()
        .filter((s) => s.space_name === "new_space" || s.space_name === "new_large_object_space")
        .reduce((n, s) => n + s.space_size, 0);
      const parts = { rss: m.rss, heapTotal: m.heapTotal, heapUsed: m.heapUsed, youngGeneration: young, external: m.external, arrayBuffers: m.arrayBuffers };
      for (const [k, v] of Object.entries(parts)) max[k] = Math.max(max[k] ?? 0, v);
    };
    sample();
    setInterval(sample, 250).unref();
  }
  return holder.__benchMem;
}

/** Garbage-collection pauses (µs) and their total, from the first GET on. */
function gcProbe() {
  if (!holder.__benchGc) {
    const gc = { pauses: createHistogram(), totalMs: 0 };
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        gc.pauses.record(Math.max(1, Math.round(e.duration * 1000)));
        gc.totalMs += e.duration;
      }
    }).observe({ entryTypes: ["gc"] });
    holder.__benchGc = gc;
  }
  return holder.__benchGc;
}

export async function PUT(req: Request) {
  if (off()) return Response.json({ error: "未找到" }, { status: 404 });
  const body: unknown = await req.json().catch(() => null);
  return Response.json({ saved: true, revision: body === null ? 0 : 1 });
}

/** Milliseconds from a histogram recorded in µs (pool) or ns (event loop). */
const summary = (h: RecordableHistogram | ELDHistogram, perMs: number) => ({
  count: h.count,
  p50: +(h.percentile(50) / perMs).toFixed(2),
  p99: +(h.percentile(99) / perMs).toFixed(2),
  max: +(h.max / perMs).toFixed(2),
});

export async function GET(req: Request) {
  if (off()) return Response.json({ error: "未找到" }, { status: 404 });
  const loop = (holder.__benchLoop ??= monitorEventLoopDelay({ resolution: 10 }));
  loop.enable();
  const gc = gcProbe();
  const mem = memoryProbe();
  const out = {
    statements: statementCounter.n,
    poolWaitMs: summary(poolProbe.wait, 1_000),
    poolQueued: { p50: poolProbe.queued.percentile(50), p99: poolProbe.queued.percentile(99), max: poolProbe.queued.max },
    eventLoopDelayMs: summary(loop, 1_000_000),
    gc: { ...summary(gc.pauses, 1_000), totalMs: Math.round(gc.totalMs) },
    folds: { ...foldStats },
    heapUsedMiB: Math.round(process.memoryUsage().heapUsed / 2 ** 20),
    memoryMaxMiB: Object.fromEntries(Object.entries(mem).map(([k, v]) => [k, Math.round(v / 2 ** 20)])),
  };
  if (new URL(req.url).searchParams.get("reset") === "1") {
    poolProbe.wait.reset();
    poolProbe.queued.reset();
    loop.reset();
    gc.pauses.reset();
    gc.totalMs = 0;
    Object.assign(foldStats, { folds: 0, deltas: 0, maxLagMs: 0 });
    for (const k of Object.keys(mem)) delete mem[k];
  }
  return Response.json(out);
}
