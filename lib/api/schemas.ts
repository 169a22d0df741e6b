/**
 * The integration API's contract: what each operation accepts (path parameters, query, body) and
 * what it answers. Route handlers under app/api/v1 parse with the request schemas; the OpenAPI
 * document (./openapi.ts) is generated from all of them; the API tests validate every response
 * against its response schema. Response objects are strict: a field that is not described here
 * fails the tests instead of reaching an integrator undocumented — in particular, no key leaks in
 * through a field added elsewhere.
 */
import { z } from "zod";
import { ZAnswer } from "../assessment/score";
import { ZCheckInput } from "../checker";
import { zIntParam } from "../db/ids";

export { ZAnswer, ZCheckInput };

const Id = z.number().int();
const DateTime = z.iso.datetime().meta({ description: "ISO 8601, UTC" });

/* ------------------------------------------------------------------ requests */

export const ZQuizParams = z.object({
  quizId: z
    .string()
    .regex(/^[a-z0-9-]{1,64}$/, "测验编号格式不正确")
    .meta({ description: "测验编号 · quiz id, e.g. final-exam" }),
});

export const ZAttemptParams = z.object({
  attemptId: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}$/, "作答编号格式不正确")
    .meta({ description: "作答编号 · attempt id (opaque)" }),
});

export const ZResponseParams = ZAttemptParams.extend({
  versionId: zIntParam(
    z.number({ error: "题目版本编号应为正整数" }).int("题目版本编号应为正整数").positive("题目版本编号应为正整数").max(2_147_483_647, "题目版本编号过大"),
  ).meta({ description: "题目版本编号（试卷中各题的 versionId）· question version id (items[].versionId)" }),
});

export const ZResultsQuery = z.object({
  cursor: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}$/, "分页游标无效")
    .optional()
    .meta({ description: "上一页返回的 nextCursor · the nextCursor of the previous page" }),
  limit: zIntParam(
    z
      .number({ error: "limit 应为 1 到 100 的整数" })
      .int("limit 应为 1 到 100 的整数")
      .min(1, "limit 应为 1 到 100 的整数")
      .max(100, "limit 应为 1 到 100 的整数")
      .default(20),
  ).meta({ description: "每页条数 · page size (1–100, default 20)" }),
});

/* ------------------------------------------------------------------ responses */

export const ZError = z
  .object({
    error: z.string().meta({ description: "中文错误说明 · message in Chinese, safe to show" }),
    fields: z.record(z.string(), z.string()).optional().meta({ description: "字段路径 → 错误 · field path → message" }),
  })
  .meta({ description: "错误 · error" });

export const ZRole = z.enum(["CADRE", "SECRETARY", "ADMIN"]);

export const ZMe = z.strictObject({
  id: Id,
  username: z.string(),
  name: z.string(),
  role: ZRole,
  roleLabel: z.string().meta({ description: "学员 / 书记 / 管理员" }),
  unit: z.strictObject({
    id: Id,
    name: z.string(),
    path: z.array(z.strictObject({ id: Id, name: z.string() })).meta({ description: "从根组织到本单位 · from the root unit down to the member's own" }),
  }),
});

export const ZRuleList = z.strictObject({
  rules: z.array(z.strictObject({ code: z.string(), group: z.string(), title: z.string(), summary: z.string() })),
});

export const ZQuizKind = z.enum(["PRACTICE", "PRE", "POST", "EXAM", "REVIEW"]);

export const ZQuizList = z.strictObject({
  quizzes: z.array(
    z.strictObject({
      id: z.string(),
      kind: ZQuizKind,
      title: z.string(),
      description: z.string(),
      module: z.string().nullable(),
      timeLimitSec: Id.nullable(),
      passPercent: z.number().nullable(),
      maxAttempts: Id.nullable(),
      attempts: z
        .strictObject({
          submitted: Id.meta({ description: "已提交次数 · submitted attempts" }),
          remaining: Id.nullable().meta({ description: "剩余次数（不限则为 null）· attempts left, null when unlimited" }),
          bestPercent: z.number().nullable().meta({ description: "最好成绩（百分制）· best percent" }),
          inProgress: z.string().nullable().meta({ description: "进行中的作答编号 · the open attempt's id" }),
        })
        .meta({ description: "调用者本人的作答情况 · the caller's own attempts" }),
    }),
  ),
});

export const ZStarted = z.strictObject({
  id: z.string().meta({ description: "作答编号 · attempt id" }),
  resumed: z.boolean().meta({ description: "true：继续未完成的作答 · an open attempt was resumed" }),
});

const ZChatMessage = z.strictObject({
  from: z.string(),
  text: z.string(),
  kind: z.enum(["text", "redpacket", "transfer", "image", "voice", "link", "system", "recall"]),
  meta: z.string().optional(),
});

const ZCitation = z.strictObject({
  source: z.enum(["A", "B"]),
  publication: z.string().optional(),
  date: z.string().optional(),
  note: z.string().optional(),
  case: z.string().optional(),
});

export const ZFinding = z.strictObject({
  code: z.string().meta({ description: "规则编码 · rule code (R1, G4, V3 …)" }),
  severity: z.enum(["redline", "must", "suggestion"]).meta({ description: "红线 / 必须修改 / 建议" }),
  start: Id.min(0).meta({ description: "UTF-16 起始偏移 · UTF-16 offset, inclusive" }),
  end: Id.min(0).meta({ description: "UTF-16 结束偏移 · UTF-16 offset, exclusive; equal to start for something missing" }),
  message: z.string(),
  suggestion: z.string(),
  rule: z.string().meta({ description: "规则名称 · the rule's title" }),
  triggers: z.array(z.string()).meta({ description: "触发问题的原文词语 · the words that triggered it, as written (empty for something missing)" }),
  basis: z.enum(["rule", "model"]).meta({ description: "rule 规则 / model 语义模型提示（只作建议）· a rule, or the classifier's suggestion" }),
});

const ZScenarioNode = z.strictObject({
  transcript: z.array(ZChatMessage),
  step: z
    .strictObject({
      id: z.string(),
      prompt: z.string(),
      choices: z.array(z.strictObject({ id: z.string(), action: z.string(), label: z.string() })),
    })
    .nullable(),
  ending: z
    .strictObject({ id: z.string(), outcome: z.string(), title: z.string(), consequence: z.string(), rules: z.array(z.string()) })
    .nullable()
    .meta({ description: "结局，仅在可公布时给出 · the ending, only once it may be shown" }),
  ended: z.boolean(),
});

export const ZPublicQuestion = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("single"), stem: z.string(), options: z.array(z.strictObject({ id: z.string(), text: z.string() })) }),
  z.strictObject({ type: z.literal("multiple"), stem: z.string(), options: z.array(z.strictObject({ id: z.string(), text: z.string() })) }),
  z.strictObject({ type: z.literal("truefalse"), stem: z.string() }),
  z.strictObject({ type: z.literal("drafting"), stem: z.string(), situation: z.string(), kind: z.string(), sendAt: z.string().optional() }),
  z.strictObject({ type: z.literal("scenario"), stem: z.string(), setting: z.string(), chatTitle: z.string(), node: ZScenarioNode }),
]);

const ZDebriefStep = z.strictObject({
  prompt: z.string(),
  choice: z.strictObject({ id: z.string(), action: z.string(), label: z.string() }),
  mark: z.enum(["best", "mistake", "other"]).meta({ description: "最佳 / 误区 / 其他 · best choice, a mistake, or neither" }),
  feedback: z.string().optional(),
  misconception: z.string().optional(),
  rules: z.array(z.string()),
});

export const ZReveal = z
  .strictObject({
    correctOptions: z.array(z.string()).optional(),
    answer: z.boolean().optional(),
    explanation: z.string(),
    citation: ZCitation.optional(),
    sample: z.string().optional(),
    debrief: z
      .strictObject({
        taken: z.array(ZDebriefStep),
        best: z.array(ZDebriefStep),
        bestEnding: z.strictObject({ title: z.string(), outcome: z.string() }).nullable(),
      })
      .optional()
      .meta({ description: "情景题回看：你的选择与最佳路径 · scenarios: the path taken and the best path" }),
  })
  .meta({ description: "答案与解析：练习中答后、或提交后才给出 · the key, after answering in practice or after submission" });

export const ZAttemptItem = z.strictObject({
  position: Id,
  versionId: Id,
  rules: z.array(z.string()),
  module: z.string(),
  maxScore: z.number(),
  question: ZPublicQuestion,
  response: z
    .strictObject({
      answer: ZAnswer,
      final: z.boolean(),
      correct: z.boolean().optional(),
      score: z.number().optional(),
      misconceptions: z.array(z.string()).optional(),
      findings: z.array(ZFinding).optional(),
    })
    .nullable(),
  reveal: ZReveal.nullable(),
  keyWithheld: z
    .literal(true)
    .optional()
    .meta({ description: "已作答，但此题也在你尚未交卷的考试中，交卷前不给答案 · answered, but the key waits: the item sits on the caller's open exam" }),
});

const ZRuleScore = z.strictObject({ score: z.number(), max: z.number() });

export const ZAttemptView = z.strictObject({
  id: z.string(),
  quizId: z.string(),
  quizTitle: z.string(),
  kind: ZQuizKind,
  status: z.enum(["IN_PROGRESS", "SUBMITTED"]),
  startedAt: DateTime,
  deadlineAt: DateTime.nullable(),
  submittedAt: DateTime.nullable(),
  secondsLeft: Id.nullable().meta({ description: "服务器时钟上的剩余秒数（不限时为 null）· seconds left on the server's clock" }),
  instantFeedback: z.boolean(),
  result: z
    .strictObject({
      score: z.number(),
      maxScore: z.number(),
      percent: z.number(),
      passed: z.boolean().nullable(),
      passPercent: z.number().nullable(),
      ruleBreakdown: z.record(z.string(), ZRuleScore),
    })
    .nullable(),
  items: z.array(ZAttemptItem),
});

export const ZSaveResult = z.strictObject({
  saved: z.literal(true),
  revision: Id.meta({ description: "答案的修订号；与已存答案相同时不重复写入，为 0 · the answer's revision; 0 when the same answer was already stored" }),
  feedback: z
    .strictObject({
      correct: z.boolean(),
      score: z.number(),
      maxScore: z.number(),
      misconceptions: z.array(z.string()),
      reveal: ZReveal,
      findings: z.array(ZFinding).optional(),
    })
    .optional()
    .meta({ description: "仅练习和复习：即时对错与解析 · practice and review only" }),
  question: ZPublicQuestion.optional().meta({ description: "情景题：剧情的下一步 · scenarios: where the story goes next" }),
  keyWithheld: z
    .literal(true)
    .optional()
    .meta({ description: "练习中不给反馈：此题也在你尚未交卷的考试中 · no feedback: the item sits on the caller's open exam" }),
});

export const ZResultItem = z.strictObject({
  id: z.string(),
  quizId: z.string(),
  quizTitle: z.string(),
  kind: ZQuizKind,
  startedAt: DateTime,
  submittedAt: DateTime,
  score: z.number(),
  maxScore: z.number(),
  percent: z.number(),
  passed: z.boolean().nullable(),
  ruleBreakdown: z.array(z.strictObject({ rule: z.string(), score: z.number(), max: z.number() })),
});

export const ZResultPage = z.strictObject({
  items: z.array(ZResultItem),
  nextCursor: z.string().nullable().meta({ description: "下一页的游标，没有更多时为 null · cursor for the next page, null at the end" }),
});

export const ZCheckResult = z.strictObject({
  verdict: z.enum(["pass", "revise", "block"]).meta({ description: "pass 可以发送 / revise 必须修改 / block 触碰红线 · never milder than the worst finding" }),
  findings: z.array(ZFinding),
});
