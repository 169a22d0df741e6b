import { expect, test } from "vitest";
import { parseEnv } from "./env";

test("DB_POOL_SIZE is at least 2: the start holds one connection for its lock while the sync uses another", () => {
  expect(parseEnv({}).DB_POOL_SIZE).toBe(10);
  expect(parseEnv({ DB_POOL_SIZE: "2" }).DB_POOL_SIZE).toBe(2);
  expect(() => parseEnv({ DB_POOL_SIZE: "1" })).toThrow(/DB_POOL_SIZE 至少为 2/);
});
