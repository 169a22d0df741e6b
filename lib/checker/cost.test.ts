/**
 * The checker's cost is linear and bounded (security review F2): a bound on counted work, not
 * on the clock.
 * - Every regular expression in lib/checker is checked by recheck (an automata-based ReDoS
 *   checker) to run in linear time on any input: no exponential or polynomial backtracking.
 * - The engine's own loops count their steps (meter.ts); on pathological inputs of the maximum
 *   length (padding, runs of one character, many numbers, many sentences, quotes, links, list
 *   markers) the count stays under a fixed multiple of the length, and doubling the input at
 *   most doubles it.
 * - The input limit counts the whole text, so padding is not free, and the route reads at most
 *   MAX_CHECK_BODY_BYTES of a body before parsing it (the guard's capped reader, security review F2).
 */
import fs from "node:fs";
import path from "node:path";
import { check as recheck } from "recheck";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { BodyTooLarge, readBodyCapped } from "@/lib/security/body-limit";
import { UNIT_SIGNATURE } from "./check";
import { checkMessage, MAX_TEXT_CHARS, newMeter, ZCheckInput } from "./index";
import { MAX_CHECK_BODY_BYTES } from "./schema";
import { BUILT_PATTERNS } from "./structure";

const DIR = import.meta.dirname;

/** Every regular-expression literal in the checker's source files. */
function literalPatterns(): { where: string; re: RegExp }[] {
  const out: { where: string; re: RegExp }[] = [];
  for (const f of fs.readdirSync(DIR).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))) {
    const src = fs.readFileSync(path.join(DIR, f), "utf8");
    const sf = ts.createSourceFile(f, src, ts.ScriptTarget.Latest, true);
    const visit = (n: ts.Node) => {
      if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const lit = n.getText(sf);
        const slash = lit.lastIndexOf("/");
        out.push({ where: `${f}:${sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1}`, re: new RegExp(lit.slice(1, slash), lit.slice(slash + 1)) });
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return out;
}

describe("regular expressions", () => {
  const patterns = [
    ...literalPatterns(),
    ...BUILT_PATTERNS.map((re, i) => ({ where: `structure.ts built pattern ${i}`, re })),
    { where: "check.ts UNIT_SIGNATURE", re: UNIT_SIGNATURE },
  ];

  it("finds the checker's patterns", () => {
    expect(patterns.length).toBeGreaterThan(60);
  });

  it("every pattern runs in linear time on any input (recheck)", { timeout: 300_000 }, async () => {
    const unsafe: string[] = [];
    for (const { where, re } of patterns) {
      // No wall-clock limit anywhere: recheck's fuzzer is seeded (randomSeed 0) and, with every timeout off, bounded
      // only by its own step counts, so the verdict is the same on any machine. A 20 s overall limit turned a slow,
      // loaded run's "safe" into a "timeout" (twice in one study run), and the per-phase defaults (incubation 250 ms,
      // attack 1 s, seeding 100 ms) made the fuzzer explore more or less by speed: selfIntroduction came out
      // "vulnerable" in one of six runs in one process. The test's own timeout is the backstop.
      const r = await recheck(re.source, re.flags, { timeout: null, incubationTimeout: null, attackTimeout: null, seedingTimeout: null });
      if (r.status !== "safe") unsafe.push(`${where} /${re.source.slice(0, 60)}/ ${r.status} ${r.status === "vulnerable" ? r.complexity.summary : ""}`);
    }
    expect(unsafe).toEqual([]);
  });
});

const N = MAX_TEXT_CHARS;
const repeat = (unit: string) => unit.repeat(Math.ceil(N / unit.length)).slice(0, N);
const PATHOLOGICAL: Record<string, string> = {
  "padding around a message": `${" ".repeat(N / 2 - 10)}各位同事：明天开会。${" ".repeat(N / 2 - 10)}`,
  "one character": repeat("红"),
  "in-ping runs": repeat("在吗"),
  "看到请回复 runs": repeat("看到请回复一下"),
  commas: repeat("，"),
  digits: repeat("1"),
  "mobile numbers": repeat("13800001234，"),
  "ID numbers": repeat("420106198506154321、"),
  "list markers": repeat("1. 红包\n"),
  emoji: repeat("😀"),
  "open quotes": repeat("“"),
  "line breaks": repeat("\n"),
  links: repeat("https://a.cn/sb "),
  "e-mail-like": repeat("a.b+c-d"),
  hearsay: repeat("听说听说要扩散，"),
  "gap starts": repeat("听"),
  "every concept": repeat("红包转账投票审批关照机密底价听说中央瞎折腾老乡互相照应英明身份证集赞包邮他妈的，"),
  names: repeat("王芳李明张伟，"),
  sentences: repeat("是。"),
  mixed: repeat("各位同事：听说下周换届，投我一票发红包，机密文件别外传，13800001234。\n"),
};

/** Counted steps per character that no input may exceed. */
const OPS_PER_CHAR = 200;

describe("counted work on pathological inputs", () => {
  it.each(Object.entries(PATHOLOGICAL))("%s: bounded and linear", (_, text) => {
    expect(text.length).toBeLessThanOrEqual(2 * N);
    const full = newMeter();
    checkMessage({ text, kind: "notice", sendAt: "23:00" }, full);
    expect(full.ops).toBeLessThanOrEqual(OPS_PER_CHAR * text.length);
    const half = newMeter();
    checkMessage({ text: text.slice(0, text.length / 2), kind: "notice", sendAt: "23:00" }, half);
    expect(full.ops).toBeLessThanOrEqual(2.2 * half.ops + 1000);
  });

  it("processes no more than the limit even when called without validation", () => {
    const huge = `${"红包".repeat(60_000)}`;
    const m = newMeter();
    checkMessage({ text: huge }, m);
    expect(m.ops).toBeLessThanOrEqual(OPS_PER_CHAR * 40_000);
  });
});

describe("limits apply to what is processed", () => {
  it("counts padding toward the limit (F2: 487,000 spaces either side used to be free)", () => {
    const padded = `${" ".repeat(487_000)}各位同事：开会。${" ".repeat(487_000)}`;
    const r = ZCheckInput.safeParse({ text: padded });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toContain("不能超过20000字");
    expect(ZCheckInput.safeParse({ text: " ".repeat(N - 4) + "各位同事" }).success).toBe(true);
  });

  it("reads a body only up to the cap, refusing a declared or streamed excess unparsed", async () => {
    const body = JSON.stringify({ text: "各".repeat(N) });
    expect(Buffer.byteLength(body)).toBeLessThan(MAX_CHECK_BODY_BYTES);
    const ok = new Request("http://x/api", { method: "POST", body });
    expect(new TextDecoder().decode(await readBodyCapped(ok, MAX_CHECK_BODY_BYTES))).toBe(body);
    const declared = new Request("http://x/api", { method: "POST", body: "x", headers: { "content-length": String(MAX_CHECK_BODY_BYTES + 1) } });
    await expect(readBodyCapped(declared, MAX_CHECK_BODY_BYTES)).rejects.toBeInstanceOf(BodyTooLarge);
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(c) {
        pulled++;
        c.enqueue(new Uint8Array(64 * 1024).fill(32));
      },
    });
    const streamed = new Request("http://x/api", { method: "POST", body: endless, duplex: "half" } as RequestInit);
    await expect(readBodyCapped(streamed, MAX_CHECK_BODY_BYTES)).rejects.toBeInstanceOf(BodyTooLarge);
    expect(pulled).toBeLessThan(10);
  });
});
