"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { guardedAction } from "@/lib/auth/guard";
import { answerDaily, startDailySet } from "@/lib/daily/daily-set";
import { ZAnswer } from "@/lib/assessment/score";
import { db } from "@/lib/db/client";
import { zId } from "@/lib/db/ids";

/** 今日一练: opens (or resumes) today's set and lands on it. */
export const startDailyAction = guardedAction({ permission: "learn", schema: z.object({}) }, async (_input, viewer) => {
  const set = await startDailySet(db(), viewer.id);
  redirect(`/attempt/${set.publicId}`);
});

/** An answer in a daily set: saved as practice, then counted for the day (points, streak, review). */
export const saveDailyAnswerAction = guardedAction(
  {
    permission: "learn",
    schema: z.object({ publicId: z.string().regex(/^[A-Za-z0-9_-]{8,40}$/, "作答记录编号无效"), versionId: zId("题目编号无效"), answer: ZAnswer }),
  },
  async ({ publicId, versionId, answer }, viewer) => answerDaily(db(), viewer.id, publicId, versionId, answer),
);
