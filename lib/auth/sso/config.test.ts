import { expect, test } from "vitest";
import { parseEnv } from "../../env";
import { authOptions } from "../options";
import { passwordAllowedFor, ssoConfigFrom } from "./config";
import { withSso } from "./provider";

const SSO = {
  OIDC_ISSUER: "https://idp.example.gov.cn/realms/province",
  OIDC_CLIENT_ID: "weguide",
  OIDC_CLIENT_SECRET: "s3cret-value",
  NEXTAUTH_URL: "https://xuexi.example.gov.cn/",
};

test("without OIDC_ISSUER single sign-on is off and next-auth's options are exactly the password sign-in's", async () => {
  expect(ssoConfigFrom(parseEnv({}))).toBeNull();
  expect(process.env.OIDC_ISSUER).toBeUndefined();
  expect(await withSso(authOptions, { endpoints: true })).toBe(authOptions);
  expect(authOptions.providers.map((p) => p.id)).toEqual(["credentials"]);
});

test("a configured provider: defaults, the redirect URI to register, and the post-logout page", () => {
  expect(ssoConfigFrom(parseEnv(SSO))).toEqual({
    issuer: SSO.OIDC_ISSUER,
    clientId: "weguide",
    clientSecret: "s3cret-value",
    scopes: "openid profile",
    matchClaim: "preferred_username",
    matchField: "username",
    label: "统一身份认证登录",
    tokenAuthMethod: "client_secret_basic",
    idTokenAlg: "RS256",
    callbackUrl: "https://xuexi.example.gov.cn/api/auth/callback/oidc",
    postLogoutUrl: "https://xuexi.example.gov.cn/login",
  });
  expect(ssoConfigFrom(parseEnv({ ...SSO, OIDC_MATCH_CLAIM: "phone_number", OIDC_MATCH_FIELD: "phone", OIDC_SCOPES: " openid  phone " }))).toMatchObject({
    matchClaim: "phone_number",
    matchField: "phone",
    scopes: "openid phone",
  });
});

test("an incomplete or unsafe configuration stops the app at start with every problem named in Chinese", () => {
  expect(() => parseEnv({ OIDC_ISSUER: SSO.OIDC_ISSUER })).toThrow(/OIDC_CLIENT_ID[\s\S]*OIDC_CLIENT_SECRET[\s\S]*NEXTAUTH_URL/);
  expect(() => parseEnv({ ...SSO, OIDC_ISSUER: "http://idp.example.gov.cn" })).toThrow(/OIDC_ISSUER 必须使用 https/);
  expect(() => parseEnv({ ...SSO, OIDC_ISSUER: "http://localhost:3550" })).not.toThrow(); // a local test provider
  expect(() => parseEnv({ ...SSO, OIDC_SCOPES: "profile phone" })).toThrow(/必须包含 openid/);
  expect(() => parseEnv({ ...SSO, OIDC_MATCH_FIELD: "email" })).toThrow(/只能是 username 或 phone/);
  expect(() => parseEnv({ PASSWORD_SIGN_IN: "staff" })).toThrow(/需要先配置统一身份认证/);
  expect(() => parseEnv({ ...SSO, PASSWORD_SIGN_IN: "staff" })).not.toThrow();
});

test("PASSWORD_SIGN_IN=staff keeps the password for secretaries and admins only", () => {
  expect(passwordAllowedFor("CADRE", "all")).toBe(true);
  expect(passwordAllowedFor("CADRE", "staff")).toBe(false);
  expect(passwordAllowedFor("SECRETARY", "staff")).toBe(true);
  expect(passwordAllowedFor("ADMIN", "staff")).toBe(true);
});
