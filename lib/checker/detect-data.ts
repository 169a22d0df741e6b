/**
 * Others' personal data that shows as numbers (P4): 18-digit ID numbers, bank card numbers, lists
 * of mobile numbers, and requests to post such data in a group. Numbers need no segmentation, so
 * this runs with the form checks. Health, salary and family details are conduct rules (P4 in
 * conduct-rules.ts).
 */
import { makeFinding } from "./finding";
import type { Meter } from "./meter";
import { NEGATORS, PERSONAL_DATA } from "./rules";
import type { Structure } from "./structure";
import { isNegated, sentenceIndexAt } from "./text";
import type { Finding } from "./types";

/** P4: others' ID numbers and mobile numbers; asking for them to be posted in a group. */
export function checkPersonalData(s: Structure, out: Finding[], meter: Meter): void {
  const { text, sentences, signature } = s;
  // Five passes; the patterns look ahead at most 20 characters.
  meter.ops += text.length * 5 * 20;

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
  // Numbers per sentence, counted once (a per-number count would be quadratic in a long list).
  const perSentence = new Map<number, number>();
  for (const m of mobiles) {
    const k = sentenceIndexAt(sentences, m.index);
    perSentence.set(k, (perSentence.get(k) ?? 0) + 1);
  }
  for (const m of mobiles) {
    const start = m.index;
    const end = start + m[0].length;
    if (signature && start >= signature.span.start) continue; // the sender's own contact line
    const own = text.slice(Math.max(0, start - PERSONAL_DATA.ownLookback), start);
    if (PERSONAL_DATA.own.test(own)) continue;
    const k = sentenceIndexAt(sentences, start);
    const sentence = sentences[k];
    const from = sentence?.start ?? 0;
    const to = sentence?.end ?? text.length;
    const inSentence = perSentence.get(k) ?? 0;
    const listing = inSentence > 1 || PERSONAL_DATA.sensitive.test(text.slice(from, to));
    const lookback = text.slice(Math.max(from, start - PERSONAL_DATA.contactLookback), start);
    if (!listing && PERSONAL_DATA.contact.test(lookback)) continue; // a work contact for the matter
    out.push(makeFinding(text, "mobileNumber", { start, end }));
  }

  for (const re of PERSONAL_DATA.postInGroup) {
    for (const m of text.matchAll(re)) {
      if (NEGATORS.test(m[0]) || isNegated(text, m.index)) continue;
      // 发在群里的那张身份证…我已经请他撤回了: a correction of someone's posting, not a request to post.
      const sentence = sentences.find((x) => x.start <= m.index && m.index < x.end);
      if (sentence && PERSONAL_DATA.withdrawn.test(text.slice(sentence.start, sentence.end))) continue;
      const said = sentence ? text.slice(sentence.start, sentence.end) : "";
      const after = text.slice(m.index + m[0].length, sentence?.end ?? text.length);
      if (PERSONAL_DATA.refused.test(after) && !PERSONAL_DATA.refusedBut.test(after)) continue;
      if (PERSONAL_DATA.masked.test(said) && !PERSONAL_DATA.unmasked.test(said)) continue;
      out.push(makeFinding(text, "postPersonalData", { start: m.index, end: m.index + m[0].length }));
    }
  }
}
