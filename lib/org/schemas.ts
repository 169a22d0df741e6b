/**
 * Field rules for units and members, shared by the admin forms, the file import and the sync API
 * so that a value accepted in one place is accepted in all of them. Messages in Chinese.
 */
import { z } from "zod";
import type { Role, UnitKind } from "../generated/prisma/enums";
import { zIdText } from "../db/ids";
import { ROLE_LABEL } from "../labels";

/** Control characters, zero-width and bidirectional-override characters: invisible, or reorder text. */
const INVISIBLE_CHARS = "\\u0000-\\u001f\\u007f\\u200b-\\u200f\\u2028\\u2029\\u202a-\\u202e\\u2060-\\u2064\\u2066-\\u2069\\ufeff";
/**
 * A name with no invisible character once trimmed, and something left: a pattern rather than a
 * refinement, so that the OpenAPI document states it (security review F11: control characters
 * were refused by the server but allowed by the document). Whitespace around is trimmed.
 */
const VISIBLE_NAME = new RegExp(`^\\s*[^${INVISIBLE_CHARS}\\s](?:[^${INVISIBLE_CHARS}]*[^${INVISIBLE_CHARS}\\s])?\\s*$`);

export const UNIT_CODE_RULE = "单位编码只能由字母、数字和 . _ - 组成，以字母或数字开头，最多 64 位";
export const ZUnitCode = z
  .string({ error: "请填写单位编码" })
  .trim()
  .min(1, "请填写单位编码")
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/, UNIT_CODE_RULE);

export const ZUnitName = z
  .string({ error: "请填写单位名称" })
  .trim()
  .min(1, "请填写单位名称")
  .max(60, "单位名称不能超过 60 个字")
  .regex(VISIBLE_NAME, "单位名称含有不可见字符");

export const UNIT_KINDS = ["COMMITTEE", "GENERAL_BRANCH", "BRANCH"] as const satisfies readonly UnitKind[];
export const ZUnitKind = z.enum(UNIT_KINDS, { error: "单位类型应为党委、党总支或党支部" });

export const USERNAME_RULE = "登录名须为 2–64 位字母、数字或 _ . @ -，以字母或数字开头";
export const ZUsername = z
  .string({ error: "请填写登录名" })
  .trim()
  .min(1, "请填写登录名")
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.@-]{1,63}$/, USERNAME_RULE);

export const ZMemberName = z
  .string({ error: "请填写姓名" })
  .trim()
  .min(1, "请填写姓名")
  .max(50, "姓名不能超过 50 个字")
  .regex(VISIBLE_NAME, "姓名含有不可见字符");

export const PHONE_RULE = "手机号应为 1 开头的 11 位数字";
/** Spaces and hyphens are dropped and a +86 prefix removed before checking: 138-0013-8000 is fine. */
export function normalizePhone(raw: string): string {
  const s = raw.replace(/[\s\-()（）]/g, "");
  return /^(\+?86)1\d{10}$/.test(s) ? s.slice(s.length - 11) : s;
}
const SEP = "[\\s\\-()（）]*";
/**
 * What normalizePhone turns into a phone number, as a pattern on the text as typed (or nothing):
 * the API document states it (security review F11), lib/org/schemas.test.ts checks the two agree.
 */
export const PHONE_PATTERN = new RegExp(`^${SEP}(?:(?:(?:\\+${SEP})?8${SEP}6${SEP})?1(?:${SEP}\\d){10}${SEP})?$`);
/** Optional: empty means "no phone". */
export const ZPhone = z
  .string({ error: PHONE_RULE })
  .max(40, PHONE_RULE)
  .regex(PHONE_PATTERN, PHONE_RULE)
  .transform(normalizePhone)
  .refine((s) => s === "" || /^1\d{10}$/.test(s), PHONE_RULE)
  .transform((s) => (s === "" ? null : s));

export const ROLES = ["CADRE", "SECRETARY", "ADMIN"] as const satisfies readonly Role[];
export const ZRole = z.enum(ROLES, { error: "角色应为学员、书记或管理员" });

/** 学员 / 书记 / 管理员 → role (the labels used on screen and in import files). */
export const ROLE_BY_LABEL: Record<string, Role> = Object.fromEntries((Object.entries(ROLE_LABEL) as [Role, string][]).map(([role, label]) => [label, role]));

/** Form ids arrive as strings. */
export const ZId = zIdText();
