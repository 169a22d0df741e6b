/**
 * Course search ranked by relevance over segmented words (search.ts): natural questions find the
 * rule they are about first; literal queries stay literal; the index follows content changes.
 */
import { beforeAll, expect, test } from "vitest";
import { db } from "../db/client";
import { loadContent } from "./load";
import { search, searchWords } from "./search";
import { syncContent } from "./sync";

const content = loadContent();

beforeAll(async () => {
  await syncContent(db(), content);
});

test("a question in plain words finds what it is about first (was: nothing, every term had to match)", async () => {
  const hits = await search(db(), "领导发红包怎么办");
  expect(hits.slice(0, 3).some((h) => h.title.includes("红包"))).toBe(true);
  expect(hits.slice(0, 10).map((h) => h.key)).toContain("p7-red-packets");
  expect(hits.filter((h) => h.kind === "rule").map((h) => h.key)).toContain("P7");
});

test.each([
  ["红包", ["V3", "P7", "TJ3", "ZJ2", "RP1", "RP2", "RP3"]],
  ["截屏", ["G1"]],
  ["涉密", ["P5", "XY3", "WH1"]],
])("%s finds the rules about it, those naming it in the title first", async (q, codes) => {
  const hits = await search(db(), q);
  const rules = hits.filter((h) => h.kind === "rule").map((h) => h.key);
  for (const c of codes) expect(rules).toContain(c);
  const titled = hits.findIndex((h) => !h.title.includes(q));
  const lastTitled = hits.map((h) => h.title.includes(q)).lastIndexOf(true);
  if (titled >= 0) expect(lastTitled).toBeLessThan(titled + 3); // titles carry three times the weight
});

test("a rule code is that rule; literal queries stay literal", async () => {
  expect((await search(db(), "P5"))[0]?.key).toBe("P5");
  expect((await search(db(), "黄明成")).some((h) => h.kind === "case" && h.key === "C2")).toBe(true);
  expect(await search(db(), "红%包")).toEqual([]);
  expect(await search(db(), "   ")).toEqual([]);
});

test("query words drop question words and particles, and include the words inside long ones", () => {
  const words = searchWords("领导发红包怎么办？");
  expect(words).toContain("红包");
  expect(words).toContain("领导");
  expect(words).not.toContain("怎么办");
});
