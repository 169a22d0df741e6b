/** How the sender would call the message. `chat` is held to the conduct rules only. */
export type MessageKind = "notice" | "request" | "report" | "reply" | "chat";
export const MESSAGE_KINDS = ["notice", "request", "report", "reply", "chat"] as const satisfies readonly MessageKind[];

/**
 * Where the message goes: a work group (工作群: a unit's or a project's group, where only work is
 * talked about), any other group chat (其他群聊: family, classmates, neighbours …), one person, or
 * 朋友圈. Off-topic posts are a breach only in a work group (G2, GR1: `workgroup-off-topic`).
 */
export type Channel = "workgroup" | "group" | "private" | "moments";
export const CHANNELS = ["workgroup", "group", "private", "moments"] as const satisfies readonly Channel[];

/** 红线 / 必须修改 / 建议 */
export type Severity = "redline" | "must" | "suggestion";

export interface Finding {
  /** Inventory rule code (R1, G4, V3, P5 …). */
  code: string;
  severity: Severity;
  /**
   * UTF-16 offsets into the checked text: `text.slice(start, end)` is the offending text. For
   * something that is missing (address, closing line, signature) and for the send time, the span
   * is empty (`start === end`) and marks where the missing part belongs.
   */
  start: number;
  end: number;
  message: string;
  suggestion: string;
  /** The rule's title (称谓恰当礼貌, 不拉票贿选 …). */
  rule: string;
  /** The words that triggered the finding, as written (empty for something missing). */
  triggers: string[];
  /** A rule of the checker, or the classifier's second opinion (always a suggestion). */
  basis: "rule" | "model";
}

export interface CheckInput {
  text: string;
  /** "HH:MM" or an ISO date-time; see `parseSendAt`. */
  sendAt?: string;
  kind?: MessageKind;
  channel?: Channel;
}

export interface CheckResult {
  /** block if any red line, revise if any must-fix, else pass. */
  verdict: "pass" | "revise" | "block";
  findings: Finding[];
}
