"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { NotFoundError, guardedAction } from "@/lib/auth/guard";
import { markLearned, recordVisit } from "@/lib/content/progress";
import { ZSlug } from "@/lib/content/schema";
import { db } from "@/lib/db/client";
import { onLessonLearned } from "@/lib/tracking/aggregates";

const ZLessonRef = z.object({ lessonId: ZSlug });

export const recordVisitAction = guardedAction({ permission: "learn", schema: ZLessonRef }, async ({ lessonId }, viewer) => {
  if (!(await recordVisit(db(), viewer.id, lessonId))) throw new NotFoundError();
});

export const markLearnedAction = guardedAction({ permission: "learn", schema: ZLessonRef }, async ({ lessonId }, viewer) => {
  if (!(await markLearned(db(), viewer.id, lessonId))) throw new NotFoundError();
  await onLessonLearned(db(), viewer.id).catch((e) => console.error("[tracking] onLessonLearned", e));
  revalidatePath("/learn", "layout");
});
