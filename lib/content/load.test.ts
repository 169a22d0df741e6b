import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ContentError, checkContent, inventoryCodes, loadContent, readingMinutes, sharedDir } from "./load";
import { ZLesson, type TLesson } from "./schema";

const root = path.resolve(import.meta.dirname, "..", "..");
const contentDir = path.join(root, "content");
const fixtures = path.join(import.meta.dirname, "__fixtures__");
const inventory = inventoryCodes(root);
const seedsDir = path.join(sharedDir(root) ?? path.join(root, "..", "shared"), "seeds");
const seedFiles = { A: "000_b8749f6c93cb33d3.txt", B: "004_59421b2f98653349.txt" } as const;
const haveSeeds = Object.values(seedFiles).every((f) => fs.existsSync(path.join(seedsDir, f)));

/** Relative name the loader uses for a file under `dir`. */
const rel = (...parts: string[]) => path.relative(process.cwd(), path.join(...parts)).split(path.sep).join("/");

describe("the real course content", () => {
  it("loads with no problems", () => {
    expect(checkContent(contentDir)).toEqual([]);
    expect(() => loadContent(contentDir)).not.toThrow();
  });

  const content = loadContent(contentDir);

  it("has the modules in course order", () => {
    expect(content.course.id).toBe("wechat-conduct");
    expect(content.course.modules.map((m) => m.slug)).toEqual([
      "red-lines",
      "usage-guide",
      "official-messages",
      "usage-rules",
      "ten-principles",
      "local-rules",
      "cases",
    ]);
  });

  it.skipIf(inventory === null)("contains and teaches every inventory rule and case, and nothing else", () => {
    const inv = inventory as NonNullable<typeof inventory>;
    const taughtRules = new Set(content.lessons.flatMap((l) => l.rules));
    const shownCases = new Set(content.lessons.flatMap((l) => l.cases));
    expect(content.rules.map((r) => r.code).sort()).toEqual([...inv.rules].sort());
    expect(content.cases.map((c) => c.code).sort()).toEqual([...inv.cases].sort());
    for (const code of inv.rules) expect(taughtRules.has(code), `规则 ${code} 未被讲授`).toBe(true);
    for (const code of inv.cases) expect(shownCases.has(code), `案例 ${code} 未出现在课时中`).toBe(true);
  });

  it("puts each rule in the group its code belongs to, citing the right source", () => {
    const groupOf = (code: string) => {
      const prefix = code.replace(/\d+$/, "");
      return { V: "redline", G: "guide", R: "message", U: "usage", P: "principle" }[prefix] ?? "local";
    };
    for (const r of content.rules) {
      expect(r.group, r.code).toBe(groupOf(r.code));
      expect(r.citation.source, r.code).toBe(r.group === "local" ? "B" : "A");
      expect(r.keywords.length, r.code).toBeGreaterThan(0);
    }
  });

  it("shows each case in a lesson of the cases module, with the case's own rules", () => {
    for (const c of content.cases) {
      const lesson = content.lessons.find((l) => l.module === "cases" && l.cases.includes(c.code));
      expect(lesson, c.code).toBeDefined();
      expect([...(lesson as TLesson).rules].sort(), c.code).toEqual([...c.rules].sort());
    }
    expect(content.cases.filter((c) => c.positive).map((c) => c.code)).toEqual(["C6", "C7"]);
  });

  it("numbers lessons 1, 2, 3 … inside each module and gives every lesson a do and a don't", () => {
    for (const m of content.course.modules) {
      const orders = content.lessons.filter((l) => l.module === m.slug).map((l) => l.order);
      expect(orders, m.slug).toEqual(orders.map((_, i) => i + 1));
    }
    for (const l of content.lessons) {
      const paragraphs = l.explanation.split(/\n\s*\n/).filter((p) => p.trim());
      expect(paragraphs.length, l.id).toBeGreaterThanOrEqual(2);
      expect(paragraphs.length, l.id).toBeLessThanOrEqual(4);
      expect(l.examples.some((e) => e.verdict === "do"), l.id).toBe(true);
      expect(l.examples.some((e) => e.verdict === "dont"), l.id).toBe(true);
    }
  });

  // Quotes must be the sources' own words: each part between "……" must occur in the source text.
  // Source B was scraped with ASCII punctuation, so punctuation is compared in its full-width form.
  const normalise = (s: string) =>
    s
      .replace(/\s+/g, "")
      .replace(/,/g, "，")
      .replace(/:/g, "：")
      .replace(/;/g, "；")
      .replace(/\?/g, "？")
      .replace(/!/g, "！")
      .replace(/\(/g, "（")
      .replace(/\)/g, "）");

  it.skipIf(!haveSeeds)("quotes the sources verbatim (rules and lessons)", () => {
    const text = {
      A: normalise(fs.readFileSync(path.join(seedsDir, seedFiles.A), "utf8")),
      B: normalise(fs.readFileSync(path.join(seedsDir, seedFiles.B), "utf8")),
    };
    const quotes = [
      ...content.rules.map((r) => ({ where: `rules.yaml ${r.code}`, text: r.quote, source: r.citation.source })),
      ...content.lessons.flatMap((l) => l.quotes.map((q, i) => ({ where: `${l.id} quotes.${i}`, text: q.text, source: q.citation.source }))),
    ];
    for (const q of quotes) {
      for (const part of q.text.split("……").map(normalise).filter(Boolean)) {
        expect(text[q.source].includes(part), `${q.where}: “${part}” 不在来源${q.source}中`).toBe(true);
      }
    }
  });

  it.skipIf(!haveSeeds)("reports only numbers the sources give in the case facts", () => {
    const both = fs.readFileSync(path.join(seedsDir, seedFiles.A), "utf8") + fs.readFileSync(path.join(seedsDir, seedFiles.B), "utf8");
    for (const c of content.cases) {
      for (const n of `${c.facts}${c.outcome}`.match(/\d+/g) ?? []) {
        expect(both.includes(n), `${c.code}: ${n}`).toBe(true);
      }
    }
  });

  it("estimates reading time of every lesson in whole minutes", () => {
    for (const l of content.lessons) expect(readingMinutes(l)).toBeGreaterThanOrEqual(1);
  });
});

describe("loadContent on other folders", () => {
  it("loads a minimal course that has no questions or scenarios folder", () => {
    const c = loadContent(path.join(fixtures, "minimal"));
    expect(c.lessons.map((l) => l.id)).toEqual(["lesson-a"]);
    expect(c.questions).toEqual([]);
  });

  it("reports every problem of a broken course at once, naming file and field", () => {
    const dir = path.join(fixtures, "broken");
    let error: unknown;
    try {
      loadContent(dir);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ContentError);
    const problems = (error as ContentError).problems;
    const f = (name: string) => rel(dir, name);
    const expected: [file: string, field: string, message: string][] = [
      [f("lessons/basics/01-missing-why.yaml"), "why", "缺少必填字段"],
      [f("lessons/basics/01-missing-why.yaml"), "examples.0.messages", ""],
      [f("lessons/basics/02-unknown-rule.yaml"), "rules.1", "Z9"],
      [f("lessons/basics/03-duplicate-id.yaml"), "id", "lesson-b 重复"],
      [f("lessons/basics/03-duplicate-id.yaml"), "order", "顺序 2 重复"],
      [f("lessons/elsewhere/01-unknown-module.yaml"), "module", "elsewhere"],
      [f("lessons/basics/04-bad-yaml.yaml"), "", "YAML 语法错误"],
      [f("rules.yaml"), "rules.1.code", "G2"],
      [f("cases.yaml"), "cases.0.code", "C1"],
      [f("questions/broken.yaml"), "questions.0.options", "单选题"],
      [f("questions/broken.yaml"), "questions.1.id", "q-one 重复"],
      [f("questions/broken.yaml"), "questions.1.module", "nowhere"],
      [f("questions/broken.yaml"), "questions.1.rules.0", "Q7"],
      [f("scenarios/dangling.yaml"), "steps.0.choices.1.next", "missing-ending"],
    ];
    for (const [file, field, message] of expected) {
      const prefix = field ? `${file}: ${field}: ` : `${file}: `;
      const hit = problems.find((p) => p.startsWith(prefix) && p.includes(message));
      expect(hit, `缺少问题：${prefix}${message}\n实际：\n${problems.join("\n")}`).toBeDefined();
      expect((error as ContentError).message).toContain(hit);
    }
  });
});

describe("readingMinutes", () => {
  const lesson = (explanation: string) =>
    ZLesson.parse({
      id: "x",
      module: "m",
      order: 1,
      title: "t",
      rules: ["G1"],
      explanation,
      quotes: [{ text: "引", citation: { source: "A" } }],
      examples: [{ verdict: "do", setting: "private", title: "t", messages: [{ from: "我", text: "好" }], note: "n" }],
      why: "w",
    });

  it("is at least one minute", () => {
    expect(readingMinutes(lesson("短"))).toBe(1);
  });

  it("counts about 400 characters a minute, ignoring white space", () => {
    expect(readingMinutes(lesson("字".repeat(800)))).toBe(3); // 800 + a few other characters
    expect(readingMinutes(lesson(`${"字".repeat(390)}\n\n   `))).toBe(1);
  });
});

describe("inventoryCodes", () => {
  it("returns null when the shared inventory is absent", () => {
    expect(inventoryCodes(path.join(fixtures, "minimal"))).toBeNull();
  });

  it.skipIf(inventory === null)("lists the inventory's rule and case codes", () => {
    const inv = inventory as NonNullable<typeof inventory>;
    expect(inv.rules).toContain("V1");
    expect(inv.rules).toContain("RP3");
    expect(inv.cases).toEqual(["C1", "C2", "C3", "C4", "C5", "C6", "C7"]);
  });
});
