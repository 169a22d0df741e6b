/**
 * The client's address, for the sign-in throttle and the audit log. By default the address of the
 * connection itself: an X-Forwarded-For header is whatever the client chose to send (security
 * review F3: rotating it evaded the per-address lock, and naming someone else's address locked
 * them out). Behind a reverse proxy the operator says which hops to believe, in TRUSTED_PROXIES
 * (lib/env.ts): a hop count ("1": one proxy in front) or the proxies' addresses and CIDRs
 * ("10.0.0.0/8, 192.168.1.5"). Walking the chain from the connection leftwards, trusted hops are
 * skipped; the first address not vouched for is the client.
 *
 * The connection's address comes from scripts/edge-hook.mjs, which the server loads before Next
 * (Next.js passes no socket address to route handlers). Without the hook — `next dev` — there is
 * no trustworthy address and this returns undefined: the per-account lock still holds.
 */
import { BlockList, isIP } from "node:net";

export const PEER_HEADER = "x-weguide-peer";
export const FORWARDED_HEADER = "x-weguide-forwarded-for";

export type TrustedProxies = { hops: number } | { blocks: BlockList } | null;

/** Parses TRUSTED_PROXIES; throws with a Chinese message for a malformed entry. */
export function parseTrustedProxies(raw: string | undefined): TrustedProxies {
  const s = (raw ?? "").trim();
  if (!s) return null;
  if (/^\d+$/.test(s)) return Number(s) > 0 ? { hops: Math.min(Number(s), 32) } : null;
  const blocks = new BlockList();
  for (const part of s
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean)) {
    const [addr, prefix] = part.split("/");
    const v = isIP(addr);
    const bits = prefix === undefined ? (v === 6 ? 128 : 32) : Number(prefix);
    if (!v || !Number.isInteger(bits) || bits < 0 || bits > (v === 6 ? 128 : 32) || (prefix !== undefined && !/^\d+$/.test(prefix))) {
      throw new Error(`TRUSTED_PROXIES 中的「${part}」不是 IP 地址或 CIDR（如 10.0.0.0/8），也不是代理层数（如 1）`);
    }
    blocks.addSubnet(addr, bits, v === 6 ? "ipv6" : "ipv4");
  }
  return { blocks };
}

/** "::ffff:10.0.0.1" → "10.0.0.1"; anything that is not an address → undefined. */
export function normaliseAddress(a: string | undefined): string | undefined {
  const s = a?.trim().replace(/^\[|\]$/g, "");
  if (!s) return undefined;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(s);
  const out = mapped ? mapped[1] : s;
  return isIP(out) ? out.toLowerCase() : undefined;
}

function trusted(addr: string, proxies: { blocks: BlockList }): boolean {
  return proxies.blocks.check(addr, isIP(addr) === 6 ? "ipv6" : "ipv4");
}

/**
 * The client address from the connection's address (`peer`) and the X-Forwarded-For the
 * connection carried (`forwardedFor`), trusting forwarded entries only through `proxies`.
 */
export function resolveClientAddress(peer: string | undefined, forwardedFor: string | undefined, proxies: TrustedProxies): string | undefined {
  const socket = normaliseAddress(peer);
  if (!socket || !proxies) return socket;
  // The chain as the last proxy saw it: leftmost the first client, rightmost our peer.
  const chain = [...(forwardedFor ?? "").split(",").map((a) => a.trim()), socket];
  let i = chain.length - 1;
  if ("hops" in proxies) {
    i = Math.max(0, chain.length - 1 - proxies.hops);
  } else {
    while (i > 0 && normaliseAddress(chain[i]) && trusted(normaliseAddress(chain[i])!, proxies)) i--;
  }
  // A malformed entry a trusted proxy passed on is the client's own text: stop at the last good one.
  for (; i < chain.length; i++) {
    const a = normaliseAddress(chain[i]);
    if (a) return a;
  }
  return socket;
}

/** The client address of a request's headers (a Headers object or next-auth's plain record). */
export function clientAddress(headers: Headers | Record<string, unknown> | undefined, proxies: TrustedProxies): string | undefined {
  const get = (name: string): string | undefined => {
    if (!headers) return undefined;
    const v = headers instanceof Headers ? headers.get(name) : headers[name];
    return typeof v === "string" ? v : Array.isArray(v) ? v.join(", ") : undefined;
  };
  const peer = get(PEER_HEADER);
  if (peer === undefined) return undefined; // no hook: nothing trustworthy
  return resolveClientAddress(peer, get(FORWARDED_HEADER), proxies);
}
