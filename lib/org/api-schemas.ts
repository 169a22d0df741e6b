/**
 * The sync API's contract (/api/v1/members/upsert, /api/v1/org-units/upsert): request and
 * response schemas, and the operations to list in the OpenAPI document (lib/api/openapi.ts).
 * Field rules are the same as the admin forms' and the file import's (./schemas.ts).
 */
import { z } from "zod";
import { AUTH, type ApiOperation } from "../api/operation";
import { ZError } from "../api/schemas";
import { ZMemberName, ZPhone, ZRole, ZUnitCode, ZUnitKind, ZUnitName, ZUsername } from "./schemas";

/** Members per request: a body stays under the API's 1 MB limit. Larger syncs send several. */
export const MAX_SYNC_MEMBERS = 5_000;
export const MAX_SYNC_UNITS = 5_000;

export const ZApiMember = z.strictObject({
  username: ZUsername.meta({ description: "登录名（唯一标识，已存在则更新）· login name, the member's identity: an existing one is updated" }),
  name: ZMemberName.meta({ description: "姓名 · full name" }),
  phone: ZPhone.nullable()
    .optional()
    .transform((p) => p ?? null)
    .meta({ description: "手机号，1 开头的 11 位数字；省略或 null 表示没有 · mobile number (11 digits starting with 1); omitted or null for none" }),
  unitCode: ZUnitCode.meta({ description: "所在单位的编码 · code of the member's unit" }),
  role: ZRole.default("CADRE").meta({ description: "角色 · role: CADRE 学员, SECRETARY 书记, ADMIN 管理员 (default CADRE)" }),
  active: z.boolean().optional().meta({
    description: "false 停用（并结束其所有会话），true 启用；省略则不变 · false deactivates (ending his sessions), true reactivates; omitted leaves it",
  }),
});

export const ZUpsertMembersBody = z.strictObject({
  members: z.array(ZApiMember).min(1, "members 至少 1 项").max(MAX_SYNC_MEMBERS, `members 每次最多 ${MAX_SYNC_MEMBERS} 项`),
  dryRun: z.boolean().default(false).meta({ description: "true：只检查并返回将产生的变化，不写入 · check and count only, write nothing" }),
});

export const ZUpsertMembersResult = z.strictObject({
  dryRun: z.boolean(),
  created: z.number().int().meta({ description: "新建的账号数 · accounts created" }),
  updated: z.number().int().meta({ description: "资料有变化而更新的账号数 · accounts updated" }),
  unchanged: z.number().int().meta({ description: "无变化的账号数 · accounts already as given" }),
  credentials: z.array(z.strictObject({ username: z.string(), initialPassword: z.string() })).meta({
    description:
      "新账号的初始密码，仅此一次返回，首次登录须修改 · initial passwords of the new accounts, returned this once; each must be changed at first sign-in",
  }),
});

export const ZApiUnit = z.strictObject({
  code: ZUnitCode.meta({ description: "单位编码（唯一标识）· unit code, its identity" }),
  name: ZUnitName.meta({ description: "单位名称，同一上级下不重复 · name, unique among its siblings" }),
  kind: ZUnitKind.meta({ description: "COMMITTEE 党委, GENERAL_BRANCH 党总支, BRANCH 党支部" }),
  parentCode: ZUnitCode.nullable().meta({
    description: "上级单位编码，顶级单位为 null；可以是本批中的单位 · parent's code, null at the top; may be a unit of this batch",
  }),
});

export const ZUpsertOrgUnitsBody = z.strictObject({
  units: z.array(ZApiUnit).min(1, "units 至少 1 项").max(MAX_SYNC_UNITS, `units 每次最多 ${MAX_SYNC_UNITS} 项`),
  dryRun: z.boolean().default(false).meta({ description: "true：只检查并返回将产生的变化，不写入 · check and count only, write nothing" }),
});

export const ZUpsertOrgUnitsResult = z.strictObject({
  dryRun: z.boolean(),
  created: z.number().int().meta({ description: "新建的单位数 · units created" }),
  updated: z.number().int().meta({ description: "改名、改类型或恢复的单位数 · units renamed, re-typed or restored" }),
  moved: z.number().int().meta({ description: "换了上级的单位数（连同下级一起）· units moved under another parent (with everything below)" }),
  unchanged: z.number().int().meta({ description: "无变化的单位数 · units already as given" }),
});

/** The 422 answer: the first problem in `error`, every problem in `fields` (path → message). */
export const ZBatchError = ZError;

/** For lib/api/openapi.ts: `OPERATIONS.push(...ORG_API_OPERATIONS)` (and a tag "organisation"). */
export const ORG_API_OPERATIONS: ApiOperation[] = [
  {
    operationId: "upsertOrgUnits",
    method: "post",
    path: "/org-units/upsert",
    tag: "organisation",
    summary: "同步组织架构 · Upsert organisation units",
    description: [
      "按单位编码新建或更新单位（名称、类型、上级；换上级时连同全部下级一起移动；已归档的单位会恢复）。本批未提及的单位不受影响，不会删除或归档。整批先校验（上级存在、无循环、同级名称不重复），有任何错误则不做任何修改（422，fields 以 `units.序号.字段` 指明每处错误）；全部正确则在一个事务中写入。需要管理员令牌。",
      "",
      "Creates or updates units by code (name, kind, parent; a new parent moves the unit with everything below it; an archived unit is restored). Units not in the batch are left alone: nothing is deleted or archived. The whole batch is checked first (parents exist, no loops, names unique among siblings); with any error nothing changes (422, `fields` keyed `units.<index>.<field>`), otherwise it is written in one transaction. Admin token required.",
    ].join("\n"),
    body: ZUpsertOrgUnitsBody,
    bodyDescription: "单位列表 · the units",
    ok: [{ status: 200, description: "同步结果 · what changed (or would, with dryRun)", schema: ZUpsertOrgUnitsResult }],
    errors: [400, ...AUTH, 413, 422],
  },
  {
    operationId: "upsertMembers",
    method: "post",
    path: "/members/upsert",
    tag: "organisation",
    summary: "同步成员 · Upsert members",
    description: [
      `按登录名新建或更新成员（姓名、手机号、单位、角色，可选启用/停用），每次最多 ${MAX_SYNC_MEMBERS} 人。校验规则与后台导入相同：整批无误才写入，一个事务，全部或全不；有错误时 422，fields 以 \`members.序号.字段\` 指明每处错误。重复提交同一批不会重复创建。新账号的随机初始密码只在本次响应中返回一次，成员首次登录须修改。需要管理员令牌。`,
      "",
      `Creates or updates members by login name (name, phone, unit, role, optionally active), at most ${MAX_SYNC_MEMBERS} per request. Same rules as the admin's file import: all or nothing in one transaction; with any error, 422 with \`fields\` keyed \`members.<index>.<field>\`. Sending the same batch again creates nothing new. New accounts' random initial passwords are returned in this response only, and must be changed at first sign-in. Admin token required.`,
    ].join("\n"),
    body: ZUpsertMembersBody,
    bodyDescription: "成员列表 · the members",
    ok: [{ status: 200, description: "同步结果 · what changed (or would, with dryRun)", schema: ZUpsertMembersResult }],
    errors: [400, ...AUTH, 413, 422],
  },
];
