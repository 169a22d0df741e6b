import { expect, test } from "vitest";
import { db } from "../db/client";
import { makeMember, makeTree } from "../test/factories";
import { countMembersUnder, createUnit, toTree, unitInScope, unitsUnder } from "./units";

test("paths hold every ancestor, root first, at any depth", async () => {
  const d = db();
  const t = await makeTree(d);
  expect(t.committee.path).toEqual([t.committee.id]);
  expect(t.branchA.path).toEqual([t.committee.id, t.general.id, t.branchA.id]);
  expect(t.branchA.depth).toBe(2);
  const deep = await createUnit(d, { code: `deep-${t.branchA.id}`, name: "第四层", kind: "BRANCH", parentId: t.branchA.id });
  expect(deep.path).toEqual([...t.branchA.path, deep.id]);
});

test("creating under a missing parent fails and writes nothing", async () => {
  const d = db();
  const before = await d.prisma.orgUnit.count();
  await expect(createUnit(d, { code: "orphan", name: "孤儿", kind: "BRANCH", parentId: 999_999 })).rejects.toThrow();
  expect(await d.prisma.orgUnit.count()).toBe(before);
});

test("everything under a committee is one query, and siblings stay out", async () => {
  const d = db();
  const t = await makeTree(d);
  const under = await unitsUnder(d, t.committee.id);
  expect(under.map((u) => u.id).sort()).toEqual([t.committee.id, t.general.id, t.branchA.id, t.branchB.id].sort());
  expect((await unitsUnder(d, t.branchA.id)).map((u) => u.id)).toEqual([t.branchA.id]);
  const tree = toTree(under);
  expect(tree).toHaveLength(1);
  expect(tree[0].children[0].children.map((c) => c.name).sort()).toEqual(["乙支部", "甲支部"]);
});

test("member counts roll up through the tree", async () => {
  const d = db();
  const t = await makeTree(d);
  await makeMember(d, t.branchA);
  await makeMember(d, t.branchA);
  await makeMember(d, t.branchB);
  await makeMember(d, t.other);
  expect(await countMembersUnder(d, t.branchA.id)).toBe(2);
  expect(await countMembersUnder(d, t.committee.id)).toBe(3);
  expect(await countMembersUnder(d, t.other.id)).toBe(1);
});

test("a unit outside the scope is not found", async () => {
  const d = db();
  const t = await makeTree(d);
  expect(await unitInScope(d, t.branchA.id, t.branchA.id)).not.toBeNull();
  expect(await unitInScope(d, t.branchA.id, t.branchB.id)).toBeNull();
  expect(await unitInScope(d, t.committee.id, t.branchB.id)).not.toBeNull();
  expect(await unitInScope(d, t.committee.id, t.other.id)).toBeNull();
  expect(await unitInScope(d, null, t.other.id)).not.toBeNull();
});
