import { expect, test } from "vitest";
import { groupByRule, ruleFilter } from "./mistake-groups";

const titles = { V3: "不拉票贿选", P7: "不拉票贿选（十大原则）", P4: "不泄露他人隐私" };
const m = (id: string, rules: string[]) => ({ id, rules });
const list = [m("a", ["V3", "P7"]), m("b", ["P4"]), m("c", ["V3"]), m("d", ["P7", "V3"])];

test("mistakes group under their first rule, by Chinese title, the biggest group first (ux.md m6)", () => {
  const g = groupByRule(list, titles);
  expect(g.map((x) => [x.code, x.title, x.items.map((i) => i.id)])).toEqual([
    ["V3", "不拉票贿选", ["a", "c"]],
    ["P4", "不泄露他人隐私", ["b"]],
    ["P7", "不拉票贿选（十大原则）", ["d"]],
  ]);
  // Every mistake appears once.
  expect(g.flatMap((x) => x.items)).toHaveLength(list.length);
});

test("filtered by a rule: every mistake that tests it, in one group; the filter counts each rule a mistake tests", () => {
  expect(groupByRule(list, titles, "V3").map((x) => [x.code, x.items.map((i) => i.id)])).toEqual([["V3", ["a", "c", "d"]]]);
  expect(groupByRule(list, titles, "G1")).toEqual([]);
  expect(ruleFilter(list, titles)).toEqual([
    { code: "V3", title: "不拉票贿选", count: 3 },
    { code: "P7", title: "不拉票贿选（十大原则）", count: 2 },
    { code: "P4", title: "不泄露他人隐私", count: 1 },
  ]);
});
