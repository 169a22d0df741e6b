/**
 * The OpenAPI 3.1 document of /api/v1, generated from the zod schemas the route handlers parse
 * with (./schemas.ts) by zod's own `z.toJSONSchema` — never written by hand, so it cannot drift
 * from what the server accepts. Served at GET /api/v1/openapi.json.
 */
import { z } from "zod";
import { ORG_API_OPERATIONS } from "../org/api-schemas";
import { TRACKING_OPERATIONS } from "../tracking/api-schemas";
import { AUTH, type ApiOperation, type ErrorStatus } from "./operation";
import * as S from "./schemas";

const LEARNING_OPERATIONS: ApiOperation[] = [
  {
    operationId: "getOpenApi",
    method: "get",
    path: "/openapi.json",
    tag: "meta",
    summary: "本接口文档 · This document",
    description:
      "OpenAPI 3.1 接口说明，由服务器使用的 zod 校验规则生成，无需认证。\n\nThe OpenAPI 3.1 description, generated from the zod schemas the server validates with. No authentication.",
    public: true,
    ok: [{ status: 200, description: "OpenAPI 3.1 文档 · the OpenAPI document", schema: z.record(z.string(), z.unknown()) }],
    errors: [406],
  },
  {
    operationId: "getMe",
    method: "get",
    path: "/me",
    tag: "account",
    summary: "当前账号 · The calling member",
    description:
      "令牌（或会话）所代表的账号：编号、姓名、角色、所在单位及从根组织到本单位的路径。\n\nThe member the token (or session) acts as: id, name, role, unit, and the unit path from the root as ids and names.",
    ok: [{ status: 200, description: "当前账号 · the member", schema: S.ZMe }],
    errors: AUTH,
  },
  {
    operationId: "listRules",
    method: "get",
    path: "/rules",
    tag: "rules",
    summary: "规则目录 · Rule catalogue",
    description: "全部现行规则（红线、使用指南、消息规范、十条原则、地方规定），按课程顺序。\n\nEvery rule in force, in course order.",
    ok: [{ status: 200, description: "规则列表 · the rules", schema: S.ZRuleList }],
    errors: AUTH,
  },
  {
    operationId: "listQuizzes",
    method: "get",
    path: "/quizzes",
    tag: "quizzes",
    summary: "测验列表 · Quizzes",
    description:
      "课前/课后自测、各模块练习和结业考试，附调用者本人的已提交次数、剩余次数、最好成绩和进行中的作答。\n\nThe self-assessments, practice quizzes and the final exam, with the caller's own submitted count, attempts left, best percent and open attempt.",
    ok: [{ status: 200, description: "测验列表 · the quizzes", schema: S.ZQuizList }],
    errors: AUTH,
  },
  {
    operationId: "startAttempt",
    method: "post",
    path: "/quizzes/{quizId}/attempts",
    tag: "attempts",
    summary: "开始作答 · Start (or resume) an attempt",
    description:
      "开始一次作答并按组卷规则抽题；已有未完成的作答时返回它（200），不会重复开卷，重复点击或并发请求也只有一次作答。考试次数用完时返回 422。\n\nStarts an attempt, drawing the paper by blueprint. An open attempt on the quiz is returned instead (200): a double click or concurrent requests never open two. 422 when no attempts are left.",
    params: S.ZQuizParams,
    ok: [
      { status: 201, description: "已开始新的作答 · a new attempt", schema: S.ZStarted },
      { status: 200, description: "继续未完成的作答 · the open attempt, resumed", schema: S.ZStarted },
    ],
    errors: [400, ...AUTH, 422],
  },
  {
    operationId: "getAttempt",
    method: "get",
    path: "/attempts/{attemptId}",
    tag: "attempts",
    summary: "读取作答 · Read an attempt",
    description:
      "试卷、已存答案和剩余时间。提交之前不含答案、解析、错误观念或情景结局（练习中已作答的题除外）；超时的作答在读取时自动提交。只能读取本人的作答，他人的返回 404。\n\nThe paper, the saved answers and the time left. Before submission it holds no key, explanation, misconception or scenario ending (except practice items already answered). An attempt past its deadline is submitted when read. Only the caller's own attempts: anyone else's is 404.",
    params: S.ZAttemptParams,
    ok: [{ status: 200, description: "作答 · the attempt", schema: S.ZAttemptView }],
    errors: [400, ...AUTH],
  },
  {
    operationId: "saveResponse",
    method: "put",
    path: "/attempts/{attemptId}/responses/{versionId}",
    tag: "attempts",
    summary: "保存一题的答案 · Save an answer",
    description:
      "保存（或修改）一题的答案，幂等：同样的答案重复提交只存一条。考试中不返回对错；练习和复习即时返回对错与解析，且答后不能再改。情景题逐步保存选择路径。已提交或超时返回 422。\n\nSaves or replaces the answer to one item; idempotent (the same body twice stores one row). Exams return no verdict; practice and review return the verdict and key at once and lock the item. Scenarios save the path step by step. 422 once submitted or past the deadline.",
    params: S.ZResponseParams,
    body: S.ZAnswer,
    bodyDescription: "答案，type 与题型一致 · the answer; its type matches the question's",
    ok: [{ status: 200, description: "已保存 · saved", schema: S.ZSaveResult }],
    errors: [400, ...AUTH, 413, 422],
  },
  {
    operationId: "submitAttempt",
    method: "post",
    path: "/attempts/{attemptId}/submit",
    tag: "attempts",
    summary: "交卷 · Submit",
    description:
      "交卷并在服务器上计分，返回含成绩、按规则分项得分、答案与解析的作答。幂等：重复或并发交卷只产生一次成绩。\n\nSubmits and scores on the server; answers the attempt with its result, per-rule breakdown, keys and explanations. Idempotent: repeated or concurrent submits give one result.",
    params: S.ZAttemptParams,
    ok: [{ status: 200, description: "已交卷的作答 · the submitted attempt", schema: S.ZAttemptView }],
    errors: [400, ...AUTH],
  },
  {
    operationId: "listMyResults",
    method: "get",
    path: "/me/results",
    tag: "results",
    summary: "我的成绩 · My results",
    description:
      "调用者本人已提交的作答，最新的在前，含得分和按规则分项得分；用 cursor/limit 分页。\n\nThe caller's submitted attempts, newest first, with scores and per-rule breakdown; paginated with cursor/limit.",
    query: S.ZResultsQuery,
    ok: [{ status: 200, description: "一页成绩 · a page of results", schema: S.ZResultPage }],
    errors: [400, ...AUTH],
  },
  {
    operationId: "checkMessage",
    method: "post",
    path: "/check-message",
    tag: "checker",
    summary: "公务消息自检 · Check an official message",
    description:
      "按《公职人员微信使用指南》检查一条公务微信或短信：称呼、开头、落款、发送时间、红包、涉密、个人信息等。text 最多 20000 字；start/end 为 UTF-16 偏移，text.slice(start, end) 即问题所在。\n\nChecks an official WeChat or text message against the guide. text up to 20,000 characters; start/end are UTF-16 offsets: text.slice(start, end) is the offending text.",
    body: S.ZCheckInput,
    bodyDescription: "待检查的消息 · the message to check",
    ok: [{ status: 200, description: "检查结果 · the verdict and findings", schema: S.ZCheckResult }],
    errors: [400, ...AUTH, 413],
  },
];

/** Every operation under /api/v1. A route file there without an entry here fails lib/api/openapi.db.test.ts. */
export const OPERATIONS: ApiOperation[] = [...LEARNING_OPERATIONS, ...ORG_API_OPERATIONS, ...TRACKING_OPERATIONS];

/**
 * A zod schema as the JSON Schema embedded in the document (the dialect is the document's).
 * Named sub-schemas (`.meta({ id })`, needed for recursive ones like the org tree) come out of
 * zod as `$defs`; inside an OpenAPI document a `#/$defs/…` pointer would resolve against the
 * document's root, so they move to components.schemas and their references follow.
 */
export function jsonSchema(schema: z.ZodType, io: "input" | "output", defs: Record<string, unknown> = {}): Record<string, unknown> {
  const { $schema: _dialect, $defs, ...rest } = z.toJSONSchema(schema, { io }) as Record<string, unknown>;
  for (const [name, def] of Object.entries(($defs ?? {}) as Record<string, unknown>)) {
    const moved = toComponentRefs(def);
    if (name in defs && JSON.stringify(defs[name]) !== JSON.stringify(moved)) throw new Error(`two different schemas named ${name}`);
    defs[name] = moved;
  }
  return toComponentRefs(rest) as Record<string, unknown>;
}

/** Rewrites `#/$defs/X` references to `#/components/schemas/X`. */
export function toComponentRefs(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value).replaceAll('"#/$defs/', '"#/components/schemas/'));
}

/** Every status an operation can answer: its own, and those the guard gives every operation of its kind. */
export function statusesOf(op: ApiOperation): ErrorStatus[] {
  const all = new Set<ErrorStatus>(op.errors);
  if (op.params || op.query || op.body) all.add(400);
  if (op.body) for (const s of [413, 415] as const) all.add(s);
  if (!op.public) for (const s of [401, 403, 503] as const) all.add(s);
  return [...all].sort((a, b) => a - b);
}

const ERROR_RESPONSES: Record<ErrorStatus, { name: string; description: string }> = {
  400: {
    name: "BadRequest",
    description: "参数、查询或请求体无效（含不合法的 JSON），未做任何修改 · invalid parameters, query or body (or not JSON); nothing changed",
  },
  401: { name: "Unauthorized", description: "未认证：缺少、无效或已撤销的令牌，或会话已失效 · missing, invalid or revoked token, or no session" },
  403: {
    name: "Forbidden",
    description:
      "仅对浏览器会话（Cookie）：跨站发起的写请求（须同源：Sec-Fetch-Site 或 Origin），或账号尚未修改初始密码；API 令牌不受影响 · browser sessions only: a write from another site (Sec-Fetch-Site or Origin must say this site), or an account that must first change its initial password; API tokens are unaffected",
  },
  404: { name: "NotFound", description: "不存在，或不在调用者的范围内 · not found, or outside the caller's scope" },
  406: { name: "NotAcceptable", description: "Accept 不接受 JSON · the Accept header excludes JSON" },
  413: { name: "PayloadTooLarge", description: "请求体超过 1 MB（在解析之前检查）· body over 1 MB, refused before it is parsed" },
  415: { name: "UnsupportedMediaType", description: "请求体不是 application/json · the body is not declared as application/json" },
  422: {
    name: "Unprocessable",
    description: "业务规则不允许（如已交卷、时间已到、次数用完）· refused by a rule of the domain (submitted, time up, no attempts left)",
  },
  503: { name: "Unavailable", description: "数据库暂时不可用，请在 Retry-After 秒后重试 · database unavailable; retry after Retry-After seconds" },
};

function parameters(op: ApiOperation, defs: Record<string, unknown>) {
  const out: Record<string, unknown>[] = [];
  for (const [where, obj] of [
    ["path", op.params],
    ["query", op.query],
  ] as const) {
    if (!obj) continue;
    for (const [name, field] of Object.entries(obj.shape) as [string, z.ZodType][]) {
      out.push({
        name,
        in: where,
        required: where === "path" || !field.safeParse(undefined).success,
        description: field.meta()?.description,
        schema: jsonSchema(field, "input", defs),
      });
    }
  }
  return out;
}

function operation(op: ApiOperation, defs: Record<string, unknown>) {
  const responses: Record<string, unknown> = {};
  for (const ok of op.ok) {
    responses[String(ok.status)] = { description: ok.description, content: { "application/json": { schema: jsonSchema(ok.schema, "output", defs) } } };
  }
  for (const status of statusesOf(op)) responses[String(status)] = { $ref: `#/components/responses/${ERROR_RESPONSES[status].name}` };
  return {
    operationId: op.operationId,
    tags: [op.tag],
    summary: op.summary,
    description: op.description,
    ...(op.public ? { security: [] } : {}),
    ...(op.params || op.query ? { parameters: parameters(op, defs) } : {}),
    ...(op.body
      ? { requestBody: { required: true, description: op.bodyDescription, content: { "application/json": { schema: jsonSchema(op.body, "input", defs) } } } }
      : {}),
    responses,
  };
}

function build() {
  const paths: Record<string, Record<string, unknown>> = {};
  const defs: Record<string, unknown> = {};
  for (const op of OPERATIONS) (paths[op.path] ??= {})[op.method] = operation(op, defs);
  const used = new Set(OPERATIONS.flatMap(statusesOf));
  const responses = Object.fromEntries(
    [...used].map((s) => {
      const r = ERROR_RESPONSES[s];
      const headers =
        s === 503
          ? { "Retry-After": { description: "秒 · seconds", schema: { type: "integer" } } }
          : s === 401
            ? { "WWW-Authenticate": { description: '令牌无效时 · for a bad token: Bearer error="invalid_token"', schema: { type: "string" } } }
            : undefined;
      return [
        r.name,
        { description: r.description, ...(headers ? { headers } : {}), content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
      ];
    }),
  );
  return {
    openapi: "3.1.0",
    info: {
      title: "微信使用规范学堂 API · WeGuide API",
      version: "1.0.0",
      // No open-source licence: SPDX has no id for that, so a user-defined reference (LicenseRef-).
      license: { name: "仅限部署单位内部使用 · Proprietary: for the deploying organisation's internal use", identifier: "LicenseRef-Proprietary" },
      description: [
        "微信使用规范学堂的集成接口：读取规则与测验、代表某个账号作答与交卷、查询成绩、检查公务消息；书记和管理员的令牌还可读取范围内的学习进度，管理员的令牌可同步组织架构和成员。",
        "认证：管理员在「管理 → API 令牌」签发令牌，请求头写 `Authorization: Bearer wg_…`。令牌代表签发时指定的账号，拥有该账号的角色和范围；账号停用或令牌撤销后立即失效。浏览器中已登录的会话也可直接调用。",
        "错误一律为 JSON `{ error, fields? }`，error 为可直接展示的中文说明。",
        "",
        "The WeGuide integration API: read rules and quizzes, take and submit attempts as a member, read results, check official messages; with a secretary's or admin's token, read completion in scope; with an admin's token, sync units and members.",
        "Authentication: an admin issues a token under Admin → API tokens; send `Authorization: Bearer wg_…`. A token acts as the member it was issued for, with his role and scope, and stops working at once when revoked or when the member is deactivated. A signed-in browser session works too.",
        "Errors are JSON `{ error, fields? }`; `error` is a Chinese message safe to show.",
      ].join("\n"),
    },
    servers: [{ url: "/api/v1", description: "本站 · this server" }],
    security: [{ bearerAuth: [] }, { sessionCookie: [] }],
    tags: [
      { name: "meta", description: "接口文档 · this document" },
      { name: "account", description: "账号 · the caller" },
      { name: "rules", description: "规则 · rules" },
      { name: "quizzes", description: "测验 · quizzes" },
      { name: "attempts", description: "作答 · attempts" },
      { name: "results", description: "成绩 · results" },
      { name: "checker", description: "消息自检 · message checker" },
      { name: "organisation", description: "组织与成员同步（管理员）· organisation and member sync (admins)" },
      { name: "tracking", description: "学习进度统计（书记、管理员）· completion and scores of units in scope (secretaries, admins)" },
    ],
    paths,
    components: {
      securitySchemes: {
        bearerAuth: {
          type: "http",
          scheme: "bearer",
          bearerFormat: "wg_<43 base64url>",
          description: "管理员签发的 API 令牌 · an API token issued by an admin",
        },
        sessionCookie: {
          type: "apiKey",
          in: "cookie",
          name: "next-auth.session-token",
          description: "浏览器登录会话（HTTPS 下名为 __Secure-next-auth.session-token）· the browser's sign-in session",
        },
      },
      schemas: { ...defs, Error: jsonSchema(S.ZError, "output", defs) },
      responses,
    },
  };
}

let cached: ReturnType<typeof build> | undefined;

export function openApiDocument() {
  cached ??= build();
  return cached;
}
