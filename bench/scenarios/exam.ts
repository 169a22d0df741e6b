/**
 * Exams over HTTP: one 20-question exam from start to result (requests and statements), then 200
 * cadres taking it at once (exams per minute), with the aggregate deltas waiting to be folded
 * sampled from outside meanwhile (docs/decisions/022).
 */
import pg from "pg";
import { startServer, type Server } from "../lib/harness";
import type { RunContext } from "../lib/run-context";

type Kind = "start" | "view" | "save" | "submit";
interface Trace {
  before(): Promise<number>;
  after(kind: Kind, statementsBefore: number, ms: number, bytes: number): Promise<void>;
}

/** One 20-question exam over HTTP: requests and statements from start to result. */
async function takeExam(server: Server, cookie: string, trace?: Trace) {
  // A phone asks for gzip, and Next compresses in process (its `compress` option, on by default):
  // 6.8 % of the server's CPU in the burst (docs/scaling.md, "Fifth round"); HTTP_COMPRESSION=off turns it off.
  const h = { cookie, "content-type": "application/json", "sec-fetch-site": "same-origin", "accept-encoding": "gzip" };
  let requests = 0;
  const call = async (kind: Kind, method: string, p: string, body?: unknown) => {
    requests++;
    const before = trace && (await trace.before());
    const t0 = performance.now();
    const r = await fetch(`${server.url}${p}`, { method, headers: h, body: body === undefined ? undefined : JSON.stringify(body) });
    if (r.status >= 300) throw new Error(`${method} ${p} → ${r.status} ${await r.text()}`);
    const text = await r.text();
    if (trace) await trace.after(kind, before!, performance.now() - t0, Buffer.byteLength(text));
    return JSON.parse(text);
  };
  const started = await call("start", "POST", "/api/v1/quizzes/final-exam/attempts");
  const id = started.id ?? started.attemptId ?? started.publicId;
  const view = await call("view", "GET", `/api/v1/attempts/${id}`);
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
    await call("save", "PUT", `/api/v1/attempts/${id}/responses/${item.versionId}`, answer);
  }
  await call("submit", "POST", `/api/v1/attempts/${id}/submit`);
  return { requests, questions: view.items.length };
}

/** `takers`: 201 cadres, the last of whom takes the exam alone first. */
export async function examScenario(ctx: RunContext, app: Server, cookies: Map<number, string>, takers: number[]) {
  const s0 = await ctx.statements(app.url);
  // The exam taken alone, request by request: where an exam's cost lies (statements, wall time on
  // an idle server, bytes of each answer before compression), so the burst's rate can be read against the save's.
  const perKind: Record<string, { requests: number; statements: number; ms: number; bytes: number }> = {};
  const trace: Trace = {
    before: () => ctx.statements(app.url),
    after: async (kind, s, ms, bytes) => {
      const k = (perKind[kind] ??= { requests: 0, statements: 0, ms: 0, bytes: 0 });
      k.requests++;
      k.statements += (await ctx.statements(app.url)) - s;
      k.ms += ms;
      k.bytes += bytes;
    },
  };
  const alone = await takeExam(app, cookies.get(takers[200])!, trace);
  for (const k of Object.values(perKind)) k.ms = Math.round(k.ms);
  const one = { ...alone, statements: (await ctx.statements(app.url)) - s0, perKind };
  await ctx.probe(app.url);
  const concurrent200 = await burst(ctx, app, takers.slice(0, 200), cookies);
  ctx.log(`exam alone, per kind of request: ${JSON.stringify(perKind)}`);
  ctx.log(`exam: ${one.requests} requests, ${one.statements} statements; 200 at once: ${concurrent200.completed} in ${concurrent200.seconds} s`);
  return { ...one, concurrent200 };
}

/**
 * The same burst on one more app server run as WEB_CONCURRENCY=2 worker processes (scripts/cluster.mjs)
 * on the same database: one Node process computes on one core, and in the burst above the
 * server's main thread is the bottleneck. `takers`: 240 cadres who have not taken the exam; the
 * first 40 warm the workers up (20 at a time), as the hot path warmed the main server.
 */
export async function examOnTwoWorkers(ctx: RunContext, cookies: Map<number, string>, takers: number[]) {
  const server = await startServer({
    port: ctx.port + 2,
    databaseUrl: ctx.databaseUrl,
    secret: ctx.secret,
    env: { WEGUIDE_BENCH: "1", DB_POOL_SIZE: "20", WEB_CONCURRENCY: "2" },
    quiet: true,
  });
  try {
    for (let i = 0; i < 40; i += 20) await Promise.all(takers.slice(i, i + 20).map((m) => takeExam(server, cookies.get(m)!)));
    server.takePeakRss();
    const concurrent200 = await burst(ctx, server, takers.slice(40, 240), cookies);
    return { workers: 2, concurrent200, peakRssMiB: Math.round(server.takePeakRss() / 2 ** 20) };
  } finally {
    await server.stop();
  }
}

/** 200 cadres taking the exam at once on `app`, with the deltas' backlog sampled meanwhile. */
async function burst(ctx: RunContext, app: Server, takers: number[], cookies: Map<number, string>) {
  // The aggregate deltas waiting to be folded, sampled from outside while the exams run
  // (docs/decisions/022): how many, and how old the oldest.
  const watch = new pg.Client({ connectionString: ctx.databaseUrl });
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
  const done = await Promise.allSettled(takers.map((m) => takeExam(app, cookies.get(m)!)));
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
  // On a cluster, the probe answers from whichever worker takes the connection: one worker's view.
  const examProbe = await ctx.probe(app.url);
  const concurrent200 = {
    completed: ok,
    failed: takers.length - ok,
    seconds: +(minutes * 60).toFixed(1),
    examsPerMinute: Math.round(ok / minutes),
    failures: [...new Set(done.flatMap((d) => (d.status === "rejected" ? [String(d.reason).slice(0, 200)] : [])))].slice(0, 3),
    deltaBacklog: { ...backlog, drainedAfterLastSubmitMs: drainedMs },
    probe: examProbe,
  };
  ctx.log(`exam burst on ${app.url}: 200 in ${concurrent200.seconds} s, ${concurrent200.examsPerMinute} a minute`);
  ctx.log(`  deltas: ${JSON.stringify(backlog)}, drained ${drainedMs} ms after the last submit; app: ${JSON.stringify(examProbe)}`);
  return concurrent200;
}
