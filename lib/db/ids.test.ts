import { describe, expect, test } from "vitest";
import { INT4_MAX, zId, zIdText } from "./ids";

describe("database ids", () => {
  test("the largest PostgreSQL integer is accepted; one more is refused with the given message", () => {
    expect(zId().parse(INT4_MAX)).toBe(INT4_MAX);
    expect(zIdText().parse(String(INT4_MAX))).toBe(INT4_MAX);
    const r = zIdText("版本无效").safeParse("2147483648");
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe("版本无效");
  });

  test("zero, negatives, fractions, text and booleans are refused", () => {
    for (const v of [0, -1, 1.5, Number.NaN, "abc", true, null]) expect(zId().safeParse(v).success, String(v)).toBe(false);
    for (const v of ["0", "-1", "1.5", "abc", "1e10"]) expect(zIdText().safeParse(v).success, v).toBe(false);
  });
});
