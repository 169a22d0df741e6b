/**
 * Environment, validated once. Everything that reads configuration goes through `env()`, so a
 * missing or malformed variable fails with one clear message instead of deep inside a request.
 */
import path from "node:path";
import { z } from "zod";

const ZEnv = z.object({
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
  /** Pool size per app node for a PostgreSQL server. */
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
});
export type Env = z.infer<typeof ZEnv>;

let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  const parsed = ZEnv.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`环境变量配置有误 (invalid environment):\n${lines.join("\n")}`);
  }
  cached = parsed.data;
  return cached;
}

/** Absolute PGlite directory, or `memory://`. */
export function pgliteDir(): string {
  const dir = env().PGLITE_DIR;
  return dir.startsWith("memory://") ? dir : path.resolve(/*turbopackIgnore: true*/ process.cwd(), dir);
}
