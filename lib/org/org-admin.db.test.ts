import { expect, test } from "vitest";
import { loadViewer } from "../auth/viewer";
import { signInWithPassword } from "../auth/sign-in";
import { db, type Db } from "../db/client";
import { TEST_PASSWORD, makeMember, makeTree } from "../test/factories";
import { archiveUnit, restoreUnit } from "./archive-unit";
import { changeMemberRole } from "./change-role";
import { createMemberByAdmin } from "./create-member";
import { createOrgUnit } from "./create-unit";
import { moveMember } from "./move-member";
import { MOVE_INTO_OWN_SUBTREE, moveUnit } from "./move-unit";
import { renameUnit } from "./rename-unit";
import { resetMemberPassword } from "./reset-password";
import { setMemberActive } from "./set-member-active";
import { updateMemberProfile } from "./update-member";

async function admin(d: Db) {
  const t = await makeTree(d);
  const a = await makeMember(d, t.committee, "ADMIN");
  return { t, actor: { id: a.id, role: "ADMIN" as const }, a };
}

const unit = (d: Db, id: number) =>
  d.prisma.orgUnit.findUniqueOrThrow({ where: { id }, select: { id: true, parentId: true, path: true, depth: true, archivedAt: true, name: true } });
const lastAudit = (d: Db, action: string, entityId: number) =>
  d.prisma.auditEvent.findFirst({ where: { action, entityId: String(entityId) }, orderBy: { id: "desc" } });

test("moving a unit rewrites the paths of its whole 3-level subtree, and nothing else", async () => {
  const d = db();
  const { t, actor } = await admin(d);
  // general → branchA → sub → leaf (three levels below the unit moved)
  const sub = await createOrgUnit(d, actor, { code: `sub-${t.branchA.id}`, name: "小组", kind: "BRANCH", parentId: t.branchA.id });
  const leaf = await createOrgUnit(d, actor, { code: `leaf-${t.branchA.id}`, name: "末级", kind: "BRANCH", parentId: sub.id });
  const untouched = await unit(d, t.branchB.id);

  const r = await moveUnit(d, actor, { unitId: t.general.id, parentId: t.other.id });
  expect(r.moved).toBe(5); // general, branchA, branchB, sub, leaf
  expect((await unit(d, t.general.id)).path).toEqual([t.other.id, t.general.id]);
  expect(await unit(d, t.general.id)).toMatchObject({ parentId: t.other.id, depth: 1 });
  expect(await unit(d, t.branchA.id)).toMatchObject({ parentId: t.general.id, path: [t.other.id, t.general.id, t.branchA.id], depth: 2 });
  expect(await unit(d, sub.id)).toMatchObject({ parentId: t.branchA.id, path: [t.other.id, t.general.id, t.branchA.id, sub.id], depth: 3 });
  expect(await unit(d, leaf.id)).toMatchObject({ parentId: sub.id, path: [t.other.id, t.general.id, t.branchA.id, sub.id, leaf.id], depth: 4 });
  expect((await unit(d, t.branchB.id)).path).toEqual([t.other.id, t.general.id, t.branchB.id]);
  expect(untouched.path).toEqual([t.committee.id, t.general.id, t.branchB.id]);
  expect((await unit(d, t.committee.id)).path).toEqual([t.committee.id]);

  // A subtree moved to the top level keeps its own tail.
  await moveUnit(d, actor, { unitId: t.branchA.id, parentId: null });
  expect(await unit(d, leaf.id)).toMatchObject({ path: [t.branchA.id, sub.id, leaf.id], depth: 2 });
  expect(await unit(d, t.branchA.id)).toMatchObject({ parentId: null, path: [t.branchA.id], depth: 0 });

  // Every unit's path is its parent's path plus itself, everywhere.
  const broken = await d.raw.query(
    `SELECT c.id FROM org_unit c LEFT JOIN org_unit p ON p.id = c.parent_id
     WHERE c.path IS DISTINCT FROM coalesce(p.path, '{}') || c.id OR c.depth <> cardinality(c.path) - 1`,
  );
  expect(broken).toEqual([]);
});

test("moving a unit under itself or its own descendant is refused and changes nothing", async () => {
  const d = db();
  const { t, actor } = await admin(d);
  const before = await d.raw.query(`SELECT id, parent_id, path FROM org_unit ORDER BY id`);
  const moves = await d.prisma.auditEvent.count({ where: { action: "org_unit.move" } });
  await expect(moveUnit(d, actor, { unitId: t.committee.id, parentId: t.branchA.id })).rejects.toThrow(MOVE_INTO_OWN_SUBTREE);
  await expect(moveUnit(d, actor, { unitId: t.general.id, parentId: t.general.id })).rejects.toThrow(MOVE_INTO_OWN_SUBTREE);
  expect(await d.raw.query(`SELECT id, parent_id, path FROM org_unit ORDER BY id`)).toEqual(before);
  expect(await d.prisma.auditEvent.count({ where: { action: "org_unit.move" } })).toBe(moves);
});

test("a unit is archived only when nothing live is left below it, and says what blocks it", async () => {
  const d = db();
  const { t, actor } = await admin(d);
  const m = await makeMember(d, t.branchA);
  await expect(archiveUnit(d, actor, t.branchA.id)).rejects.toThrow("仍有 1 名在册成员");
  await expect(archiveUnit(d, actor, t.general.id)).rejects.toThrow(/仍有 1 名在册成员.*仍有 2 个下级单位“甲支部”、“乙支部”/);
  expect((await unit(d, t.branchA.id)).archivedAt).toBeNull();

  await setMemberActive(d, actor, m.id, false); // an inactive member does not block
  await archiveUnit(d, actor, t.branchA.id);
  expect((await unit(d, t.branchA.id)).archivedAt).not.toBeNull();
  await expect(archiveUnit(d, actor, t.general.id)).rejects.toThrow("仍有 1 个下级单位“乙支部”");
  await archiveUnit(d, actor, t.branchB.id);
  await archiveUnit(d, actor, t.general.id);

  // Archived units take no members and no children; restoring needs a live parent.
  await expect(moveMember(d, actor, { memberId: m.id, unitId: t.branchA.id })).rejects.toThrow("目标单位不存在或已归档");
  await expect(createOrgUnit(d, actor, { code: `in-archived-${t.branchA.id}`, name: "新", kind: "BRANCH", parentId: t.branchA.id })).rejects.toThrow(
    "上级单位不存在或已归档",
  );
  await expect(restoreUnit(d, actor, t.branchA.id)).rejects.toThrow("上级单位已归档");
  await restoreUnit(d, actor, t.general.id);
  await restoreUnit(d, actor, t.branchA.id);
  expect((await unit(d, t.branchA.id)).archivedAt).toBeNull();
  expect(await lastAudit(d, "org_unit.restore", t.branchA.id)).toMatchObject({ before: { archived: true }, after: { archived: false } });
});

test("sibling names stay unique, so a unit path names one unit", async () => {
  const d = db();
  const { t, actor } = await admin(d);
  await expect(createOrgUnit(d, actor, { code: `dup-${t.branchA.id}`, name: "甲支部", kind: "BRANCH", parentId: t.general.id })).rejects.toThrow(
    "同一上级下已有名为“甲支部”的单位",
  );
  await expect(renameUnit(d, actor, { unitId: t.branchB.id, name: "甲支部" })).rejects.toThrow("同一上级下已有");
  await expect(createOrgUnit(d, actor, { code: t.branchA.code, name: "别的", kind: "BRANCH", parentId: null })).rejects.toThrow(
    `单位编码“${t.branchA.code}”已被“甲支部”使用`,
  );
  expect(await renameUnit(d, actor, { unitId: t.branchB.id, name: "乙支部" })).toEqual({ changed: false });
});

test("deactivating a member ends all his sessions at once; reactivating lets him sign in again", async () => {
  const d = db();
  const { t, actor, a } = await admin(d);
  const m = await makeMember(d, t.branchA);
  const s1 = await signInWithPassword(d, { username: m.username, password: TEST_PASSWORD });
  const s2 = await signInWithPassword(d, { username: m.username, password: TEST_PASSWORD });
  if (!s1.ok || !s2.ok) throw new Error("sign-in failed");
  expect(await loadViewer(d, s1.sessionId)).not.toBeNull();

  await setMemberActive(d, actor, m.id, false);
  expect(await loadViewer(d, s1.sessionId)).toBeNull();
  expect(await loadViewer(d, s2.sessionId)).toBeNull();
  expect(await d.prisma.authSession.count({ where: { memberId: m.id, revokedAt: null } })).toBe(0);
  expect(await signInWithPassword(d, { username: m.username, password: TEST_PASSWORD })).toMatchObject({ ok: false });
  expect(await lastAudit(d, "member.deactivate", m.id)).toMatchObject({ actorId: a.id, before: { active: true }, after: { active: false } });

  await setMemberActive(d, actor, m.id, true);
  expect(await signInWithPassword(d, { username: m.username, password: TEST_PASSWORD })).toMatchObject({ ok: true });
  await expect(setMemberActive(d, actor, a.id, false)).rejects.toThrow("不能停用自己的账号");
});

test("a role change is what the guard sees on the very next request, without signing out", async () => {
  const d = db();
  const { t, actor, a } = await admin(d);
  const m = await makeMember(d, t.branchA);
  const s = await signInWithPassword(d, { username: m.username, password: TEST_PASSWORD });
  if (!s.ok) throw new Error("sign-in failed");
  expect((await loadViewer(d, s.sessionId))?.role).toBe("CADRE");
  await changeMemberRole(d, actor, { memberId: m.id, role: "SECRETARY" });
  expect((await loadViewer(d, s.sessionId))?.role).toBe("SECRETARY");
  expect(await lastAudit(d, "member.role.change", m.id)).toMatchObject({ actorId: a.id, before: { role: "CADRE" }, after: { role: "SECRETARY" } });
  await expect(changeMemberRole(d, actor, { memberId: a.id, role: "CADRE" })).rejects.toThrow("不能修改自己的角色");
});

test("a password reset gives a one-time password that must be changed, and ends his sessions", async () => {
  const d = db();
  const { t, actor } = await admin(d);
  const m = await makeMember(d, t.branchA);
  const s = await signInWithPassword(d, { username: m.username, password: TEST_PASSWORD });
  if (!s.ok) throw new Error("sign-in failed");
  const r = await resetMemberPassword(d, actor, m.id);
  expect(r.initialPassword).toMatch(/^[A-Za-z2-9]{12}$/);
  expect(await loadViewer(d, s.sessionId)).toBeNull();
  expect(await signInWithPassword(d, { username: m.username, password: TEST_PASSWORD })).toMatchObject({ ok: false });
  const again = await signInWithPassword(d, { username: m.username, password: r.initialPassword });
  if (!again.ok) throw new Error("the new password does not sign in");
  expect((await loadViewer(d, again.sessionId))?.mustChangePassword).toBe(true);
  const audit = await lastAudit(d, "member.password.reset", m.id);
  expect(JSON.stringify([audit?.before, audit?.after])).not.toContain(r.initialPassword);
});

test("every organisation write leaves one audit entry with who, what and before/after", async () => {
  const d = db();
  const { t, actor, a } = await admin(d);
  const since = new Date(Date.now() - 1000);
  const u = await createOrgUnit(d, actor, { code: `new-${t.branchA.id}`, name: "新支部", kind: "BRANCH", parentId: t.general.id });
  await renameUnit(d, actor, { unitId: u.id, name: "改名支部" });
  await moveUnit(d, actor, { unitId: u.id, parentId: t.committee.id });
  await archiveUnit(d, actor, u.id);
  const created = await createMemberByAdmin(d, actor, {
    name: "新成员",
    username: `nm${t.branchA.id}`,
    phone: "13900000001",
    unitId: t.branchA.id,
    role: "CADRE",
  });
  await updateMemberProfile(d, actor, { memberId: created.id, name: "新成员甲", phone: "13900000002" });
  await moveMember(d, actor, { memberId: created.id, unitId: t.branchB.id });
  await changeMemberRole(d, actor, { memberId: created.id, role: "SECRETARY" });
  await resetMemberPassword(d, actor, created.id);
  await setMemberActive(d, actor, created.id, false);
  await setMemberActive(d, actor, created.id, true);

  const events = await d.prisma.auditEvent.findMany({ where: { at: { gte: since }, actorId: a.id }, orderBy: { id: "asc" } });
  expect(events.map((e) => e.action)).toEqual([
    "org_unit.create",
    "org_unit.rename",
    "org_unit.move",
    "org_unit.archive",
    "member.create",
    "member.update",
    "member.move",
    "member.role.change",
    "member.password.reset",
    "member.deactivate",
    "member.reactivate",
  ]);
  const by = (action: string) => events.find((e) => e.action === action)!;
  expect(by("org_unit.create")).toMatchObject({ entity: "org_unit", entityId: String(u.id), after: { code: u.code, name: "新支部", parentId: t.general.id } });
  expect(by("org_unit.rename")).toMatchObject({ before: { name: "新支部" }, after: { name: "改名支部" } });
  expect(by("org_unit.move")).toMatchObject({ before: { parentId: t.general.id }, after: { parentId: t.committee.id, path: [t.committee.id, u.id] } });
  expect(by("member.create")).toMatchObject({ entity: "member", entityId: String(created.id), after: { username: created.username, unitId: t.branchA.id } });
  expect(by("member.update")).toMatchObject({ before: { name: "新成员", phone: "13900000001" }, after: { name: "新成员甲", phone: "13900000002" } });
  expect(by("member.move")).toMatchObject({ before: { unitId: t.branchA.id }, after: { unitId: t.branchB.id } });
  for (const e of events) expect(e.before !== null || e.after !== null).toBe(true);
  expect(JSON.stringify(events.map((e) => [e.before, e.after]))).not.toContain(created.initialPassword);

  // A write that changes nothing records nothing.
  const n = await d.prisma.auditEvent.count();
  await renameUnit(d, actor, { unitId: t.branchA.id, name: t.branchA.name });
  await moveMember(d, actor, { memberId: created.id, unitId: t.branchB.id });
  expect(await d.prisma.auditEvent.count()).toBe(n);
});

test("a failed write leaves no audit entry (same transaction)", async () => {
  const d = db();
  const { t, actor } = await admin(d);
  const m = await makeMember(d, t.branchA, "CADRE", { phone: "13700000009" });
  const n = await d.prisma.auditEvent.count();
  await expect(createMemberByAdmin(d, actor, { name: "重复", username: m.username, phone: null, unitId: t.branchA.id, role: "CADRE" })).rejects.toThrow(
    `登录名“${m.username}”已被使用`,
  );
  await expect(
    createMemberByAdmin(d, actor, { name: "重号", username: `x${m.id}`, phone: "13700000009", unitId: t.branchA.id, role: "CADRE" }),
  ).rejects.toThrow("该手机号已被其他成员使用");
  await expect(createMemberByAdmin(d, actor, { name: "撞号", username: "13700000009", phone: null, unitId: t.branchA.id, role: "CADRE" })).rejects.toThrow(
    "与其他成员的手机号相同",
  );
  await expect(moveUnit(d, actor, { unitId: t.committee.id, parentId: t.branchB.id })).rejects.toThrow();
  expect(await d.prisma.auditEvent.count()).toBe(n);
});

test("only admins may write (the use-cases check it too)", async () => {
  const d = db();
  const { t } = await admin(d);
  const sec = await makeMember(d, t.committee, "SECRETARY");
  const actor = { id: sec.id, role: "SECRETARY" as const };
  await expect(createOrgUnit(d, actor, { code: "nope", name: "不行", kind: "BRANCH", parentId: t.general.id })).rejects.toThrow();
  await expect(moveUnit(d, actor, { unitId: t.branchA.id, parentId: t.other.id })).rejects.toThrow();
  expect((await unit(d, t.branchA.id)).parentId).toBe(t.general.id);
});
