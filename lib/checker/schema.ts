/**
 * Input validation for the checker, shared by the form in the browser and the server action.
 * The text is validated but not transformed (no trimming), so finding offsets always refer to the
 * text exactly as the user typed it.
 */
import { z } from "zod";
import { SEND_AT_PATTERN, parseSendAt } from "./time";

const SEND_AT_ERROR = "发送时间格式应为 HH:MM（如 09:30）或 ISO 日期时间（如 2024-05-06T09:30:00+08:00）";
import { type CheckInput, MESSAGE_KINDS } from "./types";

/** Longest accepted message, in characters (code points) after trimming. */
export const MAX_TEXT_CHARS = 20_000;

const codePoints = (s: string) => {
  let n = 0;
  for (const _ of s) n++;
  return n;
};

export const ZCheckInput: z.ZodType<CheckInput> = z.object(
  {
    text: z
      .string({ error: (issue) => (issue.input === undefined ? "请输入要检查的消息内容" : "消息内容必须是文本") })
      // A pattern (not a refinement), so that the API document states it: something besides whitespace.
      .regex(/\S/, { error: "消息内容不能为空" })
      .refine((s) => codePoints(s.trim()) <= MAX_TEXT_CHARS, {
        error: `消息内容不能超过${MAX_TEXT_CHARS}字`,
      }),
    sendAt: z
      .string({ error: "发送时间必须是文本" })
      .max(64, { error: SEND_AT_ERROR })
      .regex(SEND_AT_PATTERN, { error: SEND_AT_ERROR })
      .refine((s) => parseSendAt(s) !== null, {
        error: SEND_AT_ERROR,
      })
      .optional(),
    kind: z.enum(MESSAGE_KINDS, { error: "消息类型应为 notice（通知）、request（请求）、report（报告）或 reply（回复）" }).optional(),
  },
  { error: "检查请求的格式不正确" },
);
