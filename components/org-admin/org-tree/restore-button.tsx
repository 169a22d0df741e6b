"use client";

import { ClientButton } from "@/components/forms/client-button";
import { useServerAction } from "@/components/forms/use-server-action";
import type { TreeUnit, OrgTreeActions, Done } from "./types";
import { FormError } from "@/components/forms/form-error";

export function RestoreButton({ unit, actions, done }: { unit: TreeUnit; actions: OrgTreeActions; done: Done }) {
  const s = useServerAction((unitId: number) => actions.restore({ unitId }), { onSuccess: () => done(`已恢复“${unit.name}”。`) });
  return (
    <>
      <ClientButton variant="secondary" disabled={s.pending} onClick={() => s.run(unit.id)}>
        恢复
      </ClientButton>
      <FormError error={s.formError} />
    </>
  );
}
