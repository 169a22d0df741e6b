/**
 * Bearer tokens for the integration API (/api/v1).
 *
 * - A token is `wg_` + 32 random bytes in base64url. Only its SHA-256 (hex) is stored; the
 *   plaintext is returned once, when it is issued, and cannot be shown again.
 * - A token acts as the member it was issued for, with that member's role and scope, read fresh
 *   on every request: deactivating the member stops the token at once (re-activating him brings
 *   it back), a role change applies at once. An admin issues a token for himself or for another
 *   account — by convention a service account created for the integration (e.g. `svc-oa` in the
 *   unit whose data it may read), so that what an integration does is never confused with what a
 *   person did. Issuing and revoking are recorded in the audit trail, with who the token acts as.
 * - Only admins issue, list and revoke tokens (the actions check "admin"; `issueToken` and
 *   `revokeToken` check it again).
 * - Looking a token up is the hot path of every API request: one statement that reads the token,
 *   its member and unit, and touches `last_used_at` at most once a minute (a write per request
 *   would turn a province sitting an exam into a queue on one row).
 */
import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import { sql } from "kysely";
import type { Db } from "../db/client";
import { kysely, type Col, type TableRow } from "../db/kysely";
import { recordAudit } from "../audit/record";
import { NotFoundError, UserError } from "../errors";
import { can } from "../auth/permissions";
import type { Viewer } from "../auth/viewer";
import { liveToken, touchToken } from "../auth/caller";
import { zIdText } from "../db/ids";

export const TOKEN_PREFIX = "wg_";
/** `wg_` and 43 base64url characters (32 bytes). Anything else is refused without a query. */
const TOKEN_SHAPE = /^wg_[A-Za-z0-9_-]{43}$/;

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export const ZIssueToken = z.object({
  name: z.string().trim().min(1, "请填写令牌名称").max(60, "名称不能超过 60 个字"),
  /** Who the token acts as; empty = the admin himself. */
  username: z
    .string()
    .trim()
    .max(64, "用户名过长")
    .optional()
    .transform((s) => (s ? s : undefined)),
});
export type TIssueToken = z.input<typeof ZIssueToken>;

export const ZRevokeToken = z.object({ id: zIdText("令牌编号无效") });

type Actor = Pick<Viewer, "id" | "role">;

export interface IssuedToken {
  id: number;
  name: string;
  /** The plaintext: shown once, never stored. */
  token: string;
  member: { id: number; username: string; name: string };
}

export async function issueToken(d: Db, actor: Actor, raw: TIssueToken): Promise<IssuedToken> {
  if (!can(actor.role, "admin")) throw new NotFoundError();
  const input = ZIssueToken.parse(raw);
  const member = await d.prisma.member.findFirst({
    where: input.username ? { username: input.username, active: true } : { id: actor.id, active: true },
    select: { id: true, username: true, name: true },
  });
  if (!member) throw new UserError("没有这个账号，或该账号已停用");
  const token = TOKEN_PREFIX + randomBytes(32).toString("base64url");
  const row = await d.prisma.$transaction(async (tx) => {
    const created = await tx.apiToken.create({
      data: { name: input.name, tokenHash: hashToken(token), memberId: member.id },
      select: { id: true, name: true },
    });
    await recordAudit(
      { prisma: tx },
      {
        actorId: actor.id,
        action: "api_token.issue",
        entity: "api_token",
        entityId: String(created.id),
        after: { name: created.name, memberId: member.id, username: member.username },
      },
    );
    return created;
  });
  return { id: row.id, name: row.name, token, member };
}

export interface TokenRow {
  id: number;
  name: string;
  member: { id: number; username: string; name: string; active: boolean };
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

/** Every token (never its hash): active ones first, newest first. */
export async function listTokens(d: Db): Promise<TokenRow[]> {
  const rows = await kysely(d)
    .selectFrom("api_token as t")
    .innerJoin("member as m", "m.id", "t.member_id")
    .select(["t.id", "t.name", "t.member_id", "m.username", "m.name as member_name", "m.active", "t.created_at", "t.last_used_at", "t.revoked_at"])
    .orderBy(sql`(t.revoked_at IS NULL)`, "desc")
    .orderBy("t.created_at", "desc")
    .orderBy("t.id", "desc")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    member: { id: r.member_id, username: r.username, name: r.member_name, active: r.active },
    createdAt: r.created_at,
    lastUsedAt: r.last_used_at,
    revokedAt: r.revoked_at,
  }));
}

/** Revokes a token. Revoking one already revoked changes nothing (and is not audited twice). */
export async function revokeToken(d: Db, actor: Actor, id: number): Promise<{ revoked: boolean }> {
  if (!can(actor.role, "admin")) throw new NotFoundError();
  return d.prisma.$transaction(async (tx) => {
    const { count } = await tx.apiToken.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: new Date() } });
    if (!count) {
      if (!(await tx.apiToken.findUnique({ where: { id }, select: { id: true } }))) throw new NotFoundError();
      return { revoked: false };
    }
    const t = await tx.apiToken.findUniqueOrThrow({ where: { id }, select: { name: true, memberId: true } });
    await recordAudit(
      { prisma: tx },
      {
        actorId: actor.id,
        action: "api_token.revoke",
        entity: "api_token",
        entityId: String(id),
        before: { name: t.name, memberId: t.memberId },
      },
    );
    return { revoked: true };
  });
}

/** The token in an `Authorization: Bearer …` header, or null when the header is not one. */
export function bearerToken(header: string | null | undefined): string | null {
  const m = header ? /^Bearer[ ]+(\S+)\s*$/i.exec(header) : null;
  return m ? m[1] : null;
}

/** The stored hash of a well-formed bearer token in an Authorization header; null without a query otherwise. */
export function tokenHashFrom(header: string | null | undefined): string | null {
  const token = bearerToken(header);
  return token && TOKEN_SHAPE.test(token) ? hashToken(token) : null;
}

/**
 * The member a bearer token acts as, or null (unknown, malformed or revoked token, inactive
 * member). One statement; `last_used_at` is written at most once a minute per token, and the
 * condition is on the row itself so concurrent requests re-check it after the first one's write.
 */
export async function viewerFromBearer(d: Db, header: string | null | undefined): Promise<Viewer | null> {
  const hash = tokenHashFrom(header);
  return hash ? viewerFromTokenHash(d, hash) : null;
}

/** viewerFromBearer once the header's token has been hashed (the guard reads it once per request). */
export async function viewerFromTokenHash(d: Db, hash: string): Promise<Viewer | null> {
  // The token's member (caller.ts's live-token rule and its once-a-minute touch are shared fragments).
  type Row = TableRow<"member", "id" | "name" | "username" | "role" | "must_change_password" | "unit_id"> & {
    unit_name: Col<"org_unit", "name">;
    unit_path: Col<"org_unit", "path">;
  };
  const {
    rows: [row],
  } = await sql<Row>`WITH t AS (
       SELECT t.id AS token_id, m.id, m.name, m.username, m.role, m.must_change_password, m.unit_id, u.name AS unit_name, u.path AS unit_path
       FROM api_token t JOIN member m ON m.id = t.member_id JOIN org_unit u ON u.id = m.unit_id
       WHERE t.token_hash = ${hash} AND ${liveToken}
     ), touch AS (${touchToken("t")})
     SELECT id, name, username, role, must_change_password, unit_id, unit_name, unit_path FROM t`.execute(kysely(d));
  if (!row) return null;
  return {
    id: row.id,
    name: row.name,
    username: row.username,
    role: row.role,
    unitId: row.unit_id,
    unitName: row.unit_name,
    unitPath: row.unit_path,
    mustChangePassword: row.must_change_password,
  };
}
