import { expect, test } from "vitest";
import { signInWithPassword } from "../auth/sign-in";
import { db } from "../db/client";
import { countMembersUnder } from "../org/units";
import { DEMO_PASSWORD, seedDemo } from "./demo";

test("the demo organisation has the promised shape and accounts", async () => {
  const d = db();
  const r = await seedDemo(d);
  expect(r).toEqual({ units: 9, members: 70 });
  const kinds = await d.prisma.orgUnit.groupBy({ by: ["kind"], _count: true, orderBy: { kind: "asc" } });
  expect(Object.fromEntries(kinds.map((k) => [k.kind, k._count]))).toEqual({ COMMITTEE: 1, GENERAL_BRANCH: 2, BRANCH: 6 });
  expect(await d.prisma.member.count({ where: { role: "CADRE" } })).toBe(60);
  expect(await d.prisma.member.count({ where: { role: "ADMIN" } })).toBe(1);
  const secretaries = await d.prisma.member.findMany({ where: { username: { startsWith: "sec" } }, include: { unit: true } });
  expect(secretaries).toHaveLength(6);
  expect(new Set(secretaries.map((s) => s.unitId)).size).toBe(6);
  expect(secretaries.every((s) => s.unit.kind === "BRANCH" && s.role === "SECRETARY")).toBe(true);
  const names = await d.prisma.member.findMany({ select: { name: true } });
  expect(new Set(names.map((n) => n.name)).size).toBe(70);
  expect(names.every((n) => /^[\u4e00-\u9fff]{2,5}$/.test(n.name))).toBe(true);
  const root = await d.prisma.orgUnit.findFirstOrThrow({ where: { kind: "COMMITTEE" } });
  expect(await countMembersUnder(d, root.id)).toBe(70);
  for (const u of ["admin", "sec01", "sec06", "cadre001", "cadre060"]) {
    expect(await signInWithPassword(d, { username: u, password: DEMO_PASSWORD })).toMatchObject({ ok: true });
  }
});

test("seeding twice is refused and changes nothing", async () => {
  const d = db();
  const before = await d.prisma.member.count();
  await expect(seedDemo(d)).rejects.toThrow(/拒绝/);
  expect(await d.prisma.member.count()).toBe(before);
});
