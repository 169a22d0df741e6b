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
    <fieldset>
      <legend className="mb-1 text-sm font-medium text-stone-700">消息类型</legend>
      <div className="grid grid-cols-3 gap-1.5 sm:grid-cols-6">
        {KINDS.map((k) => (
          <label key={k.value || "auto"} className="relative">
            <input type="radio" name="kind" value={k.value} checked={value === k.value} onChange={() => onChange(k.value)} className="peer sr-only" />
            <span className="flex min-h-11 cursor-pointer items-center justify-center rounded-xl border border-stone-300 bg-white text-sm peer-checked:border-brand-700 peer-checked:bg-brand-700 peer-checked:text-white peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-brand-600">
              {k.label}
            </span>
          </label>
        ))}
      </div>
      <p className="mt-1 text-xs text-stone-500">
        通知、请示、汇报、回复按公务消息的格式要求检查，结尾语要求各不相同；“聊天”只查纪律红线和行为规范。“自动”按“特此通知”“特此报告”等字样判断。
      </p>
    </fieldset>
  );
}
