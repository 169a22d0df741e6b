/**
 * Creating one member from the admin page. He gets a random initial password, shown to the admin
 * once, and must choose his own at first sign-in. One account, so the app's full hashing cost.
 */
import { z } from "zod";
import type { Db } from "../db/client";
import { recordAudit } from "../audit/record";
import { UserError } from "../errors";
import { hashPassword } from "../auth/password";
import { assertAdmin, type Actor } from "./admin-actor";
import { newInitialPassword } from "./initial-password";
import { assertLoginFree } from "./member-clash";
import { ZId, ZMemberName, ZPhone, ZRole, ZUsername } from "./schemas";
import { isUniqueViolation, withTx } from "../db/tx";

export const ZCreateMember = z.object({
  name: ZMemberName,
  username: ZUsername,
  phone: ZPhone.optional().transform((p) => p ?? null),
  unitId: ZId,
  role: ZRole,
});
export type TCreateMember = z.infer<typeof ZCreateMember>;

export interface CreatedMember {
  id: number;
  username: string;
  name: string;
  /** Shown once to the admin; only its hash is stored. */
  initialPassword: string;
}

export async function createMemberByAdmin(d: Db, actor: Actor, input: TCreateMember): Promise<CreatedMember> {
  assertAdmin(actor);
  const initialPassword = newInitialPassword();
  const passwordHash = await hashPassword(initialPassword);
  try {
    return await withTx(d, async (t) => {
      const unit = await t.k.selectFrom("org_unit").select("id").where("id", "=", input.unitId).where("archived_at", "is", null).forShare().executeTakeFirst();
      if (!unit) throw new UserError("所选单位不存在或已归档");
      await assertLoginFree(t, { username: input.username, phone: input.phone });
      const m = await t.prisma.member.create({
        data: { ...input, passwordHash, mustChangePassword: true },
        select: { id: true, username: true, name: true, phone: true, role: true, unitId: true },
      });
      await recordAudit(t, {
        actorId: actor.id,
        action: "member.create",
        entity: "member",
        entityId: String(m.id),
        after: { username: m.username, name: m.name, phone: m.phone, role: m.role, unitId: m.unitId },
      });
      return { id: m.id, username: m.username, name: m.name, initialPassword };
    });
  } catch (e) {
    // Two admins creating the same login at the same moment: the second gets a clear message.
    if (isUniqueViolation(e)) throw new UserError("登录名或手机号已被使用");
    throw e;
  }
}
