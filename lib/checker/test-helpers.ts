/**
 * Shorthands the conduct tests (one file per checker version) share: a draft checked as a chat
 * unless the test says otherwise, and its findings narrowed the ways the tests ask about them.
 */
import { checkMessage, type CheckInput } from "./index";

type Extra = Partial<CheckInput>;

export const check = (text: string, extra: Extra = {}) => checkMessage({ text, kind: "chat", ...extra });

/** Findings of one code that a rule (not the model) gave. */
export const byRule = (text: string, code: string, extra: Extra = {}) => check(text, extra).findings.filter((f) => f.code === code && f.basis === "rule");

/** Findings of one code at must-fix or red line, by rule or model. */
export const claimed = (text: string, code: string, extra: Extra = {}) =>
  check(text, extra).findings.filter((f) => f.code === code && f.severity !== "suggestion");

/** Every finding at must-fix or red line. */
export const mustOrWorse = (text: string, extra: Extra = {}) => check(text, extra).findings.filter((f) => f.severity !== "suggestion");

/** Red-line findings of one code that a rule gave. */
export const redline = (text: string, code: string, extra: Extra = {}) => byRule(text, code, extra).filter((f) => f.severity === "redline");
/** A red line of this code, by a rule or by the model. */
export const anyRedline = (text: string, code: string, extra: Extra = {}) =>
  check(text, extra).findings.filter((f) => f.code === code && f.severity === "redline");

export const codes = (text: string, extra: Extra = {}) => check(text, extra).findings.map((f) => f.code);
