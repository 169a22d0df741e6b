"use client";

import { ClientButton } from "@/components/forms/client-button";
import { useServerAction } from "@/components/forms/use-server-action";
import type { TreeUnit, OrgTreeActions, Done } from "./types";
import { FormError } from "@/components/forms/form-error";

export function ArchiveConfirm({ unit, close, actions, done }: { unit: TreeUnit; close: () => void; actions: OrgTreeActions; done: Done }) {
  const s = useServerAction((unitId: number) => actions.archive({ unitId }), { onSuccess: () => done(`已归档“${unit.name}”。`) });
  return (
    <div className="space-y-3">
      <p className="text-sm">
        归档后，“{unit.name}”不再出现在组织架构、导入和选择列表中，历史记录保留，可随时恢复。只有没有在册成员、也没有在用下级单位的单位才能归档。
      </p>
      <FormError error={s.formError} />
      <div className="flex gap-2">
        <ClientButton variant="danger" disabled={s.pending} onClick={() => s.run(unit.id)}>
          确认归档
        </ClientButton>
        <ClientButton variant="ghost" onClick={close}>
          取消
        </ClientButton>
      </div>
    </div>
  );
}
