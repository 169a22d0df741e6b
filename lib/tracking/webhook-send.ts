/**
 * Sending to a unit's group bot without letting a secretary reach into the network (SSRF). A
 * webhook URL must be:
 * - https, so the bot's key never crosses the network in clear;
 * - on the default port, so an allowed name cannot be pointed at another service of that host;
 * - on a host listed in WEBHOOK_HOSTS (lib/env.ts), with no user name or password in it;
 * and, when it is sent, its name must resolve to public addresses only: the connection is made to
 * the very address that was checked (the check is the socket's DNS lookup), so a name that
 * resolves inside the network — or is re-pointed there between check and connect (DNS rebinding)
 * — is never connected to. Redirects are not followed.
 */
import https from "node:https";
import { BlockList, isIP, type LookupFunction } from "node:net";
import dns from "node:dns";
import { env } from "../env";

export const WEBHOOK_ERRORS = {
  scheme: "请填写以 https:// 开头的机器人地址",
  format: "机器人地址格式不正确",
  port: "机器人地址不能指定端口（只能使用 HTTPS 默认端口 443）",
  credentials: "机器人地址中不能包含用户名或密码",
  host: "机器人地址只能是企业微信或钉钉的群机器人地址（其他地址须由系统管理员在 WEBHOOK_HOSTS 中开放）",
  notAllowed: "机器人地址不在允许范围内，请重新设置",
  privateAddress: "机器人地址解析到内网或保留地址，已拒绝发送",
  timeout: "机器人地址 5 秒内无响应",
  unreachable: "无法连接机器人地址",
} as const;

/** What is wrong with a webhook URL, in Chinese, or null: the rules above, short of DNS. */
export function webhookUrlProblem(url: string): string | null {
  if (!/^https:\/\//i.test(url)) return WEBHOOK_ERRORS.scheme;
  if (!URL.canParse(url)) return WEBHOOK_ERRORS.format;
  const u = new URL(url);
  if (u.port !== "") return WEBHOOK_ERRORS.port;
  if (u.username || u.password) return WEBHOOK_ERRORS.credentials;
  if (!env().WEBHOOK_HOSTS.includes(u.hostname.toLowerCase())) return WEBHOOK_ERRORS.host;
  return null;
}

/** Addresses a webhook may never reach: private, loopback, link-local, shared, multicast and reserved ranges. */
const NOT_PUBLIC = new BlockList();
for (const [net, bits] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 3],
] as const)
  NOT_PUBLIC.addSubnet(net, bits, "ipv4");
for (const [net, bits] of [
  ["::", 128],
  ["::1", 128],
  ["64:ff9b::", 96],
  ["100::", 64],
  ["2001:db8::", 32],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
] as const)
  NOT_PUBLIC.addSubnet(net, bits, "ipv6");

export function publicAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return publicAddress(mapped[1]);
  const v = isIP(address);
  if (!v) return false;
  return !NOT_PUBLIC.check(address, v === 6 ? "ipv6" : "ipv4");
}

class PrivateAddress extends Error {}

/** The socket's DNS lookup, refusing any answer that is not public: what is checked is what is connected to. */
const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  dns.lookup(hostname, { ...options, all: true }, (err, addresses) => {
    if (err) return callback(err, "", 4);
    const list = addresses as dns.LookupAddress[];
    if (!list.length || list.some((a) => !publicAddress(a.address))) return callback(new PrivateAddress(hostname), "", 4);
    if ((options as dns.LookupOptions).all) return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, list);
    callback(null, list[0].address, list[0].family);
  });
};

export type WebhookTransport = (url: URL, body: string, signal: AbortSignal) => Promise<{ status: number; text: string }>;

/** POSTs JSON over HTTPS to public addresses only; at most 64 KB of the answer is read. */
export const httpsTransport: WebhookTransport = (url, body, signal) =>
  new Promise((resolve, reject) => {
    // An address literal is not looked up by the socket: check it here.
    const literal = url.hostname.replace(/^\[|\]$/g, "");
    if (isIP(literal) && !publicAddress(literal)) return reject(new PrivateAddress(literal));
    const req = https.request(
      url,
      {
        method: "POST",
        headers: { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(body) },
        lookup: publicOnlyLookup,
        signal,
      },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (c: string) => {
          if (text.length < 65_536) text += c;
        });
        res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(body);
  });

/** Sends one message; null when the bot took it, else why not, in Chinese. */
export async function sendWebhook(url: string, payload: unknown, transport: WebhookTransport = httpsTransport): Promise<string | null> {
  // Checked again when sending: a URL stored before the rules or WEBHOOK_HOSTS were narrowed must not be called.
  if (webhookUrlProblem(url)) return WEBHOOK_ERRORS.notAllowed;
  try {
    const res = await transport(new URL(url), JSON.stringify(payload), AbortSignal.timeout(5_000));
    if (res.status < 200 || res.status > 299) return `机器人返回 HTTP ${res.status}`;
    // WeCom and DingTalk answer 200 with { errcode, errmsg }; errcode 0 is success.
    try {
      const j = JSON.parse(res.text) as { errcode?: number; errmsg?: string };
      if (typeof j.errcode === "number" && j.errcode !== 0) return `机器人返回错误 ${j.errcode}：${j.errmsg ?? ""}`;
    } catch {
      /* not JSON: a plain 200 counts as delivered */
    }
    return null;
  } catch (e) {
    if (e instanceof PrivateAddress || (e as { cause?: unknown })?.cause instanceof PrivateAddress) return WEBHOOK_ERRORS.privateAddress;
    const name = (e as Error)?.name;
    return name === "TimeoutError" || name === "AbortError" ? WEBHOOK_ERRORS.timeout : WEBHOOK_ERRORS.unreachable;
  }
}
