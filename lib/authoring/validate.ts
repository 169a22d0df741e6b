/**
 * Validation of an authored question: the same zod schemas as content/ (ZQuestion and its
 * members), then, for scenarios, the graph checks of content/ (checkScenarioGraph) — so the
 * editor, the JSON/XLSX import and the content loader accept exactly the same questions.
 *
 * Pure (no database): the editor runs it in the browser for its live problem list; the server
 * runs it again before writing, plus the reference checks in references.ts.
 */
import { z } from "zod";
import { checkScenarioGraph, maxScenarioScore } from "../content/scenario-graph";
import { QUESTION_SCHEMAS, type TQuestion, type TScenarioQuestion } from "../content/schema";

export interface Problem {
  /** Field path inside the question, e.g. "steps.1.choices.0.next" ("" for the whole question). */
  path: string;
  /** The field in words, e.g. "步骤 2 · 选项 1 · 下一步". */
  label: string;
  message: string;
}

export const QUESTION_TYPES = ["single", "multiple", "truefalse", "scenario", "drafting"] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** zod's built-in messages, in Chinese and without the field name (the label says which field). */
const authoringErrors: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined || issue.input === null) return "必填";
      return (
        ({ string: "应为文本", number: "应为数字", int: "应为整数", boolean: "应为是或否", object: "格式不正确", array: "应为列表" } as Record<string, string>)[
          issue.expected
        ] ?? "类型不正确"
      );
    case "too_big":
      return issue.origin === "string"
        ? `不能超过 ${String(issue.maximum)} 个字`
        : issue.origin === "array"
          ? `最多 ${String(issue.maximum)} 项`
          : `不能大于 ${String(issue.maximum)}`;
    case "too_small":
      return issue.origin === "string" ? "不能为空" : issue.origin === "array" ? `至少 ${String(issue.minimum)} 项` : `不能小于 ${String(issue.minimum)}`;
    case "invalid_format":
      return "格式不正确";
    case "invalid_value":
      return issue.values.length === 1 ? `应为 ${JSON.stringify(issue.values[0])}` : `应为 ${issue.values.map((v) => JSON.stringify(v)).join("、")} 之一`;
    case "unrecognized_keys":
      return `含有不认识的字段：${issue.keys.join("、")}`;
    default:
      return "输入有误";
  }
};

const TOP: Record<string, string> = {
  id: "标识",
  type: "题型",
  module: "模块",
  rules: "规则编码",
  stem: "题干",
  explanation: "解析",
  citation: "出处",
  difficulty: "难度",
  options: "选项",
  answer: "正确答案",
  misconception: "误区",
  situation: "情境",
  kind: "文种",
  points: "内容要点",
  sampleSendAt: "参考范文发送时间",
  rubric: "评分规则",
  sample: "参考范文",
  case: "案例",
  setting: "场景",
  chatTitle: "聊天标题",
  start: "起始步骤",
  steps: "步骤",
  endings: "结局",
};
const SUB: Record<string, string> = {
  id: "标识",
  text: "内容",
  correct: "是否正确",
  misconception: "误区",
  messages: "消息",
  prompt: "提问",
  choices: "选项",
  action: "动作",
  label: "选项文字",
  says: "发出的消息",
  next: "下一步",
  score: "得分",
  feedback: "反馈",
  outcome: "结果",
  title: "标题",
  consequence: "后果说明",
  rules: "规则编码",
  citation: "出处",
  from: "发送人",
  meta: "附加信息",
  source: "来源",
  publication: "出版物",
  date: "日期",
  note: "说明",
};

const letter = (i: number) => String.fromCharCode(65 + i);

/** "steps.1.choices.0.next" → "步骤 2 · 选项 1 · 下一步"; option indexes become letters. */
export function pathLabel(path: (string | number)[] | string): string {
  const parts = typeof path === "string" ? (path ? path.split(".") : []) : path.map(String);
  if (!parts.length) return "整道题";
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    const n = Number(p);
    if (p !== "" && Number.isInteger(n)) {
      const parent = parts[i - 1];
      if (parent === "options" && i === 1) out[out.length - 1] = `选项 ${letter(n)}`;
      else out[out.length - 1] = `${out[out.length - 1]} ${n + 1}`;
      continue;
    }
    out.push(i === 0 ? (TOP[p] ?? p) : (SUB[p] ?? p));
  }
  return out.join(" · ");
}

const problem = (path: (string | number)[] | string, message: string): Problem => {
  const p = typeof path === "string" ? path : path.map(String).join(".");
  return { path: p, label: pathLabel(p), message };
};

/** checkScenarioGraph's "steps.1.choices.0.next: 指向…" lines as problems. */
function graphProblems(q: TScenarioQuestion): Problem[] {
  const out = checkScenarioGraph(q).map((line) => {
    const m = /^([A-Za-z0-9_.]+): (.*)$/s.exec(line);
    return m ? problem(m[1], m[2]) : problem("", line);
  });
  if (!out.length && maxScenarioScore(q) <= 0) out.push(problem("steps", "至少要有一条路径的选项得分大于 0，否则无法计分"));
  return out;
}

export type Validation = { ok: true; question: TQuestion } | { ok: false; problems: Problem[] };

/**
 * Validates one question as authored. Schema problems first (every one, with its path); when the
 * schema passes, a scenario's graph problems. `graph: false` skips the graph checks (a draft may
 * be saved half-built; publishing always checks).
 */
export function validateQuestion(input: unknown, opts: { graph?: boolean } = {}): Validation {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return { ok: false, problems: [problem("", "题目应为一个对象")] };
  const type = (input as { type?: unknown }).type;
  if (typeof type !== "string" || !(QUESTION_TYPES as readonly string[]).includes(type)) {
    return { ok: false, problems: [problem("type", `题型应为 ${QUESTION_TYPES.join("、")} 之一`)] };
  }
  const parsed = QUESTION_SCHEMAS[type as QuestionType].safeParse(input, { error: authoringErrors });
  if (!parsed.success) {
    // One problem per field: zod may add a follow-on issue for a value of the wrong type.
    const seen = new Set<string>();
    const problems = parsed.error.issues
      .map((i) => problem(i.path as (string | number)[], i.message))
      .filter((p) => (seen.has(p.path) ? false : (seen.add(p.path), true)));
    return { ok: false, problems };
  }
  const question = parsed.data as TQuestion;
  if (question.type === "scenario" && opts.graph !== false) {
    const problems = graphProblems(question);
    if (problems.length) return { ok: false, problems };
  }
  return { ok: true, question };
}

/** Every problem, schema and graph together where both can be computed (for the editor's live list). */
export function problemsOf(input: unknown): Problem[] {
  const v = validateQuestion(input);
  return v.ok ? [] : v.problems;
}

/** Every rule code a question cites: its own, its scenario endings' and its drafting rubric. */
export function citedRules(q: TQuestion): string[] {
  const codes = new Set(q.rules);
  if (q.type === "scenario") for (const e of q.endings) for (const r of e.rules) codes.add(r);
  if (q.type === "drafting") for (const r of q.rubric) codes.add(r);
  return [...codes];
}

/** Case codes a question cites. */
export function citedCases(q: TQuestion): string[] {
  const codes = new Set<string>();
  if (q.citation?.case) codes.add(q.citation.case);
  if (q.type === "scenario") {
    if (q.case) codes.add(q.case);
    for (const e of q.endings) if (e.citation?.case) codes.add(e.citation.case);
  }
  return [...codes];
}
