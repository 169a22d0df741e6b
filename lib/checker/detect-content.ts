/**
 * Content checks: red lines and the ten principles as far as they are visible in the words —
 * red packets tied to votes or favours, secrets, others' personal data, chain letters,
 * inducements to forward, advertising, hearsay and vulgarity.
 */
import { makeFinding } from "./finding";
import { type PatternList, HEARSAY, INDUCEMENT, NEGATORS, PERSONAL_DATA, RED_PACKET, SECRET } from "./rules";
import type { Structure } from "./structure";
import { type Sentence, type Span, isNegated, isQuoted, sentenceIndexAt } from "./text";
import type { Finding } from "./types";

/** The inducement patterns without the global flag, for `test`. */
const LURE = INDUCEMENT.patterns.map((p) => new RegExp(p.source, p.flags.replace("g", "")));

function spanOf(sentences: readonly Sentence[]): Span {
  return { start: sentences[0]!.start, end: sentences[sentences.length - 1]!.end };
}

function firstUnnegated(re: RegExp, text: string, sentence: Sentence): RegExpMatchArray | null {
  for (const m of sentence.text.matchAll(re)) {
    if (!isNegated(text, sentence.start + m.index)) return m;
  }
  return null;
}

/** V3 / TJ3 / RP2 / P7: red packets, transfers and e-gifts, by what they are tied to. */
export function checkRedPackets(s: Structure, out: Finding[]): void {
  const { text, body } = s;
  for (let i = 0; i < body.length; i++) {
    const sentence = body[i]!;
    if (!firstUnnegated(RED_PACKET.money, text, sentence)) continue;
    if (RED_PACKET.discussion.test(sentence.text)) continue;
    if (RED_PACKET.refusal.test(sentence.text)) continue;

    const window = [body[i - 1], sentence, body[i + 1]].filter((x): x is Sentence => x !== undefined);
    const voteSentence = window.find((w) => firstUnnegated(RED_PACKET.vote.pattern, text, w) !== null);
    if (voteSentence) {
      const pair = [voteSentence, sentence].sort((a, b) => a.start - b.start);
      out.push(makeFinding(text, "votePacket", spanOf(pair)));
      continue;
    }
    if (window.some((w) => RED_PACKET.favour.pattern.test(w.text))) {
      out.push(makeFinding(text, "favourPacket", sentence));
      continue;
    }
    if (RED_PACKET.gambling.pattern.test(sentence.text)) {
      out.push(makeFinding(text, "gamblingPacket", sentence));
      continue;
    }
    // A red packet used as a lure (拆一次就能领红包) is an inducement (P9), reported there.
    if (LURE.some((p) => p.test(sentence.text))) continue;
    const action = RED_PACKET.action.pattern.exec(sentence.text);
    if (action && !RED_PACKET.lawful.test(sentence.text)) {
      const start = sentence.start + action.index;
      out.push(makeFinding(text, "groupPacket", { start, end: start + action[0].length }));
    }
  }
}

/** P5: classified markers and internal material, except prohibitions, rule quotes and teaching. */
export function checkSecrets(s: Structure, out: Finding[]): void {
  const { text, sentences } = s;
  const quotes: Span[] = [];
  for (const m of text.matchAll(SECRET.ruleQuote)) quotes.push({ start: m.index, end: m.index + m[0].length });
  const seen = new Set<number>();
  for (const m of text.matchAll(SECRET.marker)) {
    const start = m.index;
    const end = start + m[0].length;
    if (quotes.some((q) => start < q.end && q.start < end)) continue;
    const idx = sentenceIndexAt(sentences, start);
    const sentence = sentences[idx];
    if (!sentence || seen.has(idx)) continue;
    if (SECRET.definition.test(sentence.text) || SECRET.training.test(sentence.text)) continue;
    if (!SECRET.selfNegated.test(m[0]) && isNegated(text, start)) continue;
    if (SECRET.mention.test(text.slice(end, end + 6))) continue;
    seen.add(idx);
    out.push(makeFinding(text, "secret", { start, end }));
  }
}

/** P4: others' ID numbers and mobile numbers; asking for them to be posted in a group. */
export function checkPersonalData(s: Structure, out: Finding[]): void {
  const { text, sentences, signature } = s;

  for (const m of text.matchAll(PERSONAL_DATA.idNumber)) {
    const before = text.slice(Math.max(0, m.index - PERSONAL_DATA.ownLookback), m.index);
    if (PERSONAL_DATA.own.test(before)) continue;
    out.push(makeFinding(text, "idNumber", { start: m.index, end: m.index + m[0].length }));
  }

  for (const m of text.matchAll(PERSONAL_DATA.bankCard)) {
    const digits = /[1-9]\d{15,18}/.exec(m[0]);
    if (!digits) continue;
    const start = m.index + digits.index;
    out.push(makeFinding(text, "bankCard", { start, end: start + digits[0].length }));
  }

  const mobiles = [...text.matchAll(PERSONAL_DATA.mobile)];
  for (const m of mobiles) {
    const start = m.index;
    const end = start + m[0].length;
    if (signature && start >= signature.span.start) continue; // the sender's own contact line
    const own = text.slice(Math.max(0, start - PERSONAL_DATA.ownLookback), start);
    if (PERSONAL_DATA.own.test(own)) continue;
    const sentence = sentences[sentenceIndexAt(sentences, start)];
    const from = sentence?.start ?? 0;
    const to = sentence?.end ?? text.length;
    const inSentence = mobiles.filter((o) => o.index >= from && o.index < to).length;
    const listing = inSentence > 1 || PERSONAL_DATA.sensitive.test(text.slice(from, to));
    const lookback = text.slice(Math.max(from, start - PERSONAL_DATA.contactLookback), start);
    if (!listing && PERSONAL_DATA.contact.test(lookback)) continue; // a work contact for the matter
    out.push(makeFinding(text, "mobileNumber", { start, end }));
  }

  for (const re of PERSONAL_DATA.postInGroup) {
    for (const m of text.matchAll(re)) {
      if (NEGATORS.test(m[0]) || isNegated(text, m.index)) continue;
      out.push(makeFinding(text, "postPersonalData", { start: m.index, end: m.index + m[0].length }));
    }
  }
}

/** Runs a pattern list from `rules.ts` (P3, P9, P8, P2) over the whole text. */
export function checkPatternList(s: Structure, list: PatternList, out: Finding[]): void {
  const { text, sentences } = s;
  const seen = new Set<number>();
  for (const re of list.patterns) {
    for (const m of text.matchAll(re)) {
      const idx = sentenceIndexAt(sentences, m.index);
      const sentenceStart = sentences[idx]?.start ?? 0;
      if (list.onePerSentence && seen.has(idx)) continue;
      if (list.skipQuoted && isQuoted(text, sentenceStart, m.index)) continue;
      if (list.skipNegated && isNegated(text, m.index)) continue;
      if (list.skipContext && sentences[idx] && list.skipContext.test(sentences[idx].text)) continue;
      seen.add(idx);
      out.push(makeFinding(text, list.finding, { start: m.index, end: m.index + m[0].length }));
    }
  }
}

/**
 * V2 / P6: second-hand information (听说、据说、网传 …) stated as fact. Urging others to pass it
 * on is spreading rumours (V2, red line); otherwise it is unverified gossip (P6). Asking whether it
 * is true, or citing an official check, is fine.
 */
export function checkHearsay(s: Structure, out: Finding[]): void {
  const { text, body } = s;
  const flagged = new Set<number>();
  for (let i = 0; i < body.length; i++) {
    const sentence = body[i]!;
    const m = HEARSAY.source.exec(sentence.text);
    if (!m || isQuoted(text, sentence.start, sentence.start + m.index)) continue;
    const next = body[i + 1];
    if (HEARSAY.verify.test(sentence.text) || (next && HEARSAY.verify.test(next.text))) continue;
    if (HEARSAY.official.test(sentence.text)) continue;
    flagged.add(i);
    if (HEARSAY.spread.test(sentence.text)) {
      out.push(makeFinding(text, "rumourSpread", sentence));
    } else if (next && HEARSAY.spread.test(next.text)) {
      flagged.add(i + 1);
      out.push(makeFinding(text, "rumourSpread", spanOf([sentence, next])));
    } else {
      out.push(makeFinding(text, "gossip", sentence, m[0]));
    }
  }
  for (let i = 0; i < body.length; i++) {
    if (flagged.has(i)) continue;
    const sentence = body[i]!;
    if (HEARSAY.official.test(sentence.text)) continue;
    for (const m of sentence.text.matchAll(HEARSAY.strongSpread)) {
      const start = sentence.start + m.index;
      if (isQuoted(text, sentence.start, start) || isNegated(text, start)) continue;
      out.push(makeFinding(text, "rumourSpread", { start, end: start + m[0].length }));
      break;
    }
  }
}
