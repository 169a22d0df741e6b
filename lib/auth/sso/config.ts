/**
 * Single sign-on settings, from the environment (lib/env.ts validates them). SSO is off unless
 * OIDC_ISSUER is set; then the sign-in page offers the provider beside the password form, and
 * PASSWORD_SIGN_IN=staff leaves the password to secretaries and admins (cadres use SSO only).
 */
import type { Role } from "../../generated/prisma/enums";
import { env, type Env } from "../../env";

/** next-auth's id for the provider: its callback is /api/auth/callback/oidc. */
export const SSO_PROVIDER_ID = "oidc";

export interface SsoConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  scopes: string;
  /** The claim that names the member, and the member field it is compared with. */
  matchClaim: string;
  matchField: "username" | "phone";
  /** The sign-in button's text. */
  label: string;
  tokenAuthMethod: "client_secret_basic" | "client_secret_post";
  idTokenAlg: string;
  /** The redirect URI to register at the provider. */
  callbackUrl: string;
  /** Where the provider sends the member back after its own sign-out. */
  postLogoutUrl: string;
}

export function ssoConfigFrom(e: Env): SsoConfig | null {
  if (!e.OIDC_ISSUER || !e.OIDC_CLIENT_ID || !e.OIDC_CLIENT_SECRET || !e.NEXTAUTH_URL) return null;
  const app = e.NEXTAUTH_URL.replace(/\/+$/, "");
  return {
    issuer: e.OIDC_ISSUER,
    clientId: e.OIDC_CLIENT_ID,
    clientSecret: e.OIDC_CLIENT_SECRET,
    scopes: e.OIDC_SCOPES.trim().split(/\s+/).join(" "),
    matchClaim: e.OIDC_MATCH_CLAIM,
    matchField: e.OIDC_MATCH_FIELD,
    label: e.OIDC_LABEL,
    tokenAuthMethod: e.OIDC_TOKEN_AUTH_METHOD,
    idTokenAlg: e.OIDC_ID_TOKEN_ALG,
    callbackUrl: `${app}/api/auth/callback/${SSO_PROVIDER_ID}`,
    postLogoutUrl: `${app}/login`,
  };
}

export function ssoConfig(): SsoConfig | null {
  return ssoConfigFrom(env());
}

export type PasswordSignIn = Env["PASSWORD_SIGN_IN"];

/** Whether a member of this role may sign in with his password (checked on the server, not only by hiding the form). */
export function passwordAllowedFor(role: Role, mode: PasswordSignIn = env().PASSWORD_SIGN_IN): boolean {
  return mode === "all" || role !== "CADRE";
}

export function passwordSignInMode(): PasswordSignIn {
  return env().PASSWORD_SIGN_IN;
}
