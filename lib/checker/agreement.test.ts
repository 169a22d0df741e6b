import { describe, expect, it } from "vitest";
import { add, agreement, consensus, loadReadings, matches, roundAgreement } from "./agreement";
import { OTHER_INVENTORY_CODES, RULE_CATALOGUE } from "./rules";

describe("second readings (decision 079)", () => {
  const readings = loadReadings();
  // Each reading's agreement runs the checker over its whole round (over 13,000 drafts in all): computed once, read by
  // both tests below. Their time grows with every round read twice, so the limit is a generous backstop, not a measure.
  let computed: ReturnType<typeof roundAgreement>[] | undefined;
  const agreements = () => (computed ??= readings.map((r) => roundAgreement(r)));
  const HEAVY = { timeout: 240_000 };

  it("cover the rounds they name, draft for draft, in inventory codes only", HEAVY, () => {
    expect(readings.length).toBeGreaterThanOrEqual(6);
    const known = new Set<string>([...Object.keys(RULE_CATALOGUE), ...OTHER_INVENTORY_CODES]);
    readings.forEach((r, i) => {
      expect(r.reader).toBe("second");
      for (const d of r.drafts) for (const code of d.labels) expect(known, `${d.id} ${code}`).toContain(code);
      // roundAgreement throws when the ids differ from the round's own.
      expect(agreements()[i]!.drafts).toBe(r.drafts.length);
    });
  });

  it("match a code with the codes named as the same conduct, in either direction", () => {
    expect(matches("V3")).toContain("ZJ1");
    expect(matches("ZJ1")).toContain("V3");
    expect(matches("ZJ1")).toContain("ZJ1");
    expect(matches("R5")).toEqual(new Set(["R5"]));
  });

  it("count a human's labels as claims and the checker's suggestions towards recall only", () => {
    const ref = [{ claims: ["V3"] }, { claims: [] }, { claims: ["R5", "P5"] }];
    const human = [{ claims: ["ZJ1"] }, { claims: ["R4"] }, { claims: ["R5"] }];
    expect(agreement(ref, human)).toEqual({
      labels: 3,
      found: 2,
      claims: 3,
      wrongClaims: 1,
      redLabels: 2,
      redFound: 1,
      clean: 1,
      falseAlarms: 1,
    });
    const checker = [{ claims: [], suggestions: ["V3"] }, { claims: [], suggestions: ["R4"] }, { claims: ["P5"] }];
    const a = agreement(ref, checker);
    expect([a.found, a.claims, a.wrongClaims, a.falseAlarms]).toEqual([2, 1, 0, 0]);
  });

  it("keep as consensus the labels both gave and the drafts both left clean, and drop the rest", () => {
    const writer = [{ claims: ["V3", "R5"] }, { claims: [] }, { claims: [] }, { claims: ["P6"] }];
    const reader = [{ claims: ["ZJ1"] }, { claims: [] }, { claims: ["R4"] }, { claims: ["TJ2"] }];
    expect(consensus(writer, reader)).toEqual([{ claims: ["V3"] }, { claims: [] }, null, null]);
  });

  // The figures decision 079 reports: two readers agree far better than the checker agrees with either.
  it("show the readers agreeing more closely with each other than the checker with either", HEAVY, () => {
    const sum = (key: "readerVsWriter" | "checkerVsWriter") =>
      agreements()
        .map((a) => a[key])
        .reduce(add);
    const humans = sum("readerVsWriter");
    const checker = sum("checkerVsWriter");
    expect(humans.found / humans.labels).toBeGreaterThan(0.9);
    expect(humans.falseAlarms / humans.clean).toBeLessThan(0.03);
    expect(humans.found / humans.labels).toBeGreaterThan(checker.found / checker.labels);
  });
});
