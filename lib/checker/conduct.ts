/**
 * The conduct engine: finds the lexicon's concepts in segmented text and applies the conduct
 * rules (conduct-rules.ts). Everything here is linear in the text: one pass over the words with a
 * trie of bounded depth, one pass over the sentences per rule that has an anchor in them, and a
 * work meter that counts each step so that tests can bound the cost without a clock (F2).
 */
import { CONDUCT_RULES, type ConductRule } from "./conduct-rules";
import { CONCEPTS, type Concept } from "./lexicon";
import type { Meter } from "./meter";
import { RULE_CATALOGUE, SURNAMES } from "./rules";
import { isPersonName } from "./structure";
import type { Token } from "./segment";
import type { Sentence, Span } from "./text";
import type { Channel, Finding } from "./types";

export interface ConceptMatch {
  concept: Concept;
  /** First and last+1 token index. */
  from: number;
  to: number;
  start: number;
  end: number;
  sentence: number;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  concepts: Concept[];
  /** Entries with gaps (听…说) whose first part ends here: the parts still to find. */
  gaps: { concept: Concept; rest: string[] }[];
}

/** An entry's later parts must start within this many words, in the same clause (听卫生院的人说). */
const GAP_WORDS = 8;

/** Longest entry, in characters: bounds the walk from each word start. */
let maxChars = 1;
let trie: TrieNode | null = null;
/** Entries of two or more Chinese characters, for matching at the start or end of a longer word (抢红包 → 红包). */
let affixIndex: Map<string, Concept[]> | null = null;

const node = (): TrieNode => ({ next: new Map(), concepts: [], gaps: [] });

/**
 * A character trie of every entry. An entry matches where it begins at the start of a word and
 * ends at the end of a word, however jieba cut the words in between: 他妈 matches 他|妈 in
 * 真他妈烦人, and 中标 does not match 中|标准.
 */
function build(): TrieNode {
  if (trie) return trie;
  const root = node();
  const affix = new Map<string, Concept[]>();
  for (const [concept, entries] of Object.entries(CONCEPTS) as [Concept, readonly string[]][]) {
    for (const entry of entries) {
      const [first, ...rest] = entry.toLowerCase().split("…");
      const key = first!;
      maxChars = Math.max(maxChars, key.length);
      let n = root;
      for (const ch of key) {
        let child = n.next.get(ch);
        if (!child) {
          child = node();
          n.next.set(ch, child);
        }
        n = child;
      }
      if (rest.length > 0) {
        n.gaps.push({ concept, rest });
        continue;
      }
      if (!n.concepts.includes(concept)) n.concepts.push(concept);
      if (key.length >= 2 && CJK_WORD.test(key)) {
        const list = affix.get(key) ?? [];
        if (!list.includes(concept)) list.push(concept);
        affix.set(key, list);
      }
    }
  }
  trie = root;
  affixIndex = affix;
  return root;
}

const SKIP = /^[\s\u200b\u2060\ufeff]+$/;
const CJK_WORD = /^[\u4e00-\u9fff]+$/;
/** A concept in a sentence cancels another there: 别退回 is not a refusal. */
const CANCELS: Partial<Record<Concept, readonly Concept[]>> = {
  FAKE_REFUSAL: ["REFUSAL"],
  FAKE_VERIFY: ["VERIFY"],
  SHOWN_ANYWAY: ["WONT_SHARE"],
  BYPASS: ["SECRET_PROPER"],
  FAKE_GAME: ["GAMBLING", "GAMBLING_WEAK"],
  DISTRUST_OFFICIAL: ["OFFICIAL_SOURCE", "REFUTE", "VERIFY"],
  READ_THEN_RECALL: ["RECALL_ASKED", "RECALL_FIRST"],
  ELECTION: ["LIKES_CONTEST"],
  // 谁怂谁是大孙子！: the family word inside a curse (decision 125).
  GRANDCHILD_CURSE: ["GRANDCHILD"],
};
/**
 * A concept anywhere in the message cancels another everywhere in it: the material photographed, copied or posted after all
 * (SENT_ANYWAY: 内部材料不方便截图。我拍了张照片发你[图片]) makes a screenshot refused or papers locked away no excuse, in
 * whichever sentence they stand (decision 120); so does WeChat refused in the words 不在微信上传送 (decision 121).
 */
const CANCELS_ANYWHERE: Partial<Record<Concept, readonly Concept[]>> = {
  // … and a screenshot forbidden in a notice (请勿截图外传, decision 123).
  SENT_ANYWAY: ["SHOT_REFUSED", "LOCKED_AWAY", "WECHAT_SEND_REFUSED", "SHOT_BANNED", "GROUP_WITHHELD"],
  // … and material kept out of the group but sent privately (不在群里发，我私下发你, decision 124).
  PRIVATE_SEND: ["GROUP_WITHHELD"],
};
/** Single-character surnames for names cut into surname + given name (王|芳). */
const SURNAME_CHARS = new Set(SURNAMES.replace(/^.*\[|\]$/g, "").split(""));
/**
 * Characters that are surnames but far more often words of their own. 边 joined them at decision 099: 白石水库边走了走 (r170-106,
 * clean by both readers) read 边走 as a name and 好看 as a judgement of him (TJ2). None of the five drafts of all sets where 边 was
 * read as a surname (边查边改, 边吃边看, 周边及, 身边守, 水库边走) names a person; none is labelled TJ2, P4 or P6. 汤 joined them at
 * decision 117: 中午谁去吃羊肉粉？楼下新开那家，听说汤不错 (r249-098, clean by both readers) read 汤不错 as a person heard about (P6).
 * Of the 84 drafts of all sets with 汤, two name a person (汤颖, 汤某; both clean) and the rest are soups, 换汤不换药 and 泡汤; none is
 * labelled P6, P4 or TJ2.
 */
const NOT_SURNAME = new Set("于和向从把被给对为与及将在以由万成全时应关单司党管安明文高方白常解车连项华和师商边汤");
const WEEK_BEFORE = /(?:[这本上下每几一两三四五六七八九十]|\d)$/;
/** Before 张 as a measure word (照片2张, 三张): a number or 几. */
const COUNT_BEFORE = /(?:[几一两二三四五六七八九十百]|\d)$/;
const NUMBER = /^(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千万]+)$/;
/** A number, possibly with its currency in the same word: 5000, 一万元, 2万. */
const AMOUNT = /^(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千万]+)(?:元|块|块钱|万|万元|千|千元)?$/;
/** Hotlines and emergency numbers: 110, 120, 12345, 12315. */
const HOTLINE = /^1\d{2}(?:\d{2})?$/;
/** A phone number (13907451260, 0731-…): called, not paid. */
const PHONE_NUMBER = /^(?:1[3-9]\d{9}|0\d{9,11}|\d{7,8})$/;
/** An area code before its dash (0736-5523016, cut 0736|-|5523016): a phone number too, never money. */
const AREA_CODE = /^0\d{2,3}$/;
/** Before a number: an office extension (内线8012, 分机6231), called, never money (decision 098). */
const EXTENSION_BEFORE = new Set(["内线", "分机"]);
/** After an amount: the money taken (5000收到了). */
const AMOUNT_TAKEN = new Set(["收到", "收到了", "收下", "收下了"]);
const GIVE_BEFORE_AMOUNT = new Set(["转", "转了", "打了", "给了", "塞了", "包了", "给你转", "给您转", "转你", "转您", "转给", "打", "塞"]);

/**
 * The later parts of a gap entry, each starting at a word within GAP_WORDS words of the previous
 * part and ending at a word boundary, without crossing a clause break. Returns the end, or null.
 */
function matchGap(
  lower: string,
  tokens: readonly Token[],
  from: number,
  parts: readonly string[],
  endsAt: Int32Array,
  meter: Meter,
): { token: number; offset: number } | null {
  let k = from;
  for (const part of parts) {
    let found = -1;
    for (let j = k; j < tokens.length && j < k + GAP_WORDS; j++) {
      meter.ops += part.length;
      const t = tokens[j]!;
      if (CLAUSE_BREAK.test(t.w)) return null;
      if (lower.startsWith(part, t.start) && endsAt[t.start + part.length]) {
        found = endsAt[t.start + part.length]!;
        break;
      }
      // 谢谢王老板的红包 (r220-095): jieba's 王老板 is one word; a later part may start after a surname that opens the word
      // (decision 112).
      const s0 = t.w[0] ?? "";
      if (t.w.length >= 3 && SURNAME_CHARS.has(s0) && !NOT_SURNAME.has(s0) && lower.startsWith(part, t.start + 1) && endsAt[t.start + 1 + part.length]) {
        found = endsAt[t.start + 1 + part.length]!;
        break;
      }
    }
    if (found < 0) return null;
    k = found;
  }
  const last = tokens[k - 1]!;
  return { token: k, offset: last.end };
}

/** Every concept occurrence, in text order. */
export function findConcepts(text: string, tokens: readonly Token[], sentenceOf: Int32Array, meter: Meter): ConceptMatch[] {
  const root = build();
  const affix = affixIndex!;
  const lower = text.toLowerCase();
  // Word boundaries: the token that starts or ends at each offset (+1), 0 elsewhere.
  const startsAt = new Int32Array(text.length + 1);
  const endsAt = new Int32Array(text.length + 1);
  tokens.forEach((t, i) => {
    startsAt[t.start] = i + 1;
    endsAt[t.end] = i + 1;
  });
  meter.ops += text.length;
  const out: ConceptMatch[] = [];
  const push = (concept: Concept, from: number, to: number, start: number, end: number) => {
    out.push({ concept, from, to, start, end, sentence: sentenceOf[from]! });
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    meter.ops++;
    if (SKIP.test(t.w)) continue;
    let n: TrieNode | undefined = root;
    const whole: Concept[] = [];
    for (let p = t.start; p < text.length && p - t.start < maxChars; p++) {
      meter.ops++;
      n = n.next.get(lower[p]!);
      if (!n) break;
      const endTok = endsAt[p + 1]!;
      if (endTok && n.concepts.length) {
        for (const c of n.concepts) push(c, i, endTok, t.start, p + 1);
        if (p + 1 === t.end) whole.push(...n.concepts);
      }
      if (endTok && n.gaps.length) {
        for (const g of n.gaps) {
          const end = matchGap(lower, tokens, endTok, g.rest, endsAt, meter);
          if (end) push(g.concept, i, end.token, t.start, end.offset);
        }
      }
    }
    const w = t.w;
    const len = w.length;
    if (len >= 3 && len <= 12 && CJK_WORD.test(w)) {
      // A longer word made of an entry and more: 抢红包, 红包接龙, 内部文件夹.
      for (let k = 2; k < len; k++) {
        meter.ops += 2;
        for (const c of affix.get(w.slice(0, k)) ?? []) if (!whole.includes(c)) push(c, i, i + 1, t.start, t.start + k);
        for (const c of affix.get(w.slice(len - k)) ?? []) if (!whole.includes(c)) push(c, i, i + 1, t.end - k, t.end);
      }
    }
    // A person's name cut as surname + given name (王|芳), or 老张 / 小王.
    const next = tokens[i + 1];
    // 这周想请假: 周 after 这/本/上/下/每 or a number is a week, not a surname.
    const week = w === "周" && WEEK_BEFORE.test(tokens[i - 1]?.w ?? "");
    // 近期一寸白底照片2张到县政务服务中心 (r277-004, clean by both readers; a P4 must-fix at v87 and v88): 张 after a number is a
    // measure word, not a surname (decision 124).
    const measure = w === "张" && COUNT_BEFORE.test(tokens[i - 1]?.w ?? "");
    if (len === 1 && SURNAME_CHARS.has(w) && !NOT_SURNAME.has(w) && !week && !measure && next && CJK_WORD.test(next.w)) {
      const after = tokens[i + 2]?.w ?? "";
      const givenOk = next.w.length === 1 || (next.w.length === 2 && !CJK_WORD.test(after));
      if (givenOk && isPersonName(w + next.w)) push("PERSON", i, i + 2, t.start, next.end);
    } else if (len === 2 && (w[0] === "老" || w[0] === "小") && SURNAME_CHARS.has(w[1]!)) {
      push("PERSON", i, i + 1, t.start, t.end);
    }
    // 如有疑问请打办公电话0736-5523016 (r114-002): 打 before an area code; none of the 44 drafts of all sets with such a
    // number is TJ3 (decision 085).
    const areaCode = AREA_CODE.test(w) && /^[-－—]/.test(tokens[i + 1]?.w ?? "");
    // [语音转文字 58秒] (r142-002, no TJ3 by either reader): 转 of 转文字 before a voice message's length, seconds, not money;
    // none of the 31 drafts of all sets with a number before 秒 is TJ3 (decision 092).
    const seconds = tokens[i + 1]?.w === "秒";
    // 有疑问请打内线8012 (r169-030, clean by both readers): 打 before an office extension, a call, not money; none of the 22 drafts
    // of all sets with 内线 or 分机 is TJ3 (decision 098).
    const extension = EXTENSION_BEFORE.has(tokens[i - 1]?.w ?? "");
    if (AMOUNT.test(w) && !PHONE_NUMBER.test(w) && !areaCode && !seconds && !extension) {
      // 转了5000 / 给您转了一万元: money without the word 红包.
      for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
        // 打12345 / 打110: a hotline called, not money paid.
        if (tokens[k]!.w === "打" && HOTLINE.test(w)) break;
        if (GIVE_BEFORE_AMOUNT.has(tokens[k]!.w)) {
          push("MONEY", i, i + 1, t.start, t.end);
          break;
        }
      }
      // 5000收到了 / 200收下了 (r47, r23, r27): an amount received, said without the word 钱 (decision 044).
      if (AMOUNT_TAKEN.has(next?.w ?? "") && !HOTLINE.test(w)) push("MONEY", i, i + 2, t.start, next!.end);
      // 8折 / 打8折: a discount. 8.5折 is cut 8|.|5|折: the discount starts at the 8 (团购8.5折以内你可以先报, r240-101, read as
      // 5折 at v80; decision 116).
      const nextW = next?.w ?? "";
      if (NUMBER.test(w) && (nextW === "折" || nextW.startsWith("折"))) {
        const decimal = i >= 2 && tokens[i - 1]!.w === "." && NUMBER.test(tokens[i - 2]!.w);
        const from = decimal ? i - 2 : i;
        push("SALES", from, i + 2, tokens[from]!.start, next!.end);
      }
    }
  }
  // 妈，生日快乐！红包收下: the kin word opens its sentence and is followed by a pause.
  for (const m of [...out]) {
    if (m.concept !== "KIN") continue;
    let k = m.from - 1;
    while (k >= 0 && SKIP.test(tokens[k]!.w)) k--;
    const opens = k < 0 || /[。！？!?\n]$/.test(tokens[k]!.w);
    const pause = /^[，,！!：:]/.test(tokens[m.to]?.w ?? "");
    if (opens && pause) push("KIN_ADDRESS", m.from, m.to, m.start, m.end);
  }
  return out;
}

const CLAUSE_BREAK = /[，,；;。！？!?：:\n]/;
/** How many words back a negator still governs a word in its clause. */
const NEGATION_REACH = 6;
/** How many list commas (、) a negator's reach may restart at. */
const LIST_ITEMS = 2;

interface Index {
  /** Matches per sentence, per concept. */
  bySentence: Map<Concept, ConceptMatch[]>[];
  /** Sentences that contain a concept, ascending. */
  sentencesWith: Map<Concept, number[]>;
}

/**
 * A refusal or a report said before the sender's own money or vote asked for, in a later clause of the same sentence, does not
 * stand (上次的红包我未领取，已退回，这次换届我直接转你500，投我一票; 李科长，报告一件事，备案的事您帮忙加快，800红包已发您): decision
 * 112.
 */
const VOIDED_BY_OWN_OFFER: ReadonlySet<Concept> = new Set<Concept>(["REFUSAL", "INCIDENT_REPORT", "REPORT_MADE", "REPORT_FILED"]);

/**
 * A match lying within another concept's match is no match, where the wider words mean something else (optionally only in a
 * sentence that also has a third concept):
 * - 红包收到了，不多不多，心意我领了 (r247-010): beside a packet said kept (PACKET_KEPT), the polite 心意领了 (THANKS_DECLINED) is no
 *   refusal; 已经退回 in the same sentence still is (decision 117);
 * - 改天请您喝茶 (r252-074): the 请您喝茶 inside a treat promised for later (TREAT_LATER) is no gift; 心意, 小意思 or money beside it
 *   still are (decision 118).
 */
const VOIDED_INSIDE: readonly { voided: Concept; inside: Concept; inSentenceWith?: Concept }[] = [
  { voided: "REFUSAL", inside: "THANKS_DECLINED", inSentenceWith: "PACKET_KEPT" },
  { voided: "GIFT_EUPHEMISM", inside: "TREAT_LATER" },
];
const VOIDING: ReadonlySet<Concept> = new Set(VOIDED_INSIDE.flatMap((v) => (v.inSentenceWith ? [v.inside, v.inSentenceWith] : [v.inside])));

function indexMatches(matches: readonly ConceptMatch[], sentenceCount: number, meter: Meter, clauseOf?: Int32Array): Index {
  const bySentence: Map<Concept, ConceptMatch[]>[] = Array.from({ length: sentenceCount }, () => new Map());
  const sentencesWith = new Map<Concept, number[]>();
  const cancelled = new Set<string>();
  const cancelledAnywhere = new Set<Concept>();
  /** Per sentence, the clause of the last OWN_OFFER there. */
  const lastOffer = new Map<number, number>();
  /** Per concept, per sentence: the spans of its matches (for VOIDED_INSIDE). */
  const spans = new Map<Concept, Map<number, [number, number][]>>();
  for (const m of matches) {
    for (const target of CANCELS[m.concept] ?? []) cancelled.add(`${target}:${m.sentence}`);
    for (const target of CANCELS_ANYWHERE[m.concept] ?? []) cancelledAnywhere.add(target);
    if (m.concept === "OWN_OFFER" && clauseOf) lastOffer.set(m.sentence, Math.max(lastOffer.get(m.sentence) ?? -1, clauseOf[m.from]!));
    if (VOIDING.has(m.concept)) {
      if (!spans.has(m.concept)) spans.set(m.concept, new Map());
      const inSentence = spans.get(m.concept)!;
      if (inSentence.has(m.sentence)) inSentence.get(m.sentence)!.push([m.start, m.end]);
      else inSentence.set(m.sentence, [[m.start, m.end]]);
    }
  }
  const voided = (m: ConceptMatch) =>
    VOIDED_INSIDE.some(
      (v) =>
        v.voided === m.concept &&
        (!v.inSentenceWith || spans.get(v.inSentenceWith)?.has(m.sentence)) &&
        (spans.get(v.inside)?.get(m.sentence) ?? []).some(([a, b]) => a <= m.start && m.end <= b),
    );
  for (const m of matches) {
    meter.ops++;
    if (m.sentence < 0 || cancelled.has(`${m.concept}:${m.sentence}`) || cancelledAnywhere.has(m.concept) || voided(m)) continue;
    if (clauseOf && VOIDED_BY_OWN_OFFER.has(m.concept) && (lastOffer.get(m.sentence) ?? -1) > clauseOf[Math.max(m.from, m.to - 1)]!) continue;
    const map = bySentence[m.sentence]!;
    const list = map.get(m.concept);
    if (list) list.push(m);
    else {
      map.set(m.concept, [m]);
      const ss = sentencesWith.get(m.concept) ?? [];
      ss.push(m.sentence);
      sentencesWith.set(m.concept, ss);
    }
  }
  return { bySentence, sentencesWith };
}

/** Words that end in a negator but negate nothing: 怪不得提得这么快 asserts, 舍不得 wants. */
const NOT_NEGATING = new Set(["怪不得", "恨不得", "舍不得", "巴不得", "了不得", "不得了", "不得不", "免不了", "少不了", "差不多"]);

/**
 * Decision 065: a ban's name, cut as 禁 + the rest (中央那套禁|烧"一刀切"脱离实际, r72-093; 禁|牧区): the campaign named,
 * not an act negated, so its 禁 negates nothing after it.
 */
const BAN_NAMES = new Set(["禁烧", "禁牧", "禁渔", "禁塑", "禁燃"]);
const banName = (tokens: readonly Token[], m: ConceptMatch) =>
  m.to - m.from === 1 && tokens[m.from]!.w === "禁" && BAN_NAMES.has(`禁${tokens[m.to]?.w[0] ?? ""}`);

/** Marks, per token, whether a negator ends there. */
function negatorEnds(matches: readonly ConceptMatch[], tokens: readonly Token[]): Uint8Array {
  const ends = new Uint8Array(tokens.length + 1);
  for (const m of matches) if (m.concept === "NEGATOR" && !(m.to - m.from === 1 && NOT_NEGATING.has(tokens[m.from]!.w)) && !banName(tokens, m)) ends[m.to] = 1;
  return ends;
}

/** Quotation depth at each UTF-16 offset > 0 (one pass). */
function quoteDepths(text: string, sentences: readonly Sentence[]): Uint8Array {
  const depth = new Uint8Array(text.length + 1);
  for (const s of sentences) {
    let d = 0;
    for (let i = s.start; i < s.end; i++) {
      const ch = text[i]!;
      depth[i] = d;
      if (ch === '"') d = d > 0 ? d - 1 : 1;
      else if ("“「『‘《".includes(ch)) d = Math.min(d + 1, 9);
      else if ("”」』’》".includes(ch) && d > 0) d--;
    }
  }
  return depth;
}

export interface ConductContext {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  /** The form of address: its names are the recipients, not third persons talked about. */
  address: Span | null;
  /** The signature block: the sender's unit and name, no content words. */
  signature: Span | null;
  /** The message is an official notice: 特此通知, or signed by a unit. */
  official: boolean;
  /** Where the draft goes, if given: rules with `channels` apply only there. */
  channel?: Channel;
  meter: Meter;
}

/** Links and e-mail addresses: their letters are not words (sb.example.gov.cn). */
const LINK = /(?:https?:\/\/|www\.)[^\s\u4e00-\u9fff，。！？、；：“”（）]+|(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}/gi;

/** Applies the conduct rules; returns findings with the trigger words quoted. */
/**
 * Findings of hint rules (`ConductRule.hint`): they leave their code to the classifier. Marked per
 * finding, not per code, so that a rule's own suggestion of the same code still stops the model.
 */
const HINTS = new WeakSet<Finding>();

/** Whether a finding came from a hint rule (check.ts lets the classifier claim its code). */
export const isHint = (f: Finding): boolean => HINTS.has(f);

export function checkConduct(ctx: ConductContext): Finding[] {
  const { text, tokens, sentences, meter } = ctx;
  const sentenceOf = new Int32Array(tokens.length + 1).fill(-1);
  for (let i = 0, s = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    while (s < sentences.length && sentences[s]!.end <= t.start) s++;
    if (s < sentences.length && t.start >= sentences[s]!.start) sentenceOf[i] = s;
    meter.ops++;
  }
  // One mask over the text: address, signature and links carry no content words.
  const mask = new Uint8Array(text.length + 1);
  const cover = (a: number, b: number, kind: number) => {
    for (let i = a; i < b; i++) mask[i] = kind;
    meter.ops += b - a;
  };
  if (ctx.address) cover(ctx.address.start, ctx.address.end, 2);
  if (ctx.signature) cover(ctx.signature.start, ctx.signature.end, 1);
  for (const m of text.matchAll(LINK)) cover(m.index, m.index + m[0].length, 1);
  meter.ops += text.length * 2;
  // Links and the signature carry no content words; the address names the recipients, who are
  // not third persons talked about.
  const clauseOf = new Int32Array(tokens.length + 1);
  for (let i = 0, c = 0; i < tokens.length; i++) {
    if (CLAUSE_BREAK.test(tokens[i]!.w)) c++;
    clauseOf[i] = c;
  }
  meter.ops += tokens.length;
  const matches = findConcepts(text, tokens, sentenceOf, meter).filter((m) => mask[m.start] !== 1 && !(m.concept === "PERSON" && mask[m.start] === 2));
  const index = indexMatches(matches, sentences.length, meter, clauseOf);
  const negEnds = negatorEnds(matches, tokens);
  const quotes = quoteDepths(text, sentences);
  meter.ops += text.length;

  const negated = (m: ConceptMatch): boolean => {
    // A negator governs a list (不点击、不转发 / 不发布集赞、砍价信息): each 、 restarts the reach, at most LIST_ITEMS times.
    for (let k = m.from - 1, seen = 0, lists = 0; k >= 0 && seen < NEGATION_REACH; k--) {
      meter.ops++;
      const w = tokens[k]!.w;
      if (CLAUSE_BREAK.test(w)) return false;
      if (SKIP.test(w)) continue;
      if (w === "、" && lists < LIST_ITEMS) {
        lists++;
        seen = 0;
        continue;
      }
      if (negEnds[k + 1]) return true;
      seen++;
    }
    return false;
  };

  const valid = (rule: ConductRule, m: ConceptMatch): boolean => {
    if (m.concept === "NEGATOR") return true;
    if (rule.negatable && negated(m)) return false;
    if (rule.skipQuoted && quotes[m.start]! > 0) return false;
    return true;
  };

  const findings: Finding[] = [];
  const used = new Set<string>();

  for (const rule of CONDUCT_RULES) {
    const anchor = rule.all[0]!;
    for (const s of index.sentencesWith.get(anchor) ?? []) {
      meter.ops++;
      const key = `${rule.group ?? rule.code}:${s}`;
      if (used.has(key)) continue;
      if (rule.channels && !(ctx.channel && rule.channels.includes(ctx.channel))) continue;
      if (rule.unlessOfficial && ctx.official) continue;
      if (ctx.official && rule.unlessOfficialWith?.some((c) => index.sentencesWith.has(c))) continue;
      if (rule.unlessAnywhere?.some((c) => index.sentencesWith.has(c))) continue;
      if (rule.yieldsTo?.some((code) => findings.some((f) => f.code === code))) continue;
      const here = index.bySentence[s]!;
      if (rule.unless?.some((c) => here.has(c))) continue;
      const lo = rule.scope === "near" ? Math.max(0, s - 1) : s;
      const hi = rule.scope === "near" ? Math.min(sentences.length - 1, s + 1) : s;
      /** The first valid match of `c` in scope that does not overlap a trigger (听同事说 is hearsay, its 同事 no second concept). */
      const findInScope = (c: Concept, taken: readonly ConceptMatch[]): ConceptMatch | undefined => {
        const ids = rule.scope === "message" ? (index.sentencesWith.get(c) ?? []) : null;
        const count = ids ? ids.length : hi - lo + 1;
        for (let k = 0; k < count; k++) {
          const x = ids ? ids[k]! : lo + k;
          for (const m of index.bySentence[x]!.get(c) ?? []) {
            meter.ops++;
            if (valid(rule, m) && !taken.some((t) => t.start < m.end && m.start < t.end)) return m;
          }
        }
        return undefined;
      };
      if (
        rule.unlessNear?.some(
          (c) => index.bySentence[s]!.has(c) || (s > 0 && index.bySentence[s - 1]!.has(c)) || (s + 1 < sentences.length && index.bySentence[s + 1]!.has(c)),
        )
      )
        continue;

      const anchorMatch = (here.get(anchor) ?? []).find((m) => valid(rule, m));
      if (!anchorMatch) continue;
      /** A concept the rule cancels on stands in this anchor's clause, or overlaps the anchor's own match (decision 125). */
      const cancelledAt = (a: ConceptMatch) =>
        rule.unlessClause?.some((c) => (here.get(c) ?? []).some((x) => clauseOf[x.from] === clauseOf[a.from])) ||
        rule.unlessOverlapping?.some((c) => (here.get(c) ?? []).some((x) => x.start < a.end && a.start < x.end));
      /** The other concepts beside this anchor, or null. */
      const complete = (a: ConceptMatch): ConceptMatch[] | null => {
        const triggers: ConceptMatch[] = [a];
        for (let k = 1; k < rule.all.length; k++) {
          const found = findInScope(rule.all[k]!, triggers);
          meter.ops++;
          if (!found) return null;
          triggers.push(found);
        }
        return triggers;
      };
      // A gap entry may swallow the second concept (跟着王书记干 holds 书记), or the first match's clause may cancel the rule
      // while a later one's does not (截图我就不转给你了，不过我把领导私聊的截图发到大群里了): try the anchor's later matches in the
      // sentence too, each under the same test.
      let triggers = cancelledAt(anchorMatch) ? null : complete(anchorMatch);
      for (const m of here.get(anchor) ?? []) {
        if (triggers) break;
        meter.ops++;
        if (m === anchorMatch || !valid(rule, m)) continue;
        if (cancelledAt(m)) continue;
        triggers = complete(m);
      }
      if (!triggers) continue;
      used.add(key);
      const finding = toFinding(text, rule, triggers, sentences);
      if (rule.hint) HINTS.add(finding);
      findings.push(finding);
    }
  }
  return findings;
}

function toFinding(text: string, rule: ConductRule, triggers: readonly ConceptMatch[], sentences: readonly Sentence[]): Finding {
  const first = Math.min(...triggers.map((t) => t.sentence));
  const last = Math.max(...triggers.map((t) => t.sentence));
  const words = [...new Set([...triggers].sort((a, b) => a.start - b.start).map((t) => text.slice(t.start, t.end)))];
  const quoted = words.map((w) => `“${w}”`).join("");
  return {
    code: rule.code,
    severity: rule.severity,
    start: sentences[first]!.start,
    end: sentences[last]!.end,
    message: rule.message.replaceAll("{words}", quoted),
    suggestion: rule.suggestion,
    rule: RULE_CATALOGUE[rule.code].title,
    triggers: words,
    basis: "rule",
  };
}
