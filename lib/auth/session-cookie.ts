/**
 * The session id from next-auth's cookie, without running next-auth's whole handler on every
 * request (getServerSession does: cookie parsing, JWE decryption, callbacks — the largest cost on
 * the hot path). Decoding a given token always yields the same id, so results are memoised per
 * process: safe with many app nodes, since validity is still checked against the auth_session row
 * on every request.
 */
import { decode } from "next-auth/jwt";
import { authSecret } from "./secret";

export const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"] as const;

const memo = new Map<string, string | null>();
const MEMO_LIMIT = 50_000;

export function sessionTokenFrom(cookieHeader: string | null | undefined): string | null {
  if (!cookieHeader) return null;
  for (const part of cookieHeader.split(";")) {
    const i = part.indexOf("=");
    const name = part.slice(0, i).trim();
    if ((SESSION_COOKIES as readonly string[]).includes(name)) return decodeURIComponent(part.slice(i + 1).trim());
  }
  return null;
}

export async function sessionIdFromToken(token: string | null): Promise<string | null> {
  if (!token) return null;
  const known = memo.get(token);
  if (known !== undefined) return known;
  let sid: string | null = null;
  try {
    const jwt = await decode({ token, secret: authSecret() });
    sid = typeof jwt?.sid === "string" ? jwt.sid : null;
  } catch {
    sid = null; // tampered or signed with another secret
  }
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(token, sid);
  return sid;
}
