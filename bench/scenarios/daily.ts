/**
 * The daily-practice scenario (`npm run bench -- --only=daily`; issue 17 "Speed"): a province of
 * 100,000 cadres, each with yesterday behind him, opens the home and answers today's set.
 *
 * 1. The province is topped up to 100,000 cadres in SQL (the quick seed has 10,000) and given
 *    yesterday: 70 % of them completed yesterday's set (streaks of 1 to 7 days, so some reach the
 *    seven-day bonus today) with its points in the ledger. The tables the home card and each answer
 *    read are the size a province's would be.
 * 2. Statements per HTTP request, counted by the app: the home, the first open, each answer.
 * 3. The home (its 今日一练 card included) over many distinct cadres against the page floor, both at
 *    50 connections, each request a different cadre's session.
 * 4. The day itself: 50 cadres at a time, each a different member, open the home, open today's set
 *    through the card's server action and answer its five items and the case through the player's
 *    server action (the same calls the browser makes), for a fixed time. The 100,000 are the
 *    population the set is drawn from and the home reads; the cadres who get through their day in
 *    the run's seconds are a sample of them (replaying all 100,000 days would take an hour here).
 * 5. Afterwards, in SQL: every acknowledged answer recorded once (a response, and once in the day's
 *    set), and the ledger holding exactly the points the server told the cadres they earned.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import pg from "pg";
import { ROOT, mintSessions, type LoadResult } from "../lib/harness";
import type { RunContext } from "../lib/run-context";
import { answerOf } from "../../lib/test/factories";
import type { TQuestion } from "../../lib/content/schema";
import type { TAnswer } from "../../lib/assessment/score";
import { DAILY_ID } from "../../lib/assessment/quizzes";
import { POINT_RULES, STREAK_BONUS_EVERY } from "../../lib/daily/points";
import { chinaDay } from "../../lib/tracking/time";
import { answerToday, dailyActionIds, openHome, request, startToday } from "./daily-http";
import type { Acked, DailyJob, DailyRun } from "./daily-load";

export const DAILY_CADRES = 100_000;

type Load = LoadResult;

/** The run's context (bench/lib/run-context.ts) and the app under load. */
export type DailyDeps = RunContext & { appUrl: string };

const CONNECTIONS = 50;

/** Rounds of one load taken together: the mean rate, the worst percentiles, errors summed. */
const pooled = (xs: Load[]): Load => ({
  reqPerSec: Math.round(xs.reduce((n, x) => n + x.reqPerSec, 0) / xs.length),
  p50: Math.max(...xs.map((x) => x.p50)),
  p975: Math.max(...xs.map((x) => x.p975)),
  p99: Math.max(...xs.map((x) => x.p99)),
  errors: xs.reduce((n, x) => n + x.errors, 0),
  non2xx: xs.reduce((n, x) => n + x.non2xx, 0),
  total: xs.reduce((n, x) => n + x.total, 0),
});

/** Tops the province up to `total` cadres and gives them yesterday. Set-based SQL. */
async function seedDailyProvince(c: pg.Client, total: number, today: string) {
  const t0 = Date.now();
  const have = (await c.query<{ n: number }>(`SELECT count(*)::int n FROM member WHERE username LIKE 'p%-%'`)).rows[0].n;
  if (have < total) {
    // Spread over the branches the province already has, after each branch's own cadres.
    await c.query(
      `INSERT INTO member (username, name, role, unit_id, password_hash, updated_at)
       SELECT 'p' || b.id || '-d' || k, '学员' || b.id || '-d' || k, 'CADRE', b.id, (SELECT password_hash FROM member WHERE username LIKE 'p%-%' LIMIT 1), now()
       FROM (SELECT id, row_number() OVER (ORDER BY id) - 1 AS i, count(*) OVER () AS n FROM org_unit WHERE depth = 3 AND code LIKE 'prov%') b,
            generate_series(1, ceil($1::float8 / (SELECT count(*) FROM org_unit WHERE depth = 3 AND code LIKE 'prov%'))::int) k
       WHERE (k - 1) * b.n + b.i < $1`,
      [total - have],
    );
  }
  // Yesterday: 70 % completed their set (all six answered, four right; streaks of 1 to 7 days),
  // 10 % opened it and left it unanswered (today's first open hands it in), 20 % did not open it.
  const paper = (
    await c.query<{ ids: number[] }>(
      `SELECT array_agg(id) ids FROM (SELECT v.id FROM question q JOIN question_version v ON v.question_id = q.id AND v.version = q.current_version
       WHERE q.status = 'PUBLISHED' AND q.type = 'truefalse' LIMIT 6) x`,
    )
  ).rows[0].ids;
  const yesterday = chinaDay(new Date(Date.parse(`${today}T12:00:00+08:00`) - 86_400_000));
  await c.query(
    `INSERT INTO attempt (public_id, member_id, quiz_id, kind, status, open_key, paper, started_at, submitted_at)
     SELECT md5('daily-' || id), id, '${DAILY_ID}', 'REVIEW', CASE WHEN id % 10 < 7 THEN 'SUBMITTED' ELSE 'IN_PROGRESS' END::"AttemptStatus",
            CASE WHEN id % 10 = 7 THEN id || ':${DAILY_ID}:' || $2 END, $1::int[], now() - interval '1 day', CASE WHEN id % 10 < 7 THEN now() - interval '1 day' END
     FROM member WHERE username LIKE 'p%-%' AND id % 10 <= 7`,
    [paper, yesterday],
  );
  await c.query(
    `INSERT INTO daily_set (member_id, day, attempt_id, case_code, items, answered, correct, completed_at, streak)
     SELECT member_id, $1::date, id, 'C1', 6, CASE WHEN submitted_at IS NULL THEN '{}' ELSE paper END, CASE WHEN submitted_at IS NULL THEN '{}' ELSE paper[1:4] END,
            submitted_at, CASE WHEN submitted_at IS NULL THEN 0 ELSE 1 + member_id % ${STREAK_BONUS_EVERY} END
     FROM attempt WHERE quiz_id = '${DAILY_ID}' AND public_id = md5('daily-' || member_id)`,
    [yesterday],
  );
  await c.query(
    `INSERT INTO point_event (member_id, event_key, kind, points, day, earned_at)
     SELECT s.member_id, e.key, e.kind, e.points, s.day, s.completed_at FROM daily_set s CROSS JOIN LATERAL (
       SELECT 'daily:' || $1, 'daily_done', ${POINT_RULES.dailyDone.points}
       UNION ALL SELECT 'right:' || $1 || ':' || v, 'daily_right', ${POINT_RULES.dailyRight.points} FROM unnest(s.correct) v
     ) e(key, kind, points) WHERE s.day = $1::date AND s.completed_at IS NOT NULL`,
    [yesterday],
  );
  await c.query(`ANALYZE member; ANALYZE attempt; ANALYZE daily_set; ANALYZE point_event`);
  const counts = (
    await c.query<{ cadres: number; sets: number; points: number }>(
      `SELECT (SELECT count(*)::int FROM member WHERE username LIKE 'p%-%') cadres, (SELECT count(*)::int FROM daily_set) sets,
              (SELECT count(*)::int FROM point_event) points`,
    )
  ).rows[0];
  return { ...counts, ms: Date.now() - t0 };
}

/** Per current version: the answer steps the player sends, right and wrong (a case: each prefix of its path). */
async function preparedAnswers(c: pg.Client) {
  const rows = (
    await c.query<{ id: number; payload: TQuestion }>(
      `SELECT v.id, v.payload FROM question q JOIN question_version v ON v.question_id = q.id AND v.version = q.current_version
       WHERE q.status = 'PUBLISHED' AND q.type IN ('single', 'multiple', 'truefalse', 'scenario')`,
    )
  ).rows;
  const steps = (a: TAnswer): unknown[] => (a.type === "scenario" ? a.path.map((_, i) => ({ type: "scenario", path: a.path.slice(0, i + 1) })) : [a]);
  return Object.fromEntries(rows.map((r) => [r.id, { right: steps(answerOf(r.payload, true)), wrong: steps(answerOf(r.payload, false)) }]));
}

export async function dailyScenario(deps: DailyDeps) {
  const { appUrl, databaseUrl, log } = deps;
  const today = chinaDay(new Date());
  const c = new pg.Client({ connectionString: databaseUrl });
  await c.connect();
  const seed = await seedDailyProvince(c, DAILY_CADRES, today);
  log(`daily: ${seed.cadres} cadres, ${seed.sets} sets and ${seed.points} ledger rows from yesterday, seeded in ${(seed.ms / 1000).toFixed(1)} s`);
  const answers = await preparedAnswers(c);
  const actions = dailyActionIds(ROOT);
  // Distinct cadres who have not opened today's set, drawn from the whole 100,000.
  const sample = (
    await c.query<{ id: number }>(
      `SELECT id FROM member m WHERE username LIKE 'p%-%' AND NOT EXISTS (SELECT 1 FROM daily_set s WHERE s.member_id = m.id AND s.day = $1::date)
       ORDER BY random() LIMIT $2`,
      [today, deps.quick ? 3000 : 8000],
    )
  ).rows.map((r) => r.id);
  const { cookies } = await mintSessions(databaseUrl, sample, deps.secret);
  const cadre = (id: number) => ({ id, cookie: cookies.get(id)! });
  // Three cadres' days counted (two with yesterday handed in or never opened, one who left
  // yesterday's set open); the rest load the home and live the day.
  const measuredIds = [...sample.filter((id) => id % 10 !== 7).slice(0, 2), sample.find((id) => id % 10 === 7)!];
  const rest = sample.filter((id) => !measuredIds.includes(id)).map(cadre);
  const [measured, homeSample, journey] = [measuredIds.map(cadre), rest.slice(0, 1000), rest];

  // Statements per request, one request at a time.
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const per: Record<"pageFloor" | "homeBefore" | "firstOpen" | "firstOpenAfterUnfinishedDay" | "answer" | "caseStep" | "homeAfter" | "resume", number[]> = {
    pageFloor: [],
    homeBefore: [],
    firstOpen: [],
    firstOpenAfterUnfinishedDay: [],
    answer: [],
    caseStep: [],
    homeAfter: [],
    resume: [],
  };
  const counted = async <R>(into: number[], f: () => Promise<R>): Promise<R> => {
    const s0 = await deps.statements(appUrl);
    const r = await f();
    into.push((await deps.statements(appUrl)) - s0);
    return r;
  };
  for (const m of measured) {
    await counted(per.pageFloor, () => request(agent, appUrl, "GET", "/account/password", { cookie: m.cookie }));
    await counted(per.homeBefore, () => openHome(agent, appUrl, m.cookie));
    const start = await counted(m.id % 10 === 7 ? per.firstOpenAfterUnfinishedDay : per.firstOpen, () => startToday(agent, appUrl, m.cookie, actions));
    if (!start.publicId) throw new Error(`daily: the start action answered ${start.status}: ${start.body.slice(0, 300)}`);
    const paper = (await c.query<{ paper: number[] }>(`SELECT paper FROM attempt WHERE public_id = $1`, [start.publicId])).rows[0].paper;
    for (const v of paper) {
      const steps = answers[v].right;
      for (const [i, a] of steps.entries()) {
        const r = await counted(i === steps.length - 1 ? per.answer : per.caseStep, () => answerToday(agent, appUrl, m.cookie, actions, start.publicId!, v, a));
        if (!r.result.ok) throw new Error(`daily: an answer was refused: ${r.result.error}`);
      }
    }
    await counted(per.homeAfter, () => openHome(agent, appUrl, m.cookie));
    await counted(per.resume, () => startToday(agent, appUrl, m.cookie, actions));
  }
  agent.destroy();
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  // Of a first open and a resume, the redirect's render of the set's page is part of the request.
  const statementsPerRequest = Object.fromEntries(Object.entries(per).map(([k, v]) => [k, { median: median(v), min: Math.min(...v), max: Math.max(...v) }]));
  log(
    `daily statements per request (median): ${Object.entries(statementsPerRequest)
      .map(([k, v]) => `${k} ${v.median}`)
      .join(", ")}`,
  );

  // The home against the page floor, each request a different cadre; alternated twice, so a
  // neighbour's load on a shared machine weighs on both alike.
  const get = (p: string) => {
    const paths = homeSample.map((m) => ({ path: p, cookie: m.cookie }));
    deps.load({ url: appUrl, connections: CONNECTIONS, duration: deps.warmup, mode: "get", paths });
    return deps.load({ url: appUrl, connections: CONNECTIONS, duration: deps.duration, mode: "get", paths });
  };
  await deps.probe(appUrl);
  const rounds = [0, 1].map(() => ({ pageFloor: get("/account/password"), home: get("/learn") }));
  const homeProbe = await deps.probe(appUrl);
  const [pageFloor, home] = (["pageFloor", "home"] as const).map((k) => pooled(rounds.map((r) => r[k])));
  const homeToPageFloor = +(home.reqPerSec / pageFloor.reqPerSec).toFixed(2);
  log(
    `daily home: ${home.reqPerSec} req/s p99 ${home.p99} ms | page floor ${pageFloor.reqPerSec} req/s | ratio ${homeToPageFloor} (rounds: ${rounds.map((r) => `${r.home.reqPerSec}/${r.pageFloor.reqPerSec}`).join(", ")})`,
  );

  // The day: distinct cadres open the home, open today's set and answer it.
  const job: DailyJob = {
    url: appUrl,
    databaseUrl,
    connections: CONNECTIONS,
    seconds: deps.duration * 3,
    actions,
    cadres: journey,
    answers,
    rightShare: 0.8,
  };
  const file = path.join(deps.tmp, "daily-job.json");
  fs.writeFileSync(file, JSON.stringify(job));
  const r = spawnSync(process.execPath, ["--import", "tsx", path.join(ROOT, "bench", "scenarios", "daily-load.ts"), file], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 256 << 20,
  });
  if (r.status !== 0) throw new Error(`daily load generator failed: ${r.stderr}`);
  const run = JSON.parse(r.stdout.trim().split("\n").pop()!) as DailyRun;
  const dayProbe = await deps.probe(appUrl);
  const check = await verify(c, today, run.acked);
  await c.end();
  const { acked: _acked, ...fromRun } = run;
  const day = { ...fromRun, cadreDaysPerMinute: Math.round((run.cadresDone / run.seconds) * 60) };
  log(
    `daily day: ${run.cadresDone} cadres in ${run.seconds} s, ${run.answer.perSec} answers/s, answer p50 ${run.answer.p50} ms p99 ${run.answer.p99} ms, errors ${JSON.stringify(run.errors)}`,
  );
  log(`daily check: ${JSON.stringify(check)}`);
  return { seed, statementsPerRequest, pageFloor, home, homeToPageFloor, homeRounds: rounds, homeProbe, day, dayProbe, check };
}

/**
 * Every acknowledged answer recorded exactly once, and the ledger holding exactly what the server
 * told the cadres they earned (a double click's second reply earns nothing).
 */
async function verify(c: pg.Client, today: string, acked: Acked[]) {
  const members = [...new Set(acked.map((a) => a.member))];
  const keys = [...new Set(acked.map((a) => `${a.publicId}:${a.versionId}`))];
  const [r] = (
    await c.query<{ present: number; in_set: number; set_entries: number; set_distinct: number; ledger: number; ledger_rows: number; ledger_keys: number }>(
      `WITH k AS (SELECT split_part(x, ':', 1) AS pid, split_part(x, ':', 2)::int AS vid FROM unnest($1::text[]) x)
       SELECT
         (SELECT count(*)::int FROM k JOIN attempt a ON a.public_id = k.pid JOIN response r ON r.attempt_id = a.id AND r.question_version_id = k.vid AND r.final) present,
         (SELECT count(*)::int FROM k JOIN attempt a ON a.public_id = k.pid JOIN daily_set s ON s.attempt_id = a.id AND k.vid = ANY(s.answered)) in_set,
         (SELECT coalesce(sum(cardinality(answered)), 0)::int FROM daily_set WHERE day = $2::date AND member_id = ANY($3::int[])) set_entries,
         (SELECT count(DISTINCT (s.member_id, v))::int FROM daily_set s, unnest(s.answered) v WHERE s.day = $2::date AND s.member_id = ANY($3::int[])) set_distinct,
         (SELECT coalesce(sum(points), 0)::int FROM point_event WHERE day = $2::date AND member_id = ANY($3::int[])) ledger,
         (SELECT count(*)::int FROM point_event WHERE day = $2::date AND member_id = ANY($3::int[])) ledger_rows,
         (SELECT count(DISTINCT (member_id, event_key))::int FROM point_event WHERE day = $2::date AND member_id = ANY($3::int[])) ledger_keys`,
      [keys, today, members],
    )
  ).rows;
  const told = acked.reduce((n, a) => n + a.earned, 0);
  return {
    ackedAnswers: keys.length,
    lostAnswers: keys.length - Math.min(r.present, r.in_set),
    doubleCountedAnswers: r.set_entries - r.set_distinct,
    pointsToldToCadres: told,
    pointsInLedger: r.ledger,
    lostPoints: Math.max(0, told - r.ledger),
    doublePoints: Math.max(0, r.ledger - told) + (r.ledger_rows - r.ledger_keys),
  };
}

/** Rows for the bench's table. */
export function dailyRows(d: Awaited<ReturnType<typeof dailyScenario>>): string[][] {
  const { day, check } = d;
  const errs = Object.values(day.errors).reduce((n, x) => n + x, 0);
  return [
    [
      "daily home (/learn, distinct cadres)",
      String(d.home.reqPerSec),
      String(d.home.p50),
      String(d.home.p975),
      String(d.home.p99),
      String(d.home.errors + d.home.non2xx),
    ],
    ["  daily home ratio to page floor", String(d.homeToPageFloor), "", "", "", ""],
    ["daily answer (server action)", `${day.answer.perSec}`, String(day.answer.p50), "", String(day.answer.p99), String(errs)],
    [`  cadres through their day / per minute`, `${day.cadresDone}`, `${day.cadreDaysPerMinute}`, "", "", ""],
    [
      `  answers recorded / lost / double; points lost / double`,
      `${check.ackedAnswers}`,
      `${check.lostAnswers}`,
      `${check.doubleCountedAnswers}`,
      `${check.lostPoints}`,
      `${check.doublePoints}`,
    ],
  ];
}
