import { expect, test } from "vitest";
import { signInWithPassword } from "../auth/sign-in";
import { loadViewer } from "../auth/viewer";
import { db } from "../db/client";
import { makeMember, makeTree, TEST_PASSWORD } from "../test/factories";
import { MAX_FAILURES } from "../auth/throttle";
import { PASSWORD_CHECK_LOCKED, ZChangePassword, changeOwnPassword } from "./change-password";

test("an imported account must change its password; the change ends its sessions", async () => {
  const d = db();
  const t = await makeTree(d);
  const m = await makeMember(d, t.branchA, "CADRE", { mustChangePassword: true });
  const r = await signInWithPassword(d, { username: m.username, password: TEST_PASSWORD });
  if (!r.ok) throw new Error(r.error);
  expect((await loadViewer(d, r.sessionId))?.mustChangePassword).toBe(true);

  const input = ZChangePassword.parse({ current: TEST_PASSWORD, next: "NewPass2026", confirm: "NewPass2026" });
  await changeOwnPassword(d, m.id, input);
  expect(await loadViewer(d, r.sessionId)).toBeNull();
  expect(await signInWithPassword(d, { username: m.username, password: TEST_PASSWORD })).toMatchObject({ ok: false });
  const again = await signInWithPassword(d, { username: m.username, password: "NewPass2026" });
  if (!again.ok) throw new Error(again.error);
  expect((await loadViewer(d, again.sessionId))?.mustChangePassword).toBe(false);
});

test("a wrong current password changes nothing", async () => {
  const d = db();
  const t = await makeTree(d);
  const m = await makeMember(d, t.branchA, "CADRE", { mustChangePassword: true });
  const before = await d.prisma.member.findUniqueOrThrow({ where: { id: m.id } });
  await expect(changeOwnPassword(d, m.id, { current: "wrong-1234", next: "NewPass2026", confirm: "NewPass2026" })).rejects.toThrow("当前密码不正确");
  const after = await d.prisma.member.findUniqueOrThrow({ where: { id: m.id } });
  expect(after.passwordHash).toBe(before.passwordHash);
  expect(after.mustChangePassword).toBe(true);
});

test("security review F9: wrong current passwords count like sign-in failures and lock the check", async () => {
  const d = db();
  const t = await makeTree(d);
  const m = await makeMember(d, t.branchA);
  for (let i = 0; i < MAX_FAILURES.member; i++) {
    await expect(changeOwnPassword(d, m.id, { current: `guess-${i}-pw`, next: "NewPass2026", confirm: "NewPass2026" })).rejects.toThrow("当前密码不正确");
  }
  // Locked: even the right current password is not checked, and the sign-in is locked too.
  await expect(changeOwnPassword(d, m.id, { current: TEST_PASSWORD, next: "NewPass2026", confirm: "NewPass2026" })).rejects.toThrow(PASSWORD_CHECK_LOCKED);
  expect(await signInWithPassword(d, { username: m.username, password: TEST_PASSWORD })).toEqual({ ok: false, error: "locked" });
  // Parallel guesses check at most the limit too.
  const other = await makeMember(d, t.branchA);
  const out = await Promise.allSettled(
    Array.from({ length: 12 }, (_, i) => changeOwnPassword(d, other.id, { current: `par-${i}-pw`, next: "NewPass2026", confirm: "NewPass2026" })),
  );
  const checked = out.filter((r) => r.status === "rejected" && (r.reason as Error).message === "当前密码不正确").length;
  expect(checked).toBeLessThanOrEqual(MAX_FAILURES.member);
});

test("a right current password clears the count", async () => {
  const d = db();
  const t = await makeTree(d);
  const m = await makeMember(d, t.branchA);
  for (let i = 0; i < MAX_FAILURES.member - 1; i++) {
    await expect(changeOwnPassword(d, m.id, { current: `guess-${i}-pw`, next: "NewPass2026", confirm: "NewPass2026" })).rejects.toThrow("当前密码不正确");
  }
  await changeOwnPassword(d, m.id, { current: TEST_PASSWORD, next: "NewPass2026", confirm: "NewPass2026" });
  expect(await d.raw.query(`SELECT 1 FROM login_throttle WHERE key = $1`, [`member:${m.id}`])).toHaveLength(0);
});

test("weak or mismatched new passwords are refused with Chinese messages", () => {
  const bad = (v: object) => ZChangePassword.safeParse(v).error?.issues.map((i) => i.message) ?? [];
  expect(bad({ current: "x", next: "short1", confirm: "short1" })).toContain("密码至少 8 位，且须同时包含字母和数字");
  expect(bad({ current: "x", next: "onlyletters", confirm: "onlyletters" })).toContain("密码至少 8 位，且须同时包含字母和数字");
  expect(bad({ current: "x", next: "Abcd12345", confirm: "Abcd12346" })).toContain("两次输入的新密码不一致");
  expect(bad({ current: "Abcd12345", next: "Abcd12345", confirm: "Abcd12345" })).toContain("新密码不能与当前密码相同");
});
