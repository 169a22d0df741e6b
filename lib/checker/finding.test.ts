import { describe, expect, it } from "vitest";
import { checkMessage } from "./check";
import { mergeOverlapping } from "./finding";
import type { Finding } from "./types";

const f = (code: string, start: number, end: number, over: Partial<Finding> = {}): Finding => ({
  code,
  severity: "must",
  start,
  end,
  message: `${code} ${start}-${end}`,
  suggestion: "",
  rule: "",
  triggers: [`${start}`],
  basis: "rule",
  ...over,
});

describe("one problem, one finding (ux.md m14)", () => {
  it("a full ID number in a sentence about a person is flagged once under P4, on the number", () => {
    const text = "各位同事：\n张三的身份证号是110105199003071234，请大家核对一下。\n特此通知。\n区委办公室";
    const p4 = checkMessage({ text, kind: "notice", sendAt: "10:00" }).findings.filter((x) => x.code === "P4");
    expect(p4).toHaveLength(1);
    expect(text.slice(p4[0].start, p4[0].end)).toBe("110105199003071234");
    expect(p4[0].message).toContain("身份证号码");
  });

  it("merges same-rule overlaps to the more severe, then the rule's, then the narrower; keeps the rest", () => {
    expect(mergeOverlapping([f("P4", 0, 20), f("P4", 5, 10)])).toEqual([{ ...f("P4", 5, 10), triggers: ["5", "0"] }]);
    expect(mergeOverlapping([f("P4", 5, 10, { severity: "suggestion" }), f("P4", 0, 20)])[0]).toMatchObject({ start: 0, end: 20, severity: "must" });
    expect(mergeOverlapping([f("V2", 0, 9, { basis: "model" }), f("V2", 3, 9)])[0]).toMatchObject({ basis: "rule" });
    // Different rules on the same words, separate words, and missing parts all stay.
    expect(mergeOverlapping([f("P4", 0, 10), f("P6", 0, 10), f("P4", 10, 12), f("R5", 3, 3), f("R5", 3, 3)])).toHaveLength(5);
  });
});
