"use client";

import { Field } from "@/components/ui/field";
import { useFocusOnMount } from "@/components/ui/use-focus-on-mount";
import { useServerAction } from "@/components/forms/use-server-action";
import type { TreeUnit, OrgTreeActions, Done } from "./types";
import { SubmitRow } from "@/components/forms/form-error";

export function RenameForm({ unit, close, actions, done }: { unit: TreeUnit; close: () => void; actions: OrgTreeActions; done: Done }) {
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
      <SubmitRow error={s.formError} busy={s.pending} label="保存" busyLabel="正在保存…" onCancel={close} />
    </form>
  );
}
