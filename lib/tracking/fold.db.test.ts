import { sql } from "kysely";
import pg from "pg";
import { beforeAll, expect, test } from "vitest";
import { db, type Db } from "../db/client";
import { kysely } from "../db/kysely";
import { makeMember, makeTree } from "../test/factories";
import { recomputeAssignment } from "./aggregates";
import { createAssignment } from "./assignments";
import { foldAggregateDeltas, foldsSettled, liveAggregateSql, liveRuleAggregateSql } from "./fold";
import { inDays, setupCourse, sitQuiz } from "../test/tracking";

beforeAll(async () => {
  await setupCourse(db());
});

type Row = { unit: number; members: number; started: number; completed: number; score_sum: number; score_count: number; score_buckets: number[] };
type RuleRow = { unit: number; rule: string; score: number; max: number };

/** What readers see for every unit of the assignment (stored rows + pending deltas), in a stable order. */
async function live(d: Db, assignmentId: number) {
  const { rows: units } = await sql<Row>`SELECT u.id AS unit, g.members, g.started, g.completed, g.score_sum, g.score_count, g.score_buckets
     FROM org_unit u JOIN LATERAL (${liveAggregateSql(assignmentId, sql.ref("u.id"))}) g ON true ORDER BY u.id`.execute(kysely(d));
  const { rows: rules } =
    await sql<RuleRow>`SELECT u.id AS unit, g.rule, g.score, g.max FROM org_unit u JOIN LATERAL (${liveRuleAggregateSql(assignmentId, sql.ref("u.id"))}) g ON true
     WHERE g.score <> 0 OR g.max <> 0 ORDER BY u.id, g.rule`.execute(kysely(d));
  return { units: units.map(rounded), rules: rules.map((r) => ({ ...r, score: round(r.score), max: round(r.max) })) };
}

/** The stored rows alone. */
async function stored(d: Db, assignmentId: number) {
  const units = await d.raw.query<Row>(
    `SELECT unit_id AS unit, members, started, completed, score_sum, score_count, score_buckets FROM unit_aggregate WHERE assignment_id = $1 ORDER BY unit_id`,
    [assignmentId],
  );
  const rules = await d.raw.query<RuleRow>(
    `SELECT unit_id AS unit, rule, score, max FROM unit_rule_aggregate WHERE assignment_id = $1 AND (score <> 0 OR max <> 0) ORDER BY unit_id, rule`,
    [assignmentId],
  );
  return { units: units.map(rounded), rules: rules.map((r) => ({ ...r, score: round(r.score), max: round(r.max) })) };
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;
const rounded = (r: Row) => ({ ...r, score_sum: round(r.score_sum) });
const pending = async (d: Db) => (await d.raw.query<{ n: number }>(`SELECT count(*)::int AS n FROM aggregate_delta`))[0].n;

async function world(d: Db, perBranch: number) {
  const t = await makeTree(d);
  const admin = await makeMember(d, t.committee, "ADMIN");
  const members = [
    ...(await Promise.all(Array.from({ length: perBranch }, () => makeMember(d, t.branchA)))),
    ...(await Promise.all(Array.from({ length: perBranch }, () => makeMember(d, t.branchB)))),
  ];
  const a = await createAssignment(
    d,
    { id: admin.id, role: "ADMIN", unitId: t.committee.id },
    { unitId: t.committee.id, title: "考试周", course: false, exam: true, startsOn: inDays(0), dueOn: inDays(10) },
  );
  return { t, members, a };
}

test("concurrent exam submissions give exactly the aggregates of a full recount, before and after folding", async () => {
  const d = db();
  const { members, a } = await world(d, 6);
  // Everyone sits the exam at once (truly concurrent on PostgreSQL; PGlite serialises them).
  await Promise.all(members.map((m, i) => sitQuiz(d, m.id, { rightCount: 8 + i })));
  const seen = await live(d, a.id);
  await foldsSettled(d);
  await foldAggregateDeltas(d);
  expect(await pending(d)).toBe(0);
  const folded = await stored(d, a.id);
  expect(folded).toEqual(seen);
  await recomputeAssignment(d, a.id);
  const recount = await stored(d, a.id);
  expect(recount).toEqual(folded);
  expect(recount.units.reduce((n, u) => Math.max(n, u.score_count), 0)).toBe(members.length); // the committee counts everyone
});

test("two folders at once neither lose nor double-apply a delta", async () => {
  const d = db();
  const { members, a } = await world(d, 5);
  for (const m of members.slice(0, 6)) await sitQuiz(d, m.id, { rightCount: 10 });
  await foldsSettled(d);
  await foldAggregateDeltas(d);
  // Many pending deltas at once: every member's contribution appended three more times (as three
  // more events adding it would), so a delta folded twice — or not at all — changes the figures.
  await d.raw.query(
    `INSERT INTO aggregate_delta (assignment_id, unit_path, sign, started, completed, score, rules)
     SELECT c.assignment_id, c.unit_path, 1, c.started, c.completed, c.score, c.rules
     FROM aggregate_contribution c CROSS JOIN generate_series(1, 3) WHERE c.assignment_id = $1`,
    [a.id],
  );
  const n = await pending(d);
  expect(n).toBe(3 * members.length);
  const want = await live(d, a.id);
  // Small batches, so the two interleave over many statements.
  const [x, y] = await Promise.all([foldAggregateDeltas(d, 2), foldAggregateDeltas(d, 3)]);
  expect(x.folded + y.folded).toBe(n);
  expect(await pending(d)).toBe(0);
  expect(await stored(d, a.id)).toEqual(want);
});

test.runIf(process.env.DATABASE_URL)("a submission does not wait for the root's aggregate row (PostgreSQL)", async () => {
  const d = db();
  const { t, members, a } = await world(d, 1);
  // Another transaction holds the committee's row (as a burst of submissions updating it used to).
  const other = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await other.connect();
  try {
    await other.query("BEGIN");
    await other.query(`SELECT 1 FROM unit_aggregate WHERE unit_id = $1 AND assignment_id = $2 FOR UPDATE`, [t.committee.id, a.id]);
    const done = await Promise.race([sitQuiz(d, members[0].id).then(() => "submitted"), new Promise((r) => setTimeout(() => r("waited on the row"), 10_000))]);
    expect(done).toBe("submitted");
    const {
      rows: [fig],
    } = await liveAggregateSql(a.id, t.committee.id).execute(kysely(d));
    expect(fig.score_count).toBe(1); // readers see it at once, folded or not
  } finally {
    await other.query("ROLLBACK");
    await other.end();
  }
  await foldsSettled(d);
  expect(await pending(d)).toBe(0);
});
