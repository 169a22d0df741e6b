"use server";

import { revalidatePath } from "next/cache";
import { guardedAction } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { ZUnitId, archiveUnit, restoreUnit } from "@/lib/org/archive-unit";
import { ZCreateUnit, createOrgUnit } from "@/lib/org/create-unit";
import { ZMoveUnit, moveUnit } from "@/lib/org/move-unit";
import { ZRenameUnit, renameUnit } from "@/lib/org/rename-unit";

const done = <T>(r: T) => {
  revalidatePath("/admin", "layout");
  return r;
};

export const createUnitAction = guardedAction(
  { permission: "admin", schema: ZCreateUnit },
  async (input, viewer) => done(await createOrgUnit(db(), viewer, input)).id,
);

export const renameUnitAction = guardedAction({ permission: "admin", schema: ZRenameUnit }, async (input, viewer) =>
  done(await renameUnit(db(), viewer, input)),
);

export const moveUnitAction = guardedAction(
  { permission: "admin", schema: ZMoveUnit },
  async (input, viewer) => done(await moveUnit(db(), viewer, input)).moved,
);

export const archiveUnitAction = guardedAction({ permission: "admin", schema: ZUnitId }, async (input, viewer) => {
  await archiveUnit(db(), viewer, input.unitId);
  done(null);
});

export const restoreUnitAction = guardedAction({ permission: "admin", schema: ZUnitId }, async (input, viewer) => {
  await restoreUnit(db(), viewer, input.unitId);
  done(null);
});
