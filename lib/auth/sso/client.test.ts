/**
 * Our OIDC client against a real OpenID provider (scripts/e2e-oidc-provider.mjs: oidc-provider on
 * a free local port), driven without a browser: the authorisation request, the provider's login
 * form and its redirects are followed by hand, then the code goes through the same
 * `client.callback` next-auth's token request uses (lib/auth/sso/provider.ts).
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { generators, Issuer } from "openid-client";
import { afterAll, beforeAll, expect, test } from "vitest";
import { E2E_SSO_CLIENT } from "../../../scripts/e2e-sso.mjs";
import type { SsoConfig } from "./config";
import { endSessionUrl, forgetOidcClient, oidcClient, type OidcClient } from "./client";

let op: ChildProcess;
let issuer = "";
const REDIRECT = "http://127.0.0.1:1/api/auth/callback/oidc"; // registered (APP_PORTS=1), never visited

beforeAll(async () => {
  op = spawn(process.execPath, [path.join(process.cwd(), "scripts/e2e-oidc-provider.mjs")], {
    env: { ...process.env, OIDC_PORT: "0", APP_PORTS: "1" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  issuer = await new Promise<string>((resolve, reject) => {
    op.stdout!.on("data", (chunk: Buffer) => {
      const m = chunk.toString().match(/issuer (http:\/\/localhost:\d+)/);
      if (m) resolve(m[1]);
    });
    op.once("exit", (code) => reject(new Error(`the test provider exited (${code})`)));
  });
});

afterAll(() => {
  op?.kill("SIGTERM");
});

const config = (over: Partial<SsoConfig> = {}): SsoConfig => ({
  issuer,
  clientId: E2E_SSO_CLIENT.id,
  clientSecret: E2E_SSO_CLIENT.secret,
  scopes: "openid profile",
  matchClaim: "preferred_username",
  matchField: "username",
  label: "统一身份认证登录",
  tokenAuthMethod: "client_secret_basic",
  idTokenAlg: "RS256",
  callbackUrl: REDIRECT,
  postLogoutUrl: "http://127.0.0.1:1/login",
  ...over,
});

/** A browser's cookie jar, for one person at the provider. */
function browser() {
  const jar = new Map<string, string>();
  return async (url: string, init: RequestInit = {}) => {
    const res = await fetch(url.replace("//localhost:", "//127.0.0.1:"), {
      ...init,
      redirect: "manual",
      headers: { ...(init.headers as Record<string, string>), cookie: [...jar].map(([k, v]) => `${k}=${v}`).join("; ") },
    });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const i = pair.indexOf("=");
      jar.set(pair.slice(0, i), pair.slice(i + 1));
    }
    return res;
  };
}

/** Signs `login` in at the provider; the callback's parameters and the checks the app kept (state, nonce, PKCE verifier). */
async function authorise(c: OidcClient, login: string) {
  const checks = { state: generators.state(), nonce: generators.nonce(), code_verifier: generators.codeVerifier() };
  const go = browser();
  let res = await go(
    c.client.authorizationUrl({
      scope: "openid profile",
      state: checks.state,
      nonce: checks.nonce,
      code_challenge: generators.codeChallenge(checks.code_verifier),
      code_challenge_method: "S256",
    }),
  );
  const interaction = new URL(res.headers.get("location")!, issuer);
  await go(interaction.href);
  res = await go(`${interaction.href}/login`, { method: "POST", body: new URLSearchParams({ login }) });
  for (let hop = 0; hop < 5; hop++) {
    const next = new URL(res.headers.get("location")!, issuer);
    if (next.href.startsWith(REDIRECT)) return { params: Object.fromEntries(next.searchParams), checks };
    res = await go(next.href);
  }
  throw new Error("no redirect to the callback");
}

const rotateKeys = async () => (await fetch(`${issuer.replace("localhost", "127.0.0.1")}/__test/rotate-keys`, { method: "POST" })).json();

test("discovery runs once and is cached; a document naming another issuer is refused", async () => {
  forgetOidcClient();
  const a = await oidcClient(config());
  expect(await oidcClient(config())).toBe(a);
  expect(a.issuer.metadata.issuer).toBe(issuer);
  expect(endSessionUrl(a, config())).toBe(
    `${issuer}/session/end?client_id=${E2E_SSO_CLIENT.id}&post_logout_redirect_uri=${encodeURIComponent("http://127.0.0.1:1/login")}`,
  );

  // The same provider reached as 127.0.0.1: its document says localhost (a mix-up), so nothing is trusted.
  forgetOidcClient();
  await expect(oidcClient(config({ issuer: issuer.replace("localhost", "127.0.0.1") }))).rejects.toThrow(/names another issuer/);
  forgetOidcClient();
});

test("the code flow validates the ID token; a wrong state, nonce or PKCE verifier and a replayed code are refused", async () => {
  forgetOidcClient();
  const c = await oidcClient(config());
  const ok = await authorise(c, "cadre001");
  const tokens = await c.client.callback(REDIRECT, ok.params, ok.checks);
  expect(tokens.claims()).toMatchObject({ sub: "acct-cadre001", iss: issuer, aud: E2E_SSO_CLIENT.id, nonce: ok.checks.nonce });
  expect(await c.client.userinfo(tokens)).toMatchObject({ sub: "acct-cadre001", preferred_username: "cadre001" });
  await expect(c.client.callback(REDIRECT, ok.params, ok.checks)).rejects.toThrow(/invalid_grant/); // a code works once

  const state = await authorise(c, "cadre002");
  await expect(c.client.callback(REDIRECT, { ...state.params, state: "forged" }, state.checks)).rejects.toThrow(/state mismatch/);
  const nonce = await authorise(c, "cadre002");
  await expect(c.client.callback(REDIRECT, nonce.params, { ...nonce.checks, nonce: "another-nonce" })).rejects.toThrow(/nonce mismatch/);
  const pkce = await authorise(c, "cadre002");
  await expect(c.client.callback(REDIRECT, pkce.params, { ...pkce.checks, code_verifier: generators.codeVerifier() })).rejects.toThrow(/invalid_grant/);
});

test("a key rotation right after a sign-in: our client reads the new key, openid-client alone would refuse for a minute", async () => {
  forgetOidcClient();
  const ours = await oidcClient(config());
  // A plain openid-client client of the same provider, for comparison.
  const plainIssuer = await Issuer.discover(issuer);
  const plain = new plainIssuer.Client({
    client_id: E2E_SSO_CLIENT.id,
    client_secret: E2E_SSO_CLIENT.secret,
    redirect_uris: [REDIRECT],
    response_types: ["code"],
  });

  for (const c of [ours, { issuer: plainIssuer, client: plain }]) {
    const first = await authorise(c, "cadre003");
    await c.client.callback(REDIRECT, first.params, first.checks); // keys read now
  }
  const { kid } = (await rotateKeys()) as { kid: string };

  const after = await authorise(ours, "cadre003");
  const tokens = await ours.client.callback(REDIRECT, after.params, after.checks);
  expect(JSON.parse(Buffer.from(tokens.id_token!.split(".")[0], "base64url").toString())).toMatchObject({ kid });

  const control = await authorise({ issuer: plainIssuer, client: plain }, "cadre003");
  await expect(plain.callback(REDIRECT, control.params, control.checks)).rejects.toThrow(/no valid key found/);
});
