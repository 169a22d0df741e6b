"use client";

import { ClientButton } from "@/components/forms/client-button";
import type { Problem } from "@/lib/authoring/validate";
import { MESSAGE_KINDS, blankMessage, errorsAt, type DraftMessage } from "./draft";
import { Select, TextInput } from "./fields";

/** A list of WeChat messages (sender, kind, text, amount or length), as a scenario shows them. */
export function MessagesEditor({
  legend,
  messages,
  onChange,
  problems,
  path,
  defaultFrom = "",
}: {
  legend: string;
  messages: DraftMessage[];
  onChange: (m: DraftMessage[]) => void;
  problems: Problem[];
  path: string;
  defaultFrom?: string;
}) {
  const set = (i: number, patch: Partial<DraftMessage>) => onChange(messages.map((m, k) => (k === i ? { ...m, ...patch } : m)));
  const move = (i: number, by: number) => {
    const j = i + by;
    if (j < 0 || j >= messages.length) return;
    const next = [...messages];
    [next[i], next[j]] = [next[j], next[i]];
    onChange(next);
  };
  return (
    <fieldset className="space-y-2 rounded-xl border border-stone-200 p-3">
      <legend className="px-1 text-sm font-medium text-stone-700">{legend}</legend>
      {errorsAt(problems, path) ? <p className="text-sm text-red-700">{errorsAt(problems, path)!.join("；")}</p> : null}
      {messages.length === 0 ? <p className="text-sm text-stone-500">（没有消息）</p> : null}
      <ol className="space-y-3">
        {messages.map((m, i) => (
          <li key={i} className="space-y-2 rounded-lg bg-stone-50 p-2">
            <div className="grid grid-cols-2 gap-2">
              <TextInput
                label={`第 ${i + 1} 条 · 发送人`}
                hint="“我”表示学员自己"
                value={m.from}
                onChange={(v) => set(i, { from: v })}
                errors={errorsAt(problems, `${path}.${i}.from`)}
              />
              <Select label="类型" value={m.kind} onChange={(v) => set(i, { kind: v })} options={MESSAGE_KINDS} />
            </div>
            <TextInput label="内容" value={m.text} onChange={(v) => set(i, { text: v })} errors={errorsAt(problems, `${path}.${i}.text`)} />
            {m.kind === "redpacket" || m.kind === "transfer" || m.kind === "voice" || m.kind === "link" ? (
              <TextInput
                label={m.kind === "voice" ? "语音时长" : m.kind === "link" ? "链接来源" : "金额"}
                hint={m.kind === "voice" ? "如 58″" : m.kind === "link" ? "如 某某公众号" : "如 200.00"}
                value={m.meta ?? ""}
                onChange={(v) => set(i, { meta: v })}
              />
            ) : null}
            <div className="flex flex-wrap gap-2">
              <ClientButton variant="ghost" onClick={() => move(i, -1)} disabled={i === 0} aria-label={`第 ${i + 1} 条上移`}>
                ↑ 上移
              </ClientButton>
              <ClientButton variant="ghost" onClick={() => move(i, 1)} disabled={i === messages.length - 1} aria-label={`第 ${i + 1} 条下移`}>
                ↓ 下移
              </ClientButton>
              <ClientButton variant="ghost" onClick={() => onChange(messages.filter((_, k) => k !== i))} aria-label={`删除第 ${i + 1} 条消息`}>
                删除
              </ClientButton>
            </div>
          </li>
        ))}
      </ol>
      <ClientButton variant="secondary" onClick={() => onChange([...messages, { ...blankMessage(), from: defaultFrom }])}>
        ＋ 添加消息
      </ClientButton>
    </fieldset>
  );
}
