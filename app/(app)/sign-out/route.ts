/**
 * Sign-out: a plain form POST from the confirmation page (app/(app)/account/sign-out, which the
 * header's 退出登录 opens on every page, the lesson reader's plain HTML too). Ends this session
 * only, clears the cookie and goes to the sign-in page, which says 已安全退出. Only from this site (the guard refuses a cross-site cookie POST: a
 * cross-site page must not sign a member out); also for a member who has not yet changed his
 * initial password.
 * After a single sign-on session the sign-in page also offers the provider's own sign-out.
 */
import { guardedRoute } from "@/lib/auth/guard";
import { SESSION_COOKIES, sessionIdFromToken, sessionTokenFrom } from "@/lib/auth/session-cookie";
import { revokeSession } from "@/lib/auth/sign-in";
import { isSsoSession } from "@/lib/auth/sso/sign-in";
import { db } from "@/lib/db/client";

export const POST = guardedRoute({ permission: "learn", allowPendingPasswordChange: true }, async ({ req }) => {
  const sid = await sessionIdFromToken(sessionTokenFrom(req.headers.get("cookie")));
  const sso = sid ? await isSsoSession(db(), sid) : false;
  if (sid) await revokeSession(db(), sid);
  const headers = new Headers({ Location: sso ? "/login?signedOut=sso" : "/login?signedOut=1", "Cache-Control": "no-store" });
  // Both cookie names, as the action does; a __Secure- cookie can only be replaced by a Secure one.
  for (const name of SESSION_COOKIES)
    headers.append("Set-Cookie", `${name}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax${name.startsWith("__Secure-") ? "; Secure" : ""}`);
  return new Response(null, { status: 303, headers });
});
