import { ChoicePicker } from "./choice-picker";
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
 * advert, a 集赞 plea or chat about a match is reported there, and nowhere else. On 朋友圈, work aired
 * to all one's friends is a G5 suggestion (decision 037).
 */
export function ChannelPicker({ value, onChange }: { value: Draft["channel"]; onChange: (channel: Draft["channel"]) => void }) {
  return (
    <ChoicePicker
      name="channel"
      legend="发到哪里"
      hint="工作群只谈工作：选“工作群”时，广告、集赞、聊球赛购物等与工作无关的内容也会指出。亲友群、同学群、业主群请选“其他群聊”。选“朋友圈”时，吐槽单位、发工作通知等工作上的内容会提示分开朋友圈和工作圈。"
      options={CHANNELS}
      value={value}
      onChange={onChange}
      grid="grid-cols-3 sm:grid-cols-5"
    />
  );
}
