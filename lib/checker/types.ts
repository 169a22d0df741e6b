export type MessageKind = "notice" | "request" | "report" | "reply";
export const MESSAGE_KINDS = ["notice", "request", "report", "reply"] as const satisfies readonly MessageKind[];

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
}

export interface CheckInput {
  text: string;
  /** "HH:MM" or an ISO date-time; see `parseSendAt`. */
  sendAt?: string;
  kind?: MessageKind;
}

export interface CheckResult {
  /** block if any red line, revise if any must-fix, else pass. */
  verdict: "pass" | "revise" | "block";
  findings: Finding[];
}
