/** Words the quiz screens share: kinds, question types, WeChat actions, formatting. */
import type { QuizKind } from "@/lib/generated/prisma/enums";
import type { IconName } from "@/lib/html/icons";
import { formatChinaDate } from "@/lib/tracking/time";

export const KIND_LABEL: Record<QuizKind, string> = {
  PRE: "课前自测",
  POST: "课后自测",
  PRACTICE: "练习",
  EXAM: "考试",
  REVIEW: "错题复习",
};

const SETTING_LABEL: Record<string, string> = { group: "微信群", private: "私聊", moments: "朋友圈", redpacket: "红包" };

/** "微信群 · 县城街坊群（436）"; a chat named like its setting ("朋友圈") is named once. */
export function chatLine(setting: string | null, chatTitle: string | null): string {
  const kind = SETTING_LABEL[setting ?? ""] ?? "微信";
  return chatTitle && chatTitle !== kind ? `${kind} · ${chatTitle}` : kind;
}

/** The kind tag beside a quiz title, unless the title already says it ("课前自测" under "课前自测"). */
export function kindTag(title: string, kind: QuizKind): string | null {
  const label = KIND_LABEL[kind];
  return title.includes(label) || (kind === "EXAM" && title.includes("考试")) ? null : label;
}

export const TYPE_LABEL = { single: "单选题", multiple: "多选题", truefalse: "判断题", scenario: "情景题", drafting: "起草题" } as const;

export const DRAFT_KIND_LABEL: Record<string, string> = { notice: "通知", request: "请示", report: "汇报", reply: "回复" };

/** A scenario choice as the WeChat action it is: the verb on the button and an SVG icon. */
export const ACTION_LABEL: Record<string, { verb: string; icon: IconName }> = {
  reply: { verb: "回复", icon: "message" },
  post: { verb: "发送", icon: "send" },
  forward: { verb: "转发", icon: "forward" },
  recall: { verb: "撤回", icon: "undo" },
  decline: { verb: "拒收", icon: "ban" },
  return: { verb: "退还", icon: "undo" },
  accept: { verb: "领取", icon: "redPacket" },
  report: { verb: "报告", icon: "megaphone" },
  ignore: { verb: "不理会", icon: "bellOff" },
  call: { verb: "打电话", icon: "phone" },
  verify: { verb: "核实", icon: "search" },
  delete: { verb: "删除", icon: "trash" },
};

/** A scenario's ending tier: the ending card's heading and the verdict, from the same data. */
export const OUTCOME_LABEL: Record<string, { text: string; verdict: string; tone: string }> = {
  good: { text: "好的结局", verdict: "处置得当", tone: "border-green-600 bg-green-50 text-green-800" },
  neutral: { text: "尚可的结局", verdict: "处置尚可", tone: "border-amber-500 bg-amber-50 text-amber-900" },
  bad: { text: "坏的结局", verdict: "处置不当", tone: "border-red-600 bg-red-50 text-red-800" },
};

/** How a scenario is scored (lib/assessment/score.ts), in the words a cadre reads under his ending. */
export const SCENARIO_SCORING = "情景按走到的结局计分：好的结局得满分，尚可的结局得一半，坏的结局不得分。";

/** "尚可的结局 · 处置尚可 · 得 1/2 分": the tier, its verdict and the points, never two opinions. */
export function endingVerdict(outcome: string, score: number, maxScore: number): string {
  const o = OUTCOME_LABEL[outcome] ?? OUTCOME_LABEL.neutral;
  return `${o.text} · ${o.verdict} · 得 ${fmtScore(score)}/${fmtScore(maxScore)} 分`;
}

export const SEVERITY_LABEL = {
  redline: { text: "红线", tone: "bg-red-700 text-white" },
  must: { text: "必须修改", tone: "bg-amber-500 text-stone-900" },
  suggestion: { text: "建议", tone: "bg-stone-200 text-stone-800" },
} as const;

export const fmtScore = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2).replace(/0$/, ""));
export const fmtPercent = (n: number) => `${Math.round(n * 10) / 10}%`;

const dateFmt = new Intl.DateTimeFormat("zh-CN", {
  timeZone: "Asia/Shanghai",
  month: "numeric",
  day: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hour12: false,
});
export const fmtDate = (d: Date | string) => dateFmt.format(new Date(d));

export function fmtDuration(sec: number) {
  const m = Math.floor(sec / 60);
  const s = sec % 60;
  return `${String(m).padStart(2, "0")}:${String(s).padStart(2, "0")}`;
}

/**
 * The result page's line for an item changed after submission. The date is the China day of the
 * change: the server's own zone (UTC in production) named the day before for changes made between
 * 00:00 and 08:00 Beijing time.
 */
export function attemptNoteText(n: { kind: "voided" | "regraded"; position: number; at: Date | string; reason: string | null }): string {
  const why = n.reason ? `（${n.reason}）` : "";
  return n.kind === "voided"
    ? `第 ${n.position} 题已作废${why}，不计入总分，成绩已重新计算`
    : `第 ${n.position} 题的答案有误，已于 ${formatChinaDate(new Date(n.at))} 按更正后的答案重新评分${why}`;
}
