/**
 * Shared factories for tests: a small tree and members, built through the same domain functions
 * the app uses. Every test file gets its own database (lib/test/setup-db.ts).
 */
import { randomBytes } from "node:crypto";
import type { Db } from "../db/client";
import type { Role } from "../generated/prisma/enums";
import { createMember } from "../org/members";
import { createUnit, type UnitRow } from "../org/units";
import type { TQuestion } from "../content/schema";
import type { TAnswer } from "../assessment/score";
import { getVersions } from "../assessment/versions";
import { bestScenarioPath, scenarioPaths } from "../content/scenario-graph";

export const TEST_PASSWORD = "Test#2026pw";

/** A short random suffix for codes and usernames that must not clash between tests. */
export const uniq = () => randomBytes(4).toString("hex");

/** committee → general branch → branches A and B, plus a second committee X (unrelated). */
export async function makeTree(d: Db) {
  const s = uniq();
  const committee = await createUnit(d, { code: `c-${s}`, name: "测试党委", kind: "COMMITTEE", parentId: null });
  const general = await createUnit(d, { code: `g-${s}`, name: "测试党总支", kind: "GENERAL_BRANCH", parentId: committee.id });
  const branchA = await createUnit(d, { code: `a-${s}`, name: "甲支部", kind: "BRANCH", parentId: general.id });
  const branchB = await createUnit(d, { code: `b-${s}`, name: "乙支部", kind: "BRANCH", parentId: general.id });
  const other = await createUnit(d, { code: `x-${s}`, name: "另一党委", kind: "COMMITTEE", parentId: null });
  return { committee, general, branchA, branchB, other };
}

export async function makeMember(d: Db, unit: UnitRow, role: Role = "CADRE", extra: { mustChangePassword?: boolean; phone?: string } = {}) {
  const username = `u${uniq()}`;
  return createMember(d, { username, name: `测试${username}`, role, unitId: unit.id, password: TEST_PASSWORD, ...extra });
}

/** The right (or a wrong) answer to a question, computed from its key: for tests that sit quizzes. */
export function answerOf(q: TQuestion, right: boolean): TAnswer {
  switch (q.type) {
    case "single":
      return { type: "single", choice: q.options.find((x) => x.correct === right)!.id };
    case "multiple":
      return { type: "multiple", choices: q.options.filter((x) => x.correct === right).map((x) => x.id) };
    case "truefalse":
      return { type: "truefalse", value: right ? q.answer : !q.answer };
    case "drafting":
      return { type: "drafting", text: right ? q.sample : "在吗" };
    case "scenario": {
      // The best path (a good ending), or the lowest-scoring path to a bad ending.
      const paths = scenarioPaths(q);
      const pick = right ? bestScenarioPath(q) : [...paths].filter((p) => p.outcome === "bad").sort((a, b) => a.score - b.score)[0];
      return { type: "scenario", path: pick!.choices.map((c) => c.choice.id) };
    }
  }
}

export async function answerForVersion(d: Db, versionId: number, right: boolean): Promise<TAnswer> {
  return answerOf((await getVersions(d, [versionId])).get(versionId)!.payload, right);
}
