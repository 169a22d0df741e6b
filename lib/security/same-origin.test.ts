import { expect, test } from "vitest";
import { sameOrigin } from "./same-origin";

const post = (headers: Record<string, string>) => new Request("http://127.0.0.1:3000/learn/a/b", { method: "POST", headers });

test("a post from this site passes; from another site, or saying nothing, is refused", () => {
  expect(sameOrigin(post({ "sec-fetch-site": "same-origin" }))).toBe(true);
  expect(sameOrigin(post({ "sec-fetch-site": "same-site" }))).toBe(false); // a sibling subdomain is another app
  expect(sameOrigin(post({ "sec-fetch-site": "cross-site", origin: "http://weguide.example", host: "weguide.example" }))).toBe(false);
  expect(sameOrigin(post({ "sec-fetch-site": "none" }))).toBe(false);
  // Without Fetch Metadata: Origin against the Host the request was addressed to.
  expect(sameOrigin(post({ origin: "https://weguide.example", host: "weguide.example" }))).toBe(true);
  expect(sameOrigin(post({ origin: "https://WeGuide.example", host: "weguide.example" }))).toBe(true);
  expect(sameOrigin(post({ origin: "https://evil.example", host: "weguide.example" }))).toBe(false);
  expect(sameOrigin(post({ origin: "https://weguide.example.evil.example", host: "weguide.example" }))).toBe(false);
  expect(sameOrigin(post({ origin: "null", host: "weguide.example" }))).toBe(false);
  expect(sameOrigin(post({ origin: "not a url", host: "weguide.example" }))).toBe(false);
  expect(sameOrigin(post({ host: "weguide.example" }))).toBe(false);
  expect(sameOrigin(post({}))).toBe(false);
  // Behind a proxy the app sees its own address in Host and the public one in X-Forwarded-Host.
  expect(sameOrigin(post({ origin: "https://weguide.example", host: "10.0.0.5:3000", "x-forwarded-host": "weguide.example" }))).toBe(true);
  expect(sameOrigin(post({ origin: "https://evil.example", host: "10.0.0.5:3000", "x-forwarded-host": "weguide.example" }))).toBe(false);
});
