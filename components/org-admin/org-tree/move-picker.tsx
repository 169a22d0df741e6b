"use client";

import { useId, useMemo, useRef, useState } from "react";
import { useFocusOnMount } from "@/components/ui/use-focus-on-mount";
import { useServerAction } from "@/components/forms/use-server-action";
import type { TreeUnit, OrgTreeActions, Done } from "./types";
import { SubmitRow } from "@/components/forms/form-error";

const PICKER_LIMIT = 50;

/** Only valid targets are offered: live units outside the moved unit's own subtree, and the top level. */
export function MovePicker({
  unit,
  units,
  close,
  actions,
  done,
}: {
  unit: TreeUnit;
  units: TreeUnit[];
  close: () => void;
  actions: OrgTreeActions;
  done: Done;
}) {
  const s = useServerAction(
    (input: { unitId: number; parentId: number | null; dest: string }) => actions.move({ unitId: input.unitId, parentId: input.parentId }),
    {
      onSuccess: (moved, { parentId, dest }) => done(`已将“${unit.name}”连同 ${Number(moved) - 1} 个下级单位移到“${dest}”下。`, parentId ?? undefined),
    },
  );
  const [unchosen, setUnchosen] = useState(false);
  const [filter, setFilter] = useState("");
  const [target, setTarget] = useState<string>("");
  const filterId = useId();
  const groupName = `move-target-${unit.id}`;
  const candidates = useMemo(() => units.filter((u) => !u.archived && !u.path.includes(unit.id) && u.id !== unit.parentId), [units, unit.id, unit.parentId]);
  const f = filter.trim();
  const shown = (f ? candidates.filter((u) => u.label.includes(f) || u.code.includes(f)) : candidates).slice(0, PICKER_LIMIT);
  const total = f ? candidates.filter((u) => u.label.includes(f) || u.code.includes(f)).length : candidates.length;
  const first = useRef<HTMLInputElement>(null);
  const search = useFocusOnMount<HTMLInputElement>();
  return (
    <form
      noValidate
      className="space-y-3"
      aria-label={`移动“${unit.name}”`}
      onSubmit={(e) => {
        e.preventDefault();
        setUnchosen(target === "");
        if (target === "") {
          first.current?.focus();
          return;
        }
        const parentId = target === "root" ? null : Number(target);
        const dest = parentId === null ? "最上级" : (units.find((u) => u.id === parentId)?.name ?? "");
        s.run({ unitId: unit.id, parentId, dest });
      }}
    >
      <p className="text-sm text-stone-600">“{unit.name}”及其全部下级单位和成员将一起移动。</p>
      <div>
        <label htmlFor={filterId} className="mb-1 block text-sm font-medium text-stone-700">
          查找目标单位
        </label>
        <input
          id={filterId}
          type="search"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          placeholder="输入名称或编码"
          className="block min-h-11 w-full rounded-xl border border-stone-300 bg-white px-3"
          ref={search}
        />
      </div>
      <fieldset className="space-y-1">
        <legend className="mb-1 text-sm font-medium text-stone-700">新的上级单位</legend>
        <div className="max-h-72 space-y-1 overflow-y-auto rounded-xl border border-stone-200 p-2">
          {unit.parentId !== null ? (
            <label className="flex min-h-11 items-center gap-2 rounded-lg px-2 hover:bg-stone-50">
              <input ref={first} type="radio" name={groupName} value="root" checked={target === "root"} onChange={() => setTarget("root")} className="size-5" />
              <span>（设为最上级单位）</span>
            </label>
          ) : null}
          {shown.map((u, i) => (
            <label key={u.id} className="flex min-h-11 items-center gap-2 rounded-lg px-2 hover:bg-stone-50">
              <input
                ref={i === 0 && unit.parentId === null ? first : undefined}
                type="radio"
                name={groupName}
                value={u.id}
                checked={target === String(u.id)}
                onChange={() => setTarget(String(u.id))}
                className="size-5 shrink-0"
              />
              <span className="break-words">{u.label}</span>
            </label>
          ))}
          {!shown.length ? <p className="p-2 text-sm text-stone-500">没有符合条件的单位。</p> : null}
        </div>
        {total > shown.length ? (
          <p className="text-xs text-stone-500">
            共 {total} 个可选单位，只列出前 {PICKER_LIMIT} 个，请输入关键词缩小范围。
          </p>
        ) : null}
      </fieldset>
      <SubmitRow error={unchosen ? "请选择新的上级单位" : s.formError} busy={s.pending} label="移动" busyLabel="正在移动…" onCancel={close} />
    </form>
  );
}
