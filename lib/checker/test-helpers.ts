/**
 * Shorthands the conduct tests (one file per checker version) share: a draft checked as a chat
 * unless the test says otherwise, and its findings narrowed the ways the tests ask about them.
 * `extra` is either more of the input (`{ channel: "group", kind: "notice" }`) or just the channel.
 */
import { checkMessage, type CheckInput } from "./index";
import type { Channel, Finding } from "./types";

type Extra = Partial<CheckInput> | Channel;
/** One code, or any of a list of codes. */
type Codes = string | readonly string[];

const hasCode = (code: Codes) => (f: Finding) => (typeof code === "string" ? f.code === code : code.includes(f.code));

export const check = (text: string, extra: Extra = {}) => checkMessage({ text, kind: "chat", ...(typeof extra === "string" ? { channel: extra } : extra) });

/** Findings of this code (or these codes) at any severity, by rule or by the model. */
export const found = (text: string, code: Codes, extra: Extra = {}) => check(text, extra).findings.filter(hasCode(code));

/** Findings of one code that a rule (not the model) gave. */
export const byRule = (text: string, code: string, extra: Extra = {}) => check(text, extra).findings.filter((f) => f.code === code && f.basis === "rule");

/** Findings of this code (or these codes) at must-fix or red line, by rule or model. */
export const claimed = (text: string, code: Codes, extra: Extra = {}) => found(text, code, extra).filter((f) => f.severity !== "suggestion");

/** Every finding at must-fix or red line. */
export const mustOrWorse = (text: string, extra: Extra = {}) => check(text, extra).findings.filter((f) => f.severity !== "suggestion");

/** Red-line findings of one code that a rule gave. */
export const redline = (text: string, code: string, extra: Extra = {}) => byRule(text, code, extra).filter((f) => f.severity === "redline");
/** A red line of this code (or these codes), by a rule or by the model. */
export const anyRedline = (text: string, code: Codes, extra: Extra = {}) => found(text, code, extra).filter((f) => f.severity === "redline");
/** Every red line, of any code, by a rule or by the model. */
export const allRedlines = (text: string, extra: Extra = {}) => check(text, extra).findings.filter((f) => f.severity === "redline");

export const codes = (text: string, extra: Extra = {}) => check(text, extra).findings.map((f) => f.code);
