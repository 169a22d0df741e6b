"use client";

import { useId } from "react";

const MAX = 2000;

/** The official message being drafted, with a character count against the server's limit. */
export function DraftingInput({ value, onChange, readOnly }: { value: string; onChange: (text: string) => void; readOnly: boolean }) {
  const id = useId();
  const len = value.length;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-medium">
        你的消息
      </label>
      <textarea
        id={id}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
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
  );
}
