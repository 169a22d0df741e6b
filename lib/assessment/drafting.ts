/**
 * Grading a drafted official message (§4 of the assessment issue): the checker's verdict on the
 * rubric's rules — U1 on the send time the learner chose — and the item's content points (who,
 * what, where, by when, what to confirm), each reported by name when missing. A draft with the
 * right form but none of the content ("关于防汛检查，请各村做好准备。特此通知。") no longer
 * earns full marks.
 */
import { checkMessage, type Finding } from "../checker";
import type { TDraftingPoint, TQuestion } from "../content/schema";

type TDraftingQuestion = Extract<TQuestion, { type: "drafting" }>;

export interface DraftGrade {
  /** Rubric codes with no must-fix or red-line finding. */
  rubricPassed: string[];
  rubricFailed: string[];
  points: { label: string; met: boolean }[];
  redline: boolean;
  /** The checker's findings, then one must-fix finding per missing content point or send time. */
  findings: Finding[];
}

/** Spaces dropped, full-width digits, letters and colons made half-width, 点 after a digit as ":". */
export function normaliseDraft(text: string): string {
  return text
    .replace(/[\s\u3000]+/g, "")
    .replace(/[０-９Ａ-Ｚａ-ｚ：]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .toLowerCase();
}

export function pointMet(point: TDraftingPoint, normalised: string): boolean {
  return point.all.every((group) => group.some((alt) => normalised.includes(normaliseDraft(alt))));
}

const missingPoint = (text: string, label: string): Finding => ({
  code: "R3",
  severity: "must",
  start: text.length,
  end: text.length,
  message: `缺少要点：${label}。`,
  suggestion: "把情境要求的对象、事项、时间地点和需要对方确认的内容写进这一条消息。",
  rule: "内容要点",
  triggers: [],
  basis: "rule",
});

const noSendTime = (): Finding => ({
  code: "U1",
  severity: "must",
  start: 0,
  end: 0,
  message: "没有选择发送时间。",
  suggestion: "选择这条消息的发送时间：公务消息宜在 8:00—22:00 之间发送。",
  rule: "发送时间恰当（08:00—22:00）",
  triggers: [],
  basis: "rule",
});

export function gradeDraft(q: Pick<TDraftingQuestion, "kind" | "rubric" | "points">, text: string, sendAt: string | undefined): DraftGrade {
  const { findings } = checkMessage({ text, kind: q.kind, ...(sendAt ? { sendAt } : {}) });
  const serious = findings.filter((f) => f.severity !== "suggestion");
  const failing = new Set(serious.map((f) => f.code));
  // An opening like "在吗" (G4) is the checker's name for a first sentence without a subject (R2).
  if (failing.has("G4")) failing.add("R2");
  const extra: Finding[] = [];
  if (!sendAt && q.rubric.includes("U1")) {
    failing.add("U1");
    extra.push(noSendTime());
  }
  const normalised = normaliseDraft(text);
  const points = q.points.map((p) => ({ label: p.label, met: pointMet(p, normalised) }));
  for (const p of points) if (!p.met) extra.push(missingPoint(text, p.label));
  return {
    rubricPassed: q.rubric.filter((c) => !failing.has(c)),
    rubricFailed: q.rubric.filter((c) => failing.has(c)),
    points,
    redline: serious.some((f) => f.severity === "redline"),
    findings: [...findings, ...extra],
  };
}
