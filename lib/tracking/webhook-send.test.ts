/**
 * The review's §12 on webhooks: https only, default port only, and the address the name resolves
 * to checked when sending — by the very lookup the socket connects with (no DNS rebinding window).
 */
import { beforeAll, expect, test } from "vitest";
import { WEBHOOK_ERRORS, httpsTransport, publicAddress, sendWebhook, webhookUrlProblem, type WebhookTransport } from "./webhook-send";

beforeAll(() => {
  // Names that resolve to this machine, allowed by name so that only the address check stands in the way.
  process.env.WEBHOOK_HOSTS = "qyapi.weixin.qq.com,oapi.dingtalk.com,localhost,127.0.0.1";
});

test("only https, on the default port, to an allowed host, without credentials", () => {
  expect(webhookUrlProblem("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k")).toBeNull();
  expect(webhookUrlProblem("https://QYAPI.weixin.qq.com:443/x")).toBeNull(); // 443 is the default: URL drops it
  expect(webhookUrlProblem("http://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k")).toBe(WEBHOOK_ERRORS.scheme);
  expect(webhookUrlProblem("https://qyapi.weixin.qq.com:5432/")).toBe(WEBHOOK_ERRORS.port);
  expect(webhookUrlProblem("https://user:pw@qyapi.weixin.qq.com/")).toBe(WEBHOOK_ERRORS.credentials);
  expect(webhookUrlProblem("https://qyapi.weixin.qq.com.evil.cn/x")).toBe(WEBHOOK_ERRORS.host);
  expect(webhookUrlProblem("https://[::1/x")).toBe(WEBHOOK_ERRORS.format);
});

test("private, loopback, link-local and reserved addresses are not public; mapped IPv4 is judged as IPv4", () => {
  for (const a of [
    "10.1.2.3",
    "127.0.0.1",
    "169.254.169.254",
    "172.20.0.1",
    "192.168.1.1",
    "100.64.0.1",
    "0.0.0.0",
    "::1",
    "fe80::1",
    "fd12::1",
    "::ffff:10.0.0.1",
    "::ffff:127.0.0.1",
    "224.0.0.1",
  ]) {
    expect(publicAddress(a), a).toBe(false);
  }
  for (const a of ["101.226.1.1", "2402:4e00::1", "::ffff:8.8.8.8"]) expect(publicAddress(a), a).toBe(true);
});

test("when sending, a name that resolves inside the network is never connected to", async () => {
  const t0 = Date.now();
  expect(await sendWebhook("https://localhost/hook", { msgtype: "text" })).toBe(WEBHOOK_ERRORS.privateAddress);
  expect(await sendWebhook("https://127.0.0.1/hook", { msgtype: "text" })).toBe(WEBHOOK_ERRORS.privateAddress);
  expect(Date.now() - t0).toBeLessThan(4_000); // refused, not timed out
  await expect(httpsTransport(new URL("https://localhost/x"), "{}", AbortSignal.timeout(2_000))).rejects.toThrow();
});

test("a stored URL that breaks the rules is not called at all; the bot's answers are read as WeCom gives them", async () => {
  const calls: string[] = [];
  const transport =
    (status: number, text: string): WebhookTransport =>
    async (url) => {
      calls.push(url.href);
      return { status, text };
    };
  expect(await sendWebhook("http://qyapi.weixin.qq.com/x", {}, transport(200, ""))).toBe(WEBHOOK_ERRORS.notAllowed);
  expect(await sendWebhook("https://qyapi.weixin.qq.com:8443/x", {}, transport(200, ""))).toBe(WEBHOOK_ERRORS.notAllowed);
  expect(calls).toEqual([]);
  expect(await sendWebhook("https://qyapi.weixin.qq.com/x", {}, transport(200, '{"errcode":0}'))).toBeNull();
  expect(await sendWebhook("https://qyapi.weixin.qq.com/x", {}, transport(302, ""))).toBe("机器人返回 HTTP 302"); // never followed
  expect(await sendWebhook("https://qyapi.weixin.qq.com/x", {}, transport(200, '{"errcode":93000,"errmsg":"bad"}'))).toBe("机器人返回错误 93000：bad");
});
