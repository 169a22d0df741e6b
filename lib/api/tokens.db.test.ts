import { createHash } from "node:crypto";
import { expect, test } from "vitest";
import { NotFoundError, UserError } from "../errors";
import { db } from "../db/client";
import { counting } from "../test/counting";
import { makeMember, makeTree } from "../test/factories";
import { issueToken, listTokens, revokeToken, viewerFromBearer } from "./tokens";

async function people() {
  const d = db();
  const t = await makeTree(d);
  const admin = await makeMember(d, t.committee, "ADMIN");
  const cadre = await makeMember(d, t.branchA, "CADRE");
  return { d, t, admin, cadre };
}

const bearer = (token: string) => `Bearer ${token}`;

test("a token is wg_ + 32 random bytes, returned once; only its SHA-256 is stored", async () => {
  const { d, admin } = await people();
  const issued = await issueToken(d, admin, { name: "OA 对接" });
  expect(issued.token).toMatch(/^wg_[A-Za-z0-9_-]{43}$/);
  expect(Buffer.from(issued.token.slice(3), "base64url")).toHaveLength(32);
  expect(issued.member.id).toBe(admin.id); // no username: the admin himself
  const row = await d.prisma.apiToken.findUniqueOrThrow({ where: { id: issued.id } });
  expect(row.tokenHash).toBe(createHash("sha256").update(issued.token).digest("hex"));
  expect(JSON.stringify(row)).not.toContain(issued.token.slice(3));
  const other = await issueToken(d, admin, { name: "OA 对接" });
  expect(other.token).not.toBe(issued.token);
  // The list never carries the hash.
  expect(JSON.stringify(await listTokens(d))).not.toContain(row.tokenHash);
});

test("only an admin issues or revokes; a token may act as another active account", async () => {
  const { d, admin, cadre } = await people();
  await expect(issueToken(d, cadre, { name: "x" })).rejects.toBeInstanceOf(NotFoundError);
  const forCadre = await issueToken(d, admin, { name: "学习平台", username: cadre.username });
  expect(forCadre.member).toMatchObject({ id: cadre.id, username: cadre.username });
  expect((await viewerFromBearer(d, bearer(forCadre.token)))?.id).toBe(cadre.id);
  await expect(issueToken(d, admin, { name: "x", username: "nobody-here" })).rejects.toThrow(UserError);
  await d.prisma.member.update({ where: { id: cadre.id }, data: { active: false } });
  await expect(issueToken(d, admin, { name: "x", username: cadre.username })).rejects.toThrow("已停用");
  await expect(revokeToken(d, cadre, forCadre.id)).rejects.toBeInstanceOf(NotFoundError);
  expect(await d.prisma.apiToken.count({ where: { id: forCadre.id, revokedAt: null } })).toBe(1);
});

test("viewerFromBearer: the member with role and unit; null for anything else", async () => {
  const { d, t, admin, cadre } = await people();
  const { token } = await issueToken(d, admin, { name: "x", username: cadre.username });
  const v = await viewerFromBearer(d, bearer(token));
  expect(v).toEqual({
    id: cadre.id,
    name: cadre.name,
    username: cadre.username,
    role: "CADRE",
    unitId: t.branchA.id,
    unitName: t.branchA.name,
    unitPath: [t.committee.id, t.general.id, t.branchA.id],
    mustChangePassword: false,
  });
  expect(await viewerFromBearer(d, `bearer   ${token}`)).not.toBeNull(); // the scheme is case-insensitive
  for (const h of [
    null,
    "",
    "Bearer",
    `Basic ${token}`,
    `Bearer ${token}x`,
    `Bearer ${token.slice(0, -1)}`,
    `Bearer wg_${"A".repeat(43)}`,
    `Bearer ${token} extra`,
  ]) {
    expect(await viewerFromBearer(d, h)).toBeNull();
  }
  // Deactivating the member stops the token at once; re-activating brings it back.
  await d.prisma.member.update({ where: { id: cadre.id }, data: { active: false } });
  expect(await viewerFromBearer(d, bearer(token))).toBeNull();
  await d.prisma.member.update({ where: { id: cadre.id }, data: { active: true, role: "SECRETARY" } });
  expect((await viewerFromBearer(d, bearer(token)))?.role).toBe("SECRETARY"); // role read fresh
});

test("revoking stops the token at once; revoking twice is a no-op; both are audited once", async () => {
  const { d, admin } = await people();
  const { id, token } = await issueToken(d, admin, { name: "待撤销" });
  expect(await viewerFromBearer(d, bearer(token))).not.toBeNull();
  expect(await revokeToken(d, admin, id)).toEqual({ revoked: true });
  expect(await viewerFromBearer(d, bearer(token))).toBeNull();
  expect(await revokeToken(d, admin, id)).toEqual({ revoked: false });
  await expect(revokeToken(d, admin, 2_000_000_000)).rejects.toBeInstanceOf(NotFoundError);
  const audit = await d.prisma.auditEvent.findMany({ where: { entity: "api_token", entityId: String(id) }, orderBy: { id: "asc" } });
  expect(audit.map((a) => [a.action, a.actorId])).toEqual([
    ["api_token.issue", admin.id],
    ["api_token.revoke", admin.id],
  ]);
  expect(audit[0].after).toMatchObject({ name: "待撤销", memberId: admin.id });
  expect(JSON.stringify(audit.map((a) => [a.before, a.after]))).not.toContain(token.slice(3));
  const listed = (await listTokens(d)).find((x) => x.id === id)!;
  expect(listed.revokedAt).not.toBeNull();
});

test("last use is written at most once a minute, inside the one lookup statement", async () => {
  const { d, admin } = await people();
  const { id, token } = await issueToken(d, admin, { name: "计时" });
  const lastUsed = async () => (await d.prisma.apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt;
  expect(await lastUsed()).toBeNull();

  const { d: counted, n } = counting(d);
  expect(await viewerFromBearer(counted, bearer(token))).not.toBeNull();
  expect(n()).toBe(1);
  const first = await lastUsed();
  expect(first).not.toBeNull();

  // Within the minute: not written again.
  await d.raw.query(`UPDATE api_token SET last_used_at = now() - interval '30 seconds' WHERE id = $1`, [id]);
  const within = await lastUsed();
  await viewerFromBearer(d, bearer(token));
  expect(await lastUsed()).toEqual(within);

  // Older than a minute: touched again; many concurrent requests still leave one fresh value.
  await d.raw.query(`UPDATE api_token SET last_used_at = now() - interval '2 minutes' WHERE id = $1`, [id]);
  const stale = (await lastUsed())!;
  await Promise.all(Array.from({ length: 8 }, () => viewerFromBearer(d, bearer(token))));
  expect((await lastUsed())!.getTime()).toBeGreaterThan(stale.getTime() + 60_000);

  // A malformed token costs no query at all.
  const before = n();
  await viewerFromBearer(counted, "Bearer not-a-token");
  expect(n()).toBe(before);
});
