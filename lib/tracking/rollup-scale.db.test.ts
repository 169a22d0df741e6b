/**
 * The roll-up a committee reads does not grow with the members below it (decision 004): the
 * committee's figures and its row per unit below are one statement each, and neither statement
 * reads a member, progress or attempt table — only the per-unit aggregates, their pending deltas
 * and the tree. Checked at two sizes (10 and 100 members a branch): the same statements and the
 * same tables, with figures that follow the population. How fast that is at province scale is
 * bench/run.ts's business (the committee page with 100,000 members), not a test's.
 */
import type { RawBuilder } from "kysely";
import { beforeAll, expect, test } from "vitest";
import { db, type Db } from "../db/client";
import { kysely } from "../db/kysely";
import { createUnit } from "../org/units";
import { counting } from "../test/counting";
import { recomputeAssignment } from "./aggregates";
import { createAssignment } from "./assignments";
import { liveAggregateSql } from "./fold";
import { rollup, rollupSql, unitFigures } from "./rollup";
import { inDays, setupCourse } from "../test/tracking";

/** The tables the roll-up may read: aggregates, pending deltas, the tree. */
const ROLLUP_TABLES = ["aggregate_delta", "org_unit", "unit_aggregate"];

let committee: number;
let branches: number[];
let assignmentId: number;

async function addMembers(d: Db, perBranch: number): Promise<void> {
  await d.raw.query(
    `INSERT INTO member (username, name, role, unit_id, password_hash, updated_at)
     SELECT 'scale-' || b || '-' || (SELECT count(*) FROM member) || '-' || i, '成员' || i, 'CADRE', b, 'x', now()
     FROM unnest($1::int[]) AS b, generate_series(1, $2::int) AS i`,
    [branches, perBranch],
  );
}

/** Every table a statement's plan reads. */
async function tablesRead(d: Db, statement: RawBuilder<unknown>): Promise<string[]> {
  const c = statement.compile(kysely(d));
  const [row] = await d.raw.query<{ "QUERY PLAN": unknown }>(`EXPLAIN (FORMAT JSON) ${c.sql}`, [...c.parameters]);
  const plan = row["QUERY PLAN"];
  const found = new Set<string>();
  const walk = (n: unknown): void => {
    if (Array.isArray(n)) return n.forEach(walk);
    if (!n || typeof n !== "object") return;
    const rel = (n as Record<string, unknown>)["Relation Name"];
    if (typeof rel === "string") found.add(rel);
    Object.values(n).forEach(walk);
  };
  walk(typeof plan === "string" ? JSON.parse(plan) : plan);
  return [...found].sort();
}

/** The roll-up's statements, their plans' tables, and the committee's member count as the roll-up says it. */
async function measure() {
  const d = db();
  const c = counting(d);
  const top = await unitFigures(c.d, assignmentId, committee, true);
  const figureStatements = c.n();
  const rows = await rollup(c.d, assignmentId, committee, 2);
  return {
    figureStatements,
    rollupStatements: c.n() - figureStatements,
    figureTables: await tablesRead(d, liveAggregateSql(assignmentId, committee)),
    rollupTables: await tablesRead(d, rollupSql(assignmentId, committee, 2)),
    members: top.members,
    rowMembers: rows.filter((r) => r.level === 2).reduce((n, r) => n + r.members, 0),
  };
}

beforeAll(async () => {
  const d = db();
  await setupCourse(d);
  committee = (await createUnit(d, { code: "scale", name: "规模测试党委", kind: "COMMITTEE", parentId: null })).id;
  branches = [];
  for (let g = 1; g <= 2; g++) {
    const general = await createUnit(d, { code: `scale-${g}`, name: `第${g}党总支`, kind: "GENERAL_BRANCH", parentId: committee });
    for (let b = 1; b <= 2; b++) {
      branches.push((await createUnit(d, { code: `scale-${g}-${b}`, name: `第${g}-${b}党支部`, kind: "BRANCH", parentId: general.id })).id);
    }
  }
  await addMembers(d, 10);
  const [admin] = await d.raw.query<{ id: number }>(
    `INSERT INTO member (username, name, role, unit_id, password_hash, updated_at) VALUES ('scale-admin', '管理员', 'ADMIN', $1, 'x', now()) RETURNING id`,
    [committee],
  );
  const a = await createAssignment(
    d,
    { id: admin.id, role: "ADMIN", unitId: committee },
    {
      unitId: committee,
      title: "规模测试任务",
      course: true,
      exam: true,
      startsOn: inDays(-1),
      dueOn: inDays(10),
    },
  );
  assignmentId = a.id;
});

test("the committee's roll-up is one statement per read over the aggregates, whether 40 or 400 members are below", async () => {
  const small = await measure();
  expect(small).toEqual({
    figureStatements: 1,
    rollupStatements: 1,
    figureTables: ["aggregate_delta", "unit_aggregate"],
    rollupTables: ROLLUP_TABLES,
    members: 40,
    rowMembers: 40,
  });

  await addMembers(db(), 90);
  await recomputeAssignment(db(), assignmentId);
  const large = await measure();
  expect(large).toEqual({ ...small, members: 400, rowMembers: 400 });
});
