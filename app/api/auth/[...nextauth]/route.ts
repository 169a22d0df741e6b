// next-auth's own endpoints (sign-in, sign-out, session, CSRF, and single sign-on's callback).
// Guarded by next-auth itself. The options are built per request so that single sign-on's
// endpoints, discovered from the provider and cached (lib/auth/sso/client.ts), are current.
import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptions } from "@/lib/auth/options";
import { SSO_PROVIDER_ID } from "@/lib/auth/sso/config";
import { withSso } from "@/lib/auth/sso/provider";
import { env } from "@/lib/env";
import { clientAddress } from "@/lib/net/client-address";

type Ctx = { params: Promise<{ nextauth: string[] }> };

async function handler(req: NextRequest, ctx: Ctx): Promise<Response> {
  const [, provider] = (await ctx.params).nextauth ?? [];
  return NextAuth(
    req,
    ctx,
    await withSso(authOptions, { endpoints: provider === SSO_PROVIDER_ID, ip: clientAddress(req.headers, env().TRUSTED_PROXIES) }),
  ) as Promise<Response>;
}

export { handler as GET, handler as POST };
