/**
 * A member's linked single sign-on identities (lib/auth/sso/sign-in.ts links them), for the admin's
 * member page, and removing one: that identity's sessions end at once, and its next sign-in is
 * matched afresh by the configured claim (so a wrong link — a phone number passed on to someone
 * else — is fixed by correcting the member and removing the link). Audited.
 */
import { sql } from "kysely";
import { z } from "zod";
import type { Db } from "../db/client";
import { recordAudit } from "../audit/record";
import { NotFoundError } from "../errors";
import { assertAdmin, type Actor } from "./admin-actor";
import { ZId } from "./schemas";
import { withTx } from "../db/tx";

export interface LinkedIdentity {
  id: number;
  issuer: string;
  subject: string;
  claim: string;
  claimValue: string;
  linkedAt: Date;
  lastSignInAt: Date | null;
}

export async function identitiesOf(d: Db, memberId: number): Promise<LinkedIdentity[]> {
  return d.prisma.memberIdentity.findMany({
    where: { memberId },
    orderBy: { id: "asc" },
    select: { id: true, issuer: true, subject: true, claim: true, claimValue: true, linkedAt: true, lastSignInAt: true },
  });
}

export const ZUnlinkIdentity = z.object({ memberId: ZId, identityId: ZId });

export async function unlinkIdentity(d: Db, actor: Actor, input: z.infer<typeof ZUnlinkIdentity>): Promise<{ sessionsEnded: number }> {
  assertAdmin(actor);
  return withTx(d, async (t) => {
    // Sessions first: the link's removal would otherwise clear their identity_id (ON DELETE SET NULL).
    const ended = await t.k
      .updateTable("auth_session as s")
      .from("member_identity as i")
      .set({ revoked_at: sql`now()` })
      .where("i.id", "=", input.identityId)
      .where("i.member_id", "=", input.memberId)
      .whereRef("s.identity_id", "=", "i.id")
      .where("s.revoked_at", "is", null)
      .executeTakeFirst();
    const sessionsEnded = Number(ended.numUpdatedRows);
    const gone = await t.k
      .deleteFrom("member_identity")
      .where("id", "=", input.identityId)
      .where("member_id", "=", input.memberId)
      .returning(["issuer", "subject", "claim", "claim_value"])
      .executeTakeFirst();
    if (!gone) throw new NotFoundError();
    await recordAudit(t, {
      actorId: actor.id,
      action: "member.identity.unlink",
      entity: "member",
      entityId: String(input.memberId),
      before: { issuer: gone.issuer, subject: gone.subject, claim: gone.claim, value: gone.claim_value },
      after: { sessionsEnded },
    });
    return { sessionsEnded };
  });
}
