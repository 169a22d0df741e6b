/**
 * Sign-in accepts a login name or a phone number (lib/auth/sign-in.ts looks for either), so a
 * login name must not equal another member's phone, nor a phone another member's login name:
 * the same text would then open two accounts.
 */
import { sql } from "kysely";
import { UserError } from "../errors";
import type { Tx } from "../db/tx";

export async function assertLoginFree(t: Tx, m: { username?: string; phone?: string | null; exceptId?: number }): Promise<void> {
  const u = m.username ?? null;
  const p = m.phone ?? null;
  if (u === null && p === null) return;
  const rows = await t.k
    .selectFrom("member")
    .select(["username", "phone"])
    .where(sql<boolean>`id IS DISTINCT FROM ${m.exceptId ?? null}::int AND (username = ${u} OR phone = ${u} OR username = ${p} OR phone = ${p})`)
    .execute();
  for (const r of rows) {
    if (u !== null && r.username === u) throw new UserError(`登录名“${u}”已被使用`);
    if (u !== null && r.phone === u) throw new UserError(`登录名“${u}”与其他成员的手机号相同，登录时无法区分`);
    if (p !== null && r.phone === p) throw new UserError("该手机号已被其他成员使用");
    if (p !== null && r.username === p) throw new UserError("该手机号与其他成员的登录名相同，登录时无法区分");
  }
}
