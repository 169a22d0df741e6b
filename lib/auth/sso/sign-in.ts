/**
 * Signing in through the organisation's identity provider: the identity is matched to an existing
 * member, never turned into a new one (docs/decisions/012).
 *
 * - An identity seen before is found by (issuer, subject): the provider's stable id for the
 *   person, so a renamed account or a changed phone number still reaches the same member.
 * - A new identity is matched by the configured claim (preferred_username, phone_number, …) to
 *   the member field it names, and linked. No match, a deactivated member, or a member already
 *   linked to another account of the same provider: refused, with an audit entry.
 * - The session is the app's own `auth_session` row (decision 009), marked with the identity, so
 *   revocation, the guard and the one-statement hot path (decision 010) treat it like any other.
 * - A member who never changed his initial password has it retired: he has shown who he is to
 *   the provider, and the initial password (known to whoever handed it out) must not stay usable.
 *   An admin's password reset gives him a new one if he ever needs it.
 */
import { randomBytes } from "node:crypto";
import { sql } from "kysely";
import type { Db } from "../../db/client";
import { kysely } from "../../db/kysely";
import { withTx, type Tx } from "../../db/tx";
import { recordAudit } from "../../audit/record";
import { normalizePhone } from "../../org/schemas";
import { hashPassword } from "../password";
import { SESSION_TTL_MS } from "../sign-in";
import type { SsoConfig } from "./config";

export type SsoRefusal = "unknown" | "inactive" | "conflict" | "no_claim";

export type SsoSignInResult = { ok: true; memberId: number; sessionId: string } | { ok: false; error: SsoRefusal };

export interface SsoIdentity {
  issuer: string;
  subject: string;
  /** The ID token's claims, with the userinfo endpoint's where the token lacked the one to match on. */
  claims: Record<string, unknown>;
  ip?: string;
}

type Match = Pick<SsoConfig, "matchClaim" | "matchField">;

/** The value to look the member up by, or null when the provider did not send it. */
export function matchValue(claims: Record<string, unknown>, m: Match): string | null {
  const raw = claims[m.matchClaim];
  const text = typeof raw === "string" ? raw.trim() : typeof raw === "number" ? String(raw) : "";
  if (!text || text.length > 128) return null;
  return m.matchField === "phone" ? normalizePhone(text) : text;
}

/** A linked identity with its member, optionally only for `memberId`. */
function linkedIdentity(t: Tx, who: Pick<SsoIdentity, "issuer" | "subject">, memberId?: number) {
  return t.k
    .selectFrom("member_identity as i")
    .innerJoin("member as m", "m.id", "i.member_id")
    .select(["i.id as identity_id", "m.id", "m.active", "m.must_change_password"])
    .where("i.issuer", "=", who.issuer)
    .where("i.subject", "=", who.subject)
    .$if(memberId !== undefined, (q) => q.where("i.member_id", "=", memberId!))
    .executeTakeFirst();
}

export async function signInWithIdentity(d: Db, m: Match, who: SsoIdentity): Promise<SsoSignInResult> {
  const value = matchValue(who.claims, m);
  const seen = { issuer: who.issuer, subject: who.subject, claim: m.matchClaim, value };
  return withTx(d, async (t) => {
    const refuse = async (error: SsoRefusal, memberId?: number): Promise<SsoSignInResult> => {
      await recordAudit(t, {
        actorId: memberId,
        action: "auth.sso.refused",
        entity: memberId ? "member" : "sso_identity",
        entityId: memberId ? String(memberId) : who.subject.slice(0, 200),
        after: { reason: error, ...seen },
        ip: who.ip,
      });
      return { ok: false, error };
    };

    let linked = await linkedIdentity(t, who);
    if (!linked) {
      if (value === null) return refuse("no_claim");
      const column = m.matchField === "phone" ? "phone" : "username";
      const member = await t.k.selectFrom("member").select(["id", "active", "must_change_password"]).where(column, "=", value).executeTakeFirst();
      if (!member) return refuse("unknown");
      if (!member.active) return refuse("inactive", member.id);
      // One account per provider and member; a concurrent first sign-in of the same identity wins once.
      const made = await t.k
        .insertInto("member_identity")
        .values({ member_id: member.id, issuer: who.issuer, subject: who.subject, claim: m.matchClaim, claim_value: value })
        .onConflict((c) => c.doNothing())
        .returning("id")
        .executeTakeFirst();
      if (made) {
        await recordAudit(t, { actorId: member.id, action: "member.identity.link", entity: "member", entityId: String(member.id), after: seen, ip: who.ip });
        linked = { ...member, identity_id: made.id };
      } else {
        linked = await linkedIdentity(t, who, member.id);
        if (!linked) return refuse("conflict", member.id);
      }
    }
    if (!linked.active) return refuse("inactive", linked.id);
    const retired = linked.must_change_password ? await retireInitialPassword(t, linked.id) : false;
    await t.prisma.memberIdentity.update({ where: { id: linked.identity_id }, data: { lastSignInAt: new Date() }, select: { id: true } });
    const sessionId = randomBytes(24).toString("base64url");
    await t.prisma.authSession.create({
      data: { id: sessionId, memberId: linked.id, identityId: linked.identity_id, expiresAt: new Date(Date.now() + SESSION_TTL_MS), ip: who.ip },
    });
    await recordAudit(t, {
      actorId: linked.id,
      action: "auth.sso.sign_in",
      entity: "member",
      entityId: String(linked.id),
      after: retired ? { ...seen, initialPasswordRetired: true } : seen,
      ip: who.ip,
    });
    return { ok: true, memberId: linked.id, sessionId };
  });
}

async function retireInitialPassword(t: Tx, memberId: number): Promise<boolean> {
  const hash = await hashPassword(randomBytes(32).toString("base64url"));
  const { count } = await t.prisma.member.updateMany({
    where: { id: memberId, mustChangePassword: true },
    data: { passwordHash: hash, mustChangePassword: false },
  });
  return count > 0;
}

/** Whether a session was opened through SSO (sign-out then offers the provider's own sign-out). */
export async function isSsoSession(d: Db, sessionId: string): Promise<boolean> {
  const row = await kysely(d)
    .selectFrom("auth_session")
    .select(sql<boolean>`identity_id IS NOT NULL`.as("sso"))
    .where("id", "=", sessionId)
    .executeTakeFirst();
  return row?.sso ?? false;
}
