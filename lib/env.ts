/**
 * Environment, validated once. Everything that reads configuration goes through `env()`, so a
 * missing or malformed variable fails with one clear message instead of deep inside a request.
 */
import path from "node:path";
import { z } from "zod";
import { parseTrustedProxies } from "./net/client-address";

const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((s) => s || undefined);

const ZEnv = z
  .object({
    /** A PostgreSQL server. When unset, the embedded PGlite database under PGLITE_DIR is used. */
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, "DATABASE_URL 必须是 postgres:// 或 postgresql:// 开头的连接串")
      .optional()
      .or(z.literal("").transform(() => undefined)),
    /** Embedded database directory (`memory://` for an in-memory database in tests). */
    PGLITE_DIR: z.string().default(".data/pglite"),
    NEXTAUTH_SECRET: z.string().min(16, "NEXTAUTH_SECRET 至少 16 个字符").optional(),
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    /** Smallest group whose scores may be shown as an aggregate above the branch (privacy floor). */
    PRIVACY_MIN_GROUP: z.coerce.number().int().min(1).default(5),
    /** The in-process scheduler (lib/jobs): reminders, daily pushes, weekly summaries. "off" on nodes that must not run jobs. */
    SCHEDULER: z.enum(["on", "off"], { error: "SCHEDULER 只能是 on 或 off" }).default("on"),
    /**
     * Hosts a unit's group-bot webhook may point at (comma-separated). The server POSTs to that URL,
     * so anything else — 127.0.0.1, the database, an intranet address — would let a secretary reach
     * inside the network (SSRF). Default: WeCom's and DingTalk's robot endpoints.
     */
    WEBHOOK_HOSTS: z
      .string()
      .default("qyapi.weixin.qq.com,oapi.dingtalk.com")
      .transform((s) =>
        s
          .split(",")
          .map((h) => h.trim().toLowerCase())
          .filter(Boolean),
      ),
    /**
     * Reverse proxies whose X-Forwarded-For is believed (lib/net/client-address.ts): a hop count
     * ("1") or addresses and CIDRs ("10.0.0.0/8,192.168.1.5"). Unset: the connection's own address.
     */
    TRUSTED_PROXIES: z
      .string()
      .optional()
      .transform((s, ctx) => {
        try {
          return parseTrustedProxies(s);
        } catch (e) {
          ctx.addIssue({ code: "custom", message: (e as Error).message });
          return z.NEVER;
        }
      }),
    /**
     * Pool size per app process for a PostgreSQL server. At least 2: the start holds one
     * connection for its advisory lock while the course sync uses another (lib/boot.ts).
     */
    DB_POOL_SIZE: z.coerce.number().int().min(2, "DB_POOL_SIZE 至少为 2").max(200).default(10),
    /** The app's public URL (next-auth): single sign-on's redirect URI is built from it. */
    NEXTAUTH_URL: optionalText,
    /*
     * Single sign-on through the organisation's OpenID Connect provider (lib/auth/sso): off unless
     * OIDC_ISSUER is set. README "Single sign-on" shows the settings for a generic issuer, WeCom
     * and DingTalk.
     */
    OIDC_ISSUER: optionalText,
    OIDC_CLIENT_ID: optionalText,
    OIDC_CLIENT_SECRET: optionalText,
    OIDC_SCOPES: z.string().default("openid profile"),
    /** The claim that names the member, and the member field it must equal. */
    OIDC_MATCH_CLAIM: z
      .string()
      .regex(/^[\w.:-]{1,64}$/, "OIDC_MATCH_CLAIM 应为声明名，如 preferred_username")
      .default("preferred_username"),
    OIDC_MATCH_FIELD: z.enum(["username", "phone"], { error: "OIDC_MATCH_FIELD 只能是 username 或 phone" }).default("username"),
    OIDC_LABEL: z.string().trim().min(1).max(20).default("统一身份认证登录"),
    OIDC_TOKEN_AUTH_METHOD: z.enum(["client_secret_basic", "client_secret_post"]).default("client_secret_basic"),
    OIDC_ID_TOKEN_ALG: z.enum(["RS256", "PS256", "ES256", "EdDSA"]).default("RS256"),
    /** `staff`: cadres sign in only through SSO; secretaries and admins keep their passwords. */
    PASSWORD_SIGN_IN: z.enum(["all", "staff"], { error: "PASSWORD_SIGN_IN 只能是 all 或 staff" }).default("all"),
  })
  .superRefine((e, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    if (!e.OIDC_ISSUER) {
      if (e.PASSWORD_SIGN_IN === "staff") issue("PASSWORD_SIGN_IN", "PASSWORD_SIGN_IN=staff 需要先配置统一身份认证（OIDC_ISSUER 等），否则学员无法登录");
      return;
    }
    let url: URL | null = null;
    try {
      url = new URL(e.OIDC_ISSUER);
    } catch {
      issue("OIDC_ISSUER", "OIDC_ISSUER 不是合法的网址");
    }
    const loopback = url !== null && ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname);
    if (url && url.protocol !== "https:" && !(url.protocol === "http:" && loopback)) issue("OIDC_ISSUER", "OIDC_ISSUER 必须使用 https");
    if (!e.OIDC_CLIENT_ID) issue("OIDC_CLIENT_ID", "配置了 OIDC_ISSUER 时必须设置 OIDC_CLIENT_ID");
    if (!e.OIDC_CLIENT_SECRET) issue("OIDC_CLIENT_SECRET", "配置了 OIDC_ISSUER 时必须设置 OIDC_CLIENT_SECRET");
    if (!e.NEXTAUTH_URL) issue("NEXTAUTH_URL", "配置了 OIDC_ISSUER 时必须设置 NEXTAUTH_URL（本系统对外的网址，回调地址由它生成）");
    if (!e.OIDC_SCOPES.split(/\s+/).includes("openid")) issue("OIDC_SCOPES", "OIDC_SCOPES 必须包含 openid");
  });
export type Env = z.infer<typeof ZEnv>;

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** Validates an environment (env() uses process.env); throws one message listing every problem. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = ZEnv.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`环境变量配置有误 (invalid environment):\n${lines.join("\n")}`);
  }
  return parsed.data;
}

/** Absolute PGlite directory, or `memory://`. */
export function pgliteDir(): string {
  const dir = env().PGLITE_DIR;
  return dir.startsWith("memory://") ? dir : path.resolve(/*turbopackIgnore: true*/ process.cwd(), dir);
}
