/**
 * The browser's copy of the draft validation: the same rules and messages as ZCheckForm /
 * ZCheckInput, without shipping zod (~50 KB gzipped) to the phone. The server action validates
 * with the schema itself; app/(app)/check/check.test.ts keeps the two in agreement.
 */
import { parseSendAt } from "@/lib/checker/time";
import { CHANNELS, MESSAGE_KINDS } from "@/lib/checker/types";

/** ZCheckInput's MAX_TEXT_CHARS (lib/checker/schema.ts). */
export const MAX_TEXT_CHARS = 20_000;

export interface DraftInput {
  text: string;
  /** "" means not given. */
  kind: string;
  /** "" means not given. */
  sendAt: string;
  /** "" (or absent) means not given. */
  channel?: string;
}

export type Validation = { ok: true } | { ok: false; empty: boolean; field: "text" | "sendAt" | "kind" | "channel"; error: string };

/** Characters as the schema counts them: code points of the whole text, whitespace included. */
export function countChars(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

export function validateDraft(d: DraftInput): Validation {
  if (d.text === "") return { ok: false, empty: true, field: "text", error: "消息内容不能为空" };
  if (countChars(d.text) > MAX_TEXT_CHARS) return { ok: false, empty: false, field: "text", error: `消息内容不能超过${MAX_TEXT_CHARS}字（含空格和换行）` };
  if (d.text.trim() === "") return { ok: false, empty: true, field: "text", error: "消息内容不能为空" };
  if (d.sendAt !== "" && parseSendAt(d.sendAt) === null) {
    return {
      ok: false,
      empty: false,
      field: "sendAt",
      error: "发送时间格式应为 HH:MM（如 09:30）或 ISO 日期时间（如 2024-05-06T09:30:00+08:00）",
    };
  }
  if (d.kind !== "" && !(MESSAGE_KINDS as readonly string[]).includes(d.kind)) {
    return { ok: false, empty: false, field: "kind", error: "消息类型应为 notice（通知）、request（请示/商请）、report（汇报）、reply（回复）或 chat（聊天）" };
  }
  if (d.channel && !(CHANNELS as readonly string[]).includes(d.channel)) {
    return {
      ok: false,
      empty: false,
      field: "channel",
      error: "发送渠道应为 workgroup（工作群）、group（其他群聊，如亲友群、同学群）、private（私聊）或 moments（朋友圈）",
    };
  }
  return { ok: true };
}
