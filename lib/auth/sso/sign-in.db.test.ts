import { expect, test } from "vitest";
import { db } from "../../db/client";
import { identitiesOf, unlinkIdentity } from "../../org/member-identities";
import { setMemberActive } from "../../org/set-member-active";
import { makeMember, makeTree, TEST_PASSWORD } from "../../test/factories";
import { assertCaller } from "../caller";
import { revokeSession, signInWithPassword } from "../sign-in";
import { loadViewer } from "../viewer";
import { isSsoSession, matchValue, signInWithIdentity } from "./sign-in";

const ISSUER = "https://idp.example.gov.cn";
const byUsername = { matchClaim: "preferred_username", matchField: "username" } as const;
const byPhone = { matchClaim: "phone_number", matchField: "phone" } as const;
let n = 0;
const subject = () => `sub-${Date.now().toString(36)}-${n++}`;

async function audits(action: string) {
  return db().prisma.auditEvent.findMany({ where: { action }, orderBy: { id: "asc" } });
}

test("an identity is matched to an existing member by the claim, linked, and gets the app's own session", async () => {
  const d = db();
  const t = await makeTree(d);
  const m = await makeMember(d, t.branchA);
  const sub = subject();
  const r = await signInWithIdentity(d, byUsername, { issuer: ISSUER, subject: sub, claims: { preferred_username: m.username } });
  expect(r).toMatchObject({ ok: true, memberId: m.id });
  if (!r.ok) throw new Error("refused");

  // The same member, role and unit as with his password; the session passes the guard and the hot path's check.
  const viewer = await loadViewer(d, r.sessionId);
  expect(viewer).toMatchObject({ id: m.id, role: "CADRE", unitId: t.branchA.id });
  await expect(assertCaller(d, { sessionId: r.sessionId })).resolves.toBeUndefined();
  expect(await isSsoSession(d, r.sessionId)).toBe(true);
  const pw = await signInWithPassword(d, { username: m.username, password: TEST_PASSWORD });
  if (!pw.ok) throw new Error("password refused");
  expect(await loadViewer(d, pw.sessionId)).toEqual(viewer);
  expect(await isSsoSession(d, pw.sessionId)).toBe(false);

  expect(await identitiesOf(d, m.id)).toMatchObject([{ issuer: ISSUER, subject: sub, claim: "preferred_username", claimValue: m.username }]);
  expect((await audits("member.identity.link")).filter((a) => a.entityId === String(m.id))).toHaveLength(1);
  expect((await audits("auth.sso.sign_in")).filter((a) => a.actorId === m.id)).toHaveLength(1);

  // Signing out revokes the row: the guard and the hot path refuse it at once.
  await revokeSession(d, r.sessionId);
  expect(await loadViewer(d, r.sessionId)).toBeNull();
  await expect(assertCaller(d, { sessionId: r.sessionId })).rejects.toThrow();
});

test("a linked identity is found by issuer and subject, even after its username claim changed", async () => {
  const d = db();
  const t = await makeTree(d);
  const m = await makeMember(d, t.branchA);
  const sub = subject();
  await signInWithIdentity(d, byUsername, { issuer: ISSUER, subject: sub, claims: { preferred_username: m.username } });
  const again = await signInWithIdentity(d, byUsername, { issuer: ISSUER, subject: sub, claims: { preferred_username: "renamed-at-the-provider" } });
  expect(again).toMatchObject({ ok: true, memberId: m.id });
  expect(await identitiesOf(d, m.id)).toHaveLength(1);
  // The same subject at another issuer is another identity: matched afresh (and here unknown).
  expect(await signInWithIdentity(d, byUsername, { issuer: "https://other.example", subject: sub, claims: {} })).toEqual({ ok: false, error: "no_claim" });
});

test("matching by phone accepts the provider's +86 form", async () => {
  const d = db();
  const t = await makeTree(d);
  const m = await makeMember(d, t.branchA, "SECRETARY", { phone: "13912345678" });
  expect(matchValue({ phone_number: "+86 139-1234-5678" }, byPhone)).toBe("13912345678");
  const r = await signInWithIdentity(d, byPhone, { issuer: ISSUER, subject: subject(), claims: { phone_number: "+8613912345678" } });
  expect(r).toMatchObject({ ok: true, memberId: m.id });
  if (r.ok) expect(await loadViewer(d, r.sessionId)).toMatchObject({ role: "SECRETARY" });
});

test("an identity that matches no member is refused and audited, and no member is created", async () => {
  const d = db();
  const before = await d.prisma.member.count();
  const sub = subject();
  expect(await signInWithIdentity(d, byUsername, { issuer: ISSUER, subject: sub, claims: { preferred_username: "nobody-like-this" } })).toEqual({
    ok: false,
    error: "unknown",
  });
  expect(await d.prisma.member.count()).toBe(before);
  expect(await d.prisma.memberIdentity.count({ where: { subject: sub } })).toBe(0);
  const [entry] = (await audits("auth.sso.refused")).filter((a) => a.entityId === sub);
  expect(entry).toMatchObject({ entity: "sso_identity", actorId: null, after: { reason: "unknown", value: "nobody-like-this", issuer: ISSUER } });
  // A token without the claim at all.
  expect(await signInWithIdentity(d, byUsername, { issuer: ISSUER, subject: subject(), claims: { name: "张三" } })).toEqual({ ok: false, error: "no_claim" });
});

test("a deactivated member is refused, before and after his identity was linked", async () => {
  const d = db();
  const t = await makeTree(d);
  const admin = await makeMember(d, t.committee, "ADMIN");
  const never = await makeMember(d, t.branchA);
  await setMemberActive(d, admin, never.id, false);
  expect(await signInWithIdentity(d, byUsername, { issuer: ISSUER, subject: subject(), claims: { preferred_username: never.username } })).toEqual({
    ok: false,
    error: "inactive",
  });
  expect(await identitiesOf(d, never.id)).toEqual([]);

  const linked = await makeMember(d, t.branchA);
  const sub = subject();
  const first = await signInWithIdentity(d, byUsername, { issuer: ISSUER, subject: sub, claims: { preferred_username: linked.username } });
  if (!first.ok) throw new Error("refused");
  await setMemberActive(d, admin, linked.id, false);
  expect(await loadViewer(d, first.sessionId)).toBeNull(); // deactivation ended the SSO session too
  expect(await signInWithIdentity(d, byUsername, { issuer: ISSUER, subject: sub, claims: { preferred_username: linked.username } })).toEqual({
    ok: false,
    error: "inactive",
  });
  expect((await audits("auth.sso.refused")).filter((a) => a.actorId === linked.id)).toMatchObject([{ entity: "member", after: { reason: "inactive" } }]);
});

test("a member already linked to another account of the same provider is refused", async () => {
  const d = db();
  const t = await makeTree(d);
  const m = await makeMember(d, t.branchA);
  await signInWithIdentity(d, byUsername, { issuer: ISSUER, subject: subject(), claims: { preferred_username: m.username } });
  expect(await signInWithIdentity(d, byUsername, { issuer: ISSUER, subject: subject(), claims: { preferred_username: m.username } })).toEqual({
    ok: false,
    error: "conflict",
  });
  expect(await identitiesOf(d, m.id)).toHaveLength(1);
});

test("concurrent first sign-ins of one identity link it once", async () => {
  const d = db();
  const t = await makeTree(d);
  const m = await makeMember(d, t.branchA);
  const sub = subject();
  const results = await Promise.all(
    [1, 2, 3].map(() => signInWithIdentity(d, byUsername, { issuer: ISSUER, subject: sub, claims: { preferred_username: m.username } })),
  );
  expect(results.every((r) => r.ok)).toBe(true);
  expect(await identitiesOf(d, m.id)).toHaveLength(1);
});

test("an initial password is retired by the first SSO sign-in, so no one else can use it", async () => {
  const d = db();
  const t = await makeTree(d);
  const m = await makeMember(d, t.branchA, "CADRE", { mustChangePassword: true });
  const r = await signInWithIdentity(d, byUsername, { issuer: ISSUER, subject: subject(), claims: { preferred_username: m.username } });
  if (!r.ok) throw new Error("refused");
  expect(await loadViewer(d, r.sessionId)).toMatchObject({ mustChangePassword: false });
  expect(await signInWithPassword(d, { username: m.username, password: TEST_PASSWORD })).toEqual({ ok: false, error: "invalid" });
  expect((await audits("auth.sso.sign_in")).find((a) => a.actorId === m.id)?.after).toMatchObject({ initialPasswordRetired: true });
});

test("an admin removes a linked identity: its sessions end, password sessions stay, the next sign-in matches afresh", async () => {
  const d = db();
  const t = await makeTree(d);
  const admin = await makeMember(d, t.committee, "ADMIN");
  const cadre = await makeMember(d, t.branchA);
  const m = await makeMember(d, t.branchA);
  const sub = subject();
  const sso = await signInWithIdentity(d, byUsername, { issuer: ISSUER, subject: sub, claims: { preferred_username: m.username } });
  const pw = await signInWithPassword(d, { username: m.username, password: TEST_PASSWORD });
  if (!sso.ok || !pw.ok) throw new Error("refused");
  const [identity] = await identitiesOf(d, m.id);

  await expect(unlinkIdentity(d, cadre, { memberId: m.id, identityId: identity.id })).rejects.toThrow(); // admins only
  await expect(unlinkIdentity(d, admin, { memberId: cadre.id, identityId: identity.id })).rejects.toThrow(); // the id must be this member's
  expect(await unlinkIdentity(d, admin, { memberId: m.id, identityId: identity.id })).toEqual({ sessionsEnded: 1 });
  expect(await loadViewer(d, sso.sessionId)).toBeNull();
  expect(await loadViewer(d, pw.sessionId)).toMatchObject({ id: m.id });
  expect(await identitiesOf(d, m.id)).toEqual([]);
  const [entry] = (await audits("member.identity.unlink")).filter((a) => a.entityId === String(m.id));
  expect(entry).toMatchObject({ actorId: admin.id, before: { subject: sub, value: m.username }, after: { sessionsEnded: 1 } });

  // The same provider account now names another member (the claim was corrected): it links there.
  const other = await makeMember(d, t.branchA);
  expect(await signInWithIdentity(d, byUsername, { issuer: ISSUER, subject: sub, claims: { preferred_username: other.username } })).toMatchObject({
    ok: true,
    memberId: other.id,
  });
});

test("PASSWORD_SIGN_IN=staff: a cadre's right password is refused (audited), a secretary's is not", async () => {
  const d = db();
  const t = await makeTree(d);
  const cadre = await makeMember(d, t.branchA);
  const secretary = await makeMember(d, t.branchA, "SECRETARY");
  expect(await signInWithPassword(d, { username: cadre.username, password: TEST_PASSWORD, passwordSignIn: "staff" })).toEqual({ ok: false, error: "ssoOnly" });
  expect(await signInWithPassword(d, { username: cadre.username, password: "wrong-pass-1", passwordSignIn: "staff" })).toEqual({ ok: false, error: "invalid" });
  expect(await signInWithPassword(d, { username: secretary.username, password: TEST_PASSWORD, passwordSignIn: "staff" })).toMatchObject({ ok: true });
  expect(await signInWithPassword(d, { username: cadre.username, password: TEST_PASSWORD, passwordSignIn: "all" })).toMatchObject({ ok: true });
  expect((await audits("auth.sign_in.sso_only")).filter((a) => a.actorId === cadre.id)).toHaveLength(1);
  expect(await d.prisma.authSession.count({ where: { memberId: cadre.id } })).toBe(1);
});
