/**
 * The OpenID provider's metadata, keys and our client for it, kept per process.
 *
 * next-auth v4 builds a new openid-client Issuer on every request: with `wellKnown` it fetches
 * the discovery document on every sign-in and callback, and the provider's keys (JWKS) on every
 * callback, so nothing is cached. Here discovery runs once and is refreshed every
 * METADATA_MAX_AGE_MS (a new Issuer, so keys the provider has withdrawn stop being trusted), and
 * the keys live in that Issuer's key store. The provider (lib/auth/sso/provider.ts) gives next-auth
 * these endpoints and exchanges the code through this client, so every check stays openid-client's:
 * state, PKCE verifier, the ID token's signature, iss, aud, azp, exp, iat and nonce.
 *
 * Key rotation: a provider signs with a new key (a `kid` we have not seen) and publishes it in its
 * JWKS. openid-client re-reads the JWKS for an unknown `kid` only if its last read is over a minute
 * old, so a rotation shortly after a sign-in would fail every sign-in for up to a minute. Our client
 * re-reads the keys once and validates again whenever no key matches (the ID token comes from the
 * token endpoint over TLS, so only the provider itself can trigger the re-read).
 */
import { Issuer, custom, errors, type BaseClient, type TokenSet } from "openid-client";
import type { SsoConfig } from "./config";

const METADATA_MAX_AGE_MS = 10 * 60_000;
/** After a failed refresh, the previous metadata is used for this long before trying again. */
const RETRY_AFTER_FAILURE_MS = 30_000;

export interface OidcClient {
  issuer: Issuer<BaseClient>;
  client: BaseClient;
}

let cached: { key: string; at: number; value: OidcClient } | null = null;
let inflight: Promise<OidcClient> | null = null;

const withoutSlash = (s: string) => s.replace(/\/+$/, "");

/** The provider's client, discovering (or refreshing) the metadata when needed. */
export async function oidcClient(cfg: SsoConfig): Promise<OidcClient> {
  const key = `${cfg.issuer} ${cfg.clientId} ${cfg.callbackUrl}`;
  if (cached?.key === key && Date.now() - cached.at < METADATA_MAX_AGE_MS) return cached.value;
  inflight ??= discover(cfg)
    .then((value) => {
      cached = { key, at: Date.now(), value };
      return value;
    })
    .catch((e: unknown) => {
      if (cached?.key !== key) throw e;
      // The provider is unreachable for a moment: keep signing people in with what we know.
      console.error(`[sso] refreshing the provider's metadata failed; using the previous copy: ${(e as Error).message}`);
      cached.at = Date.now() - METADATA_MAX_AGE_MS + RETRY_AFTER_FAILURE_MS;
      return cached.value;
    })
    .finally(() => {
      inflight = null;
    });
  return inflight;
}

/** Forget the cached provider (tests, and a changed configuration). */
export function forgetOidcClient(): void {
  cached = null;
}

async function discover(cfg: SsoConfig): Promise<OidcClient> {
  const issuer = await Issuer.discover(cfg.issuer);
  // OpenID Connect Discovery 1.0 §4.3: the document must name the issuer it was fetched for
  // (otherwise one provider could pass itself off as another: the mix-up attack).
  if (withoutSlash(String(issuer.metadata.issuer)) !== withoutSlash(cfg.issuer)) {
    throw new Error(`OIDC discovery: the document at ${cfg.issuer} names another issuer (${String(issuer.metadata.issuer)})`);
  }
  const client = new issuer.Client({
    client_id: cfg.clientId,
    client_secret: cfg.clientSecret,
    redirect_uris: [cfg.callbackUrl],
    response_types: ["code"],
    token_endpoint_auth_method: cfg.tokenAuthMethod,
    id_token_signed_response_alg: cfg.idTokenAlg,
  });
  client[custom.clock_tolerance] = 10;
  rereadKeysOnUnknownKey(issuer, client);
  return { issuer, client };
}

type IdTokenValidator = { validateIdToken(tokenSet: TokenSet, ...rest: unknown[]): Promise<TokenSet> };

const UNKNOWN_KEY = /^no valid key found in issuer's jwks_uri|^failed to validate JWT signature/;

/** See the module comment: on an unknown key, read the JWKS again (whatever its age) and validate once more. */
function rereadKeysOnUnknownKey(issuer: Issuer<BaseClient>, client: BaseClient): void {
  const c = client as unknown as IdTokenValidator;
  const validate = c.validateIdToken.bind(client);
  c.validateIdToken = async (tokenSet, ...rest) => {
    try {
      return await validate(tokenSet, ...rest);
    } catch (e) {
      if (!(e instanceof errors.RPError) || !UNKNOWN_KEY.test(e.message)) throw e;
      await (issuer as unknown as { reloadJwksUri(): Promise<void> }).reloadJwksUri(); // untyped in openid-client 5
      return validate(tokenSet, ...rest);
    }
  };
}

/** The provider's RP-initiated logout page, when it has one. */
export function endSessionUrl(c: OidcClient, cfg: SsoConfig): string | null {
  const endpoint = c.issuer.metadata.end_session_endpoint;
  if (typeof endpoint !== "string") return null;
  const url = new URL(endpoint);
  url.searchParams.set("client_id", cfg.clientId);
  url.searchParams.set("post_logout_redirect_uri", cfg.postLogoutUrl);
  return url.toString();
}

/** The end-session link for the sign-in page, or null (no such endpoint, or the provider is unreachable). */
export async function providerSignOutUrl(cfg: SsoConfig): Promise<string | null> {
  try {
    return endSessionUrl(await oidcClient(cfg), cfg);
  } catch {
    return null;
  }
}
