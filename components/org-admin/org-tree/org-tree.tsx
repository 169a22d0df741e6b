"use client";

import { ClientButton } from "@/components/forms/client-button";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import type { TreeUnit, OrgTreeActions, Mode } from "./types";
import { UnitPanel } from "./unit-panel";
import { CreateForm } from "./create-form";

/**
 * The organisation tree with its writes: each unit's "操作" opens a panel right under it (so it
 * works one-handed on a phone) with create-below, rename, move (a picker that only offers valid
 * targets) and archive/restore. Plain buttons, lists and forms: every step works from the keyboard.
 */
export function OrgTree({ units, actions }: { units: TreeUnit[]; actions: OrgTreeActions }) {
  const router = useRouter();
  const [showArchived, setShowArchived] = useState(false);
  const [expanded, setExpanded] = useState<Set<number>>(() => new Set(units.filter((u) => u.depth < 1).map((u) => u.id)));
  const [selected, setSelected] = useState<{ id: number | null; mode: Mode } | null>(null);
  const [status, setStatus] = useState("");
  const visible = useMemo(() => units.filter((u) => showArchived || !u.archived), [units, showArchived]);
  const children = useMemo(() => {
    const m = new Map<number | null, TreeUnit[]>();
    for (const u of visible) m.set(u.parentId, [...(m.get(u.parentId) ?? []), u]);
    return m;
  }, [visible]);

  const toggle = (id: number) =>
    setExpanded((s) => {
      const n = new Set(s);
      if (n.has(id)) n.delete(id);
      else n.add(id);
      return n;
    });

  function done(ok: string, expand?: number) {
    setStatus(ok);
    setSelected(null);
    if (expand !== undefined) setExpanded((s) => new Set(s).add(expand));
    router.refresh();
  }

  const renderLevel = (parentId: number | null) => {
    const list = children.get(parentId) ?? [];
    if (!list.length) return null;
    return (
      <ul className={parentId === null ? "space-y-1" : "mt-1 space-y-1 border-l border-stone-200 pl-3"}>
        {list.map((u) => {
          const kids = children.get(u.id)?.length ?? 0;
          const open = expanded.has(u.id);
          const isSel = selected?.id === u.id;
          return (
            <li key={u.id}>
              <div className={`flex flex-wrap items-center gap-1 rounded-xl ${isSel ? "bg-brand-50" : ""}`}>
                {kids ? (
                  <ClientButton
                    variant="none"
                    onClick={() => toggle(u.id)}
                    aria-expanded={open}
                    aria-label={`${open ? "收起" : "展开"}${u.name}的下级单位`}
                    className="inline-flex min-h-11 min-w-11 items-center justify-center rounded-lg text-stone-600 hover:bg-stone-100"
                  >
                    <span aria-hidden>{open ? "▾" : "▸"}</span>
                  </ClientButton>
                ) : (
                  <span className="inline-block min-w-11" aria-hidden />
                )}
                <span className={`min-w-0 flex-1 break-words ${u.archived ? "text-stone-400 line-through" : ""}`}>
                  <span className="font-medium">{u.name}</span>{" "}
                  <span className="text-xs text-stone-500">
                    {u.kindLabel} · {u.code} · {u.members} 人{u.archived ? " · 已归档" : ""}
                  </span>
                </span>
                <ClientButton
                  variant="none"
                  onClick={() => setSelected(isSel ? null : { id: u.id, mode: "menu" })}
                  aria-expanded={isSel}
                  aria-controls={isSel ? `unit-panel-${u.id}` : undefined}
                  aria-label={`操作：${u.name}`}
                  className="inline-flex min-h-11 items-center rounded-lg px-3 text-sm text-brand-700 hover:bg-brand-50"
                >
                  操作
                </ClientButton>
              </div>
              {isSel && selected ? (
                <UnitPanel
                  unit={u}
                  units={units}
                  mode={selected.mode}
                  setMode={(mode) => setSelected({ id: u.id, mode })}
                  close={() => setSelected(null)}
                  actions={actions}
                  done={done}
                />
              ) : null}
              {kids && open ? renderLevel(u.id) : null}
            </li>
          );
        })}
      </ul>
    );
  };

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-2">
        <ClientButton variant="secondary" onClick={() => setSelected({ id: null, mode: "create" })} aria-expanded={selected?.id === null}>
          新建顶级单位
        </ClientButton>
        <ClientButton variant="ghost" onClick={() => setExpanded(new Set(units.map((u) => u.id)))}>
          全部展开
        </ClientButton>
        <label className="inline-flex min-h-11 items-center gap-2 text-sm">
          <input type="checkbox" checked={showArchived} onChange={(e) => setShowArchived(e.target.checked)} className="size-5" />
          显示已归档单位
        </label>
      </div>
      <p role="status" className="min-h-5 text-sm text-green-800">
        {status}
      </p>
      {selected?.id === null ? (
        <div className="rounded-2xl border border-stone-200 bg-white p-4">
          <CreateForm parent={null} close={() => setSelected(null)} actions={actions} done={done} />
        </div>
      ) : null}
      <nav aria-label="组织架构树" className="rounded-2xl border border-stone-200 bg-white p-3">
        {renderLevel(null) ?? <p className="text-sm text-stone-500">还没有单位。</p>}
      </nav>
    </div>
  );
}
