/**
 * The pure parts of /check: the form schema the server action validates with, and the helpers
 * that turn a result into the highlight and the list (components/checker/highlight.ts).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { controlCharacters, countBySeverity, highlightPieces, placeOf, quoteOf, withoutControlCharacters } from "@/components/checker/highlight";
import { inputOf } from "@/components/checker/use-message-check";
import { countChars, MAX_TEXT_CHARS as CLIENT_MAX, validateDraft } from "@/components/checker/validate";
import { checkMessage, type Finding, MAX_TEXT_CHARS } from "@/lib/checker";
import { ZCheckForm } from "./check-form";

const BAD = "在吗？明天选举投我一票，每人发个200元微信红包。";

describe("ZCheckForm (what checkMessageAction accepts)", () => {
  it("treats empty send time, kind and channel from a form as not given, and keeps the text as typed", () => {
    const text = "  各位同事：\n明天开会。\n";
    expect(ZCheckForm.parse({ text, sendAt: "", kind: "" })).toEqual({ text });
    expect(ZCheckForm.parse({ text, sendAt: "", kind: "", channel: "" })).toEqual({ text });
    expect(ZCheckForm.parse({ text, channel: "workgroup" })).toEqual({ text, channel: "workgroup" });
    expect(ZCheckForm.parse({ text, sendAt: "23:30", kind: "notice", extra: 1 })).toEqual({ text, sendAt: "23:30", kind: "notice" });
  });

  it.each([
    [{ text: "   \n" }, "消息内容不能为空"],
    [{ text: "各".repeat(20_001) }, "消息内容不能超过20000字"],
    [{ text: `${" ".repeat(487_000)}各位同事：开会。${" ".repeat(487_000)}` }, "消息内容不能超过20000字"],
    [{ text: "各位同事：开会。", sendAt: "25:00" }, "发送时间格式应为"],
    [{ text: "各位同事：开会。", kind: "memo" }, "消息类型应为"],
    [{ text: "各位同事：开会。", channel: "work" }, "发送渠道应为 workgroup（工作群）、group（其他群聊"],
    [{ text: 42 }, "消息内容必须是文本"],
    [{}, "请输入要检查的消息内容"],
    [null, "检查请求的格式不正确"],
    ["各位同事", "检查请求的格式不正确"],
  ])("rejects %j with a Chinese message", (input, message) => {
    const r = ZCheckForm.safeParse(input);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toContain(message);
  });

  it("accepts exactly 20,000 characters, whitespace included, counted as the schema does (code points)", () => {
    expect(ZCheckForm.safeParse({ text: "😀".repeat(20_000) }).success).toBe(true);
    expect(ZCheckForm.safeParse({ text: ` ${"😀".repeat(19_998)} ` }).success).toBe(true);
    expect(ZCheckForm.safeParse({ text: ` ${"😀".repeat(20_000)} ` }).success).toBe(false);
    expect(countChars(` ${"😀".repeat(20_000)} `)).toBe(20_002);
  });

  it("accepts control characters: the check still runs and returns a well-formed result", () => {
    const text = `各位同事：\u0007明天\u0000开会。\uD800`;
    const input = ZCheckForm.parse({ text });
    const r = checkMessage(input);
    expect(["pass", "revise", "block"]).toContain(r.verdict);
  });
});

describe("validateDraft (the browser's copy of the validation)", () => {
  it("agrees with ZCheckForm on what is accepted and on the message", () => {
    expect(CLIENT_MAX).toBe(MAX_TEXT_CHARS);
    const texts = ["", "  \n ", "各位同事：开会。", "各".repeat(20_000), ` ${"各".repeat(20_000)}\n`, "各".repeat(20_001), "😀".repeat(20_001), "a\u0007b"];
    const times = ["", "09:30", "23:59", "24:00", "9:30", "2024-05-06T09:30:00+08:00", "abc"];
    const kinds = ["", "notice", "request", "report", "reply", "memo"];
    const channels = ["", "workgroup", "group", "private", "moments", "work"];
    for (const text of texts)
      for (const sendAt of times)
        for (const kind of kinds)
          for (const channel of channels) {
            const server = ZCheckForm.safeParse({ text, sendAt, kind, channel });
            const client = validateDraft({ text, sendAt, kind, channel });
            const label = JSON.stringify({ text: text.slice(0, 10), sendAt, kind, channel });
            expect(client.ok, label).toBe(server.success);
            if (!client.ok) expect(client.error, label).toBe(server.error?.issues[0]?.message);
          }
  });

  it("marks only a blank draft as empty (no error shown before the writer submits)", () => {
    expect(validateDraft({ text: " ", kind: "", sendAt: "" })).toMatchObject({ ok: false, empty: true });
    expect(validateDraft({ text: "各".repeat(20_001), kind: "", sendAt: "" })).toMatchObject({ ok: false, empty: false, field: "text" });
  });
});

describe("发到哪里: the channel goes with the form to the action", () => {
  const text = "兄弟们，今晚欧冠半决赛谁一起看球？";
  // What checkMessageAction does with what the page sends: validate with ZCheckForm, then check.
  const viaAction = (channel: "" | "workgroup" | "group" | "private" | "moments") =>
    checkMessage(ZCheckForm.parse(inputOf({ text, kind: "", sendAt: "", channel }))).findings.map((f) => f.code);

  it("sends the channel chosen and nothing for 不指定", () => {
    expect(inputOf({ text, kind: "", sendAt: "", channel: "" })).toEqual({ text });
    expect(inputOf({ text, kind: "chat", sendAt: "09:30", channel: "workgroup" })).toEqual({ text, kind: "chat", sendAt: "09:30", channel: "workgroup" });
  });

  it("off-topic chat is reported for a work group only", () => {
    expect(viaAction("workgroup")).toContain("G2");
    for (const channel of ["", "group", "private", "moments"] as const) expect(viaAction(channel), channel).not.toContain("G2");
  });
});

describe("highlightPieces", () => {
  const f = (start: number, end: number, severity: Finding["severity"], code = "X"): Finding => ({
    code,
    severity,
    start,
    end,
    message: "",
    suggestion: "",
    rule: "",
    triggers: [],
    basis: "rule",
  });

  it("cuts the text at every boundary and colours overlaps by the worst severity", () => {
    const text = "0123456789";
    const pieces = highlightPieces(text, [f(2, 6, "suggestion"), f(4, 8, "redline")]);
    expect(pieces).toEqual([
      { kind: "text", start: 0, end: 2, severity: null, findings: [] },
      { kind: "text", start: 2, end: 4, severity: "suggestion", findings: [0] },
      { kind: "text", start: 4, end: 6, severity: "redline", findings: [0, 1] },
      { kind: "text", start: 6, end: 8, severity: "redline", findings: [1] },
      { kind: "text", start: 8, end: 10, severity: null, findings: [] },
    ]);
  });

  it("puts a marker for something missing before the text at its position, including the very end", () => {
    const text = "abc";
    const pieces = highlightPieces(text, [f(0, 0, "must", "R1"), f(3, 3, "suggestion", "R5"), f(3, 3, "must", "R4")]);
    expect(pieces).toEqual([
      { kind: "marker", at: 0, severity: "must", findings: [0] },
      { kind: "text", start: 0, end: 3, severity: null, findings: [] },
      { kind: "marker", at: 3, severity: "must", findings: [1, 2] },
    ]);
  });

  it("clamps spans from a result for another text instead of throwing", () => {
    expect(highlightPieces("ab", [f(5, 9, "must"), f(-3, 1, "redline")])).toEqual([
      { kind: "text", start: 0, end: 1, severity: "redline", findings: [1] },
      { kind: "text", start: 1, end: 2, severity: null, findings: [] },
      { kind: "marker", at: 2, severity: "must", findings: [0] },
    ]);
  });

  it("on a real result, the runs rebuild the text and every finding is shown", () => {
    const r = checkMessage({ text: BAD });
    const pieces = highlightPieces(BAD, r.findings);
    const texts = pieces.flatMap((p) => (p.kind === "text" ? [BAD.slice(p.start, p.end)] : []));
    expect(texts.join("")).toBe(BAD);
    const shown = new Set(pieces.flatMap((p) => p.findings));
    expect([...shown].sort()).toEqual(r.findings.map((_, i) => i));
    expect(pieces.some((p) => p.kind === "text" && p.severity === "redline")).toBe(true);
    expect(pieces.some((p) => p.kind === "marker")).toBe(true); // no address, no signature
  });

  it("for any text, the runs tile it exactly and markers sit at the empty spans", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const r = checkMessage({ text });
        const pieces = highlightPieces(text, r.findings);
        let at = 0;
        for (const p of pieces) {
          if (p.kind === "marker") {
            expect(p.at).toBe(at);
            continue;
          }
          expect(p.start).toBe(at);
          expect(p.end).toBeGreaterThan(p.start);
          at = p.end;
        }
        expect(at).toBe(text.length);
        expect(pieces.filter((p) => p.kind === "marker").flatMap((p) => p.findings).length).toBe(r.findings.filter((x) => x.start === x.end).length);
      }),
      { numRuns: 300 },
    );
  });
});

describe("finding descriptions", () => {
  it("quotes the offending text and says where missing parts belong", () => {
    const r = checkMessage({ text: BAD, sendAt: "23:30" });
    const ping = r.findings.find((x) => x.code === "G4")!;
    expect(quoteOf(BAD, ping)).toBe("在吗");
    expect(
      placeOf(
        BAD,
        r.findings.find((x) => x.code === "R1")!,
      ),
    ).toBe("开头");
    expect(
      placeOf(
        BAD,
        r.findings.find((x) => x.code === "R5")!,
      ),
    ).toBe("结尾");
    expect(
      placeOf(
        BAD,
        r.findings.find((x) => x.code === "U1")!,
      ),
    ).toBe("发送时间");
    const mid = { code: "R4", severity: "must", start: 5, end: 5, message: "", suggestion: "", rule: "", triggers: [] as string[], basis: "rule" } as const;
    expect(placeOf("各位同事：开会。\n办公室", mid)).toBe("“各位同事：”之后");
    expect(quoteOf("x".repeat(100), { ...mid, start: 0, end: 100 })).toHaveLength(61);
  });

  it("counts findings per severity", () => {
    expect(countBySeverity(checkMessage({ text: BAD }).findings)).toMatchObject({ redline: 1 });
  });
});

describe("control characters", () => {
  it("finds C0/C1 controls and unpaired surrogates, but not tabs, line breaks or emoji", () => {
    expect(controlCharacters("各位\t同事：\r\n开会。😀")).toEqual({ count: 0, first: null });
    expect(controlCharacters("各位\u0007同事\u0000\u009f\uD800")).toEqual({ count: 4, first: "U+0007" });
    expect(withoutControlCharacters("各位\u0007同事：\n开会。😀\uDC00")).toBe("各位同事：\n开会。😀");
  });
});
