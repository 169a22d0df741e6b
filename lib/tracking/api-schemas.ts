/**
 * The tracking part of the /api/v1 contract: org units, a unit's completion and its roll-up.
 * Request schemas are what the route handlers parse with; response schemas are strict, so a field
 * not described here fails the tests instead of reaching an integrator. `TRACKING_OPERATIONS` is
 * shaped for lib/api/openapi.ts OPERATIONS (spread it in there).
 */
import { z } from "zod";
import { AUTH, type ApiOperation } from "../api/operation";
import { zIntParam } from "../db/ids";
import { MEMBER_STATES } from "./state";

const Id = z.number().int();
const DateTime = z.iso.datetime().meta({ description: "ISO 8601, UTC" });
const ZUnitKind = z.enum(["COMMITTEE", "GENERAL_BRANCH", "BRANCH"]).meta({ description: "党委 / 党总支 / 党支部" });

/* ------------------------------------------------------------------ requests */

export const ZOrgUnitParams = z.object({
  unitId: zIntParam(z.number({ error: "组织编号应为正整数" }).int("组织编号应为正整数").positive("组织编号应为正整数").max(2_147_483_647, "组织编号过大")).meta(
    { description: "组织编号 · org unit id (from listOrgUnits)" },
  ),
});

const ZAssignmentQueryParam = zIntParam(
  z.number({ error: "任务编号应为正整数" }).int("任务编号应为正整数").positive("任务编号应为正整数").max(2_147_483_647, "任务编号过大").optional(),
).meta({ description: "学习任务编号，缺省为截止日期最晚的一个 · assignment id; defaults to the one with the latest deadline" });

export const ZCompletionQuery = z.object({
  assignmentId: ZAssignmentQueryParam,
  state: z
    .enum(MEMBER_STATES, { error: "state 应为 not_started、in_progress、completed、overdue 之一" })
    .optional()
    .meta({ description: "按状态筛选 · filter by state" }),
  page: zIntParam(z.number({ error: "page 应为正整数" }).int("page 应为正整数").min(1, "page 应为正整数").max(100_000, "page 过大").default(1)).meta({
    description: "页码，从 1 开始 · page number, from 1",
  }),
  limit: zIntParam(
    z
      .number({ error: "limit 应为 1 到 200 的整数" })
      .int("limit 应为 1 到 200 的整数")
      .min(1, "limit 应为 1 到 200 的整数")
      .max(200, "limit 应为 1 到 200 的整数")
      .default(50),
  ).meta({ description: "每页条数 · page size (1–200, default 50)" }),
});

export const ZRollupQuery = z.object({ assignmentId: ZAssignmentQueryParam });

/* ------------------------------------------------------------------ responses */

export interface TOrgUnitNode {
  id: number;
  code: string;
  name: string;
  kind: z.infer<typeof ZUnitKind>;
  children: TOrgUnitNode[];
}

export const ZOrgUnitNode: z.ZodType<TOrgUnitNode> = z
  .strictObject({
    id: Id,
    code: z.string(),
    name: z.string(),
    kind: ZUnitKind,
    get children() {
      return z.array(ZOrgUnitNode);
    },
  })
  .meta({ id: "OrgUnitNode", description: "组织及其下级 · a unit and the units below it" });

export const ZOrgUnitTree = z.strictObject({
  units: z.array(ZOrgUnitNode).meta({ description: "调用者可见的组织树（书记：本单位及以下；管理员：全部）· the units the caller may see, as a tree" }),
});

const ZAssignmentRef = z
  .strictObject({
    id: Id,
    title: z.string(),
    unitId: Id.meta({ description: "布置到的组织 · the unit it was assigned to" }),
    course: z.boolean().meta({ description: "含课程学习 · includes the course" }),
    exam: z.boolean().meta({ description: "含结业考试 · includes the final exam" }),
    startsAt: DateTime,
    dueAt: DateTime,
  })
  .nullable()
  .meta({ description: "学习任务；该组织没有任务时为 null · the assignment, null when the unit has none" });

export const ZOrgUnitCompletion = z.strictObject({
  unit: z.strictObject({ id: Id, name: z.string(), kind: ZUnitKind }),
  assignment: ZAssignmentRef,
  scoresVisible: z
    .boolean()
    .meta({ description: "是否给出个人成绩：仅成员所在支部的书记可见，上级只见完成情况 · individual scores only for the members' own branch secretary" }),
  total: Id,
  page: Id,
  limit: Id,
  members: z.array(
    z.strictObject({
      id: Id,
      name: z.string(),
      username: z.string(),
      unitId: Id,
      unitName: z.string(),
      state: z.enum(MEMBER_STATES).meta({ description: "未开始 / 进行中 / 已完成 / 已逾期" }),
      learned: Id.meta({ description: "已学课时 · lessons learned" }),
      lessons: Id.meta({ description: "课程总课时 · lessons in the course" }),
      bestScore: z
        .number()
        .nullable()
        .meta({ description: "考试最高分（百分制）；不可见或未考为 null · best exam percent; null when not visible or not taken" }),
      completedAt: DateTime.nullable(),
    }),
  ),
});

const ZFigures = z.strictObject({
  members: Id,
  started: Id,
  completed: Id,
  completionRate: z.number().meta({ description: "完成率（百分比，一位小数）· percent completed" }),
  scored: Id.meta({ description: "有考试成绩的人数 · members with an exam score" }),
  averageScore: z.number().nullable().meta({ description: "平均最高分；人数不足隐私下限时为 null · average best score; null under the privacy floor" }),
  withheld: z.boolean().meta({ description: "因人数不足隐私下限而不显示成绩 · scores withheld under the privacy floor" }),
});

export const ZOrgUnitRollup = z.strictObject({
  unit: z.strictObject({ id: Id, name: z.string(), kind: ZUnitKind }),
  assignment: ZAssignmentRef,
  privacyMinGroup: Id.meta({ description: "显示平均分所需的最少人数 · smallest group whose scores are shown" }),
  freshness: z
    .strictObject({ updatedAt: DateTime.nullable(), refreshedAt: DateTime.nullable() })
    .meta({ description: "数据随学习实时更新：最近变动与最近全量核对时间 · last change and last full recount" }),
  total: ZFigures.meta({ description: "本单位及以下合计 · the unit and everything below it" }),
  children: z.array(ZFigures.extend({ unitId: Id, name: z.string(), kind: ZUnitKind, hasChildren: z.boolean() })),
});

/* ------------------------------------------------------------------ OpenAPI */

export const TRACKING_OPERATIONS: ApiOperation[] = [
  {
    operationId: "listOrgUnits",
    method: "get",
    path: "/org-units",
    tag: "tracking",
    summary: "可见的组织 · Org units the caller may see",
    description:
      "调用者可见的组织，按树形给出：支部书记为本支部，党委书记为本党委及以下，管理员为全部。学员没有此权限（404）。\n\nThe units the caller may see, as a tree: a secretary her unit and below, an admin all. Cadres get 404.",
    ok: [{ status: 200, description: "组织树 · the tree", schema: ZOrgUnitTree }],
    errors: [...AUTH],
  },
  {
    operationId: "getOrgUnitCompletion",
    method: "get",
    path: "/org-units/{unitId}/completion",
    tag: "tracking",
    summary: "组织成员的完成情况 · A unit's members with state and best score",
    description:
      "本组织及以下成员在一个学习任务中的状态（未开始、进行中、已完成、已逾期）和考试最高分，按姓名排序分页。完成标准：课程全部课时学完且结业考试（如有）通过。个人成绩仅对成员所在支部的书记给出。范围外的组织返回 404。\n\nMembers of the unit and below with their state in one assignment and best exam score, by name, paginated. Completed = every lesson learned and the exam (if any) passed. Individual scores only for the members' own branch secretary. A unit outside the caller's scope is 404.",
    params: ZOrgUnitParams,
    query: ZCompletionQuery,
    ok: [{ status: 200, description: "一页成员 · a page of members", schema: ZOrgUnitCompletion }],
    errors: [400, ...AUTH],
  },
  {
    operationId: "getOrgUnitRollup",
    method: "get",
    path: "/org-units/{unitId}/rollup",
    tag: "tracking",
    summary: "下级组织汇总 · The units below with their aggregates",
    description:
      "本组织合计及每个直属下级组织的应学人数、已开始、已完成、完成率和平均分，读取随学习实时更新的汇总数据（不逐条扫描答题记录）。人数不足隐私下限（默认 5 人）的组不给出平均分。范围外的组织返回 404。\n\nThe unit's total and each unit directly below it: members, started, completed, completion rate and average score, read from aggregates kept up to date as answers arrive. Groups under the privacy floor (default 5) get no average. A unit outside the caller's scope is 404.",
    params: ZOrgUnitParams,
    query: ZRollupQuery,
    ok: [{ status: 200, description: "汇总 · the roll-up", schema: ZOrgUnitRollup }],
    errors: [400, ...AUTH],
  },
];
