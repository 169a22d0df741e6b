/**
 * next-auth (v4) configuration: a credentials provider with fields `username` (login name or
 * phone) and `password`, JWT sessions. The JWT carries only a session id; the session row, the
 * member and his role and unit are read from the database on every request by the guard, so
 * sign-out, role changes and deactivation take effect at once.
 */
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { db } from "../db/client";
import { env } from "../env";
import { clientAddress } from "../net/client-address";
import { safeRedirect } from "./redirect";
import { authSecret } from "./secret";
import { SESSION_TTL_MS, SIGN_IN_ERRORS, revokeSession, signInWithPassword } from "./sign-in";

const ZCredentials = z.object({
  username: z.string().trim().min(1, "请输入用户名或手机号").max(64, "用户名过长"),
  password: z.string().min(1, "请输入密码").max(128, "密码过长"),
});

/** Secure, __Secure- prefixed cookies when the site is served over HTTPS (next-auth's default, stated). */
export const useSecureCookies = (process.env.NEXTAUTH_URL ?? "").startsWith("https://");

export const authOptions: NextAuthOptions = {
  secret: authSecret(),
  useSecureCookies,
  session: { strategy: "jwt", maxAge: SESSION_TTL_MS / 1000 },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    CredentialsProvider({
      name: "账号密码",
      credentials: {
        username: { label: "用户名或手机号", type: "text" },
        password: { label: "密码", type: "password" },
      },
      async authorize(credentials, req) {
        const parsed = ZCredentials.safeParse(credentials ?? {});
        if (!parsed.success) throw new Error(parsed.error.issues[0]?.message ?? SIGN_IN_ERRORS.invalid);
        // The connection's address unless TRUSTED_PROXIES vouches for a forwarded one (review F3).
        const result = await signInWithPassword(db(), { ...parsed.data, ip: clientAddress(req?.headers, env().TRUSTED_PROXIES) });
        if (!result.ok) throw new Error(SIGN_IN_ERRORS[result.error]);
        return { id: String(result.member.id), sid: result.sessionId };
      },
    }),
  ],
  callbacks: {
    redirect: safeRedirect,
    jwt({ token, user }) {
      if (user) token.sid = (user as { sid?: string }).sid;
      return token;
    },
    session({ session, token }) {
      return { expires: session.expires, sid: token.sid };
    },
  },
  events: {
    // Signing out revokes this session's row: the JWT stops working even if someone kept a copy.
    async signOut({ token }) {
      if (typeof token?.sid === "string") await revokeSession(db(), token.sid);
    },
  },
};

declare module "next-auth" {
  interface Session {
    sid?: string;
  }
}
declare module "next-auth/jwt" {
  interface JWT {
    sid?: string;
  }
}
