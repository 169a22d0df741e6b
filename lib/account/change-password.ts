/**
 * Changing one's own password: the current one must verify, the new one must meet the policy.
 * Ends every session of the member: he signs in again with the new password. Checking the current
 * password is a password check like a sign-in: counted against the member's sign-in throttle
 * before it runs (security review F9: a stolen session could brute-force it unthrottled).
 */
import { z } from "zod";
import type { Db } from "../db/client";
import { PASSWORD_RULE, hashPassword, passwordAcceptable, verifyPassword } from "../auth/password";
import { UserError } from "../errors";
import { recordAudit } from "../audit/record";
import { revokeAllSessions } from "../auth/sign-in";
import { accountKey, reserveAttempt, settleSuccess } from "../auth/throttle";

export const PASSWORD_CHECK_LOCKED = "密码错误次数过多，已临时锁定，请 15 分钟后再试或联系管理员";

export const ZChangePassword = z
  .object({
    current: z.string().min(1, "请输入当前密码").max(128),
    next: z.string().max(128, "密码过长").refine(passwordAcceptable, PASSWORD_RULE),
    confirm: z.string().max(128),
  })
  .refine((v) => v.next === v.confirm, { message: "两次输入的新密码不一致", path: ["confirm"] })
  .refine((v) => v.next !== v.current, { message: "新密码不能与当前密码相同", path: ["next"] });

export async function changeOwnPassword(d: Db, memberId: number, input: z.infer<typeof ZChangePassword>): Promise<void> {
  const m = await d.prisma.member.findUniqueOrThrow({ where: { id: memberId }, select: { passwordHash: true } });
  const key = accountKey(memberId, "");
  if (!(await reserveAttempt(d, [key])).allowed) {
    await recordAudit(d, { actorId: memberId, action: "auth.password_check.locked", entity: "member", entityId: String(memberId) });
    throw new UserError(PASSWORD_CHECK_LOCKED);
  }
  if (!(await verifyPassword(input.current, m.passwordHash))) {
    await recordAudit(d, { actorId: memberId, action: "auth.password_check.failed", entity: "member", entityId: String(memberId) });
    throw new UserError("当前密码不正确");
  }
  await settleSuccess(d, key, []);
  await d.prisma.member.update({
    where: { id: memberId },
    data: { passwordHash: await hashPassword(input.next), mustChangePassword: false },
  });
  await revokeAllSessions(d, memberId);
  await recordAudit(d, { actorId: memberId, action: "member.password.change", entity: "member", entityId: String(memberId) });
}
