"use client";

import { useRouter } from "next/navigation";
import { useId, useMemo, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { useFocusOnMount } from "@/components/ui/use-focus-on-mount";
import { useServerAction } from "@/components/forms/use-server-action";
import type { ActionResult } from "@/lib/auth/guard";
import { UNIT_KIND_LABEL } from "@/lib/labels";

export interface TreeUnit {
  id: number;
  code: string;
  name: string;
  kind: "COMMITTEE" | "GENERAL_BRANCH" | "BRANCH";
  kindLabel: string;
  parentId: number | null;
  path: number[];
  depth: number;
  archived: boolean;
  label: string;
  /** Active members in the unit and below it. */
  members: number;
}

type Action<T = unknown> = (input: unknown) => Promise<ActionResult<T>>;

export interface OrgTreeActions {
  create: Action<number>;
  rename: Action;
  move: Action<number>;
  archive: Action;
  restore: Action;
}

type Mode = "menu" | "create" | "rename" | "move" | "archive";

const KINDS = Object.entries(UNIT_KIND_LABEL).map(([value, label]) => ({ value, label }));

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
                  <button
                    type="button"
                    onClick={() => toggle(u.id)}
                    aria-expanded={open}
                    aria-label={`${open ? "收起" : "展开"}${u.name}的下级单位`}
                    className="inline-flex min-h-11 min-w-11 items-center justify-center rounded-lg text-stone-600 hover:bg-stone-100"
                  >
                    <span aria-hidden>{open ? "▾" : "▸"}</span>
                  </button>
                ) : (
                  <span className="inline-block min-w-11" aria-hidden />
                )}
                <span className={`min-w-0 flex-1 break-words ${u.archived ? "text-stone-400 line-through" : ""}`}>
                  <span className="font-medium">{u.name}</span>{" "}
                  <span className="text-xs text-stone-500">
                    {u.kindLabel} · {u.code} · {u.members} 人{u.archived ? " · 已归档" : ""}
                  </span>
                </span>
                <button
                  type="button"
                  onClick={() => setSelected(isSel ? null : { id: u.id, mode: "menu" })}
                  aria-expanded={isSel}
                  aria-controls={isSel ? `unit-panel-${u.id}` : undefined}
                  aria-label={`操作：${u.name}`}
                  className="inline-flex min-h-11 items-center rounded-lg px-3 text-sm text-brand-700 hover:bg-brand-50"
                >
                  操作
                </button>
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
        <Button type="button" variant="secondary" onClick={() => setSelected({ id: null, mode: "create" })} aria-expanded={selected?.id === null}>
          新建顶级单位
        </Button>
        <Button type="button" variant="ghost" onClick={() => setExpanded(new Set(units.map((u) => u.id)))}>
          全部展开
        </Button>
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

/** After a write succeeded: announce it, close the panel, open the unit it went under, reload. */
type Done = (ok: string, expand?: number) => void;

function UnitPanel({
  unit,
  units,
  mode,
  setMode,
  close,
  actions,
  done,
}: {
  unit: TreeUnit;
  units: TreeUnit[];
  mode: Mode;
  setMode: (m: Mode) => void;
  close: () => void;
  actions: OrgTreeActions;
  done: Done;
}) {
  const headingId = useId();
  return (
    <section id={`unit-panel-${unit.id}`} aria-labelledby={headingId} className="my-2 space-y-3 rounded-2xl border border-brand-200 bg-white p-4">
      <h3 id={headingId} className="font-semibold break-words">
        {unit.label}
      </h3>
      {mode === "menu" ? (
        <div className="flex flex-wrap gap-2">
          {unit.archived ? (
            <RestoreButton unit={unit} actions={actions} done={done} />
          ) : (
            <>
              <Button type="button" variant="secondary" onClick={() => setMode("create")}>
                新建下级单位
              </Button>
              <Button type="button" variant="secondary" onClick={() => setMode("rename")}>
                重命名
              </Button>
              <Button type="button" variant="secondary" onClick={() => setMode("move")}>
                移动到…
              </Button>
              <Button type="button" variant="secondary" onClick={() => setMode("archive")}>
                归档
              </Button>
            </>
          )}
          <Button type="button" variant="ghost" onClick={close}>
            关闭
          </Button>
        </div>
      ) : null}
      {mode === "create" ? <CreateForm parent={unit} close={close} actions={actions} done={done} /> : null}
      {mode === "rename" ? <RenameForm unit={unit} close={close} actions={actions} done={done} /> : null}
      {mode === "move" ? <MovePicker unit={unit} units={units} close={close} actions={actions} done={done} /> : null}
      {mode === "archive" ? <ArchiveConfirm unit={unit} close={close} actions={actions} done={done} /> : null}
    </section>
  );
}

function ErrorLine({ error }: { error: string | null }) {
  if (!error) return null;
  return (
    <p role="alert" className="rounded-lg bg-red-50 p-3 text-sm text-red-800">
      {error}
    </p>
  );
}

function CreateForm({ parent, close, actions, done }: { parent: TreeUnit | null; close: () => void; actions: OrgTreeActions; done: Done }) {
  const first = useFocusOnMount<HTMLInputElement>();
  const s = useServerAction((input: { name: string; code: unknown; kind: unknown; parentId: number | null }) => actions.create(input), {
    onSuccess: (_, { name }) => done(`已新建单位“${name}”。`, parent?.id),
  });
  const nextKind = parent?.kind === "COMMITTEE" ? "GENERAL_BRANCH" : parent ? "BRANCH" : "COMMITTEE";
  return (
    <form
      noValidate
      className="space-y-3"
      aria-label={parent ? `在“${parent.name}”下新建单位` : "新建顶级单位"}
      onSubmit={(e) => {
        e.preventDefault();
        const form = new FormData(e.currentTarget);
        const name = String(form.get("name") ?? "").trim();
        s.run({ name, code: form.get("code"), kind: form.get("kind"), parentId: parent?.id ?? null });
      }}
    >
      <p className="text-sm text-stone-600">{parent ? `上级单位：${parent.name}` : "新建的单位将位于最上级。"}</p>
      <Field label="单位名称" name="name" required maxLength={60} error={s.fieldErrors.name} ref={first} />
      <Field label="单位编码" name="code" required maxLength={64} hint="字母、数字或 . _ -，全局唯一，导入和接口同步用它识别单位" error={s.fieldErrors.code} />
      <div>
        <label className="mb-1 block text-sm font-medium text-stone-700" htmlFor={`kind-${parent?.id ?? "root"}`}>
          单位类型
        </label>
        <select
          id={`kind-${parent?.id ?? "root"}`}
          name="kind"
          defaultValue={nextKind}
          className="block min-h-11 w-full rounded-xl border border-stone-300 bg-white px-3"
        >
          {KINDS.map((k) => (
            <option key={k.value} value={k.value}>
              {k.label}
            </option>
          ))}
        </select>
      </div>
      <ErrorLine error={s.formError} />
      <div className="flex gap-2">
        <Button type="submit" disabled={s.pending}>
          {s.pending ? "正在保存…" : "新建"}
        </Button>
        <Button type="button" variant="ghost" onClick={close}>
          取消
        </Button>
      </div>
    </form>
  );
}

function RenameForm({ unit, close, actions, done }: { unit: TreeUnit; close: () => void; actions: OrgTreeActions; done: Done }) {
  const first = useFocusOnMount<HTMLInputElement>();
  const s = useServerAction((input: { unitId: number; name: string }) => actions.rename(input), {
    onSuccess: (_, { name }) => done(`已重命名为“${name.trim()}”。`),
  });
  return (
    <form
      noValidate
      className="space-y-3"
      aria-label={`重命名“${unit.name}”`}
      onSubmit={(e) => {
        e.preventDefault();
        const name = String(new FormData(e.currentTarget).get("name") ?? "");
        s.run({ unitId: unit.id, name });
      }}
    >
      <Field label="新名称" name="name" defaultValue={unit.name} required maxLength={60} error={s.fieldErrors.name} ref={first} />
      <ErrorLine error={s.formError} />
      <div className="flex gap-2">
        <Button type="submit" disabled={s.pending}>
          {s.pending ? "正在保存…" : "保存"}
        </Button>
        <Button type="button" variant="ghost" onClick={close}>
          取消
        </Button>
      </div>
    </form>
  );
}

const PICKER_LIMIT = 50;

/** Only valid targets are offered: live units outside the moved unit's own subtree, and the top level. */
function MovePicker({ unit, units, close, actions, done }: { unit: TreeUnit; units: TreeUnit[]; close: () => void; actions: OrgTreeActions; done: Done }) {
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
      <ErrorLine error={unchosen ? "请选择新的上级单位" : s.formError} />
      <div className="flex gap-2">
        <Button type="submit" disabled={s.pending}>
          {s.pending ? "正在移动…" : "移动"}
        </Button>
        <Button type="button" variant="ghost" onClick={close}>
          取消
        </Button>
      </div>
    </form>
  );
}

function ArchiveConfirm({ unit, close, actions, done }: { unit: TreeUnit; close: () => void; actions: OrgTreeActions; done: Done }) {
  const s = useServerAction((unitId: number) => actions.archive({ unitId }), { onSuccess: () => done(`已归档“${unit.name}”。`) });
  return (
    <div className="space-y-3">
      <p className="text-sm">
        归档后，“{unit.name}”不再出现在组织架构、导入和选择列表中，历史记录保留，可随时恢复。只有没有在册成员、也没有在用下级单位的单位才能归档。
      </p>
      <ErrorLine error={s.formError} />
      <div className="flex gap-2">
        <Button type="button" variant="danger" disabled={s.pending} onClick={() => s.run(unit.id)}>
          确认归档
        </Button>
        <Button type="button" variant="ghost" onClick={close}>
          取消
        </Button>
      </div>
    </div>
  );
}

function RestoreButton({ unit, actions, done }: { unit: TreeUnit; actions: OrgTreeActions; done: Done }) {
  const s = useServerAction((unitId: number) => actions.restore({ unitId }), { onSuccess: () => done(`已恢复“${unit.name}”。`) });
  return (
    <>
      <Button type="button" variant="secondary" disabled={s.pending} onClick={() => s.run(unit.id)}>
        恢复
      </Button>
      <ErrorLine error={s.formError} />
    </>
  );
}
