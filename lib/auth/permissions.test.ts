import { expect, test } from "vitest";
import { can, homeFor } from "./permissions";
import { scopeRoot, unitInScope } from "./viewer";

test("roles grant what they should and nothing more", () => {
  expect(can("CADRE", "learn")).toBe(true);
  expect(can("CADRE", "read:unit")).toBe(false);
  expect(can("SECRETARY", "read:unit")).toBe(true);
  expect(can("SECRETARY", "admin")).toBe(false);
  expect(can("ADMIN", "admin")).toBe(true);
  expect([homeFor("CADRE"), homeFor("SECRETARY"), homeFor("ADMIN")]).toEqual(["/learn", "/branch", "/admin"]);
});

test("a secretary's scope is her unit and below; a cadre has no unit scope", () => {
  const sec = { role: "SECRETARY" as const, unitId: 2 };
  expect(unitInScope(sec, [1, 2, 3])).toBe(true);
  expect(unitInScope(sec, [1, 2])).toBe(true);
  expect(unitInScope(sec, [1, 4])).toBe(false);
  expect(unitInScope(sec, [1])).toBe(false);
  expect(unitInScope({ role: "CADRE", unitId: 3 }, [1, 2, 3])).toBe(false);
  expect(unitInScope({ role: "ADMIN", unitId: 1 }, [9])).toBe(true);
  expect(scopeRoot({ role: "ADMIN", unitId: 1 })).toBeNull();
  expect(scopeRoot(sec)).toBe(2);
});
