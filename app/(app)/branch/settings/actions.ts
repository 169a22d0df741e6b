"use server";

import { revalidatePath } from "next/cache";
import { guardedAction } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { setPushTime, setReminderSettings, ZPushSettings, ZReminderSettings } from "@/lib/jobs/settings";

export const setPushTimeAction = guardedAction({ permission: "manage:unit", schema: ZPushSettings }, async (input, viewer) => {
  await setPushTime(db(), viewer, input);
  revalidatePath("/branch/settings");
});

export const setReminderSettingsAction = guardedAction({ permission: "manage:unit", schema: ZReminderSettings }, async (input, viewer) => {
  await setReminderSettings(db(), viewer, input);
  revalidatePath("/branch/settings");
});
