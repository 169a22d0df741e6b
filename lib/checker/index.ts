/**
 * 公务消息自检 — checks a draft official WeChat message against the guide's basic requirements
 * (R1–R5), usage rules (U1), usage guide (G4, G6), the red lines, the ten principles and the local
 * rules that the words can show. Server entry: the full check needs the native segmenter
 * (segment.ts). The browser imports `check-form.ts` only. Decisions and limits: ./README.md.
 */
export type { CheckInput, CheckResult, Channel, Finding, MessageKind, Severity } from "./types";
export { CHANNELS, MESSAGE_KINDS } from "./types";
export { checkMessage, MAX_PROCESSED_UNITS } from "./check";
export { checkForm, verdictOf } from "./check-form";
export { ZCheckInput, MAX_TEXT_CHARS } from "./schema";
export { FORM_CODES, RED_LINE_CODES, RULE_CATALOGUE, type CheckCode, type RuleInfo } from "./rules";
export { parseSendAt } from "./time";
export { newMeter, type Meter } from "./meter";
