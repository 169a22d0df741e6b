import { ChoicePicker } from "./choice-picker";
import type { Draft } from "./use-message-check";

const KINDS: { value: Draft["kind"]; label: string }[] = [
  { value: "", label: "自动" },
  { value: "notice", label: "通知" },
  { value: "request", label: "请示" },
  { value: "report", label: "汇报" },
  { value: "reply", label: "回复" },
  { value: "chat", label: "聊天" },
];

/** The kind of message, which decides the form rules it is checked against. */
export function KindPicker({ value, onChange }: { value: Draft["kind"]; onChange: (kind: Draft["kind"]) => void }) {
  return (
    <ChoicePicker
      name="kind"
      legend="消息类型"
      hint="通知、请示、汇报、回复按公务消息的格式要求检查，结尾语要求各不相同；“聊天”只查纪律红线和行为规范。“自动”按“特此通知”“特此报告”等字样判断。"
      options={KINDS}
      value={value}
      onChange={onChange}
      grid="grid-cols-3 sm:grid-cols-6"
    />
  );
}
