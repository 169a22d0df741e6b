import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { FORWARDED_HEADER, PEER_HEADER, clientAddress, normaliseAddress, parseTrustedProxies, resolveClientAddress } from "./client-address";

describe("resolveClientAddress", () => {
  test("security review F3: without trusted proxies the connection's address wins, whatever X-Forwarded-For says", () => {
    expect(resolveClientAddress("127.0.0.1", "10.124.0.1", null)).toBe("127.0.0.1");
    expect(resolveClientAddress("::ffff:192.0.2.7", "10.124.0.2, 10.0.0.1", null)).toBe("192.0.2.7");
    expect(resolveClientAddress("2001:DB8::1", "", null)).toBe("2001:db8::1");
  });

  test("a hop count believes that many proxies, and no more", () => {
    const one = parseTrustedProxies("1");
    // nginx (10.0.0.5) appended the real client; whatever the client sent before it is ignored.
    expect(resolveClientAddress("10.0.0.5", "203.0.113.9", one)).toBe("203.0.113.9");
    expect(resolveClientAddress("10.0.0.5", "6.6.6.6, 203.0.113.9", one)).toBe("203.0.113.9");
    expect(resolveClientAddress("10.0.0.5", "", one)).toBe("10.0.0.5");
    const two = parseTrustedProxies("2");
    expect(resolveClientAddress("10.0.0.5", "6.6.6.6, 203.0.113.9, 10.0.0.9", two)).toBe("203.0.113.9");
  });

  test("CIDRs: trusted hops are skipped from the right; the first one not vouched for is the client", () => {
    const cidr = parseTrustedProxies("10.0.0.0/8, 192.168.1.5, fd00::/8");
    expect(resolveClientAddress("10.0.0.5", "6.6.6.6, 203.0.113.9, 10.1.2.3", cidr)).toBe("203.0.113.9");
    expect(resolveClientAddress("192.168.1.5", "203.0.113.9", cidr)).toBe("203.0.113.9");
    // A peer outside the list is the client itself, even if it forwards something.
    expect(resolveClientAddress("198.51.100.1", "10.124.0.1", cidr)).toBe("198.51.100.1");
    expect(resolveClientAddress("fd00::1", "2001:db8::5", cidr)).toBe("2001:db8::5");
    // Everyone trusted: the leftmost.
    expect(resolveClientAddress("10.0.0.5", "10.9.9.9", cidr)).toBe("10.9.9.9");
  });

  test("malformed entries are never the answer", () => {
    const one = parseTrustedProxies("1");
    expect(resolveClientAddress("10.0.0.5", "not-an-ip", one)).toBe("10.0.0.5");
    expect(resolveClientAddress("garbage", "1.2.3.4", null)).toBeUndefined();
    expect(normaliseAddress("[::1]")).toBe("::1");
  });

  test("TRUSTED_PROXIES that is neither a count nor addresses is refused in Chinese", () => {
    expect(parseTrustedProxies("")).toBeNull();
    expect(parseTrustedProxies("0")).toBeNull();
    for (const bad of ["10.0.0.0/33", "proxy.example", "10.0.0.0/8,,x", "1.2.3.4/ 8"]) expect(() => parseTrustedProxies(bad), bad).toThrow(/TRUSTED_PROXIES/);
  });
});

describe("the server's edge hook (scripts/edge-hook.mjs) on a real socket", () => {
  let server: http.Server;
  let seen: Record<string, string | string[] | undefined>[] = [];
  let port = 0;
  beforeAll(async () => {
    await import("../../scripts/edge-hook.mjs");
    server = http.createServer((req, res) => {
      seen.push({ ...req.headers });
      res.end("ok");
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  const get = (headers: Record<string, string>) =>
    new Promise<void>((resolve, reject) => {
      http.get({ host: "127.0.0.1", port, path: "/", headers }, (res) => res.resume().on("end", resolve)).on("error", reject);
    });

  test("a client cannot choose the address the app sees: its own copies of the hook's headers are replaced", async () => {
    seen = [];
    await get({ "x-forwarded-for": "10.124.0.1", [PEER_HEADER]: "10.124.0.2", [FORWARDED_HEADER]: "10.124.0.3" });
    await get({});
    expect(seen[0][PEER_HEADER]).toBe("127.0.0.1");
    expect(seen[0][FORWARDED_HEADER]).toBe("10.124.0.1");
    expect(clientAddress(seen[0], null)).toBe("127.0.0.1");
    expect(clientAddress(seen[0], parseTrustedProxies("127.0.0.1"))).toBe("10.124.0.1"); // only when 127.0.0.1 is a trusted proxy
    expect(seen[1][FORWARDED_HEADER]).toBe("");
    expect(clientAddress(new Headers(seen[1] as Record<string, string>), parseTrustedProxies("1"))).toBe("127.0.0.1");
  });

  test("security review F10: TRACE (which Next answers 500, static files included) is a 405 here", async () => {
    const status = await new Promise<number>((resolve, reject) => {
      http
        .request({ host: "127.0.0.1", port, path: "/api/health", method: "TRACE" }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        })
        .on("error", reject)
        .end();
    });
    expect(status).toBe(405);
  });

  test("without the hook there is no trustworthy address", () => {
    expect(clientAddress({ "x-forwarded-for": "10.124.0.1" }, null)).toBeUndefined();
  });
});
