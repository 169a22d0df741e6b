/**
 * The sync API (upsertOrgUnits, upsertMembers) through its route handlers, with bearer tokens, on
 * the real database — as an existing Party-member system would call it.
 */
import { beforeAll, expect, test } from "vitest";
import { z } from "zod";
import * as membersRoute from "@/app/api/v1/members/upsert/route";
import * as unitsRoute from "@/app/api/v1/org-units/upsert/route";
import { issueToken } from "../api/tokens";
import { loadViewer } from "../auth/viewer";
import { signInWithPassword } from "../auth/sign-in";
import { db, type Db } from "../db/client";
import { makeMember, makeTree } from "../test/factories";
import { ZUpsertMembersResult, ZUpsertOrgUnitsResult } from "./api-schemas";

let d: Db;
let token: string;
let secToken: string;
let adminId: number;

beforeAll(async () => {
  d = db();
  const t = await makeTree(d);
  const a = await makeMember(d, t.committee, "ADMIN");
  const s = await makeMember(d, t.committee, "SECRETARY");
  adminId = a.id;
  token = (await issueToken(d, { id: a.id, role: "ADMIN" }, { name: "sync" })).token;
  secToken = (await issueToken(d, { id: a.id, role: "ADMIN" }, { name: "sec", username: s.username })).token;
});

type Handler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

async function post(handler: Handler, body: unknown, bearer = token) {
  const res = await handler(
    new Request("http://localhost/api/v1/x", {
      method: "POST",
      headers: { authorization: `Bearer ${bearer}`, "content-type": "application/json" },
      body: JSON.stringify(body),
    }),
    { params: Promise.resolve({}) },
  );
  return { status: res.status, json: await res.json() };
}

const units = (body: unknown, bearer?: string) => post(unitsRoute.POST, body, bearer);
const members = (body: unknown, bearer?: string) => post(membersRoute.POST, body, bearer);
const unitByCode = (code: string) =>
  d.prisma.orgUnit.findUniqueOrThrow({ where: { code }, select: { id: true, name: true, parentId: true, path: true, depth: true, archivedAt: true } });

const TREE = [
  // Children before parents on purpose: the batch is ordered by the server.
  { code: "p-b1", name: "一支部", kind: "BRANCH", parentCode: "p-g1" },
  { code: "p-g1", name: "一总支", kind: "GENERAL_BRANCH", parentCode: "p-root" },
  { code: "p-root", name: "省直机关工委", kind: "COMMITTEE", parentCode: null },
  { code: "p-b2", name: "二支部", kind: "BRANCH", parentCode: "p-g1" },
  { code: "p-g2", name: "二总支", kind: "GENERAL_BRANCH", parentCode: "p-root" },
];

test("units are created parents first, and a second sync of the same batch changes nothing", async () => {
  const dry = await units({ units: TREE, dryRun: true });
  expect(dry).toEqual({ status: 200, json: { dryRun: true, created: 5, updated: 0, moved: 0, unchanged: 0 } });
  expect(await d.prisma.orgUnit.count({ where: { code: { startsWith: "p-" } } })).toBe(0);

  const r = await units({ units: TREE });
  expect(r.status).toBe(200);
  ZUpsertOrgUnitsResult.parse(r.json);
  expect(r.json).toEqual({ dryRun: false, created: 5, updated: 0, moved: 0, unchanged: 0 });
  const root = await unitByCode("p-root");
  const g1 = await unitByCode("p-g1");
  expect(await unitByCode("p-b1")).toMatchObject({ parentId: g1.id, path: [root.id, g1.id, expect.any(Number)], depth: 2 });
  expect((await units({ units: TREE })).json).toEqual({ dryRun: false, created: 0, updated: 0, moved: 0, unchanged: 5 });
  expect(await d.prisma.auditEvent.count({ where: { action: "org_unit.sync.create" } })).toBe(5);
});

test("a sync renames, moves a unit with everything below it, and restores an archived one", async () => {
  const g2 = await unitByCode("p-g2");
  const root = await unitByCode("p-root");
  await d.prisma.orgUnit.update({ where: { code: "p-b2" }, data: { archivedAt: new Date() } });
  const r = await units({
    units: [
      { code: "p-g1", name: "一总支（新）", kind: "GENERAL_BRANCH", parentCode: "p-g2" },
      { code: "p-b2", name: "二支部", kind: "BRANCH", parentCode: "p-g1" },
    ],
  });
  expect(r.json).toEqual({ dryRun: false, created: 0, updated: 2, moved: 1, unchanged: 0 });
  const g1 = await unitByCode("p-g1");
  expect(g1).toMatchObject({ name: "一总支（新）", parentId: g2.id, path: [root.id, g2.id, g1.id], depth: 2 });
  expect(await unitByCode("p-b1")).toMatchObject({ path: [root.id, g2.id, g1.id, expect.any(Number)], depth: 3 });
  expect(await unitByCode("p-b2")).toMatchObject({ archivedAt: null, depth: 3 });
  const audit = await d.prisma.auditEvent.findFirstOrThrow({ where: { action: "org_unit.sync.update", entityId: String(g1.id) } });
  expect(audit).toMatchObject({ actorId: adminId, before: { name: "一总支", parentCode: "p-root" }, after: { name: "一总支（新）", parentCode: "p-g2" } });
});

test("loops, unknown parents, duplicates and sibling name clashes: 422 with every problem, nothing written", async () => {
  const before = await d.raw.query(`SELECT id, code, name, parent_id, path FROM org_unit ORDER BY id`);
  const loop = await units({
    units: [
      { code: "p-root", name: "省直机关工委", kind: "COMMITTEE", parentCode: "p-b1" },
      { code: "p-new", name: "新支部", kind: "BRANCH", parentCode: "p-root" },
    ],
  });
  expect(loop.status).toBe(422);
  expect(loop.json.error).toMatch(/循环/);
  expect(loop.json.fields).toHaveProperty("units.0.parentCode");

  const bad = await units({
    units: [
      { code: "p-x1", name: "甲", kind: "BRANCH", parentCode: "nowhere" },
      { code: "p-x2", name: "乙", kind: "BRANCH", parentCode: "p-g2" },
      { code: "p-x2", name: "丙", kind: "BRANCH", parentCode: "p-g2" },
    ],
  });
  expect(bad.status).toBe(422);
  expect(bad.json.fields).toEqual({ "units.2.code": "单位编码“p-x2”与第 2 项重复" });
  const unknown = await units({ units: [{ code: "p-x1", name: "甲", kind: "BRANCH", parentCode: "nowhere" }] });
  expect(unknown.json.fields).toEqual({ "units.0.parentCode": "上级单位编码“nowhere”不存在" });
  const clash = await units({ units: [{ code: "p-x3", name: "一总支（新）", kind: "BRANCH", parentCode: "p-g2" }] });
  expect(clash.status).toBe(422);
  expect(clash.json.fields["units.0.name"]).toContain("同一上级下已有名为“一总支（新）”的单位");
  expect(await d.raw.query(`SELECT id, code, name, parent_id, path FROM org_unit ORDER BY id`)).toEqual(before);
});

test("members: created with one-time passwords, updated by login name, idempotent, deactivated with their sessions", async () => {
  const batch = [
    { username: "api-li", name: "李一", phone: "13855550001", unitCode: "p-b1" },
    { username: "api-zhao", name: "赵二", unitCode: "p-b1", role: "SECRETARY" },
  ];
  const dry = await members({ members: batch, dryRun: true });
  expect(dry.json).toEqual({ dryRun: true, created: 2, updated: 0, unchanged: 0, credentials: [] });
  expect(await d.prisma.member.count({ where: { username: { startsWith: "api-" } } })).toBe(0);

  const r = await members({ members: batch });
  expect(r.status).toBe(200);
  ZUpsertMembersResult.parse(r.json);
  expect(r.json).toMatchObject({ created: 2, updated: 0, unchanged: 0 });
  expect(r.json.credentials.map((c: { username: string }) => c.username)).toEqual(["api-li", "api-zhao"]);
  const li = r.json.credentials[0].initialPassword as string;
  const s = await signInWithPassword(d, { username: "api-li", password: li });
  if (!s.ok) throw new Error("initial password does not sign in");

  expect((await members({ members: batch })).json).toEqual({ dryRun: false, created: 0, updated: 0, unchanged: 2, credentials: [] });
  const moved = await members({ members: [{ ...batch[0], unitCode: "p-b2", active: false }] });
  expect(moved.json).toMatchObject({ updated: 1 });
  const m = await d.prisma.member.findUniqueOrThrow({ where: { username: "api-li" }, include: { unit: true } });
  expect([m.unit.code, m.active]).toEqual(["p-b2", false]);
  expect(await loadViewer(d, s.sessionId)).toBeNull();
  expect(await d.prisma.member.count({ where: { username: { startsWith: "api-" } } })).toBe(2);
  expect(await d.prisma.auditEvent.findFirstOrThrow({ where: { action: "member.sync.update", entityId: String(m.id) } })).toMatchObject({
    before: { active: true },
    after: { username: "api-li", active: false },
  });
});

test("members: shape errors are 400, rule errors 422 with every row; nothing written either way", async () => {
  const count = await d.prisma.member.count();
  const shape = await members({ members: [{ username: "api-bad", name: "坏", phone: "12", unitCode: "p-b1" }] });
  expect(shape.status).toBe(400);
  expect(shape.json.fields).toEqual({ "members.0.phone": "手机号应为 1 开头的 11 位数字" });
  const extra = await members({ members: [{ username: "api-bad", name: "坏", unitCode: "p-b1", password: "x" }] });
  expect(extra.status).toBe(400);
  expect(extra.json.error).toMatch(/不认识的字段/);
  const rules = await members({
    members: [
      { username: "api-ok", name: "好", unitCode: "p-b1" },
      { username: "api-nounit", name: "无", unitCode: "p-none" },
      { username: "api-ok", name: "重", unitCode: "p-b1" },
    ],
  });
  expect(rules.status).toBe(422);
  expect(rules.json.fields).toEqual({ "members.1.unitCode": "单位编码“p-none”不存在", "members.2.username": "登录名“api-ok”与第 1 项重复" });
  expect(await d.prisma.member.count()).toBe(count);
});

test("only an admin's token may sync", async () => {
  expect((await members({ members: [{ username: "api-sec", name: "越权", unitCode: "p-b1" }] }, secToken)).status).toBe(404);
  expect((await units({ units: [{ code: "p-sec", name: "越权", kind: "BRANCH", parentCode: null }] }, secToken)).status).toBe(404);
  expect((await members({ members: [] }, "wg_" + "x".repeat(43))).status).toBe(401);
});

test("the request schemas describe themselves for the OpenAPI document", () => {
  for (const h of [membersRoute.POST, unitsRoute.POST]) expect(() => z.toJSONSchema(h.guard.body!, { io: "input" })).not.toThrow();
});
