"use client";

import { Field } from "@/components/ui/field";
import { useFocusOnMount } from "@/components/ui/use-focus-on-mount";
import { useServerAction } from "@/components/forms/use-server-action";
import { UNIT_KIND_LABEL } from "@/lib/labels";
import type { TreeUnit, OrgTreeActions, Done } from "./types";
import { SubmitRow } from "@/components/forms/form-error";

const KINDS = Object.entries(UNIT_KIND_LABEL).map(([value, label]) => ({ value, label }));

export function CreateForm({ parent, close, actions, done }: { parent: TreeUnit | null; close: () => void; actions: OrgTreeActions; done: Done }) {
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
      <SubmitRow error={s.formError} busy={s.pending} label="新建" busyLabel="正在保存…" onCancel={close} />
    </form>
  );
}
