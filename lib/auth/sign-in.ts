/**
 * Credential check behind the sign-in form. The same message for an unknown name and a wrong
 * password, and the same work (one scrypt) for both, so neither the text nor the timing tells
 * whether an account exists. Throttles (./throttle.ts) count per member — whichever of his
 * identifiers was typed — or per typed name when it names no one, and per client address; the
 * attempt is counted before the password is checked.
 */
import { randomBytes } from "node:crypto";
import type { Db } from "../db/client";
import { recordAudit } from "../audit/record";
import { dummyHash, verifyPassword } from "./password";
import { passwordAllowedFor, type PasswordSignIn } from "./sso/config";
import { accountKey, reserveAttempt, settleSuccess, type ThrottleKey } from "./throttle";

export const SIGN_IN_ERRORS = {
  invalid: "用户名或密码错误",
  locked: "登录失败次数过多，账号已临时锁定，请 15 分钟后再试或联系管理员",
  inactive: "用户名或密码错误",
  ssoOnly: "学员请使用统一身份认证登录",
} as const;

/** Sessions last one working day (the JWT's own lifetime is the same). */
export const SESSION_TTL_MS = 8 * 60 * 60 * 1000;

/** Ends one session (sign-out). */
export async function revokeSession(d: Db, sessionId: string): Promise<void> {
  await d.prisma.authSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
}

/** Ends every session of a member (password change, deactivation, role change by an admin). */
export async function revokeAllSessions(d: { prisma: Pick<Db["prisma"], "authSession"> }, memberId: number): Promise<void> {
  await d.prisma.authSession.updateMany({ where: { memberId, revokedAt: null }, data: { revokedAt: new Date() } });
}

export type SignInResult = { ok: true; member: { id: number }; sessionId: string } | { ok: false; error: keyof typeof SIGN_IN_ERRORS };

export async function signInWithPassword(
  d: Db,
  input: { username: string; password: string; ip?: string; passwordSignIn?: PasswordSignIn },
): Promise<SignInResult> {
  const login = input.username.trim();
  const member = await d.prisma.member.findFirst({
    where: { OR: [{ username: login }, { phone: login }] },
    select: { id: true, passwordHash: true, active: true, role: true },
  });
  const account = accountKey(member?.id, login);
  const others: ThrottleKey[] = input.ip ? [`ip:${input.ip}`] : [];

  if (!(await reserveAttempt(d, [account, ...others])).allowed) {
    await recordAudit(d, { actorId: member?.id, action: "auth.sign_in.locked", entity: "member", entityId: login, ip: input.ip });
    return { ok: false, error: "locked" };
  }
  const ok = await verifyPassword(input.password, member?.passwordHash ?? (await dummyHash()));
  if (!member || !ok || !member.active) {
    // The reservation was the failure's count.
    await recordAudit(d, { actorId: member?.id, action: "auth.sign_in.failed", entity: "member", entityId: login, ip: input.ip });
    return { ok: false, error: "invalid" };
  }
  await settleSuccess(d, account, others);
  // PASSWORD_SIGN_IN=staff: a cadre signs in through SSO only. Said only after a right password.
  if (!passwordAllowedFor(member.role, input.passwordSignIn)) {
    await recordAudit(d, { actorId: member.id, action: "auth.sign_in.sso_only", entity: "member", entityId: String(member.id), ip: input.ip });
    return { ok: false, error: "ssoOnly" };
  }
  const session = await d.prisma.authSession.create({
    data: { id: randomBytes(24).toString("base64url"), memberId: member.id, expiresAt: new Date(Date.now() + SESSION_TTL_MS), ip: input.ip },
    select: { id: true },
  });
  await recordAudit(d, { actorId: member.id, action: "auth.sign_in", entity: "member", entityId: String(member.id), ip: input.ip });
  return { ok: true, member: { id: member.id }, sessionId: session.id };
}
