/**
 * What the sign-in page says after single sign-on did not go through. The page reads only the
 * error code from its URL and shows one of these fixed texts (never text from the URL itself).
 */
import type { SsoRefusal } from "./sign-in";

/** The `error` code in /login?error=… for each refusal of lib/auth/sso/sign-in.ts. */
export const SSO_REFUSAL_CODE: Record<SsoRefusal, string> = {
  unknown: "SsoUnknown",
  inactive: "SsoInactive",
  conflict: "SsoConflict",
  no_claim: "SsoNoClaim",
};

const MESSAGES: Record<string, string> = {
  SsoUnknown: "您的统一身份认证账号在本系统中没有对应的成员，无法登录。请联系单位管理员核对您的登录名或手机号。",
  SsoInactive: "您的账号已停用，无法登录。如有疑问，请联系单位管理员。",
  SsoConflict: "本系统中与您对应的成员已关联另一个统一身份认证账号，本次登录被拒绝。请联系管理员处理。",
  SsoNoClaim: "统一身份认证没有提供识别您身份所需的信息，无法登录。请联系管理员检查单点登录配置。",
  // next-auth's codes: a failed callback (state or nonce mismatch, expired or reused code, a bad
  // ID token, or the member cancelling at the provider) and a failed start (provider unreachable).
  OAuthCallback: "统一身份认证登录未完成：登录请求已失效或无法验证。请重新登录。",
  OAuthSignin: "暂时无法连接统一身份认证服务，请稍后再试。",
};

/** The message for an `error` code on the sign-in page; null when there is none. */
export function signInPageError(code: string | undefined): string | null {
  if (!code) return null;
  return MESSAGES[code] ?? "登录未成功，请重试。";
}
