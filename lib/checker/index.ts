/**
 * 公务消息自检 — checks a draft official WeChat message or text message against the guide's basic
 * requirements (R1–R5), usage rules (U1, U3), usage guide (G4, G6), red lines and ten principles.
 * Pure TypeScript: no network, no Node-only APIs; runs on the server and in the browser.
 * Decisions and limits: ./README.md.
 */
export type { CheckInput, CheckResult, Finding, MessageKind, Severity } from "./types";
export { MESSAGE_KINDS } from "./types";
export { checkMessage, verdictOf } from "./check";
export { ZCheckInput, MAX_TEXT_CHARS } from "./schema";
export { RULE_CATALOGUE, type CheckCode, type RuleInfo } from "./rules";
export { parseSendAt } from "./time";
