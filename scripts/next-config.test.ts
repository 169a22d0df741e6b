/** next.config.ts reads HTTP_COMPRESSION when `next start` loads it: on by default, off behind a compressing proxy. */
import { afterEach, expect, test, vi } from "vitest";

const load = async (value: string | undefined) => {
  vi.resetModules();
  vi.stubEnv("HTTP_COMPRESSION", value);
  return (await import("../next.config")).default;
};

afterEach(() => vi.unstubAllEnvs());

test("Next compresses in process unless HTTP_COMPRESSION=off", async () => {
  expect((await load(undefined)).compress).toBe(true);
  expect((await load("on")).compress).toBe(true);
  expect((await load("off")).compress).toBe(false);
});

test("any other value stops the start with a message", async () => {
  await expect(load("gzip")).rejects.toThrow("HTTP_COMPRESSION 只能是 on 或 off");
});
