// The benchmark's "framework floor" (docs/scaling.md): the cheapest possible route in this same
// build — parse a JSON body, answer JSON. Disabled (404) unless the benchmark starts the server
// with WEGUIDE_BENCH=1. Reads and writes nothing. GET reports the statement counter and, per
// scenario (`?reset=1` starts one), the pool-wait and event-loop-delay histograms and the folds.
import { createHistogram, monitorEventLoopDelay, PerformanceObserver, type ELDHistogram, type RecordableHistogram } from "node:perf_hooks";
import { poolProbe, statementCounter } from "@/lib/db/client";
import { foldStats } from "@/lib/tracking/fold";

const off = () => process.env.WEGUIDE_BENCH !== "1";
const holder = globalThis as unknown as { __benchLoop?: ELDHistogram; __benchGc?: { pauses: RecordableHistogram; totalMs: number } };

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
  const out = {
    statements: statementCounter.n,
    poolWaitMs: summary(poolProbe.wait, 1_000),
    poolQueued: { p50: poolProbe.queued.percentile(50), p99: poolProbe.queued.percentile(99), max: poolProbe.queued.max },
    eventLoopDelayMs: summary(loop, 1_000_000),
    gc: { ...summary(gc.pauses, 1_000), totalMs: Math.round(gc.totalMs) },
    folds: { ...foldStats },
    heapUsedMiB: Math.round(process.memoryUsage().heapUsed / 2 ** 20),
  };
  if (new URL(req.url).searchParams.get("reset") === "1") {
    poolProbe.wait.reset();
    poolProbe.queued.reset();
    loop.reset();
    gc.pauses.reset();
    gc.totalMs = 0;
    Object.assign(foldStats, { folds: 0, deltas: 0, maxLagMs: 0 });
  }
  return Response.json(out);
}
