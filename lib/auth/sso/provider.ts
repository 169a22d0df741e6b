/**
 * The OpenID Connect provider in next-auth (v4), added to the password sign-in when SSO is
 * configured (lib/auth/sso/config.ts). next-auth runs the flow: the authorisation request with
 * state, nonce and a PKCE challenge (each kept in its own signed, HttpOnly cookie for 15 minutes),
 * and the callback. The code is exchanged and the ID token validated by our cached client
 * (lib/auth/sso/client.ts), so the provider's metadata and keys are not fetched on every request.
 * The signed-in identity is matched to a member (lib/auth/sso/sign-in.ts); the JWT then carries
 * that session row's id, exactly as after a password sign-in.
 */
import type { NextAuthOptions, Profile, User } from "next-auth";
import type { OAuthConfig } from "next-auth/providers/oauth";
import type { IssuerMetadata, TokenSet } from "openid-client";
import { db } from "../../db/client";
import { SSO_PROVIDER_ID, ssoConfig, type SsoConfig } from "./config";
import { oidcClient } from "./client";
import { signInWithIdentity, type SsoRefusal } from "./sign-in";
import { SSO_REFUSAL_CODE } from "./messages";

type Claims = Profile & Record<string, unknown> & { sub: string; iss: string };

export function ssoProvider(cfg: SsoConfig, meta: IssuerMetadata | null): OAuthConfig<Claims> {
  return {
    id: SSO_PROVIDER_ID,
    name: cfg.label,
    type: "oauth",
    // Without the metadata (provider unreachable) the endpoints are missing and next-auth answers
    // OAuthSignin / OAuthCallback: the sign-in page says the service cannot be reached.
    issuer: meta?.issuer ?? cfg.issuer,
    authorization: { url: meta?.authorization_endpoint, params: { scope: cfg.scopes } },
    token: {
      url: meta?.token_endpoint,
      // state (against its cookie), iss, the code exchange with the PKCE verifier, and the ID
      // token (signature, iss, aud, azp, exp, iat, nonce): all openid-client's Client.callback.
      async request({ params, checks, provider }) {
        const { client } = await oidcClient(cfg);
        return { tokens: await client.callback(provider.callbackUrl, params, checks) };
      },
    },
    userinfo: {
      url: meta?.userinfo_endpoint,
      // The validated ID token's claims; the userinfo endpoint only when the claim to match on is
      // not in the token (its `sub` must then equal the token's: openid-client checks).
      async request({ tokens }) {
        const claims = (tokens as TokenSet).claims() as Claims;
        if (claims[cfg.matchClaim] !== undefined || !tokens.access_token) return claims;
        const { client } = await oidcClient(cfg);
        if (!client.issuer.metadata.userinfo_endpoint) return claims;
        const info = await client.userinfo(tokens as TokenSet);
        return { ...info, ...claims };
      },
    },
    jwks_endpoint: meta?.jwks_uri,
    idToken: true,
    checks: ["pkce", "state", "nonce"],
    clientId: cfg.clientId,
    clientSecret: cfg.clientSecret,
    client: { token_endpoint_auth_method: cfg.tokenAuthMethod, id_token_signed_response_alg: cfg.idTokenAlg },
    // Only the subject: the member comes from our database, and the JWT stays small.
    profile: (claims) => ({ id: claims.sub }),
  };
}

async function signInThroughSso(cfg: SsoConfig, user: User, profile: Profile | undefined, ip: string | undefined): Promise<true | string> {
  const claims = (profile ?? {}) as Claims;
  if (typeof claims.sub !== "string" || typeof claims.iss !== "string") return `/login?error=${SSO_REFUSAL_CODE.no_claim}`;
  const r = await signInWithIdentity(db(), cfg, { issuer: claims.iss, subject: claims.sub, claims, ip });
  if (!r.ok) return `/login?error=${SSO_REFUSAL_CODE[r.error satisfies SsoRefusal]}`;
  // next-auth hands this same object to the jwt callback (lib/auth/options.ts), which keeps the sid.
  (user as { sid?: string }).sid = r.sessionId;
  return true;
}

/**
 * next-auth's options with the SSO provider added, or `base` itself when SSO is off. `endpoints`:
 * the request is SSO's sign-in or callback, which need the provider's metadata (cached; fetched on
 * the first such request). Other requests never wait on the provider.
 */
export async function withSso(base: NextAuthOptions, opts: { endpoints: boolean; ip?: string }): Promise<NextAuthOptions> {
  const cfg = ssoConfig();
  if (!cfg) return base;
  const meta = opts.endpoints
    ? await oidcClient(cfg).then(
        (c) => c.issuer.metadata,
        (e: unknown) => {
          console.error(`[sso] the identity provider's metadata could not be read: ${(e as Error).message}`);
          return null;
        },
      )
    : null;
  return {
    ...base,
    providers: [...base.providers, ssoProvider(cfg, meta)],
    callbacks: {
      ...base.callbacks,
      async signIn(params) {
        if (params.account?.provider === SSO_PROVIDER_ID) return signInThroughSso(cfg, params.user, params.profile, opts.ip);
        return base.callbacks?.signIn ? base.callbacks.signIn(params) : true;
      },
    },
  };
}
