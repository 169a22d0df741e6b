/**
 * The checks that need no word segmentation: the form of an official message (R1–R5, U1, G4, G6)
 * and personal data written as numbers (P4). Pure TypeScript with no Node API: the /check page
 * runs this in the browser for instant feedback while the server runs the full check (check.ts).
 */
import { checkPersonalData } from "./detect-data";
import {
  checkAddress,
  checkClosing,
  checkClosingPing,
  checkEmoji,
  checkStickerRun,
  checkOpening,
  checkOrder,
  checkLeadInAndPieces,
  checkStrungMatters,
  checkSendTime,
  checkSignature,
  checkVagueReferences,
} from "./detect-form";
import { makeFinding } from "./finding";
import { type Meter, newMeter } from "./meter";
import { OPENING_PING, SEND_TIME } from "./rules";
import { analyse, inferKind, type Structure } from "./structure";
import type { Span } from "./text";
import type { CheckInput, CheckResult, Finding, MessageKind, Severity } from "./types";

const RANK: Record<Severity, number> = { redline: 0, must: 1, suggestion: 2 };

/** block if any red line, revise if any must-fix, else pass: never milder than the worst finding. */
export function verdictOf(findings: readonly Finding[]): CheckResult["verdict"] {
  if (findings.some((f) => f.severity === "redline")) return "block";
  if (findings.some((f) => f.severity === "must")) return "revise";
  return "pass";
}

/** The kind the form rules use: as given; chat for 朋友圈; else notice/report from explicit markers. */
export function effectiveKind(s: Structure, input: Pick<CheckInput, "kind" | "channel">): MessageKind | null {
  if (input.kind) return input.kind;
  if (input.channel === "moments") return "chat";
  return inferKind(s, undefined);
}

/** Sorted by position, duplicates (same code and span) dropped. */
export function sortFindings(found: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return found
    .filter((f) => {
      const key = `${f.code}:${f.start}:${f.end}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.start - b.start || a.end - b.end || RANK[a.severity] - RANK[b.severity] || a.code.localeCompare(b.code));
}

export interface FormPass {
  structure: Structure;
  findings: Finding[];
}

/** The whole content is a ping (在吗？看到请回复): no subject at all. */
function isBarePing(s: Structure): boolean {
  // 看到请回复！！！@所有人: the mention names who is pinged, it says nothing of the matter.
  const content = s.text
    .slice(s.contentStart, s.bodyEnd)
    .replace(/@\S+/g, "")
    .replace(/[。！？!?，,~～\s哈呀啊呢]+/g, "");
  return content.length > 0 && OPENING_PING.pattern.test(content);
}

/** A title said before the ping in the same clause (院长在吗): not an address of its own. */
const TITLE_BEFORE_PING = /^[\u4e00-\u9fff]{0,3}(?:长|书记|主任|老师|总|科|局|处)(?=在)/;
/** Kin spoken to (老婆，在吗？今晚加班…): a family chat, not a colleague's time wasted. */
const KIN_OPENING = /^(?:老婆|老公|媳妇|亲爱的|宝贝|老妈|老爸|妈|爸|哥|姐|弟|妹)/;

/**
 * A chat to a colleague (private or work group) opened with a ping before the matter (在吗？明天检查的材料
 * 你准备好了没？, 院长在吗？在吗？有个事…): G4, as in a request. Of the earlier rounds' chats opened so, those
 * to colleagues are G4 (r41-087, r50-013, r51-049 …), the two clean ones speak to a wife or to friends.
 */
function chatOpensWithPing(s: Structure, channel: CheckInput["channel"]): Span | null {
  if ((channel !== "private" && channel !== "workgroup") || !s.firstSentence || s.title) return null;
  if (KIN_OPENING.test(s.text.slice(s.address?.span.start ?? s.contentStart))) return null;
  const fs = s.firstSentence;
  let end = fs.start;
  while (end < fs.end && !/[，,。！？!?~～\s]/.test(s.text[end] ?? "")) end++;
  const clause = s.text.slice(fs.start, end).replace(TITLE_BEFORE_PING, "");
  return clause !== "" && OPENING_PING.pattern.test(clause) ? { start: fs.start, end } : null;
}

const ADDRESS_WORDS = /^[\u4e00-\u9fff]{2,8}$/;
// 辛苦马委员 (r99-095), 好，辛苦。(r99-117): thanks, no address waiting for a matter. None of the six drafts of all sets
// that are only a thanks with 辛苦/感谢/多谢 is G4, all clean (decision 078).
const REPLY_WORDS = /^(?:好的|收到|明白|谢谢|可以|知道了|行吧|辛苦|感谢|多谢)/;

/** An address or a greeting and nothing else (王主任⏎, 各位): the matter is left for a later message. */
function isAddressOnly(s: Structure): boolean {
  if (!s.address || s.firstSentence || s.title) return false;
  // A name, a title or 各位 — not stickers ([捂脸]) nor a reply (好, 收到).
  const address = s.text.slice(s.address.span.start, s.address.span.end);
  if (!ADDRESS_WORDS.test(address) || REPLY_WORDS.test(address)) return false;
  return s.text.slice(s.address.span.end).replace(/[\s：:，,！!。~～]+/g, "") === "";
}

/**
 * A chat whose send time matters (U1): one that hands out work (材料…改好发我), one posted to a work
 * group, or one sent one to one to a colleague named or titled at its head (小王，… / 刘局，…).
 * Outside working hours the corpus's writers label U1 on 22 of 24 work-group chats and on 18 of 20
 * such private chats (the other two are leaks to a 老同学 and a 王哥), and on none of the chats to
 * family (妈，… / 老婆，…), which have no such address.
 */
function chatAtWork(s: Structure, input: CheckInput): boolean {
  if (SEND_TIME.workTask.test(s.text.replace(SEND_TIME.workDone, "")) || input.channel === "workgroup") return true;
  return input.channel === "private" && s.address?.quality === "ok";
}

/** The form and number checks on an already analysed text. */
export function formFindings(s: Structure, input: CheckInput, meter: Meter): Finding[] {
  const { text } = s;
  const found: Finding[] = [];
  const kind = effectiveKind(s, input);
  // Each form check scans the head, the tail or the whole text a bounded number of times.
  meter.ops += text.length * 12;
  // 在吗 and nothing else wastes the reader's time in a chat too (G4).
  if (kind === "chat" && s.firstSentence && isBarePing(s)) found.push(makeFinding(text, "openingPing", s.firstSentence));
  else if (kind === "chat") {
    const ping = chatOpensWithPing(s, input.channel);
    if (ping) found.push(makeFinding(text, "openingPing", ping));
  }
  // 王主任⏎ / 各位⏎ alone is a ping too (G4), and there is no first sentence to state the subject (R2).
  if (isAddressOnly(s)) found.push(makeFinding(text, "addressOnly", s.address!.span), makeFinding(text, "addressOnlyLeadIn", s.address!.span));
  if (kind !== "chat") {
    checkAddress(s, kind, found, input.channel);
    const ping = checkOpening(s, found);
    if (!ping) checkClosingPing(s, found);
    checkOrder(s, kind, found);
    checkClosing(s, kind ?? undefined, ping, found, input.channel);
    checkSignature(s, kind, found, input.channel);
    checkSendTime(text, input.sendAt, found, kind, input.channel);
    checkEmoji(text, found);
  } else if (chatAtWork(s, input)) checkSendTime(text, input.sendAt, found);
  // [强][强][强] in a work group's chat: 滥用表情 (G6, a suggestion).
  if (kind === "chat" && input.channel === "workgroup") checkStickerRun(text, found);
  // 就是那个事…你懂的…都知道了吧: the subject pointed at, never named (R2), in a chat too.
  if (!found.some((f) => f.code === "R2")) checkVagueReferences(s, found);
  checkPersonalData(s, found, meter);
  if (!found.some((f) => f.code === "R3")) checkStrungMatters(s, found);
  checkLeadInAndPieces(s, kind, found);
  return found;
}

/** Form and number checks only (the browser's instant check). */
export function checkForm(input: CheckInput, meter: Meter = newMeter()): CheckResult {
  const text = typeof input.text === "string" ? input.text : "";
  if (text.trim() === "") return { verdict: "pass", findings: [] };
  const findings = sortFindings(formFindings(analyse(text), input, meter));
  return { verdict: verdictOf(findings), findings };
}
