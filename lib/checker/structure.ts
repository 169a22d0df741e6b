/**
 * The parts of an official message: optional @mentions and title, the form of address, a greeting,
 * the body, and the signature block at the end. Detectors work on these parts so that, say, a
 * phone number in the signature is read as the sender's contact line and the closing line is
 * looked for just before the signature.
 */
import { ADDRESS, EMOJI, KIND_HINTS, KIND_MARKERS, NOT_NAMES, SIGNATURE, SURNAMES } from "./rules";
import type { MessageKind } from "./types";
import { type Sentence, type Span, isSpace, sentenceIndexAt, splitLines, splitSentences, trimSpan } from "./text";

export type AddressQuality = "ok" | "vague" | "familiar";

export interface Structure {
  text: string;
  sentences: Sentence[];
  /** Title line (【…】 or a line ending in 通知/报告 …), which states the subject. */
  title: Span | null;
  address: { span: Span; quality: AddressQuality } | null;
  /** An @mention of one person by name or title (@小刘, @李工), which names the reader (decision 043). */
  personMention: Span | null;
  /** First character after mentions, title, address and greeting. */
  contentStart: number;
  /** The first sentence of the content, trimmed. */
  firstSentence: Span | null;
  /** The trailing signature block (unit, name, contact, date lines). */
  signature: { span: Span; hasIdentity: boolean } | null;
  /** End of the body: start of the signature block, or end of the trimmed text. */
  bodyEnd: number;
  /** Sentences of the body, clipped to [contentStart, bodyEnd). */
  body: Sentence[];
}

// ───────────────────────────── address ─────────────────────────────

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const alternation = (words: readonly string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(esc)
    .join("|");

const ADDRESS_END = new RegExp(`(?:${alternation([...ADDRESS.personTitles, ...ADDRESS.collective])})们?$`);
const FAMILIAR = new Set<string>(ADDRESS.familiar);
const VAGUE = new Set<string>(ADDRESS.vague);
const PERSON_TITLE = alternation(ADDRESS.personTitles);
/** 李明 / 小王 / 老张 / 欧阳娜娜 */
const NAME = new RegExp(`^(?:[小老])?(?:${SURNAMES})[\\u4e00-\\u9fff]{0,2}$`);
/** 张科长 / 王总 / 李某 */
const NAME_WITH_TITLE = new RegExp(`^(?:${SURNAMES})[\\u4e00-\\u9fff]{0,2}?(?:${PERSON_TITLE})$`);
const PARENTHETICAL = /[（(][^（）()]{0,10}[)）]/g;
const MENTION = /^@[^\s@]{1,24}[\s\u2005]*/;
/** An @ written on a collective address with its colon: @各位编导： / @各位老师： (decision 046). */
const MENTION_ADDRESS = /^@各位[\u4e00-\u9fff]{1,10}[：:]/;
/**
 * A line of attachments only ([语音 60″][语音 38″], [文件：报送模板.docx], and the file's name after the bracket:
 * [文件]值班表.xlsx, decision 063): not the text's first or last line.
 */
const ATTACHMENT_LINE =
  /^(?:\[(?:语音|图片|视频|文件|照片|链接|附件|截图)[^\]\n]{0,60}\][ \t\u3000]*(?:[^\s.[\]]{1,60}\.(?:xlsx|xls|docx|doc|pdf|pptx|ppt|wps|zip|rar|txt)[ \t\u3000]*)?)+(?:\n|$)/;
const BRACKET_TITLE = /^【[^】\n]{1,80}】[ \t\u3000]*/;
const TITLE_LINE_END = /(?:通知|公告|通报|提醒|报告|请示|函|说明|倡议书|邀请函|预告)$/;
const HAS_PUNCT = /[。！？!?，,：:；;]/;
/** The first clause: up to a delimiter, at most 40 characters. */
const FIRST_CLAUSE = /^([^：:，,！!。？?\n；;~～]{1,40})([：:，,！!。？?\n；;~～]+|$)/;

export function isPersonName(s: string): boolean {
  if (NOT_NAMES.has(s)) return false;
  return NAME.test(s) || NAME_WITH_TITLE.test(s);
}

/** Emoji and WeChat stickers decorating an address (各位同事👋) do not change what it is. */
const DECORATIONS = [new RegExp(EMOJI.run.source, "gu"), new RegExp(EMOJI.wechat.source, "gu")];

/** A short line of nouns before a colon: 各位民警、辅警： / 各位考生： — the form of an address. */
const COLON_ADDRESS = /^(?:各位|全体|各)?[\u4e00-\u9fff]{1,12}(?:[、和及与][\u4e00-\u9fff]{1,12}){0,5}$/;
/**
 * Before a colon only sentence words rule a line out (机要员 has 要, which notAddress would catch;
 * 申请人 and 各申请单位 name people, not 请 as a verb).
 */
const COLON_NOT_ADDRESS = /[了吗呢吧啊\d]|(?<![申邀聘])请|明天|今天|后天|上午|下午|晚上|本周|下周|通知|提醒|注意|紧急|重要|收到|好的|谢谢|群里|咱们|我们/;
/**
 * A name or title run into a ping: 刘站长在吗 — the address, then the ping (G4). The ping may be doubled (刘秘书在吗在吗？？看到速回,
 * r235-068; 吴所在吗在吗, r218-075): 37 of the 38 drafts of all sets with 在吗在吗 or 在吗？在吗 are G4 (decision 115).
 */
const NAME_THEN_PING = /^([\u4e00-\u9fff]{1,8}?)((?:在吗|在不在|在么|在嘛|在没|有空吗|忙吗|方便吗)(?:在吗|在嘛|在么)*)$/;
/** A short name or title set off by an emoji or a space instead of punctuation: 刘处😊 会上…… */
const LEADING_NAME = new RegExp(`^([\\u4e00-\\u9fff]{1,8})(?:${EMOJI.run.source}|[ \\u3000])`, "u");

function classifyAddress(candidate: string, colon = false): AddressQuality | "greeting" | null {
  let core = DECORATIONS.reduce((c, re) => c.replace(re, ""), candidate).trim();
  // 亲爱的王姐 is as familiar as 亲; 尊敬的 is fine.
  if (/^亲爱的/.test(core)) return "familiar";
  core = core.replace(ADDRESS.prefix, "");
  const familiarCore = core.replace(/^(?:各位|我的)/, "");
  if (FAMILIAR.has(familiarCore)) return "familiar";
  core = core.replace(ADDRESS.trailingGreeting, "");
  if (core === "") return "greeting";
  if (VAGUE.has(core)) return "vague";
  // 提醒各位网格员： names the recipients after the verb (decision 044).
  const bare = (colon ? core.replace(/^提醒(?:一下)?(?=各位|全体)/, "") : core).replace(PARENTHETICAL, "");
  if (colon && bare.length <= 40 && COLON_ADDRESS.test(bare) && !COLON_NOT_ADDRESS.test(bare)) return "ok";
  if (core.length > 30 || ADDRESS.notAddress.test(core)) return null;
  if (ADDRESS_END.test(bare) || isPersonName(bare)) return "ok";
  return null;
}

interface Head {
  title: Span | null;
  address: { span: Span; quality: AddressQuality } | null;
  personMention: Span | null;
  contentStart: number;
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && isSpace(text[i])) i++;
  return i;
}

function analyseHead(text: string): Head {
  let pos = skipSpace(text, 0);
  let title: Span | null = null;
  let personMention: Span | null = null;

  for (;;) {
    const rest = text.slice(pos, pos + 100);
    // @各位编导：明早9点… — the @ sits on the address itself (r51-038): the words before the colon are
    // the form of address, not a mention to skip.
    if (MENTION_ADDRESS.test(rest)) {
      pos += 1;
      break;
    }
    const mention = MENTION.exec(rest);
    if (mention) {
      // @小刘 / @李工 names the one person asked; @所有人 names nobody.
      const name = mention[0].slice(1).trim();
      if (!personMention && !/^(?:所有人|全体)/.test(name) && isPersonName(name)) personMention = { start: pos, end: pos + 1 + name.length };
      pos = skipSpace(text, pos + mention[0].length);
      continue;
    }
    // Voice messages sent first, the words after them (decision 034).
    const attachment = ATTACHMENT_LINE.exec(rest);
    if (attachment && /\n/.test(attachment[0]) && text.slice(pos + attachment[0].length).trim() !== "") {
      pos = skipSpace(text, pos + attachment[0].length);
      continue;
    }
    const bracket = BRACKET_TITLE.exec(rest);
    if (bracket) {
      title = trimSpan(text, pos, pos + bracket[0].length);
      pos = skipSpace(text, pos + bracket[0].length);
      continue;
    }
    break;
  }

  // A plain title line: no punctuation, ends in 通知/报告 …, followed by more lines.
  const nl = text.indexOf("\n", pos);
  if (nl > pos && nl - pos <= 60) {
    // A header such as "紧急通知：" on its own line is a title too.
    const line = text
      .slice(pos, nl)
      .trim()
      .replace(/[：:]$/, "");
    if (!HAS_PUNCT.test(line) && TITLE_LINE_END.test(line)) {
      title = trimSpan(text, pos, nl);
      pos = skipSpace(text, nl + 1);
    }
  }

  let address: Head["address"] = null;
  const lead = LEADING_NAME.exec(text.slice(pos, pos + 24));
  const first = FIRST_CLAUSE.exec(text.slice(pos, pos + 48));
  const pinged = first ? NAME_THEN_PING.exec(first[1]!.trim()) : null;
  if (pinged && classifyAddress(pinged[1]!) === "ok") {
    const at = text.indexOf(pinged[1]!, pos);
    address = { span: { start: at, end: at + pinged[1]!.length }, quality: "ok" };
    pos = at + pinged[1]!.length;
  } else if (lead && classifyAddress(lead[1]!) === "ok" && !(first && classifyAddress(first[1]!, /^[：:]/.test(first[2] ?? "")) === "ok")) {
    address = { span: trimSpan(text, pos, pos + lead[1]!.length), quality: "ok" };
    pos += lead[1]!.length;
  } else if (first) {
    const cls = classifyAddress(first[1]!, /^[：:]/.test(first[2] ?? ""));
    const clauseSpan = trimSpan(text, pos, pos + first[1]!.length);
    let after = pos + first[0].length;
    if (cls === "greeting") {
      // 您好，王主任： — try the next clause as the address.
      const second = FIRST_CLAUSE.exec(text.slice(after, after + 48));
      const cls2 = second ? classifyAddress(second[1]!) : null;
      if (second && (cls2 === "ok" || cls2 === "familiar")) {
        address = { span: trimSpan(text, after, after + second[1]!.length), quality: cls2 };
        after += second[0].length;
      } else {
        address = { span: clauseSpan, quality: "vague" };
      }
      pos = after;
    } else if (cls !== null) {
      address = { span: clauseSpan, quality: cls };
      pos = after;
    }
  }

  pos = skipSpace(text, pos);
  const greeting = ADDRESS.greeting.exec(text.slice(pos, pos + 24));
  if (greeting && address) pos = skipSpace(text, pos + greeting[0].length);

  return { title, address, personMention, contentStart: pos };
}

// ───────────────────────────── signature ─────────────────────────────

const UNIT = new RegExp(`^[\\u4e00-\\u9fff（）()A-Za-z0-9×Ｘ＊*]{0,24}?(?:${SIGNATURE.unitSuffix})$`);
const UNIT_THEN_NAME = new RegExp(`^[\\u4e00-\\u9fff（）()]{1,20}?(?:${SIGNATURE.unitSuffix})(?:${SURNAMES})[\\u4e00-\\u9fff]{1,2}$`);
const PHONE = /^(?=[^\d]*\d)[\dxX*＊\s()（）+-]{7,20}$/;
const EMAIL = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/;
const TOKEN_SPLIT = /[\s\u3000、，,·|｜/]+/;
const TERMINAL = /[。！？!?；;…]+/g;
const WRAPPED = /^[（(【[](.+)[)）】\]]$/;
const TRAILING_WRAPPED = /[（(]([^（）()]{1,30})[)）][。.]?$/;

/** What a signature-sized piece of text is: a unit or name, only a date or contact, or not a signature. */
type SigPiece = "identity" | "date" | "none";

function classifySignaturePiece(raw: string): SigPiece {
  let s = raw.trim().replace(SIGNATURE.leader, "");
  const wrapped = WRAPPED.exec(s);
  if (wrapped) s = wrapped[1]!.trim();
  // 县应急管理局（群主）: the sender's role in the group after the unit; （群主 孙浩）keeps the name.
  s = s
    .replace(/[。.]$/, "")
    .replace(SIGNATURE.roleNameNote, " $1")
    .replace(SIGNATURE.jointNote, "")
    .replace(SIGNATURE.roleNoteInner, " ")
    .replace(SIGNATURE.roleNote, "")
    .trim();
  if (s.length === 0 || s.length > SIGNATURE.maxLength) return "none";
  if (SIGNATURE.notSignature.test(s)) return "none";
  if (SIGNATURE.date.test(s)) return "date";

  let contact = false;
  const asContact = () => {
    contact = true;
    return " ";
  };
  const flat = s.replace(SIGNATURE.extension, asContact).replace(SIGNATURE.contactLabel, asContact);
  const tokens = flat.split(TOKEN_SPLIT).filter((t) => t.length > 0);
  if (tokens.length === 0) return contact ? "date" : "none"; // a contact line on its own (分机号：8021)
  if (tokens.length > 5) return "none";
  let identity = 0;
  let other = 0;
  for (const t of tokens) {
    // 四（1）班班主任: a unit with the sender's role glued to it.
    const unit = t.replace(SIGNATURE.roleSuffix, "");
    if (
      UNIT.test(t) ||
      UNIT_THEN_NAME.test(t) ||
      isPersonName(t) ||
      SIGNATURE.givenName.test(t) ||
      SIGNATURE.teacherName.test(t) ||
      (unit !== t && UNIT.test(unit))
    )
      identity++;
    else if (SIGNATURE.role.test(t)) continue;
    else if (SIGNATURE.date.test(t) || PHONE.test(t) || EMAIL.test(t)) continue;
    else other++;
  }
  if (identity > 0 && other <= 1) return "identity";
  if (identity === 0 && other === 0 && contact) return "date";
  return "none";
}

function analyseSignature(text: string): Structure["signature"] {
  const lines = splitLines(text);
  let i = lines.length - 1;
  while (i >= 0 && lines[i]!.text.trim() === "") i--;
  // Files attached after the signature ([文件：报送模板.docx]) are not part of the text (decision 034).
  while (i > 0 && (ATTACHMENT_LINE.test(lines[i]!.text.trim()) || lines[i]!.text.trim() === "")) i--;
  if (i < 0) return null;

  let blockStart = -1;
  let blockEnd = -1;
  let hasIdentity = false;
  let taken = 0;

  for (; i >= 0 && taken < SIGNATURE.maxLines; i--) {
    const line = lines[i]!;
    const t = trimSpan(text, line.start, line.end);
    if (t.end === t.start) continue;
    const lineText = text.slice(t.start, t.end);

    // The part after the last sentence-ending punctuation, or a trailing （…）.
    let pieceStart = t.start;
    let lastTerminalEnd = -1;
    for (const m of lineText.matchAll(TERMINAL)) lastTerminalEnd = m.index + m[0].length;
    let wholeLine = lastTerminalEnd === -1;
    if (!wholeLine) pieceStart = t.start + lastTerminalEnd;
    let piece = trimSpan(text, pieceStart, t.end);
    if (piece.end === piece.start) {
      const tw = TRAILING_WRAPPED.exec(lineText);
      if (!tw) break;
      piece = { start: t.start + tw.index, end: t.end };
      wholeLine = false;
    }

    const cls = classifySignaturePiece(text.slice(piece.start, piece.end));
    if (cls === "none") break;
    blockStart = piece.start;
    if (blockEnd === -1) blockEnd = piece.end;
    if (cls === "identity") hasIdentity = true;
    taken++;
    if (!wholeLine) break; // the signature began mid-line, after the closing sentence
  }

  // A message is never all signature: 天天加班，这破单位谁爱干谁干 is a post, not a class and a name.
  if (blockStart === -1 || text.slice(0, blockStart).trim() === "") return null;
  return { span: { start: blockStart, end: blockEnd }, hasIdentity };
}

// ───────────────────────────── kind ─────────────────────────────

/** True when some `first` word is followed by some `then` word within `window` characters, in one sentence. */
function followedWithin(text: string, first: readonly string[], then: readonly string[], window: number): boolean {
  for (const f of first) {
    for (let i = text.indexOf(f); i >= 0; i = text.indexOf(f, i + 1)) {
      const span = text.slice(i + f.length, i + f.length + window).split(/[。！？\n]/)[0]!;
      if (then.some((t) => span.includes(t))) return true;
    }
  }
  return false;
}

/** The given kind, or notice/report when the text says so; null when undecided. */
export function inferKind(s: Structure, given: MessageKind | undefined): MessageKind | null {
  if (given) return given;
  const opening = [s.title, s.firstSentence]
    .filter((x): x is Span => x !== null)
    .map((x) => s.text.slice(x.start, x.end))
    .join("\n");
  for (const m of KIND_MARKERS) {
    if (m.anywhere.test(s.text) || m.opening.test(opening)) return m.kind;
  }
  const body = s.text.slice(s.contentStart, s.bodyEnd);
  if (KIND_HINTS.notice.some((h) => followedWithin(body, h.first, h.then, h.window))) return "notice";
  if (
    s.address?.quality === "ok" &&
    isPersonName(s.text.slice(s.address.span.start, s.address.span.end).replace(ADDRESS.trailingGreeting, "")) &&
    KIND_HINTS.request.test(body)
  ) {
    return "request";
  }
  return null;
}

// ───────────────────────────── all together ─────────────────────────────

export function analyse(text: string): Structure {
  const sentences = splitSentences(text);
  const head = analyseHead(text);
  const signature = analyseSignature(text);
  const trimmedEnd = trimSpan(text, 0, text.length).end;
  let bodyEnd = signature ? signature.span.start : trimmedEnd;
  if (bodyEnd < head.contentStart) bodyEnd = head.contentStart;
  bodyEnd = trimSpan(text, head.contentStart, bodyEnd).end;

  const body: Sentence[] = [];
  for (const s of sentences) {
    if (s.end <= head.contentStart || s.start >= bodyEnd) continue;
    const t = trimSpan(text, Math.max(s.start, head.contentStart), Math.min(s.end, bodyEnd));
    if (t.end > t.start) body.push({ ...t, text: text.slice(t.start, t.end) });
  }

  let firstSentence: Span | null = null;
  if (head.contentStart < bodyEnd) {
    const idx = sentenceIndexAt(sentences, head.contentStart);
    const end = idx >= 0 ? Math.min(sentences[idx]!.end, bodyEnd) : (body[0]?.end ?? bodyEnd);
    const t = trimSpan(text, head.contentStart, end);
    if (t.end > t.start) firstSentence = t;
  }

  return {
    text,
    sentences,
    title: head.title,
    address: head.address,
    personMention: head.personMention,
    contentStart: head.contentStart,
    firstSentence,
    signature,
    bodyEnd,
    body,
  };
}

/** The patterns built from word lists at load time, for the ReDoS audit (cost.test.ts). */
export const BUILT_PATTERNS: readonly RegExp[] = [ADDRESS_END, NAME, NAME_WITH_TITLE, ...DECORATIONS, LEADING_NAME, UNIT, UNIT_THEN_NAME];
