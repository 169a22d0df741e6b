import fc from "fast-check";
import { expect, test } from "vitest";
import { PHONE_PATTERN, ZPhone, normalizePhone } from "./schemas";

test("the phone pattern the API document states accepts exactly what normalizePhone makes a phone number of", () => {
  const accepted = (s: string) => s.length <= 40 && (normalizePhone(s) === "" || /^1\d{10}$/.test(normalizePhone(s)));
  const typed = fc.string({ unit: fc.constantFrom("1", "3", "8", "6", "0", "9", " ", "-", "(", ")", "（", "）", "+", "\t", "x"), maxLength: 24 });
  const sep = fc.constantFrom("", "", "", " ", "-", "(", "）", "\t");
  const nearlyPhones = fc
    .tuple(fc.constantFrom("", "86", "+86", "+", "8"), fc.constantFrom("1", "2"), fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 9, maxLength: 11 }))
    .chain(([pre, first, rest]) =>
      fc.array(sep, { minLength: 16, maxLength: 16 }).map((seps) => [...(pre + first + rest.join(""))].map((c, i) => seps[i % 16] + c).join("")),
    );
  fc.assert(
    fc.property(fc.oneof(typed, nearlyPhones), (s) => PHONE_PATTERN.test(s) === accepted(s) && ZPhone.safeParse(s).success === accepted(s)),
    { numRuns: 20_000 },
  );
  for (const s of ["13800138000", "138-0013-8000", "+86 138 0013 8000", "（86）13800138000", "8613800138000", ""]) expect(PHONE_PATTERN.test(s), s).toBe(true);
  for (const s of ["+13800138000", "23800138000", "1380013800", "phone"]) expect(PHONE_PATTERN.test(s), s).toBe(false);
});
