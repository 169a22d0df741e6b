import { expect, test } from "vitest";
import { safeRedirect } from "./redirect";

const base = "http://127.0.0.1:3921";

test("security review F10: an unparsable callback URL goes home instead of throwing (a 500 in next-auth's default)", () => {
  for (const url of [
    "https://localhost:3921.evil.example/",
    "https://a:b.c",
    "http://[::1",
    "",
    "javascript:alert(1)",
    "//evil.example/x",
    "/\\evil.example",
  ]) {
    expect(safeRedirect({ url, baseUrl: base }), url).toBe(base);
  }
});

test("paths and URLs of this site are kept; other sites are not", () => {
  expect(safeRedirect({ url: "/learn", baseUrl: base })).toBe(`${base}/learn`);
  expect(safeRedirect({ url: `${base}/branch?unit=3`, baseUrl: base })).toBe(`${base}/branch?unit=3`);
  expect(safeRedirect({ url: "http://evil.example/", baseUrl: base })).toBe(base);
  expect(safeRedirect({ url: "http://127.0.0.1:3921.evil.example/", baseUrl: base })).toBe(base);
});
