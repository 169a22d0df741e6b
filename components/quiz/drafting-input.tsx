"use client";

import { useId } from "react";

const MAX = 2000;

/**
 * The official message being drafted, with a character count against the server's limit, and
 * the time the learner would send it (U1 is graded on it).
 */
export function DraftingInput({
  value,
  sendAt,
  onChange,
  readOnly,
}: {
  value: string;
  sendAt: string;
  onChange: (patch: { text?: string; sendAt?: string }) => void;
  readOnly: boolean;
}) {
  const id = useId();
  const len = value.length;
  return (
    <div className="space-y-3">
      <div className="space-y-1">
        <label htmlFor={id} className="block font-medium">
          你的消息
        </label>
        <textarea
          id={id}
          value={value}
          onChange={(e) => onChange({ text: e.currentTarget.value })}
          readOnly={readOnly}
          maxLength={MAX}
          rows={9}
          aria-describedby={`${id}-count`}
          placeholder="在这里写出你要发到群里的公务消息……"
          className="block w-full rounded-xl border border-stone-300 bg-white p-3 text-base leading-relaxed focus:border-brand-700 read-only:bg-stone-50"
        />
        <p id={`${id}-count`} className={`text-right text-xs ${len > MAX * 0.9 ? "text-red-700" : "text-stone-500"}`}>
          {len}/{MAX} 字
        </p>
      </div>
      <div className="space-y-1">
        <label htmlFor={`${id}-time`} className="block font-medium">
          发送时间
        </label>
        <input
          id={`${id}-time`}
          type="time"
          value={sendAt}
          onChange={(e) => onChange({ sendAt: e.currentTarget.value })}
          readOnly={readOnly}
          aria-describedby={`${id}-time-hint`}
          className="block min-h-11 w-full max-w-48 rounded-xl border border-stone-300 bg-white px-3 text-base read-only:bg-stone-50"
        />
        <p id={`${id}-time-hint`} className="text-xs text-stone-500">
          结合情境选择你会在什么时间发出这条消息。
        </p>
      </div>
    </div>
  );
}
