"use client";

import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { useFocusOnMount } from "@/components/ui/use-focus-on-mount";
import { useServerAction } from "@/components/forms/use-server-action";
import type { TreeUnit, OrgTreeActions, Done } from "./types";
import { FormError } from "@/components/forms/form-error";

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
      <FormError error={s.formError} />
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
