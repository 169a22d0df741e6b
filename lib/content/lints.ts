/**
 * Content lints beyond the schema (issue 14 §1): every citation names only what content/sources.yaml
 * says its source reports for that case, and no learner-facing text carries an internal label
 * ("来源A/B", a case code) or the typography slips the content review found. Pure functions over a
 * loaded course; `lib/content/lints.test.ts` runs them on the real content.
 */
import type { Content } from "./load";
import type { TCitation } from "./schema";

type Cited = TCitation & { case?: string };

/** Every citation in the course, with where it sits. */
function citations(c: Content): { where: string; citation: Cited; caseCode?: string }[] {
  const out: { where: string; citation: Cited; caseCode?: string }[] = [];
  for (const r of c.rules) out.push({ where: `rules.yaml ${r.code}`, citation: r.citation });
  for (const k of c.cases) out.push({ where: `cases.yaml ${k.code}`, citation: k.citation, caseCode: k.code });
  for (const l of c.lessons) l.quotes.forEach((q, i) => out.push({ where: `课时 ${l.id} quotes.${i}`, citation: q.citation }));
  for (const q of c.questions) {
    if (q.citation) out.push({ where: `题目 ${q.id}`, citation: q.citation, caseCode: q.citation.case });
    if (q.type === "scenario") {
      for (const e of q.endings) if (e.citation) out.push({ where: `题目 ${q.id} ${e.id}`, citation: e.citation, caseCode: e.citation.case });
    }
  }
  return out;
}

/** Citations that name a case, publication or date their source does not give for it. */
export function citationProblems(c: Content): string[] {
  const problems: string[] = [];
  const sources = new Map(c.sources.map((s) => [s.id, s]));
  for (const { where, citation, caseCode } of citations(c)) {
    const source = sources.get(citation.source);
    if (!source) continue; // the loader reports unknown sources
    if (caseCode && !source.cases.includes(caseCode)) problems.push(`${where}：《${source.title}》没有记载案例 ${caseCode}`);
    if (citation.publication && citation.publication === source.publisher) {
      problems.push(`${where}：出处“${citation.publication}”就是来源本身，不必重复`);
      continue;
    }
    if (citation.publication) {
      const cite = source.cites.find((x) => x.publication === citation.publication);
      if (!cite) {
        problems.push(`${where}：来源《${source.title}》没有转述“${citation.publication}”（见 sources.yaml）`);
        continue;
      }
      if (caseCode && !cite.cases.includes(caseCode)) problems.push(`${where}：来源没有说案例 ${caseCode} 出自“${citation.publication}”`);
      if (citation.date && !cite.dates.includes(citation.date)) {
        problems.push(`${where}：来源没有给出“${citation.publication}”的日期 ${citation.date}`);
      }
    } else if (citation.date) {
      problems.push(`${where}：日期 ${citation.date} 没有对应的出处；事件或处分的日期请写在正文里`);
    }
  }
  return problems;
}

/* ------------------------------------------------------------------ learner-facing text */

/** Fields that hold codes, ids or numbers, never words a learner reads. */
const NOT_TEXT = new Set([
  "id",
  "code",
  "module",
  "rules",
  "cases",
  "case",
  "next",
  "start",
  "type",
  "kind",
  "setting",
  "action",
  "source",
  "outcome",
  "verdict",
  "group",
  "keywords",
  "slug",
  "sendAt",
  "rubric",
  "order",
  "difficulty",
  "score",
  "correct",
  "answer",
  "positive",
]);

/** Every learner-facing string of the course, with where it sits. */
export function learnerTexts(c: Content): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  const walk = (v: unknown, where: string) => {
    if (typeof v === "string") out.push({ where, text: v });
    else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${where}.${i}`));
    else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) if (!NOT_TEXT.has(k)) walk(x, `${where}.${k}`);
  };
  walk(c.course, "course.yaml");
  c.rules.forEach((r) => walk(r, `rules.yaml ${r.code}`));
  c.cases.forEach((k) => walk(k, `cases.yaml ${k.code}`));
  c.lessons.forEach((l) => walk(l, `课时 ${l.id}`));
  c.questions.forEach((q) => walk(q, `题目 ${q.id}`));
  return out;
}

const CJK = "\\u4e00-\\u9fff";
const CHECKS: { name: string; pattern: RegExp }[] = [
  { name: "内部标签“来源A/B”（请写出来源的标题）", pattern: /来源\s*[A-ZＡ-Ｚ]|[Ss]ource\s*[AB]\b/ },
  { name: "案例编码（请写案例名称）", pattern: new RegExp(`(案例|案)\\s*C\\d|\\bC\\d\\b(?=[${CJK}：:])`) },
  { name: "半角括号紧挨汉字（请用全角括号）", pattern: new RegExp(`[${CJK}]\\(|\\)[${CJK}]|[${CJK}]\\)|\\([${CJK}]`) },
  { name: "数字与量词之间有空格", pattern: /\d\s+(?:个|元|人|条|次|名|岁|万|年|月|日|天|周|轮|笔|家|处|项|页)/ },
  { name: "数字前多了空格", pattern: new RegExp(`(?:连收|收受|所送|共|给|第|约)\\s+\\d`) },
];

/** Learner-facing texts with an internal label or a typography slip. */
export function learnerTextProblems(c: Content): string[] {
  const problems: string[] = [];
  for (const { where, text } of learnerTexts(c)) {
    for (const check of CHECKS) {
      const m = check.pattern.exec(text);
      if (m) problems.push(`${where}：${check.name}：“…${text.slice(Math.max(0, m.index - 8), m.index + 12)}…”`);
    }
  }
  return problems;
}
