/**
 * The editor's working copy of a question: plain JSON in the shape of ZQuestion, loosely typed
 * because it is half-built most of the time. `cleanDraft` turns it into what is validated and
 * saved (empty optional fields dropped); `blankQuestion` starts one of each type.
 */
import type { Problem } from "@/lib/authoring/validate";
import { parsePointsText } from "@/lib/content/drafting-points";
import type { TDraftingPoint } from "@/lib/content/schema";

export interface DraftMessage {
  from: string;
  text: string;
  kind: string;
  meta?: string;
}
export interface DraftCitation {
  source?: string;
  publication?: string;
  date?: string;
  note?: string;
  case?: string;
}
export interface DraftOption {
  id: string;
  text: string;
  correct: boolean;
  misconception?: string;
}
export interface DraftChoice {
  id: string;
  action: string;
  label: string;
  says: DraftMessage[];
  next: string;
  score: number;
  misconception?: string;
  feedback?: string;
}
export interface DraftStep {
  id: string;
  messages: DraftMessage[];
  prompt: string;
  choices: DraftChoice[];
}
export interface DraftEnding {
  id: string;
  outcome: string;
  title: string;
  messages: DraftMessage[];
  consequence: string;
  rules: string[];
  citation?: DraftCitation;
}
export interface Draft {
  id: string;
  type: "single" | "multiple" | "truefalse" | "drafting" | "scenario";
  module: string;
  rules: string[];
  stem: string;
  explanation: string;
  difficulty: number;
  citation?: DraftCitation;
  options?: DraftOption[];
  answer?: boolean;
  misconception?: string;
  situation?: string;
  kind?: string;
  points?: TDraftingPoint[];
  /** The content points as the editor's text (one per line); turned into `points` by cleanDraft. */
  pointsText?: string;
  sampleSendAt?: string;
  rubric?: string[];
  sample?: string;
  case?: string;
  setting?: string;
  chatTitle?: string;
  start?: string;
  steps?: DraftStep[];
  endings?: DraftEnding[];
}

export const TYPE_NAMES: Record<Draft["type"], string> = {
  single: "单选题",
  multiple: "多选题",
  truefalse: "判断题",
  scenario: "情景题（分支）",
  drafting: "起草题",
};

export const ACTIONS: { value: string; label: string }[] = [
  { value: "reply", label: "回复" },
  { value: "post", label: "发送" },
  { value: "forward", label: "转发" },
  { value: "recall", label: "撤回" },
  { value: "decline", label: "拒收" },
  { value: "return", label: "退还" },
  { value: "accept", label: "领取/收下" },
  { value: "report", label: "报告" },
  { value: "ignore", label: "不理会" },
  { value: "call", label: "打电话" },
  { value: "verify", label: "核实" },
  { value: "delete", label: "删除" },
];
export const MESSAGE_KINDS: { value: string; label: string }[] = [
  { value: "text", label: "文字" },
  { value: "system", label: "系统提示" },
  { value: "redpacket", label: "红包" },
  { value: "transfer", label: "转账" },
  { value: "image", label: "图片" },
  { value: "voice", label: "语音" },
  { value: "link", label: "链接" },
  { value: "recall", label: "撤回" },
];
export const OUTCOMES = [
  { value: "good", label: "好的结局" },
  { value: "neutral", label: "尚可的结局" },
  { value: "bad", label: "坏的结局" },
];
export const SETTINGS = [
  { value: "group", label: "群聊" },
  { value: "private", label: "私聊" },
  { value: "moments", label: "朋友圈" },
  { value: "redpacket", label: "红包" },
];

const letters = "abcdef";
export const optionIds = (n: number) => letters.slice(0, n).split("");

export function blankQuestion(type: Draft["type"], module = "red-lines"): Draft {
  const base = { id: "", type, module, rules: [] as string[], stem: "", explanation: "", difficulty: 2 };
  switch (type) {
    case "single":
    case "multiple":
      return { ...base, options: optionIds(4).map((id) => ({ id, text: "", correct: false })) };
    case "truefalse":
      return { ...base, answer: true };
    case "drafting":
      return { ...base, situation: "", kind: "notice", rubric: [], points: [], sample: "", sampleSendAt: "09:00" };
    case "scenario":
      return {
        ...base,
        module: "cases",
        setting: "group",
        chatTitle: "",
        start: "s1",
        steps: [blankStep("s1", ["e1", "e2"])],
        endings: [blankEnding("e1", "good"), blankEnding("e2", "bad")],
      };
  }
}

export const blankMessage = (): DraftMessage => ({ from: "", text: "", kind: "text" });
export const blankChoice = (id: string, next: string): DraftChoice => ({ id, action: "reply", label: "", says: [], next, score: 0 });
export const blankStep = (id: string, next: string[]): DraftStep => ({
  id,
  messages: [blankMessage()],
  prompt: "你怎么做？",
  choices: [blankChoice("a", next[0] ?? ""), blankChoice("b", next[1] ?? next[0] ?? "")],
});
export const blankEnding = (id: string, outcome: string): DraftEnding => ({ id, outcome, title: "", messages: [], consequence: "", rules: [] });

/** A fresh id not in `taken`: prefix + the first free number. */
export function freshId(prefix: string, taken: string[]): string {
  for (let i = 1; ; i++) if (!taken.includes(`${prefix}${i}`)) return `${prefix}${i}`;
}

const OPTIONAL = new Set(["misconception", "feedback", "meta", "publication", "date", "note", "case"]);

/** Drops empty optional fields and an empty citation; keeps empty required ones (so they are reported). */
export function cleanDraft(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(cleanDraft);
  if (v && typeof v === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) {
      if (OPTIONAL.has(k) && (x === "" || x === undefined)) continue;
      if (k === "pointsText") {
        if (typeof x === "string") out.points = parsePointsText(x);
        continue;
      }
      if (k === "citation" && (!x || !(x as DraftCitation).source)) continue;
      out[k] = cleanDraft(x);
    }
    return out;
  }
  return v;
}

/** Messages of the problems at exactly this path. */
export function errorsAt(problems: Problem[], path: string): string[] | undefined {
  const m = problems.filter((p) => p.path === path).map((p) => p.message);
  return m.length ? m : undefined;
}

// Not `type`: changing it swaps the whole question (changeType).
type TextKey = Exclude<{ [K in keyof Draft]-?: Draft[K] extends string | undefined ? K : never }[keyof Draft], "type">;

/** Binds a control to one of the draft's text fields: its value, its change and its problems. */
export const textBinding = (draft: Draft, patch: (p: Partial<Draft>) => void, problems: Problem[]) => (key: TextKey) => ({
  value: draft[key] ?? "",
  onChange: (v: string) => patch({ [key]: v }),
  errors: errorsAt(problems, key),
});
