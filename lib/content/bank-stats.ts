/**
 * Figures about the question bank that tell whether a score can mean "knows the rules" (issue 14):
 * items per type, level, module and rule; the true/false balance; how many keys the multiple-choice
 * items have; where the single-choice key sits. `bankProblems` turns the figures into the content
 * lints that `npm test` enforces, so a bank that drifts back into guessable patterns fails a test
 * instead of a review.
 */
import type { TQuestion } from "./schema";

export type ObjectiveType = "single" | "multiple" | "truefalse";
export const OBJECTIVE_TYPES: readonly ObjectiveType[] = ["single", "multiple", "truefalse"];

/** The thresholds the bank must meet (issue 14 §2). */
export const BANK_TARGETS = {
  /** Share of true statements among true/false items. */
  trueShare: { min: 0.45, max: 0.55 },
  /** No single key count (2, 3, 4 …) may hold more than this share of multiple-choice items. */
  maxKeyCountShare: 0.4,
  /** Each single-choice key letter a–d holds between these shares of the single-choice items. */
  positionShare: { min: 0.15, max: 0.35 },
  /** At least this share of all items is level 3 (apply a rule to a new situation, weigh two rules). */
  minLevel3Share: 0.25,
  minItemsPerModule: 15,
  minItemsPerRule: 3,
} as const;

export interface BankStats {
  total: number;
  byType: Record<string, number>;
  byLevel: Record<number, number>;
  byTypeAndLevel: Record<string, Record<number, number>>;
  byModule: Record<string, number>;
  /** Items whose `rules` list the code (drafting rubrics not counted: they grade form). */
  byRule: Record<string, number>;
  trueFalse: { true: number; false: number; trueShare: number };
  /** Multiple choice: how many items have k keys, and how many have "all but one" keys. */
  keyCounts: Record<number, number>;
  allButOne: number;
  /** Single choice: how many keys sit on each letter. */
  keyPositions: Record<string, number>;
  level3Share: number;
}

const bump = <K extends string | number>(m: Record<K, number>, k: K, by = 1) => {
  m[k] = (m[k] ?? 0) + by;
};

export function bankStats(questions: readonly TQuestion[]): BankStats {
  const s: BankStats = {
    total: questions.length,
    byType: {},
    byLevel: {},
    byTypeAndLevel: {},
    byModule: {},
    byRule: {},
    trueFalse: { true: 0, false: 0, trueShare: 0 },
    keyCounts: {},
    allButOne: 0,
    keyPositions: {},
    level3Share: 0,
  };
  for (const q of questions) {
    bump(s.byType, q.type);
    bump(s.byLevel, q.difficulty);
    bump((s.byTypeAndLevel[q.type] ??= {}), q.difficulty);
    bump(s.byModule, q.module);
    if (q.type !== "drafting") for (const r of new Set(q.rules)) bump(s.byRule, r);
    if (q.type === "truefalse") bump(s.trueFalse, q.answer ? "true" : "false");
    if (q.type === "multiple") {
      const k = q.options.filter((o) => o.correct).length;
      bump(s.keyCounts, k);
      if (k === q.options.length - 1) s.allButOne++;
    }
    if (q.type === "single") bump(s.keyPositions, q.options.find((o) => o.correct)?.id ?? "?");
  }
  const tf = s.trueFalse.true + s.trueFalse.false;
  s.trueFalse.trueShare = tf ? s.trueFalse.true / tf : 0;
  s.level3Share = s.total ? (s.byLevel[3] ?? 0) / s.total : 0;
  return s;
}

const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;

/**
 * Every way the bank misses BANK_TARGETS, in words. `modules` and `rules` are the codes that must
 * be covered (a module or rule with no item at all is a problem too).
 */
export function bankProblems(questions: readonly TQuestion[], modules: readonly string[], rules: readonly string[]): string[] {
  const s = bankStats(questions);
  const t = BANK_TARGETS;
  const out: string[] = [];
  const share = s.trueFalse.trueShare;
  if (share < t.trueShare.min || share > t.trueShare.max) {
    out.push(`判断题“正确”占 ${pct(share)}（${s.trueFalse.true}/${s.trueFalse.true + s.trueFalse.false}），应在 45%–55% 之间`);
  }
  const multiples = s.byType.multiple ?? 0;
  for (const [k, n] of Object.entries(s.keyCounts)) {
    if (n / multiples > t.maxKeyCountShare) out.push(`多选题中有 ${n}/${multiples} 道恰有 ${k} 个正确选项（${pct(n / multiples)}），同一正确项数不应超过 40%`);
  }
  if (multiples && s.allButOne === 0) out.push("多选题中没有“只有一项错误”的题目，正确项数应从 2 项分布到只差一项");
  if (multiples && !s.keyCounts[2]) out.push("多选题中没有恰有 2 个正确选项的题目");
  for (const q of questions) {
    if (q.type !== "multiple") continue;
    const k = q.options.filter((o) => o.correct).length;
    if (k === q.options.length) out.push(`${q.id}：多选题的选项全部正确`);
  }
  const singles = s.byType.single ?? 0;
  for (const letter of ["a", "b", "c", "d"]) {
    const x = (s.keyPositions[letter] ?? 0) / (singles || 1);
    if (x < t.positionShare.min || x > t.positionShare.max) out.push(`单选题正确答案为 ${letter} 的占 ${pct(x)}，应在 15%–35% 之间`);
  }
  if (s.level3Share < t.minLevel3Share) out.push(`三级难度题占 ${pct(s.level3Share)}（${s.byLevel[3] ?? 0}/${s.total}），应不少于 25%`);
  for (const m of modules) {
    if ((s.byModule[m] ?? 0) < t.minItemsPerModule) out.push(`模块 ${m} 只有 ${s.byModule[m] ?? 0} 道题，应不少于 ${t.minItemsPerModule} 道`);
  }
  for (const r of rules) {
    if ((s.byRule[r] ?? 0) < t.minItemsPerRule) out.push(`规则 ${r} 只有 ${s.byRule[r] ?? 0} 道题，应不少于 ${t.minItemsPerRule} 道`);
  }
  return out;
}
