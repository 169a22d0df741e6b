"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { guardedAction } from "@/lib/auth/guard";
import { setRankingHidden } from "@/lib/daily/ranking";
import { db } from "@/lib/db/client";

/** 在排名中隐藏姓名 (shown as 某同志) or show it again. */
export const setRankingHiddenAction = guardedAction(
  { permission: "learn", schema: z.object({ hidden: z.enum(["1", "0"], { error: "选项无效" }) }) },
  async ({ hidden }, viewer) => {
    await setRankingHidden(db(), viewer.id, hidden === "1");
    revalidatePath("/points");
  },
);
