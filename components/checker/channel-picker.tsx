import { useId } from "react";
import type { Draft } from "./use-message-check";

const CHANNELS: { value: Draft["channel"]; label: string }[] = [
  { value: "", label: "不指定" },
  { value: "workgroup", label: "工作群" },
  { value: "group", label: "其他群聊" },
  { value: "private", label: "私聊" },
  { value: "moments", label: "朋友圈" },
];

/**
 * Where the draft goes. A work group is held to its rule (only work is talked about there): an
 * advert, a 集赞 plea or chat about a match is reported there, and nowhere else.
 */
export function ChannelPicker({ value, onChange }: { value: Draft["channel"]; onChange: (channel: Draft["channel"]) => void }) {
  const hint = `${useId()}-channel-hint`;
  return (
    <fieldset aria-describedby={hint}>
      <legend className="mb-1 text-sm font-medium text-stone-700">发到哪里</legend>
      <div className="grid grid-cols-3 gap-1.5 sm:grid-cols-5">
        {CHANNELS.map((c) => (
          <label key={c.value || "none"} className="relative">
            <input type="radio" name="channel" value={c.value} checked={value === c.value} onChange={() => onChange(c.value)} className="peer sr-only" />
            <span className="flex min-h-11 cursor-pointer items-center justify-center rounded-xl border border-stone-300 bg-white px-1 text-center text-sm peer-checked:border-brand-700 peer-checked:bg-brand-700 peer-checked:text-white peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-brand-600">
              {c.label}
            </span>
          </label>
        ))}
      </div>
      <p id={hint} className="mt-1 text-xs text-stone-500">
        工作群只谈工作：选“工作群”时，广告、集赞、聊球赛购物等与工作无关的内容也会指出。亲友群、同学群、业主群请选“其他群聊”。
      </p>
    </fieldset>
  );
}
