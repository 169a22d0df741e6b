/**
 * What the guard does to an input before zod sees it: a form becomes a plain object, text that
 * PostgreSQL cannot store is refused, and zod's issues become one message per field.
 */
import type { z } from "zod";
import { storable } from "../security/storable";

/** A submitted form as an object; a repeated field becomes an array. */
export function formToObject(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of form.entries()) {
    if (k.startsWith("$ACTION")) continue; // Next's own fields
    out[k] = k in out ? ([] as unknown[]).concat(out[k], v) : v;
  }
  return out;
}

/** zod issues as one message per field path ("_" for the input as a whole), the first one winning. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const i of error.issues) out[i.path.join(".") || "_"] ??= i.message;
  return out;
}

/**
 * Text PostgreSQL cannot store: U+0000 ("invalid byte sequence") and ill-formed UTF-16 — a lone
 * surrogate such as "\udfff" is refused by jsonb (the audit entry) and mangled in text columns.
 * Either would surface as a 500, so it is refused up front, for every action and route.
 */
export const NUL_ERROR = "输入含有无法保存的字符（空字符或不完整的 Unicode 字符），请删除后重试";

/** Whether any string (or object key) in a parsed input is not storable. Iterative: input may nest deep. */
export function containsNul(input: unknown): boolean {
  const stack: unknown[] = [input];
  while (stack.length) {
    const v = stack.pop();
    if (typeof v === "string") {
      if (!storable(v)) return true;
    } else if (Array.isArray(v)) {
      for (const x of v) stack.push(x);
    } else if (v && typeof v === "object" && !(v instanceof Blob)) {
      for (const [k, x] of Object.entries(v)) {
        if (!storable(k)) return true;
        stack.push(x);
      }
    }
  }
  return false;
}
