/**
 * A test-wise guesser: answers objective items from surface cues alone, never from the key. It is
 * how issue 14 measures whether a score means knowledge: if "the strict-sounding option wins",
 * "an excusing statement is false" or "tick three" beats chance, cadres who have read nothing pass.
 *
 * Each strategy sees only what the browser sees before answering (publicQuestion: stem and option
 * texts) and returns an answer; the scorer then marks it like any learner's. The cue lexicons were
 * written from the content review's description of the bank's patterns (content-audit §3.5)
 * before the bank was reworked, and are not tuned to the bank.
 */
import type { TQuestion } from "../content/schema";
import { publicQuestion, type PublicQuestion } from "./public-view";
import { scoreAnswer, type TAnswer } from "./score";

/** Words of caution and compliance: refusing, verifying, reporting, citing rules. */
const STRICT = [
  "不转",
  "不发",
  "不领",
  "不收",
  "不参与",
  "不加入",
  "不点开",
  "不附和",
  "拒绝",
  "拒收",
  "婉拒",
  "谢绝",
  "不能",
  "不得",
  "不宜",
  "不要",
  "不应",
  "严禁",
  "禁止",
  "一律",
  "核实",
  "报告",
  "反映",
  "组织",
  "规定",
  "程序",
  "纪律",
  "退还",
  "退回",
  "提醒",
  "制止",
  "澄清",
  "官方",
  "实名",
  "保密",
  "应当",
  "必须",
  "明确",
  "依规",
  "守住",
  "慎",
] as const;

/** Words that excuse, permit or rationalise. */
const LENIENT = [
  "只要",
  "就行",
  "就好",
  "无妨",
  "没关系",
  "没问题",
  "无所谓",
  "不算",
  "不必",
  "不用",
  "也可以",
  "可以",
  "随便",
  "反正",
  "人之常情",
  "图个",
  "顺手",
  "收下",
  "领了",
  "先收",
  "小意思",
  "不会",
  "也行",
  "算了",
  "照收",
  "无伤大雅",
  "自由",
  "仅供参考",
  "私下",
  "只转",
  "只发",
  "不影响",
  "活跃气氛",
  "方便",
  "省事",
  "更快",
  "没什么",
  "大家都",
  "法不责众",
  "玩笑",
  "娱乐",
] as const;

/** Sweeping words: test-wise folklore says a statement that contains them is false. */
const ABSOLUTE = ["一律", "任何", "所有", "全部", "一概", "绝对", "完全", "必须", "只能", "从不", "都不", "都要", "连", "一切", "凡是", "无论"] as const;

const hits = (text: string, words: readonly string[]) => words.reduce((n, w) => n + (text.includes(w) ? 1 : 0), 0);
/** Positive: sounds cautious; negative: sounds like an excuse. */
export const caution = (text: string) => hits(text, STRICT) - hits(text, LENIENT);

type Choice = Extract<PublicQuestion, { type: "single" | "multiple" }>;
type TrueFalse = Extract<PublicQuestion, { type: "truefalse" }>;

/** Character bigrams, for "the option that echoes the stem" and "the odd one out". */
const bigrams = (t: string) => {
  const s = new Set<string>();
  const clean = t.replace(/[\s，。：；、“”‘’（）《》！？,.:;!?()]/g, "");
  for (let i = 0; i + 1 < clean.length; i++) s.add(clean.slice(i, i + 2));
  return s;
};
const overlap = (a: Set<string>, b: Set<string>) => [...a].filter((x) => b.has(x)).length;

/** Index of the highest value; ties go to the longer option text (a test-wise tie-break). */
function argmax(options: Choice["options"], value: (o: Choice["options"][number]) => number): number {
  let best = 0;
  options.forEach((o, i) => {
    const d = value(o) - value(options[best]);
    if (d > 0 || (d === 0 && o.text.length > options[best].text.length)) best = i;
  });
  return best;
}

/** Option ids ordered from most to least cautious-sounding (stable for ties). */
const byCaution = (q: Choice) =>
  q.options
    .map((o, i) => ({ id: o.id, c: caution(o.text), i }))
    .sort((a, b) => b.c - a.c || a.i - b.i)
    .map((x) => x.id);

export interface Strategy<Q> {
  name: string;
  describe: string;
  answer: (q: Q) => TAnswer;
}

export const TRUE_FALSE_STRATEGIES: Strategy<TrueFalse>[] = [
  {
    name: "tf-excuse-false",
    describe: "为违规开脱、放宽要求的说法判“错误”，其余判“正确”",
    answer: (q) => ({ type: "truefalse", value: hits(q.stem, LENIENT) === 0 }),
  },
  {
    name: "tf-caution",
    describe: "听起来越严格越判“正确”（严格词多于宽松词）",
    answer: (q) => ({ type: "truefalse", value: caution(q.stem) >= 0 }),
  },
  {
    name: "tf-strict-false",
    describe: "反其道而行：听起来严格的判“错误”",
    answer: (q) => ({ type: "truefalse", value: caution(q.stem) < 0 }),
  },
  {
    name: "tf-absolute-false",
    describe: "含“一律、任何、所有、必须”等绝对化词语的判“错误”",
    answer: (q) => ({ type: "truefalse", value: hits(q.stem, ABSOLUTE) === 0 }),
  },
  {
    name: "tf-quote-true",
    describe: "含引号（像来源原话）的判“正确”",
    answer: (q) => ({ type: "truefalse", value: /[“"「]/.test(q.stem) }),
  },
  { name: "tf-always-true", describe: "一律判“正确”", answer: () => ({ type: "truefalse", value: true }) },
  { name: "tf-always-false", describe: "一律判“错误”", answer: () => ({ type: "truefalse", value: false }) },
];

export const SINGLE_STRATEGIES: Strategy<Choice>[] = [
  {
    name: "single-most-cautious",
    describe: "选听起来最谨慎、最合规的选项",
    answer: (q) => ({ type: "single", choice: q.options[argmax(q.options, (o) => caution(o.text))].id }),
  },
  {
    name: "single-longest",
    describe: "选最长的选项",
    answer: (q) => ({ type: "single", choice: q.options[argmax(q.options, (o) => [...o.text].length)].id }),
  },
  {
    name: "single-echo-stem",
    describe: "选与题干字面重合最多的选项",
    answer: (q) => {
      const stem = bigrams(q.stem);
      return { type: "single", choice: q.options[argmax(q.options, (o) => overlap(bigrams(o.text), stem))].id };
    },
  },
  {
    name: "single-odd-one-out",
    describe: "选与其他选项最不相像的一项",
    answer: (q) => {
      const grams = q.options.map((o) => bigrams(o.text));
      const sim = (i: number) => grams.reduce((n, g, j) => (j === i ? n : n + overlap(grams[i], g)), 0);
      return { type: "single", choice: q.options[argmax(q.options, (o) => -sim(q.options.indexOf(o)))].id };
    },
  },
  {
    name: "single-least-cautious",
    describe: "反其道而行：选听起来最宽松的选项",
    answer: (q) => ({ type: "single", choice: q.options[argmax(q.options, (o) => -caution(o.text))].id }),
  },
  {
    name: "single-second-most-cautious",
    describe: "最严格的往往是“过头”的陷阱，选第二谨慎的",
    answer: (q) => ({ type: "single", choice: byCaution(q)[1] ?? q.options[0].id }),
  },
  {
    name: "single-middle",
    describe: "排除最严格和最宽松的两项，在剩下的里选最长的",
    answer: (q) => {
      const order = byCaution(q);
      const middle = q.options.filter((o) => o.id !== order[0] && o.id !== order[order.length - 1]);
      return { type: "single", choice: middle.length ? middle[argmax(middle, (o) => [...o.text].length)].id : order[0] };
    },
  },
  {
    name: "single-no-absolute",
    describe: "排除含绝对化词语的选项后，选最谨慎的",
    answer: (q) => ({ type: "single", choice: q.options[argmax(q.options, (o) => caution(o.text) - 3 * hits(o.text, ABSOLUTE))].id }),
  },
];

export const MULTIPLE_STRATEGIES: Strategy<Choice>[] = [
  {
    name: "multiple-three-most-cautious",
    describe: "勾选最谨慎的三项（“多选题一般三个答案”）",
    answer: (q) => ({ type: "multiple", choices: byCaution(q).slice(0, 3) }),
  },
  {
    name: "multiple-all-but-least-cautious",
    describe: "除了最像借口的一项，其余全选",
    answer: (q) => ({ type: "multiple", choices: byCaution(q).slice(0, -1) }),
  },
  {
    name: "multiple-cautious-only",
    describe: "勾选所有听起来谨慎的选项（至少一项）",
    answer: (q) => {
      const picked = q.options.filter((o) => caution(o.text) > 0).map((o) => o.id);
      return { type: "multiple", choices: picked.length ? picked : byCaution(q).slice(0, 1) };
    },
  },
  {
    name: "multiple-all-but-most-cautious",
    describe: "反其道而行：除了最严格的一项，其余全选",
    answer: (q) => ({ type: "multiple", choices: byCaution(q).slice(1) }),
  },
  {
    name: "multiple-two-most-cautious",
    describe: "勾选最谨慎的两项（稳妥拿部分分）",
    answer: (q) => ({ type: "multiple", choices: byCaution(q).slice(0, 2) }),
  },
];

export interface TypeScore {
  items: number;
  /** Sum of scores ÷ sum of maximum scores (partial credit counts as the scorer gives it). */
  share: number;
}

export interface GuesserReport {
  /** Per strategy: its share of the points on the items of its type. */
  strategies: { type: "single" | "multiple" | "truefalse"; name: string; describe: string; items: number; share: number }[];
  /** The best strategy of each type, chosen with hindsight (an upper bound for any guesser). */
  bestPerType: Record<"single" | "multiple" | "truefalse", { name: string; share: number; items: number }>;
  /** Points of the best-per-type guesser over every objective item. */
  overall: number;
}

type Objective = Extract<TQuestion, { type: "single" | "multiple" | "truefalse" }>;
const isObjective = (q: TQuestion): q is Objective => q.type === "single" || q.type === "multiple" || q.type === "truefalse";

function run<Q extends PublicQuestion>(items: Objective[], s: Strategy<Q>): { points: number; max: number } {
  let points = 0;
  let max = 0;
  for (const q of items) {
    const r = scoreAnswer(q, s.answer(publicQuestion(q) as Q));
    points += r.score;
    max += r.maxScore;
  }
  return { points, max };
}

/** Runs every strategy over the bank's objective items and reports the shares. */
export function guessBank(questions: readonly TQuestion[]): GuesserReport {
  const objective = questions.filter(isObjective);
  const groups = {
    truefalse: { items: objective.filter((q) => q.type === "truefalse"), strategies: TRUE_FALSE_STRATEGIES as Strategy<PublicQuestion>[] },
    single: { items: objective.filter((q) => q.type === "single"), strategies: SINGLE_STRATEGIES as Strategy<PublicQuestion>[] },
    multiple: { items: objective.filter((q) => q.type === "multiple"), strategies: MULTIPLE_STRATEGIES as Strategy<PublicQuestion>[] },
  };
  const strategies: GuesserReport["strategies"] = [];
  const bestPerType = {} as GuesserReport["bestPerType"];
  let points = 0;
  let max = 0;
  for (const [type, g] of Object.entries(groups) as [keyof typeof groups, (typeof groups)[keyof typeof groups]][]) {
    let best: { name: string; points: number; max: number } | null = null;
    for (const s of g.strategies) {
      const r = run(g.items, s);
      strategies.push({ type, name: s.name, describe: s.describe, items: g.items.length, share: r.max ? r.points / r.max : 0 });
      if (!best || r.points > best.points) best = { name: s.name, ...r };
    }
    if (best) {
      bestPerType[type] = { name: best.name, share: best.max ? best.points / best.max : 0, items: g.items.length };
      points += best.points;
      max += best.max;
    }
  }
  return { strategies, bestPerType, overall: max ? points / max : 0 };
}
