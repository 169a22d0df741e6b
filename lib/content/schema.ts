/**
 * zod schemas for everything under `content/`. The course is authored as YAML files; these
 * schemas are the contract between authors, the sync into PostgreSQL, and the JSON
 * import/export of questions (issue 6), so a file exported from one deployment imports into
 * another.
 */
import { z } from "zod";

/** Inventory codes: V1, G8, TJ3, RP1, C7 … (letters then digits). */
export const ZRuleCode = z.string().regex(/^[A-Z]{1,2}\d{1,2}$/, "规则编码格式应为字母加数字，如 V1、TJ3");
export const ZCaseCode = z.string().regex(/^C\d{1,2}$/, "案例编码格式应为 C 加数字，如 C1");
/** Stable ids: lower-case slug, never renamed once published (progress and answers point at them). */
export const ZSlug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "标识只能由小写字母、数字和连字符组成");

const nonEmpty = (what: string) => z.string().trim().min(1, `${what}不能为空`);

/**
 * Where a quote or fact comes from: the source document and, where the source names one, the
 * publication it reports it from with that publication's date. Both must be listed for the source
 * (and the case) in content/sources.yaml: a content lint checks it.
 */
export const ZCitation = z.object({
  source: z.enum(["A", "B"]), // A = 公职人员微信使用指南, B = 新京报 report (see content/sources.yaml)
  publication: z.string().optional(), // e.g. 《中国纪检监察报》
  date: z.string().optional(), // the publication's date as the source gives it, e.g. "2015-12"
  note: z.string().optional(),
});
export type TCitation = z.infer<typeof ZCitation>;

/** A publication a source reports from: the dates it gives for it and the cases it attributes to it. */
export const ZSourceCite = z.object({
  publication: nonEmpty("出处名称"),
  dates: z.array(z.string()).default([]),
  cases: z.array(ZCaseCode).default([]),
});

export const ZSource = z.object({
  id: z.enum(["A", "B"]),
  title: nonEmpty("来源标题"),
  publisher: z.string().optional(),
  author: z.string().optional(),
  /** The cases this source records. */
  cases: z.array(ZCaseCode).default([]),
  cites: z.array(ZSourceCite.strict()).default([]),
});
export type TSource = z.infer<typeof ZSource>;

export const ZRuleGroup = z.enum(["redline", "guide", "message", "usage", "principle", "local"]);

export const ZRule = z.object({
  code: ZRuleCode,
  group: ZRuleGroup,
  title: nonEmpty("规则标题"),
  summary: nonEmpty("规则概要"),
  /** The rule as the source words it (verbatim or closely abridged). */
  quote: nonEmpty("规则原文"),
  citation: ZCitation,
  /** Extra words that should find this rule in search (synonyms the text lacks). */
  keywords: z.array(z.string()).default([]),
});
export type TRule = z.infer<typeof ZRule>;

export const ZCase = z.object({
  code: ZCaseCode,
  title: nonEmpty("案例标题"),
  /** Who, where, what: the facts as the source reports them. */
  facts: nonEmpty("案例事实"),
  /** Consequence (处分) or, for positive examples, what good practice it shows. */
  outcome: nonEmpty("案例结果"),
  positive: z.boolean().default(false),
  rules: z.array(ZRuleCode).min(1),
  citation: ZCitation,
});
export type TCase = z.infer<typeof ZCase>;

/** One line in a rendered WeChat snippet. `from: "我"` is the learner's own side. */
export const ZChatMessage = z.object({
  from: nonEmpty("发送人"),
  text: z.string().default(""),
  kind: z.enum(["text", "redpacket", "transfer", "image", "voice", "link", "system", "recall"]).default("text"),
  /** e.g. red-packet amount "200.00" or a voice length "58″" */
  meta: z.string().optional(),
});
export type TChatMessage = z.infer<typeof ZChatMessage>;

export const ZExample = z.object({
  verdict: z.enum(["do", "dont"]),
  setting: z.enum(["group", "private", "moments"]),
  /** Group name, contact name, or whose Moments. */
  title: nonEmpty("示例标题"),
  messages: z.array(ZChatMessage).min(1),
  /** Why this is right or wrong, one or two sentences. */
  note: nonEmpty("示例说明"),
});
export type TExample = z.infer<typeof ZExample>;

export const ZCourse = z.object({
  id: ZSlug,
  title: nonEmpty("课程标题"),
  description: nonEmpty("课程简介"),
  modules: z
    .array(z.object({ slug: ZSlug, title: nonEmpty("模块标题"), summary: nonEmpty("模块简介") }))
    .min(1),
});
export type TCourse = z.infer<typeof ZCourse>;

export const ZLesson = z.object({
  id: ZSlug,
  module: ZSlug,
  order: z.number().int().min(1),
  title: nonEmpty("课时标题"),
  rules: z.array(ZRuleCode).min(1, "每个课时至少讲授一条规则"),
  cases: z.array(ZCaseCode).default([]),
  /** Plain-words explanation; paragraphs separated by a blank line. */
  explanation: nonEmpty("讲解"),
  quotes: z.array(z.object({ text: nonEmpty("引文"), citation: ZCitation })).min(1, "至少引用一段原文"),
  examples: z.array(ZExample).min(1, "至少一个正反示例"),
  why: nonEmpty("为什么重要"),
});
export type TLesson = z.infer<typeof ZLesson>;

/* ------------------------------------------------------------------ questions */

const ZOption = z.object({
  id: z.string().regex(/^[a-z]$/, "选项标识为单个小写字母"),
  text: nonEmpty("选项内容"),
  correct: z.boolean().default(false),
  /** The misconception a learner who picks this wrong option reveals. */
  misconception: z.string().optional(),
});

const questionBase = {
  id: ZSlug,
  rules: z.array(ZRuleCode).min(1, "每道题至少关联一条规则"),
  module: ZSlug,
  stem: nonEmpty("题干"),
  explanation: nonEmpty("解析"),
  citation: ZCitation.extend({ case: ZCaseCode.optional() }).optional(),
  difficulty: z.number().int().min(1).max(3).default(2),
};

export const ZSingleQuestion = z.object({ ...questionBase, type: z.literal("single"), options: z.array(ZOption).min(3).max(6) })
  .refine((q) => q.options.filter((o) => o.correct).length === 1, { message: "单选题必须恰好有一个正确选项", path: ["options"] });
export const ZMultipleQuestion = z.object({ ...questionBase, type: z.literal("multiple"), options: z.array(ZOption).min(4).max(6) })
  .refine((q) => q.options.filter((o) => o.correct).length >= 2, { message: "多选题至少有两个正确选项", path: ["options"] });
export const ZTrueFalseQuestion = z.object({
  ...questionBase,
  type: z.literal("truefalse"),
  answer: z.boolean(),
  /** The misconception behind the wrong answer. */
  misconception: z.string().optional(),
});
/**
 * A content point a drafted message must contain (who, what, where, by when, what to confirm):
 * shown to the learner as `label`; met when, for every group in `all`, the draft contains one of
 * its alternatives (compared without spaces, full-width digits and colons normalised).
 */
export const ZDraftingPoint = z.object({
  label: nonEmpty("要点"),
  all: z.array(z.array(z.string().trim().min(1)).min(1)).min(1),
});
export type TDraftingPoint = z.infer<typeof ZDraftingPoint>;

/**
 * Drafting: the learner writes an official message and chooses when to send it; the rubric lists
 * the rule codes the checker grades (U1 on the learner's own send time) and `points` the content
 * the message must carry. The model answer (`sample`, sent at `sampleSendAt`) meets all of it.
 */
export const ZDraftingQuestion = z.object({
  ...questionBase,
  type: z.literal("drafting"),
  situation: nonEmpty("情境"),
  kind: z.enum(["notice", "request", "report", "reply"]),
  rubric: z.array(ZRuleCode).min(1),
  points: z.array(ZDraftingPoint).min(1, "请至少列出一个内容要点").max(8),
  sample: nonEmpty("参考范文"),
  sampleSendAt: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "参考发送时间格式应为 HH:MM"),
});

/** A branching scenario: steps with choices leading to another step or to an ending. */
export const ZScenarioChoice = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** What the learner does, as a WeChat action. */
  action: z.enum(["reply", "forward", "recall", "decline", "return", "accept", "report", "ignore", "call", "verify", "delete", "post"]),
  label: nonEmpty("选项文字"),
  /** Message(s) the learner's action puts into the chat, if any. */
  says: z.array(ZChatMessage).default([]),
  next: z.string().min(1),
  score: z.number().int().min(0).max(10).default(0),
  misconception: z.string().optional(),
  /** What this choice leads to and why: shown in the review once the scenario is finished. */
  feedback: z.string().optional(),
  /** The rules this choice applies (or breaks): shown with the feedback in the review. */
  rules: z.array(ZRuleCode).default([]),
});
export const ZScenarioStep = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** What arrives in the chat before the learner acts. */
  messages: z.array(ZChatMessage).min(1),
  prompt: nonEmpty("提问"),
  choices: z.array(ZScenarioChoice).min(2),
});
export const ZScenarioEnding = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  outcome: z.enum(["good", "bad", "neutral"]),
  title: nonEmpty("结局标题"),
  /** Consequences that unfold in the same chat. */
  messages: z.array(ZChatMessage).default([]),
  consequence: nonEmpty("后果说明"),
  rules: z.array(ZRuleCode).min(1),
  citation: ZCitation.extend({ case: ZCaseCode.optional() }).optional(),
});
export const ZScenarioQuestion = z.object({
  ...questionBase,
  type: z.literal("scenario"),
  case: ZCaseCode.optional(),
  setting: z.enum(["group", "private", "moments", "redpacket"]),
  /** Chat title: group name or contact. */
  chatTitle: nonEmpty("聊天标题"),
  start: z.string().min(1),
  steps: z.array(ZScenarioStep).min(1),
  endings: z.array(ZScenarioEnding).min(2),
});

export const ZQuestion = z.union([
  ZSingleQuestion,
  ZMultipleQuestion,
  ZTrueFalseQuestion,
  ZDraftingQuestion,
  ZScenarioQuestion,
]);
export type TQuestion = z.infer<typeof ZQuestion>;

/** Each question type's own schema, so that a question's errors point at the fields of its type. */
export const QUESTION_SCHEMAS = {
  single: ZSingleQuestion,
  multiple: ZMultipleQuestion,
  truefalse: ZTrueFalseQuestion,
  drafting: ZDraftingQuestion,
  scenario: ZScenarioQuestion,
} as const;
export type TScenarioQuestion = z.infer<typeof ZScenarioQuestion>;

/** A questions file holds a list of questions. */
export const ZQuestionFile = z.object({ questions: z.array(ZQuestion).min(1) });
