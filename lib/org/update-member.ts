/** Correcting a member's name or phone. The login name is his identity in imports: it stays. */
import { z } from "zod";
import type { Db } from "../db/client";
import { recordAudit } from "../audit/record";
import { NotFoundError, UserError } from "../errors";
import { assertAdmin, type Actor } from "./admin-actor";
import { assertLoginFree } from "./member-clash";
import { ZId, ZMemberName, ZPhone } from "./schemas";
import { isUniqueViolation, withTx } from "../db/tx";

export const ZUpdateMember = z.object({ memberId: ZId, name: ZMemberName, phone: ZPhone.optional().transform((p) => p ?? null) });

export async function updateMemberProfile(d: Db, actor: Actor, input: z.infer<typeof ZUpdateMember>): Promise<{ changed: boolean }> {
  assertAdmin(actor);
  try {
    return await withTx(d, async (t) => {
      const m = await t.k.selectFrom("member").select(["name", "phone"]).where("id", "=", input.memberId).forUpdate().executeTakeFirst();
      if (!m) throw new NotFoundError();
      if (m.name === input.name && m.phone === input.phone) return { changed: false };
      if (input.phone !== m.phone) await assertLoginFree(t, { phone: input.phone, exceptId: input.memberId });
      await t.prisma.member.update({ where: { id: input.memberId }, data: { name: input.name, phone: input.phone }, select: { id: true } });
      await recordAudit(t, {
        actorId: actor.id,
        action: "member.update",
        entity: "member",
        entityId: String(input.memberId),
        before: { name: m.name, phone: m.phone },
        after: { name: input.name, phone: input.phone },
      });
      return { changed: true };
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new UserError("该手机号已被其他成员使用");
    throw e;
  }
}
