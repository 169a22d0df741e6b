/**
 * Input validation for the checker, shared by the server action and the API. The text is
 * validated but not transformed (no trimming), so finding offsets refer to the text exactly as
 * the user typed it. The length limit counts the whole text, whitespace included: the limit
 * applies to what is processed (security review F2: padding used to be free).
 */
import { z } from "zod";
import { SEND_AT_PATTERN, parseSendAt } from "./time";
import { CHANNELS, type CheckInput, MESSAGE_KINDS } from "./types";

const SEND_AT_ERROR = "发送时间格式应为 HH:MM（如 09:30）或 ISO 日期时间（如 2024-05-06T09:30:00+08:00）";

/** Longest accepted message, in characters (code points), whitespace included. */
export const MAX_TEXT_CHARS = 20_000;

/**
 * Largest request body the checker's route and action read: 20,000 characters of up to 4 bytes in
 * UTF-8, JSON escaping (a line break is 2 bytes), the other fields. Anything longer is refused
 * before it is parsed.
 */
export const MAX_CHECK_BODY_BYTES = 20_000 * 4 + 8_192;

/** Code points of `s`, counting at most `max + 1` (cheap on any input). */
export function codePointsUpTo(s: string, max: number): number {
  if (s.length <= max) return [...s].length;
  if (s.length > max * 2) return max + 1; // every code point is at most two UTF-16 units
  let n = 0;
  for (const _ of s) if (++n > max) break;
  return n;
}

export const KIND_LABEL: Record<(typeof MESSAGE_KINDS)[number], string> = {
  notice: "通知",
  request: "请示/商请",
  report: "汇报",
  reply: "回复",
  chat: "聊天",
};

const CHANNEL_ERROR = "发送渠道应为 workgroup（工作群）、group（其他群聊，如亲友群、同学群）、private（私聊）或 moments（朋友圈）";

export const ZCheckInput: z.ZodType<CheckInput> = z.object(
  {
    text: z
      .string({ error: (issue) => (issue.input === undefined ? "请输入要检查的消息内容" : "消息内容必须是文本") })
      // The whole text counts, whitespace included (F2), checked first so a huge one costs nothing more.
      .refine((s) => codePointsUpTo(s, MAX_TEXT_CHARS) <= MAX_TEXT_CHARS, {
        error: `消息内容不能超过${MAX_TEXT_CHARS}字（含空格和换行）`,
        abort: true,
      })
      // A pattern (not a refinement), so that the API document states it: something besides whitespace.
      .regex(/\S/, { error: "消息内容不能为空" }),
    sendAt: z
      .string({ error: "发送时间必须是文本" })
      .max(64, { error: SEND_AT_ERROR })
      .regex(SEND_AT_PATTERN, { error: SEND_AT_ERROR })
      .refine((s) => parseSendAt(s) !== null, {
        error: SEND_AT_ERROR,
      })
      .optional(),
    kind: z.enum(MESSAGE_KINDS, { error: "消息类型应为 notice（通知）、request（请示/商请）、report（汇报）、reply（回复）或 chat（聊天）" }).optional(),
    channel: z.enum(CHANNELS, { error: CHANNEL_ERROR }).optional(),
  },
  { error: "检查请求的格式不正确" },
);
