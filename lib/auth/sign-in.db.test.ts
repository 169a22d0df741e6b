import { expect, test } from "vitest";
import { db } from "../db/client";
import { makeMember, makeTree, TEST_PASSWORD } from "../test/factories";
import { hashPassword, verifyPassword } from "./password";
import { revokeAllSessions, revokeSession, signInWithPassword } from "./sign-in";
import { MAX_FAILURES } from "./throttle";
import { loadViewer } from "./viewer";

test("passwords are stored as scrypt hashes and verify", async () => {
  const h = await hashPassword("Abc12345");
  expect(h).toMatch(/^scrypt\$32768\$8\$1\$/);
  expect(h).not.toContain("Abc12345");
  expect(await verifyPassword("Abc12345", h)).toBe(true);
  expect(await verifyPassword("Abc12346", h)).toBe(false);
});

test("signs in by username or by phone", async () => {
  const d = db();
  const t = await makeTree(d);
  const m = await makeMember(d, t.branchA, "CADRE", { phone: "13800000001" });
  expect(await signInWithPassword(d, { username: m.username, password: TEST_PASSWORD })).toMatchObject({ ok: true, member: { id: m.id } });
  expect(await signInWithPassword(d, { username: "13800000001", password: TEST_PASSWORD })).toMatchObject({ ok: true });
  const audit = await d.prisma.auditEvent.findMany({ where: { actorId: m.id, action: "auth.sign_in" } });
  expect(audit).toHaveLength(2);
});

test("an unknown account and a wrong password give the same answer", async () => {
  const d = db();
  const t = await makeTree(d);
  const m = await makeMember(d, t.branchA);
  const wrong = await signInWithPassword(d, { username: m.username, password: "nope-1234" });
  const unknown = await signInWithPassword(d, { username: "nobody-here", password: "nope-1234" });
  expect(wrong).toEqual({ ok: false, error: "invalid" });
  expect(unknown).toEqual(wrong);
});

test("the account locks after repeated failures, even for the right password", async () => {
  const d = db();
  const t = await makeTree(d);
  const m = await makeMember(d, t.branchA);
  for (let i = 0; i < MAX_FAILURES.member; i++) {
    expect(await signInWithPassword(d, { username: m.username, password: `bad-${i}-pw` })).toEqual({ ok: false, error: "invalid" });
  }
  expect(await signInWithPassword(d, { username: m.username, password: TEST_PASSWORD })).toEqual({ ok: false, error: "locked" });
  // Other accounts are untouched.
  const other = await makeMember(d, t.branchA);
  expect(await signInWithPassword(d, { username: other.username, password: TEST_PASSWORD })).toMatchObject({ ok: true });
  // After the lock expires the right password works again.
  await d.raw.query(`UPDATE login_throttle SET locked_until = now() - interval '1 second', window_start = now() - interval '1 hour'`);
  expect(await signInWithPassword(d, { username: m.username, password: TEST_PASSWORD })).toMatchObject({ ok: true });
});

test("failures from one address lock that address across accounts", async () => {
  const d = db();
  const t = await makeTree(d);
  const m = await makeMember(d, t.branchA);
  for (let i = 0; i < MAX_FAILURES.ip; i++) {
    await signInWithPassword(d, { username: `guess${i}`, password: "x-1234567", ip: "10.9.8.7" });
  }
  expect(await signInWithPassword(d, { username: m.username, password: TEST_PASSWORD, ip: "10.9.8.7" })).toEqual({ ok: false, error: "locked" });
  expect(await signInWithPassword(d, { username: m.username, password: TEST_PASSWORD, ip: "10.9.8.8" })).toMatchObject({ ok: true });
});

test("concurrent failures are all counted (one upsert per failure)", async () => {
  const d = db();
  const t = await makeTree(d);
  const m = await makeMember(d, t.branchA);
  await Promise.all(Array.from({ length: 4 }, (_, i) => signInWithPassword(d, { username: m.username, password: `bad-${i}-x` })));
  const [row] = await d.raw.query<{ failures: number }>(`SELECT failures FROM login_throttle WHERE key = $1`, [`member:${m.id}`]);
  expect(row.failures).toBe(4);
});

test("security review F4: the username and the phone count against one member", async () => {
  const d = db();
  const t = await makeTree(d);
  const m = await makeMember(d, t.branchA, "CADRE", { phone: "13900000001" });
  for (let i = 0; i < 3; i++) expect(await signInWithPassword(d, { username: m.username, password: `wrong-${i}-pw` })).toEqual({ ok: false, error: "invalid" });
  for (let i = 0; i < 2; i++)
    expect(await signInWithPassword(d, { username: "13900000001", password: `wrongp-${i}` })).toEqual({ ok: false, error: "invalid" });
  // Five failures in all: locked, by either identifier, even with the right password.
  expect(await signInWithPassword(d, { username: "13900000001", password: TEST_PASSWORD })).toEqual({ ok: false, error: "locked" });
  expect(await signInWithPassword(d, { username: ` ${m.username.toUpperCase()} `, password: TEST_PASSWORD })).toMatchObject({ ok: false });
  expect(await signInWithPassword(d, { username: m.username, password: TEST_PASSWORD })).toEqual({ ok: false, error: "locked" });
});

test("security review F4: a name that matches no one locks exactly like a real account (no enumeration)", async () => {
  const d = db();
  const t = await makeTree(d);
  const m = await makeMember(d, t.branchA);
  const answers = async (username: string) => {
    const out = [];
    for (let i = 0; i <= MAX_FAILURES.member; i++) out.push(await signInWithPassword(d, { username, password: `nope-${i}-pw` }));
    return out;
  };
  const real = await answers(m.username);
  const ghost = await answers("ghost-nobody");
  expect(ghost).toEqual(real);
  expect(real.at(-1)).toEqual({ ok: false, error: "locked" });
  // Case and spaces do not make a fresh counter for an unknown name either.
  expect(await signInWithPassword(d, { username: " GHOST-nobody ", password: "nope-x-pw" })).toEqual({ ok: false, error: "locked" });
});

test("security review F5: parallel sign-ins check at most the limit's worth of passwords", async () => {
  const d = db();
  const t = await makeTree(d);
  const m = await makeMember(d, t.branchA);
  const n = 30;
  // Each with its own address (the probe's X-Forwarded-For per request); the right password last.
  const results = await Promise.all(
    Array.from({ length: n }, (_, i) =>
      signInWithPassword(d, { username: m.username, password: i === n - 1 ? TEST_PASSWORD : `race-${i}-pw`, ip: `10.7.${i}.1` }),
    ),
  );
  // "invalid" means the password was verified and wrong; "locked" that it was never checked.
  const verified = results.filter((r) => r.ok || r.error === "invalid").length;
  expect(verified).toBeLessThanOrEqual(MAX_FAILURES.member);
  expect(results.filter((r) => !r.ok && r.error === "locked")).toHaveLength(n - verified);
  const [row] = await d.raw.query<{ failures: number; locked: boolean }>(`SELECT failures, locked_until > now() AS locked FROM login_throttle WHERE key = $1`, [
    `member:${m.id}`,
  ]);
  expect(row.locked).toBe(true);
});

test("successful sign-ins do not count against the address: an office behind one address signs in all morning", async () => {
  const d = db();
  const t = await makeTree(d);
  const m = await makeMember(d, t.branchA);
  for (let i = 0; i <= MAX_FAILURES.ip; i++)
    expect(await signInWithPassword(d, { username: m.username, password: TEST_PASSWORD, ip: "10.3.3.3" })).toMatchObject({ ok: true });
  // The failures of the address still count: the 30th reaches the limit, then it is locked.
  for (let i = 0; i < MAX_FAILURES.ip; i++) await signInWithPassword(d, { username: `someone-${i}`, password: "x-1234567", ip: "10.3.3.3" });
  expect(await signInWithPassword(d, { username: m.username, password: TEST_PASSWORD, ip: "10.3.3.3" })).toEqual({ ok: false, error: "locked" });
});

async function session(d: ReturnType<typeof db>, username: string) {
  const r = await signInWithPassword(d, { username, password: TEST_PASSWORD });
  if (!r.ok) throw new Error(r.error);
  return r.sessionId;
}

test("a deactivated member cannot sign in and his open session stops working", async () => {
  const d = db();
  const t = await makeTree(d);
  const m = await makeMember(d, t.branchA);
  const sid = await session(d, m.username);
  expect(await loadViewer(d, sid)).toMatchObject({ id: m.id, role: "CADRE", unitPath: t.branchA.path });
  await d.prisma.member.update({ where: { id: m.id }, data: { active: false } });
  expect(await loadViewer(d, sid)).toBeNull();
  expect(await signInWithPassword(d, { username: m.username, password: TEST_PASSWORD })).toEqual({ ok: false, error: "invalid" });
});

test("signing out ends that session only; a role change shows on the next request", async () => {
  const d = db();
  const t = await makeTree(d);
  const m = await makeMember(d, t.branchA);
  const phone = await session(d, m.username);
  const desktop = await session(d, m.username);
  await d.prisma.member.update({ where: { id: m.id }, data: { role: "SECRETARY" } });
  expect((await loadViewer(d, phone))?.role).toBe("SECRETARY");
  await revokeSession(d, desktop);
  expect(await loadViewer(d, desktop)).toBeNull();
  expect(await loadViewer(d, phone)).not.toBeNull();
  await revokeAllSessions(d, m.id);
  expect(await loadViewer(d, phone)).toBeNull();
});

test("an expired or unknown session is nobody", async () => {
  const d = db();
  const t = await makeTree(d);
  const m = await makeMember(d, t.branchA);
  const sid = await session(d, m.username);
  await d.prisma.authSession.update({ where: { id: sid }, data: { expiresAt: new Date(Date.now() - 1000) } });
  expect(await loadViewer(d, sid)).toBeNull();
  expect(await loadViewer(d, "made-up-session-id")).toBeNull();
});
