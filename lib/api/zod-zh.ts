/**
 * Chinese messages for zod's built-in checks, passed per parse by guardedRoute. Schemas that carry
 * their own message (`z.string().max(2000, "消息不能超过 2000 字")`) keep it: a schema's own
 * message wins over this map. zod's zh-CN locale mixes English type names into its sentences
 * ("期望 string"), which an integrator's end users should not see.
 */
import { z } from "zod";

const TYPE_NAME: Record<string, string> = {
  string: "文本",
  number: "数字",
  int: "整数",
  bigint: "整数",
  boolean: "布尔值（true 或 false）",
  object: "对象",
  array: "数组",
  date: "日期",
  null: "null",
  literal: "指定的值",
};

const what = (path: PropertyKey[] | undefined) => (path && path.length ? `字段「${path.map(String).join(".")}」` : "请求体");

const list = (values: readonly unknown[]) => values.map((v) => JSON.stringify(v)).join("、");

export const zhErrorMap: z.core.$ZodErrorMap = (issue) => {
  const at = what(issue.path);
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined) return `${at}为必填项`;
      return `${at}应为${TYPE_NAME[issue.expected] ?? issue.expected}`;
    case "too_big": {
      const n = String(issue.maximum);
      if (issue.origin === "string") return `${at}不能超过 ${n} 个字符`;
      if (issue.origin === "array" || issue.origin === "set") return `${at}最多 ${n} 项`;
      return `${at}不能大于 ${n}`;
    }
    case "too_small": {
      const n = String(issue.minimum);
      if (issue.origin === "string") return Number(issue.minimum) <= 1 ? `${at}不能为空` : `${at}至少 ${n} 个字符`;
      if (issue.origin === "array" || issue.origin === "set") return `${at}至少 ${n} 项`;
      return `${at}不能小于 ${n}`;
    }
    case "invalid_format":
      return `${at}格式不正确`;
    case "not_multiple_of":
      return `${at}应为 ${String(issue.divisor)} 的倍数`;
    case "invalid_value":
      return issue.values.length === 1 ? `${at}应为 ${list(issue.values)}` : `${at}应为 ${list(issue.values)} 之一`;
    case "unrecognized_keys":
      return `${at}含有不认识的字段：${issue.keys.join("、")}`;
    case "invalid_union":
      return `${at}的取值无效`;
    case "invalid_key":
    case "invalid_element":
      return `${at}含有无效的内容`;
    default:
      return `${at}输入有误`;
  }
};
