import { encode } from "next-auth/jwt";
import { expect, test } from "vitest";
import { authSecret } from "./secret";
import { sessionIdFromToken, sessionTokenFrom } from "./session-cookie";

test("reads the session id from next-auth's cookie, and nothing from a forged or foreign one", async () => {
  const token = await encode({ token: { sid: "abc123" }, secret: authSecret() });
  expect(sessionTokenFrom(`a=1; next-auth.session-token=${token}; b=2`)).toBe(token);
  expect(sessionTokenFrom(`__Secure-next-auth.session-token=${token}`)).toBe(token);
  expect(sessionTokenFrom("a=1")).toBeNull();
  expect(await sessionIdFromToken(token)).toBe("abc123");
  expect(await sessionIdFromToken(token)).toBe("abc123"); // memoised, same answer
  const foreign = await encode({ token: { sid: "abc123" }, secret: "another-secret-of-sufficient-length" });
  expect(await sessionIdFromToken(foreign)).toBeNull();
  expect(await sessionIdFromToken(`${token.slice(0, -4)}AAAA`)).toBeNull();
  expect(await sessionIdFromToken(null)).toBeNull();
});
