"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { guardedAction } from "@/lib/auth/guard";
import { saveResponse, submitAttempt } from "@/lib/assessment/attempts";
import { startMistakeReview, startRetake } from "@/lib/assessment/review";
import { replayScenario } from "@/lib/assessment/scenario-review";
import { startQuestionPractice, startQuiz } from "@/lib/assessment/records";
import { ZAnswer } from "@/lib/assessment/score";
import { ZSlug } from "@/lib/content/schema";
import { db } from "@/lib/db/client";
import { zId } from "@/lib/db/ids";

/** Attempt ids are 12 random bytes in base64url (lib/assessment/attempts.ts). */
const ZPublicId = z.string().regex(/^[A-Za-z0-9_-]{8,40}$/, "作答记录编号无效");
const ZAttemptRef = z.object({ publicId: ZPublicId });

const toAttempt = (publicId: string): never => redirect(`/attempt/${publicId}`);

/** An exam also needs `confirm` from its notice page (考试须知); other quizzes start at once. */
export const startQuizAction = guardedAction(
  { permission: "learn", schema: z.object({ quizId: ZSlug, confirm: z.literal("1", "请先勾选“我已阅读考试须知”").optional() }) },
  async ({ quizId, confirm }, viewer) => {
    toAttempt((await startQuiz(db(), viewer.id, quizId, { examConfirmed: confirm === "1" })).publicId);
  },
);

/** One case scenario or drafting task on its own (from the 案例情景 / 公文起草 lists). */
export const startQuestionPracticeAction = guardedAction({ permission: "learn", schema: z.object({ questionId: ZSlug }) }, async ({ questionId }, viewer) => {
  toAttempt((await startQuestionPractice(db(), viewer.id, questionId)).publicId);
});

export const startMistakeReviewAction = guardedAction({ permission: "learn", schema: z.object({}) }, async (_input, viewer) => {
  toAttempt((await startMistakeReview(db(), viewer.id)).publicId);
});

export const startRetakeAction = guardedAction({ permission: "learn", schema: ZAttemptRef }, async ({ publicId }, viewer) => {
  toAttempt((await startRetake(db(), viewer.id, publicId)).publicId);
});

/** Saves one answer; idempotent on the server, so the player may safely retry it. */
export const saveResponseAction = guardedAction(
  { permission: "learn", schema: z.object({ publicId: ZPublicId, versionId: zId("题目编号无效"), answer: ZAnswer }) },
  async ({ publicId, versionId, answer }, viewer) => saveResponse(db(), viewer.id, publicId, versionId, answer),
);

export const submitAttemptAction = guardedAction({ permission: "learn", schema: ZAttemptRef }, async ({ publicId }, viewer) => {
  const a = await submitAttempt(db(), viewer.id, publicId);
  revalidatePath("/quiz");
  revalidatePath("/record");
  revalidatePath("/mistakes");
  return { status: a.status };
});

/** 再玩一次 / 换一种选择: walks a finished scenario along another path; nothing is saved or scored. */
export const replayScenarioAction = guardedAction(
  {
    permission: "learn",
    schema: z.object({
      publicId: ZPublicId,
      versionId: zId("题目编号无效"),
      path: z
        .array(
          z
            .string()
            .regex(/^[a-z0-9-]+$/, "选项无效")
            .max(40),
        )
        .max(30),
    }),
  },
  async ({ publicId, versionId, path }, viewer) => replayScenario(db(), viewer.id, publicId, versionId, path),
);
