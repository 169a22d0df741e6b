import { checkAddress, checkClosing, checkEmoji, checkOpening, checkOrder, checkSendTime, checkSignature } from "./detect-form";
import { checkHearsay, checkPatternList, checkPersonalData, checkRedPackets, checkSecrets } from "./detect-content";
import { ADVERT, CHAIN_LETTER, INDUCEMENT, VULGAR } from "./rules";
import { analyse, inferKind } from "./structure";
import type { CheckInput, CheckResult, Finding, Severity } from "./types";

const RANK: Record<Severity, number> = { redline: 0, must: 1, suggestion: 2 };

/** block if any red line, revise if any must-fix, else pass. */
export function verdictOf(findings: readonly Finding[]): CheckResult["verdict"] {
  if (findings.some((f) => f.severity === "redline")) return "block";
  if (findings.some((f) => f.severity === "must")) return "revise";
  return "pass";
}

/**
 * Checks an official WeChat message or text message. Pure and deterministic: the same input always
 * gives the same findings, sorted by position. Never throws for any string; validate untrusted
 * input with `ZCheckInput` first to get friendly errors for empty or oversized text.
 */
export function checkMessage(input: CheckInput): CheckResult {
  const text = typeof input.text === "string" ? input.text : "";
  if (text.trim() === "") return { verdict: "pass", findings: [] };

  const s = analyse(text);
  const kind = inferKind(s, input.kind);
  const found: Finding[] = [];

  checkAddress(s, kind, found);
  const ping = checkOpening(s, found);
  checkOrder(s, found);
  checkClosing(s, input.kind, ping, found);
  checkSignature(s, kind, found);
  checkSendTime(text, input.sendAt, found);
  checkEmoji(text, found);

  checkRedPackets(s, found);
  checkSecrets(s, found);
  checkPersonalData(s, found);
  checkPatternList(s, CHAIN_LETTER, found);
  checkPatternList(s, INDUCEMENT, found);
  checkPatternList(s, ADVERT, found);
  checkPatternList(s, VULGAR, found);
  checkHearsay(s, found);

  const seen = new Set<string>();
  const findings = found
    .filter((f) => {
      const key = `${f.code}:${f.start}:${f.end}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.start - b.start || a.end - b.end || RANK[a.severity] - RANK[b.severity] || a.code.localeCompare(b.code));

  return { verdict: verdictOf(findings), findings };
}
