"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { guardedAction } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { markNotificationsRead } from "@/lib/tracking/my";

/** Marks the caller's notifications read: one (id) or all. Someone else's id changes nothing. */
export const markReadAction = guardedAction(
  {
    permission: "learn",
    schema: z.object({
      id: z
        .string()
        .regex(/^\d{1,18}$/, "通知编号无效")
        .optional(),
    }),
  },
  async ({ id }, viewer) => {
    const n = await markNotificationsRead(db(), viewer.id, id);
    revalidatePath("/", "layout");
    return { marked: n };
  },
);
