/**
 * `npm run soak [-- --cadres N]`: N simulated cadres (default 500) sit the exam at once against
 * the production build and a PostgreSQL server; midway the server is restarted (the test does
 * it). During the outage the app must answer 503 with Retry-After — never 500 — and recover by
 * itself. Afterwards every acknowledged answer is in the database exactly once and every
 * attempt's score equals a recomputation from its answers. `npm test` runs a short form.
 */
import { exec } from "node:child_process";
import { promisify } from "node:util";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import pg from "pg";
import { dropDatabase, mintSessions, preparedDatabase, startServer } from "../bench/lib/harness";

const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const CADRES = arg("cadres", 500);
const BASE = process.env.SOAK_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const NAME = `weguide_soak_${process.pid}`;
const SECRET = randomBytes(32).toString("base64url");
const PORT = arg("port", 3750);

function restartCommand(): string | null {
  if (process.env.SOAK_RESTART_CMD) return process.env.SOAK_RESTART_CMD;
  if (!fs.existsSync("/etc/postgresql") || !/127\.0\.0\.1|localhost/.test(BASE)) return null;
  const version = fs.readdirSync("/etc/postgresql")[0];
  return `pg_ctlcluster --skip-systemctl-redirect ${version} main stop -m fast && sleep 3 && pg_ctlcluster --skip-systemctl-redirect ${version} main start`;
}

async function main() {
  const url = await preparedDatabase(BASE, NAME);
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const unit = (
    await c.query<{ id: number }>(`INSERT INTO org_unit (code, name, kind, path, depth) VALUES ('soak', '压测党委', 'BRANCH', '{}', 0) RETURNING id`)
  ).rows[0].id;
  await c.query(`UPDATE org_unit SET path = ARRAY[id] WHERE id = $1`, [unit]);
  const members = (
    await c.query<{ id: number }>(
      `INSERT INTO member (username, name, unit_id, password_hash, updated_at) SELECT 'soak' || k, '压测' || k, $1, 'x', now() FROM generate_series(1, $2) k RETURNING id`,
      [unit, CADRES],
    )
  ).rows.map((r) => r.id);
  await c.end();
  const { cookies } = await mintSessions(url, members, SECRET);
  const app = await startServer({ port: PORT, databaseUrl: url, secret: SECRET, quiet: true });

  const status: Record<string, number> = {};
  const acked = new Map<string, string>(); // "attempt:version" → answer JSON acknowledged last
  const submitted = new Set<string>();
  let saves = 0;
  const totalSaves = CADRES * 20;
  const restartAt = Math.floor(totalSaves / 3);
  const restarts: Promise<void>[] = [];
  const cmd = restartCommand();

  /** Retries on 503 (honouring Retry-After) and on connection errors; a 5xx other than 503 is a failure. */
  async function call(method: string, p: string, cookie: string, body?: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
    for (let tries = 0; tries < 60; tries++) {
      let res: Response;
      try {
        res = await fetch(`${app.url}${p}`, {
          method,
          headers: { cookie, "content-type": "application/json", "sec-fetch-site": "same-origin" },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
      } catch {
        status.network = (status.network ?? 0) + 1;
        await new Promise((r) => setTimeout(r, 500));
        continue;
      }
      status[res.status] = (status[res.status] ?? 0) + 1;
      const json = await res.json().catch(() => ({}));
      if (res.status === 503) {
        if (!res.headers.get("retry-after")) status["503-without-retry-after"] = (status["503-without-retry-after"] ?? 0) + 1;
        await new Promise((r) => setTimeout(r, 500 + Math.random() * 1000));
        continue;
      }
      return { status: res.status, json };
    }
    throw new Error(`${method} ${p}: gave up after 60 tries`);
  }

  async function sit(memberId: number) {
    const cookie = cookies.get(memberId)!;
    const start = await call("POST", "/api/v1/quizzes/final-exam/attempts", cookie);
    const id = String(start.json.id ?? start.json.attemptId);
    const view = await call("GET", `/api/v1/attempts/${id}`, cookie);
    for (const item of view.json.items as {
      versionId: number;
      question: { type: string; options?: { id: string }[]; node?: { step: { choices: { id: string }[] } } };
    }[]) {
      const q = item.question;
      const answer =
        q.type === "single"
          ? { type: "single", choice: q.options![Math.floor(Math.random() * q.options!.length)].id }
          : q.type === "multiple"
            ? { type: "multiple", choices: [q.options![0].id, q.options![1].id] }
            : q.type === "truefalse"
              ? { type: "truefalse", value: Math.random() < 0.5 }
              : { type: "scenario", path: [q.node!.step.choices[0].id] };
      const r = await call("PUT", `/api/v1/attempts/${id}/responses/${item.versionId}`, cookie, answer);
      if (r.status === 200) acked.set(`${id}:${item.versionId}`, JSON.stringify(answer));
      if (++saves === restartAt && cmd) {
        console.log(`[soak] restarting PostgreSQL after ${saves} saves…`);
        // Asynchronous: the cadres keep sending requests while the server is down.
        restarts.push(promisify(exec)(cmd).then(() => console.log("[soak] PostgreSQL is back")));
      }
    }
    const s = await call("POST", `/api/v1/attempts/${id}/submit`, cookie);
    if (s.status === 200) submitted.add(id);
  }

  const t0 = Date.now();
  await Promise.all(members.map((m) => sit(m)));
  await Promise.all(restarts);
  const seconds = (Date.now() - t0) / 1000;

  // Verify: every acknowledged answer present exactly once with the acknowledged value; scores recompute.
  const v = new pg.Client({ connectionString: url });
  await v.connect();
  const keys = [...acked.keys()];
  const rows = (
    await v.query<{ k: string; n: number; answer: unknown }>(
      `SELECT k, count(r.*)::int n, (array_agg(r.answer))[1] answer FROM unnest($1::text[]) k
       LEFT JOIN attempt a ON a.public_id = split_part(k, ':', 1)
       LEFT JOIN response r ON r.attempt_id = a.id AND r.question_version_id = split_part(k, ':', 2)::int GROUP BY k`,
      [keys],
    )
  ).rows;
  const lost = rows.filter((r) => r.n === 0).length;
  const duplicated = rows.filter((r) => r.n > 1).length;
  // jsonb stores object keys in its own order: compare with sorted keys.
  const canonical = (v: unknown): string =>
    v && typeof v === "object" && !Array.isArray(v)
      ? `{${Object.keys(v)
          .sort()
          .map((k) => `${k}:${canonical((v as Record<string, unknown>)[k])}`)
          .join(",")}}`
      : JSON.stringify(v);
  const changed = rows.filter((r) => r.n === 1 && canonical(r.answer) !== canonical(JSON.parse(acked.get(r.k)!))).length;
  const mismatched = (
    await v.query<{ n: number }>(
      `SELECT count(*)::int n FROM attempt a JOIN LATERAL (
         SELECT coalesce(sum(r.score), 0) s FROM response r JOIN question_version qv ON qv.id = r.question_version_id AND qv.voided_at IS NULL
         WHERE r.attempt_id = a.id AND r.final AND r.question_version_id = ANY(a.paper)) x ON true
       WHERE a.status = 'SUBMITTED' AND a.quiz_id = 'final-exam' AND abs(a.score - x.s) > 1e-9`,
    )
  ).rows[0].n;
  await v.end();
  await app.stop();
  await dropDatabase(BASE, NAME).catch(() => {});

  const report = {
    cadres: CADRES,
    seconds,
    restarted: Boolean(cmd),
    statusCounts: status,
    acknowledged: acked.size,
    lost,
    duplicated,
    changed,
    submitted: submitted.size,
    scoreMismatches: mismatched,
  };
  console.log(JSON.stringify(report, null, 2));
  const bad = lost + duplicated + changed + mismatched + (status["500"] ?? 0) + (status["503-without-retry-after"] ?? 0) + (submitted.size < CADRES ? 1 : 0);
  if (bad) {
    console.error("✗ soak failed");
    process.exit(1);
  }
  console.log(
    `✓ soak: ${acked.size} acknowledged answers, 0 lost, 0 duplicated, ${submitted.size} exams submitted across ${cmd ? "a PostgreSQL restart" : "no restart (not possible here)"}`,
  );
}

main().catch(async (e) => {
  console.error(e);
  await dropDatabase(BASE, NAME).catch(() => {});
  process.exit(1);
});
