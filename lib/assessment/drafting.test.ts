/**
 * Drafting items (§4): each states its content points; the grader checks them as well as the
 * rubric's rules, names the missing point, grades U1 on the send time the learner chose, and the
 * model answers pass their own rubric and the checker with no must-fix finding.
 */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { checkMessage } from "@/lib/checker";
import { loadContent } from "@/lib/content/load";
import { parsePointsText, pointsText } from "@/lib/content/drafting-points";
import type { TQuestion } from "@/lib/content/schema";
import { gradeDraft, normaliseDraft } from "./drafting";
import { publicQuestion } from "./public-view";
import { scoreAnswer, ZAnswer } from "./score";

type Drafting = Extract<TQuestion, { type: "drafting" }>;
const items = loadContent().questions.filter((q): q is Drafting => q.type === "drafting");
const item = (id: string) => items.find((q) => q.id === id)!;

describe("every drafting item", () => {
  it.each(items.map((q) => [q.id, q] as const))("%s: states its points; its model answer meets them, its rubric and the checker", (_, q) => {
    expect(q.points.length).toBeGreaterThanOrEqual(2);
    expect(publicQuestion(q)).toMatchObject({ points: q.points.map((p) => p.label) });
    const g = gradeDraft(q, q.sample, q.sampleSendAt);
    expect(g.points.filter((p) => !p.met)).toEqual([]);
    expect(g.rubricFailed).toEqual([]);
    expect(checkMessage({ text: q.sample, kind: q.kind, sendAt: q.sampleSendAt }).findings.filter((f) => f.severity !== "suggestion")).toEqual([]);
    expect(scoreAnswer(q, { type: "drafting", text: q.sample, sendAt: q.sampleSendAt })).toMatchObject({ correct: true, score: 2 });
  });

  it.each(items.map((q) => [q.id, q] as const))("%s: the points survive the editor's one-line-per-point text", (_, q) => {
    expect(parsePointsText(pointsText(q.points))).toEqual(q.points);
  });
});

describe("content points", () => {
  const flood = item("draft-flood-inspection-notice");

  it("a content-free draft no longer earns full marks, and the missing points are named", () => {
    // The content review's probe: right form, none of the three tasks, no deadline, no confirmation.
    const text = "各村：\n关于防汛检查，请各村做好准备。\n特此通知。\n青山镇党政办 李卫";
    const r = scoreAnswer(flood, { type: "drafting", text, sendAt: "16:30" });
    expect(r.correct).toBe(false);
    expect(r.score).toBeLessThanOrEqual(1.2);
    const missing = r.findings!.filter((f) => f.message.startsWith("缺少要点")).map((f) => f.message);
    expect(missing).toEqual(
      expect.arrayContaining([
        "缺少要点：任务一：今天18:00前完成山塘水库、地质灾害隐患点巡查。",
        "缺少要点：任务三：巡查情况今晚20:00前报镇党政办。",
        "缺少要点：确认：请各村收到后回复。",
      ]),
    );
  });

  it("accepts the points in other words and formats (全角数字, 晚上8点)", () => {
    const text =
      "各村党支部书记：\n因明日起有暴雨，现紧急通知防汛检查工作：\n一、今天１８:００前巡查完本村山塘、水库和地质灾害隐患点；\n二、防汛值班人员即日起24小时值守；\n三、巡查结果晚上8点前报镇党政办。\n特此通知。请收到后回复。\n青山镇党政办 李卫";
    const g = gradeDraft(flood, text, "16:40");
    expect(g.points.filter((p) => !p.met).map((p) => p.label)).toEqual([]);
  });

  it("normalises spaces, full-width digits and colons", () => {
    expect(normaliseDraft("１８：００ 前")).toBe("18:00前");
  });
});

describe("U1 on the send time the learner chose", () => {
  const q = item("draft-quarterly-meeting-notice");

  it("passes at 08:30 the next morning, fails at 23:10 when the draft was finished", () => {
    expect(scoreAnswer(q, { type: "drafting", text: q.sample, sendAt: "08:30" }).correct).toBe(true);
    const late = scoreAnswer(q, { type: "drafting", text: q.sample, sendAt: "23:10" });
    expect(late.correct).toBe(false);
    expect(late.findings!.some((f) => f.code === "U1" && f.severity === "must")).toBe(true);
    expect(late.score).toBeLessThan(2);
  });

  it("fails U1 when no time is chosen, saying so", () => {
    const r = scoreAnswer(q, { type: "drafting", text: q.sample });
    expect(r.correct).toBe(false);
    expect(r.findings!.find((f) => f.code === "U1")?.message).toBe("没有选择发送时间。");
  });
});

describe("a blank draft", () => {
  // Found by the OpenAPI property run: the text was trimmed by zod, which the document cannot show,
  // so the document allowed " " while the server refused it.
  it("is refused, and the API document says so with a pattern", () => {
    expect(ZAnswer.safeParse({ type: "drafting", text: "  \n\t " }).success).toBe(false);
    expect(ZAnswer.safeParse({ type: "drafting", text: " 各位： " }).success).toBe(true);
    const doc = z.toJSONSchema(ZAnswer) as {
      anyOf?: { properties: Record<string, { const?: string; pattern?: string }> }[];
      oneOf?: { properties: Record<string, { const?: string; pattern?: string }> }[];
    };
    const drafting = (doc.oneOf ?? doc.anyOf ?? []).find((b) => b.properties.type?.const === "drafting");
    expect(drafting?.properties.text.pattern).toBe("\\S");
  });
});
