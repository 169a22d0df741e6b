/**
 * Void and regrade on a question answered 100,000 times: 100,000 submitted exam attempts of ten
 * items each (1,000,000 responses) by 10,000 cadres (a fifth of that on PGlite). Prints the times; the recomputed totals of a
 * sample of attempts must equal a direct recomputation.
 */
import { beforeAll, expect, test } from "vitest";
import { db } from "../db/client";
import { makeMember, makeTree } from "../test/factories";
import { bootContent, singleQuestion } from "../test/authoring";
import { regradeVersion } from "./regrade-version";
import { voidVersion } from "./void-version";
import { createQuestion } from "./create-question";
import { getQuestion } from "./get-question";
import { publishQuestion } from "./question-status";

// The scale is PostgreSQL's to prove (the server a province runs). The embedded PGlite — one
// process, for a bare machine — runs the same statements on a fifth: 45 s of the suite less.
const SCALE = db().kind === "pglite" ? 0.2 : 1;
const ATTEMPTS = 100_000 * SCALE;
const MEMBERS = 10_000 * SCALE;
const PAPER = 10;

let admin: { id: number };
let voidTarget: number;
let regradeTarget: number;

beforeAll(async () => {
  const d = db();
  await bootContent(d);
  const tree = await makeTree(d);
  admin = await makeMember(d, tree.committee, "ADMIN");
  for (const id of ["scale-void", "scale-regrade"]) {
    await createQuestion(d, admin.id, singleQuestion(id));
    await publishQuestion(d, admin.id, id);
  }
  voidTarget = (await getQuestion(d, "scale-void")).currentVersionId;
  regradeTarget = (await getQuestion(d, "scale-regrade")).currentVersionId;
  const started = performance.now();
  await d.raw.query(
    `INSERT INTO member (username, name, role, unit_id, password_hash, updated_at)
     SELECT 'scale' || g, '学员' || g, 'CADRE', $1, 'x', now() FROM generate_series(1, ${MEMBERS}) g`,
    [tree.branchA.id],
  );
  // Papers: both targets and eight other objective questions, rotating through the bank.
  await d.raw.query(
    `WITH pool AS (
       SELECT array_agg(v.id ORDER BY v.id) AS ids FROM question q JOIN question_version v ON v.question_id = q.id AND v.version = q.current_version
       WHERE q.status = 'PUBLISHED' AND q.type IN ('single', 'multiple', 'truefalse') AND q.id NOT LIKE 'scale-%'
     ), members AS (SELECT array_agg(id ORDER BY id) AS ids FROM member WHERE username LIKE 'scale%')
     INSERT INTO attempt (public_id, member_id, quiz_id, kind, status, paper, started_at, submitted_at)
     SELECT 'scale-' || g, members.ids[1 + g % ${MEMBERS}], 'final-exam', 'EXAM', 'SUBMITTED',
            ARRAY[$1::int, $2::int] || ARRAY(SELECT pool.ids[1 + (g + 7 * k) % cardinality(pool.ids)] FROM generate_series(0, ${PAPER - 3}) k),
            now() - interval '2 days', now() - interval '2 days'
     FROM generate_series(1, ${ATTEMPTS}) g, pool, members`,
    [voidTarget, regradeTarget],
  );
  // Answers: a–d at random on the targets (c is the key), right or wrong at random elsewhere.
  await d.raw.query(
    `INSERT INTO response (attempt_id, question_version_id, answer, path, correct, score, max_score, final, misconceptions)
     SELECT a.id, p.vid, jsonb_build_object('type', 'single', 'choice', x.choice), '{}', x.choice = 'c', (x.choice = 'c')::int, 1, true, '{}'
     FROM attempt a CROSS JOIN unnest(a.paper) p(vid)
     CROSS JOIN LATERAL (SELECT (ARRAY['a', 'b', 'c', 'd'])[1 + ((a.id * 31 + p.vid * 17) % 4)::int] AS choice) x
     WHERE a.public_id LIKE 'scale-%'`,
  );
  // Totals and breakdowns as submitAttempt leaves them.
  await d.raw.query(
    `UPDATE attempt a SET score = t.s, max_score = t.m, percent = round((100 * t.s / t.m)::numeric, 1)::float8, passed = 100 * t.s / t.m >= 80,
            rule_breakdown = rb.j
     FROM (SELECT attempt_id, sum(score) AS s, sum(max_score) AS m FROM response GROUP BY attempt_id) t,
          (SELECT attempt_id, jsonb_object_agg(rule, jsonb_build_object('score', s, 'max', m)) AS j FROM (
             SELECT r.attempt_id, x.rule, sum(r.score) AS s, sum(r.max_score) AS m
             FROM response r JOIN question_version v ON v.id = r.question_version_id CROSS JOIN unnest(v.rules) x(rule) GROUP BY 1, 2) z
           GROUP BY attempt_id) rb
     WHERE a.id = t.attempt_id AND a.id = rb.attempt_id AND a.public_id LIKE 'scale-%'`,
  );
  await d.raw.query(`ANALYZE`);
  console.log(`[scale] seeded ${ATTEMPTS} attempts, ${ATTEMPTS * PAPER} responses in ${Math.round(performance.now() - started)} ms (${d.kind})`);
}, 900_000);

async function sampleMatchesDirect(sample: number) {
  const d = db();
  const rows = await d.raw.query<{
    score: number;
    max_score: number;
    percent: number;
    passed: boolean;
    rule_breakdown: Record<string, { score: number; max: number }>;
    s: number;
    m: number;
    rb: Record<string, { score: number; max: number }>;
  }>(
    `SELECT a.score, a.max_score, a.percent, a.passed, a.rule_breakdown, d.s, d.m, d.rb
     FROM attempt a CROSS JOIN LATERAL (
       SELECT coalesce(sum(coalesce(r.score, 0)), 0) AS s, coalesce(sum(v.max_score), 0)::float8 AS m,
              (SELECT jsonb_object_agg(rule, jsonb_build_object('score', rs, 'max', rm)) FROM (
                 SELECT u.rule, sum(coalesce(r2.score, 0)) AS rs, sum(v2.max_score)::float8 AS rm
                 FROM unnest(a.paper) p2(vid) JOIN question_version v2 ON v2.id = p2.vid AND v2.voided_at IS NULL
                 LEFT JOIN response r2 ON r2.attempt_id = a.id AND r2.question_version_id = v2.id AND r2.final
                 CROSS JOIN unnest(v2.rules) u(rule) GROUP BY u.rule) z) AS rb
       FROM unnest(a.paper) p(vid) JOIN question_version v ON v.id = p.vid AND v.voided_at IS NULL
       LEFT JOIN response r ON r.attempt_id = a.id AND r.question_version_id = v.id AND r.final
     ) d
     WHERE a.public_id LIKE 'scale-%' ORDER BY a.id LIMIT ${sample}`,
  );
  expect(rows).toHaveLength(sample);
  for (const r of rows) {
    expect(r.score).toBeCloseTo(r.s, 9);
    expect(r.max_score).toBe(r.m);
    expect(r.percent).toBe(Math.round((1000 * r.s) / r.m) / 10);
    expect(r.passed).toBe((100 * r.s) / r.m >= 80);
    expect(r.rule_breakdown).toEqual(r.rb);
  }
}

test(`voiding a version answered ${ATTEMPTS} times recomputes every attempt in one statement`, async () => {
  const d = db();
  const r = await voidVersion(d, admin.id, voidTarget, "规模测试");
  console.log(`[scale] void: ${r.attempts} attempts recomputed, ${r.notified} cadres notified in ${r.ms} ms (${d.kind})`);
  expect(r.attempts).toBe(ATTEMPTS);
  expect(r.notified).toBe(MEMBERS);
  // Generous on purpose (shared CI machines): it guards against a per-attempt loop creeping in, not a figure.
  expect(r.ms).toBeLessThan(120_000);
  await sampleMatchesDirect(500);
  const [{ n }] = await d.raw.query<{ n: number }>(`SELECT count(*)::int AS n FROM attempt WHERE public_id LIKE 'scale-%' AND max_score <> ${PAPER - 1}`);
  expect(n).toBe(0);
}, 900_000);

test(`regrading a version answered ${ATTEMPTS} times rescores every answer in batches`, async () => {
  const d = db();
  const corrected = singleQuestion("scale-regrade", { options: singleQuestion("x").options.map((o) => ({ ...o, correct: o.id === "a" })) });
  const r = await regradeVersion(d, admin.id, regradeTarget, corrected, "规模测试：答案标错");
  console.log(`[scale] regrade: ${r.responses} answers rescored (${r.changedResponses} changed), ${r.attempts} attempts recomputed in ${r.ms} ms (${d.kind})`);
  expect(r.responses).toBe(ATTEMPTS);
  expect(r.attempts).toBe(ATTEMPTS);
  expect(r.ms).toBeLessThan(180_000);
  const [{ right }] = await d.raw.query<{ right: number }>(
    `SELECT count(*) FILTER (WHERE correct = (answer->>'choice' = 'a'))::int AS right FROM response WHERE question_version_id = $1`,
    [r.newVersionId],
  );
  expect(right).toBe(ATTEMPTS);
  await sampleMatchesDirect(500);
}, 900_000);
