/**
 * Who is calling, as the request carries it, before any query — and the SQL that turns that into
 * a member inside the one statement that needs him.
 *
 * The guard normally loads the viewer first (lib/auth/viewer.ts, one query) and the handler runs
 * its own statement after. On the hot path (saving an answer, once per question per cadre) that is
 * two round trips where one will do: `callerCte()` authenticates the credential inside the
 * handler's own statement, with exactly the conditions `loadViewer` and `viewerFromBearer` use
 * (the predicates below are shared with them), and the statement reports whether anyone was
 * found. Only for permissions every active member holds (guardedCallerRoute checks that), since
 * the role is not known before the statement runs.
 *
 * Kysely `sql` fragments, the credential a placeholder: a statement built on them compiles to one
 * text per kind of credential (and prepared name, `callerKind`). Framework-free: the benchmark's
 * raw node+pg server loads this file (via save-sql.ts).
 */
import { type RawBuilder, sql } from "kysely";
import type { Db } from "../db/client";
import { kysely, type Col } from "../db/kysely";
import { PasswordChangePendingError, UnauthenticatedError } from "../errors";

export type Caller = { memberId: number } | { sessionId: string } | { tokenHash: string };

/** A live session of an active member (`s` = auth_session, `m` = member). */
export const liveSession = sql<boolean>`s.revoked_at IS NULL AND s.expires_at > now() AND m.active`;
/** A live API token of an active member (`t` = api_token, `m` = member). */
export const liveToken = sql<boolean>`t.revoked_at IS NULL AND m.active`;
/**
 * Touch a token's last use at most once a minute (`target` has the token's `token_id`): a write
 * per request would queue a province sitting an exam on one row.
 */
export const touchToken = (target: string) =>
  sql`UPDATE api_token SET last_used_at = now() FROM ${sql.table(target)}
   WHERE api_token.id = ${sql.ref(`${target}.token_id`)} AND (api_token.last_used_at IS NULL OR api_token.last_used_at < now() - interval '1 minute')`;

/**
 * CTEs defining `caller(id, pending)`: one row when the credential names an active member, none
 * otherwise. `pending`: a browser session whose member must still change his initial password (the
 * guard refuses it everything else, lib/auth/guard.ts); never for a token. Put them first in a WITH.
 */
export function callerCte(c: Caller): RawBuilder<unknown> {
  if ("memberId" in c) return sql`caller AS (SELECT ${c.memberId}::int AS id, false AS pending)`;
  if ("sessionId" in c) {
    return sql`caller AS (SELECT m.id, m.must_change_password AS pending FROM auth_session s JOIN member m ON m.id = s.member_id WHERE s.id = ${c.sessionId}::text AND ${liveSession})`;
  }
  return sql`caller_token AS (
       SELECT t.id AS token_id, m.id FROM api_token t JOIN member m ON m.id = t.member_id WHERE t.token_hash = ${c.tokenHash}::text AND ${liveToken}
     ), caller_touch AS (${touchToken("caller_token")}
     ), caller AS (SELECT id, false AS pending FROM caller_token)`;
}

/** The kind of credential: statements that authenticate it have one SQL text (and prepared name) per kind. */
export const callerKind = (c: Caller) => ("memberId" in c ? "member" : "sessionId" in c ? "session" : "token");

/**
 * Authenticates the caller on his own, for the paths that refuse a request before its statement
 * runs (bad input, unknown question): a stranger must get 401 there too, never a 4xx that says
 * something about the input. Costs a statement only on those paths.
 */
export async function assertCaller(d: Db, c: Caller): Promise<void> {
  const {
    rows: [row],
  } = await sql<{
    pending: Col<"member", "must_change_password">;
    ok: boolean;
  }>`WITH ${callerCte(c)} SELECT EXISTS (SELECT 1 FROM caller) AS ok, coalesce((SELECT pending FROM caller), false) AS pending`.execute(kysely(d));
  if (!row?.ok) throw new UnauthenticatedError();
  if (row.pending) throw new PasswordChangePendingError();
}
