/**
 * The load generator, in its own process (so it does not share a CPU budget with the orchestrator
 * or the server's event loop). Reads a JSON job from argv[2], runs autocannon, prints one JSON
 * line with req/s, latencies, errors and, for writes, the acknowledged (attempt, question) pairs.
 */
import fs from "node:fs";
import autocannon from "autocannon";

interface Target {
  cookie?: string;
  /** The session id itself, for the raw server (which does not decode cookies). */
  session?: string;
  attempt: string;
  versions: number[];
}
interface Job {
  url: string;
  connections: number;
  duration: number;
  mode: "app-save" | "raw-save" | "floor" | "get";
  targets?: Target[];
  paths?: { path: string; cookie?: string }[];
  ackFile?: string;
}

const job: Job = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const acked = new Set<string>();
const pick = <T>(xs: T[]) => xs[Math.floor(Math.random() * xs.length)];

type Ctx = { pair?: string };
const request = {
  setupRequest(req: Record<string, unknown>, context: Ctx) {
    if (job.mode === "get") {
      const p = pick(job.paths!);
      return { ...req, method: "GET", path: p.path, headers: p.cookie ? { cookie: p.cookie } : {} };
    }
    const t = pick(job.targets ?? [{ attempt: "x", versions: [1] }]);
    const v = pick(t.versions);
    context.pair = `${t.attempt}:${v}`;
    const body = JSON.stringify({ type: "truefalse", value: Math.random() < 0.5 });
    const path =
      job.mode === "app-save"
        ? `/api/v1/attempts/${t.attempt}/responses/${v}`
        : job.mode === "raw-save"
          ? `/attempts/${t.attempt}/responses/${v}`
          : "/api/bench/floor";
    // As a browser on the app sends it: the guard refuses a cookie write without Sec-Fetch-Site or Origin.
    const headers: Record<string, string> = { "content-type": "application/json", "sec-fetch-site": "same-origin" };
    if (t.cookie) headers.cookie = t.cookie;
    if (t.session) headers["x-session"] = t.session;
    return { ...req, method: "PUT", path, headers, body };
  },
  onResponse(status: number, _body: string, context: Ctx) {
    if (status === 200 && context.pair && job.mode !== "floor") acked.add(context.pair);
  },
};

const result = await autocannon({ url: job.url, connections: job.connections, duration: job.duration, requests: [request as never] });
if (job.ackFile) fs.writeFileSync(job.ackFile, JSON.stringify([...acked]));
console.log(
  JSON.stringify({
    reqPerSec: Math.round(result.requests.average),
    p50: result.latency.p50,
    // autocannon has no p95; p97.5 bounds it from above, so targets stated as p95 are checked against it.
    p975: result.latency.p97_5,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    total: result.requests.total,
  }),
);
