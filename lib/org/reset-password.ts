/**
 * An admin resets a member's password: a new random one, shown to the admin once, which the member
 * must replace at his next sign-in. Every session he has ends now. The password never reaches the
 * audit trail, only the fact of the reset.
 */
import type { Db } from "../db/client";
import { recordAudit } from "../audit/record";
import { NotFoundError, UserError } from "../errors";
import { hashPassword } from "../auth/password";
import { revokeAllSessions } from "../auth/sign-in";
import { assertAdmin, type Actor } from "./admin-actor";
import { newInitialPassword } from "./initial-password";
import { withTx } from "../db/tx";

export async function resetMemberPassword(d: Db, actor: Actor, memberId: number): Promise<{ username: string; initialPassword: string }> {
  assertAdmin(actor);
  if (memberId === actor.id) throw new UserError("请在“修改密码”页面修改自己的密码");
  const initialPassword = newInitialPassword();
  const passwordHash = await hashPassword(initialPassword);
  return withTx(d, async (t) => {
    const [m] = await t.prisma.member.updateManyAndReturn({
      where: { id: memberId },
      data: { passwordHash, mustChangePassword: true },
      select: { username: true },
    });
    if (!m) throw new NotFoundError();
    await revokeAllSessions(t, memberId);
    await recordAudit(t, {
      actorId: actor.id,
      action: "member.password.reset",
      entity: "member",
      entityId: String(memberId),
      after: { mustChangePassword: true, sessionsRevoked: true },
    });
    return { username: m.username, initialPassword };
  });
}
