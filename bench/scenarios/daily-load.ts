/**
 * The daily scenario's load generator, in its own process (as bench/load.ts): `connections`
 * cadres at a time, each a distinct member with his own session, opens the home, opens today's
 * set, and answers its items one after another as the player does (the case step by step), until
 * `seconds` have passed or the cadres run out. One cadre in ten double-clicks his first answer
 * (the same answer twice at once). Prints one JSON line: latencies per kind of request, rates,
 * errors, and every acknowledged answer with what the server said it earned.
 */
import fs from "node:fs";
import http from "node:http";
import pg from "pg";
import { answerToday, openHome, startToday, type DailyActionIds } from "./daily-http";

export interface DailyJob {
  url: string;
  databaseUrl: string;
  connections: number;
  seconds: number;
  actions: DailyActionIds;
  cadres: { id: number; cookie: string }[];
  /** Per question version: the answer steps (one for an item, the path's prefixes for a case), right and wrong. */
  answers: Record<string, { right: unknown[]; wrong: unknown[] }>;
  /** Share of items answered right. */
  rightShare: number;
}

export interface Acked {
  member: number;
  publicId: string;
  versionId: number;
  correct: boolean;
  earned: number;
}

export interface Latencies {
  count: number;
  perSec: number;
  p50: number;
  p99: number;
  max: number;
}

export interface DailyRun {
  seconds: number;
  connections: number;
  cadresStarted: number;
  cadresDone: number;
  doubleClicks: number;
  home: Latencies;
  start: Latencies;
  answer: Latencies;
  caseStep: Latencies;
  errors: Record<string, number>;
  errorSamples: string[];
  acked: Acked[];
}

const job: DailyJob = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const agent = new http.Agent({ keepAlive: true, maxSockets: job.connections });
// The paper of a set just opened: read from the database (the browser reads it off the page the
// start redirects to; parsing the flight stream for it would measure nothing more).
const pool = new pg.Pool({ connectionString: job.databaseUrl, max: 4 });
const lat: Record<"home" | "start" | "answer" | "step", number[]> = { home: [], start: [], answer: [], step: [] };
const errors: Record<string, number> = {};
const samples: string[] = [];
const acked: Acked[] = [];
let cadresDone = 0;
let doubleClicks = 0;
const fail = (kind: string, why: string) => {
  errors[kind] = (errors[kind] ?? 0) + 1;
  if (samples.length < 5) samples.push(`${kind}: ${why.slice(0, 200)}`);
};

async function day(c: { id: number; cookie: string }, index: number) {
  const home = await openHome(agent, job.url, c.cookie);
  lat.home.push(home.ms);
  if (!home.ok) return fail("home", `HTTP ${home.status}`);
  const start = await startToday(agent, job.url, c.cookie, job.actions);
  lat.start.push(start.ms);
  if (!start.publicId) return fail("start", `HTTP ${start.status} ${start.body.slice(0, 120)}`);
  const publicId = start.publicId;
  const paper = (await pool.query<{ paper: number[] }>(`SELECT paper FROM attempt WHERE public_id = $1`, [publicId])).rows[0]?.paper ?? [];
  for (const [i, versionId] of paper.entries()) {
    const a = job.answers[versionId];
    if (!a) return fail("answer", `no answer prepared for version ${versionId}`);
    const steps = Math.random() < job.rightShare ? a.right : a.wrong;
    for (const [s, answer] of steps.entries()) {
      const final = s === steps.length - 1;
      const twice = final && i === 0 && index % 10 === 0;
      if (twice) doubleClicks++;
      const replies = await Promise.all((twice ? [0, 1] : [0]).map(() => answerToday(agent, job.url, c.cookie, job.actions, publicId, versionId, answer)));
      for (const r of replies) {
        (final ? lat.answer : lat.step).push(r.ms);
        if (!r.result.ok) fail(final ? "answer" : "step", r.result.error ?? "");
        else if (final) acked.push({ member: c.id, publicId, versionId, correct: Boolean(r.result.correct), earned: r.result.earned });
      }
    }
  }
  cadresDone++;
}

const t0 = performance.now();
const deadline = t0 + job.seconds * 1000;
let next = 0;
await Promise.all(
  Array.from({ length: job.connections }, async () => {
    while (performance.now() < deadline && next < job.cadres.length) {
      const i = next++;
      await day(job.cadres[i], i).catch((e: unknown) => fail("network", String(e)));
    }
  }),
);
const seconds = (performance.now() - t0) / 1000;
await pool.end();
agent.destroy();

const pct = (xs: number[], p: number) => {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return Math.round(s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]);
};
const summary = (xs: number[]): Latencies => ({
  count: xs.length,
  perSec: +(xs.length / seconds).toFixed(1),
  p50: pct(xs, 50),
  p99: pct(xs, 99),
  max: pct(xs, 100),
});
const out: DailyRun = {
  seconds: +seconds.toFixed(1),
  connections: job.connections,
  cadresStarted: next,
  cadresDone,
  doubleClicks,
  home: summary(lat.home),
  start: summary(lat.start),
  answer: summary(lat.answer),
  caseStep: summary(lat.step),
  errors,
  errorSamples: samples,
  acked,
};
console.log(JSON.stringify(out));
