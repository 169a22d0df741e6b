"use client";

import { ClientButton } from "@/components/forms/client-button";
import { useId } from "react";
import type { TreeUnit, OrgTreeActions, Mode, Done } from "./types";
import { CreateForm } from "./create-form";
import { RenameForm } from "./rename-form";
import { MovePicker } from "./move-picker";
import { ArchiveConfirm } from "./archive-confirm";
import { RestoreButton } from "./restore-button";

export function UnitPanel({
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
              <ClientButton variant="secondary" onClick={() => setMode("create")}>
                新建下级单位
              </ClientButton>
              <ClientButton variant="secondary" onClick={() => setMode("rename")}>
                重命名
              </ClientButton>
              <ClientButton variant="secondary" onClick={() => setMode("move")}>
                移动到…
              </ClientButton>
              <ClientButton variant="secondary" onClick={() => setMode("archive")}>
                归档
              </ClientButton>
            </>
          )}
          <ClientButton variant="ghost" onClick={close}>
            关闭
          </ClientButton>
        </div>
      ) : null}
      {mode === "create" ? <CreateForm parent={unit} close={close} actions={actions} done={done} /> : null}
      {mode === "rename" ? <RenameForm unit={unit} close={close} actions={actions} done={done} /> : null}
      {mode === "move" ? <MovePicker unit={unit} units={units} close={close} actions={actions} done={done} /> : null}
      {mode === "archive" ? <ArchiveConfirm unit={unit} close={close} actions={actions} done={done} /> : null}
    </section>
  );
}
