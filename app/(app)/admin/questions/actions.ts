"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { guardedAction } from "@/lib/auth/guard";
import { ZAnswer } from "@/lib/assessment/score";
import { ZSlug } from "@/lib/content/schema";
import { db } from "@/lib/db/client";
import { regradeVersion } from "@/lib/authoring/regrade-version";
import { voidVersion } from "@/lib/authoring/void-version";
import { previewAnswer, previewItem } from "@/lib/authoring/preview";
import { clearQuestionFlag } from "@/lib/authoring/clear-question-flag";
import { createQuestion } from "@/lib/authoring/create-question";
import { editQuestion } from "@/lib/authoring/edit-question";
import { archiveQuestion, publishQuestion, restoreQuestion } from "@/lib/authoring/question-status";
import { QuestionProblems } from "@/lib/authoring/questions";
import { rollbackQuestion } from "@/lib/authoring/rollback-question";
import { ZNewQuiz, ZQuizInput, createQuiz, setQuizArchived, updateQuiz } from "@/lib/authoring/quizzes";
import { validateQuestion, type Problem } from "@/lib/authoring/validate";
import { zId, zIdText } from "@/lib/db/ids";

const ZId = z.object({ id: ZSlug });
const ZReason = z.string().trim().min(2, "请说明原因（至少 2 个字）").max(200, "原因不能超过 200 个字");
const ZVersionId = zId("版本无效");

type Saved = { saved: true; id: string; version: number; changed: boolean } | { saved: false; problems: Problem[] };

/** Problems come back as data (the editor lists every one); other refusals as the action's error. */
async function collecting<T>(fn: () => Promise<T>): Promise<T | { saved: false; problems: Problem[] }> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof QuestionProblems) return { saved: false, problems: e.problems };
    throw e;
  }
}

function touched(id?: string) {
  revalidatePath("/admin/questions");
  if (id) revalidatePath(`/admin/questions/${id}`);
}

export const saveQuestionAction = guardedAction(
  {
    permission: "admin",
    schema: z.object({ mode: z.enum(["create", "edit"]), id: ZSlug.optional(), question: z.unknown(), expectedVersion: zId("版本无效").optional() }),
  },
  async ({ mode, id, question, expectedVersion }, viewer): Promise<Saved> =>
    collecting(async () => {
      const r =
        mode === "create" ? await createQuestion(db(), viewer.id, question) : await editQuestion(db(), viewer.id, id ?? "", question, { expectedVersion });
      touched(r.id);
      return { saved: true as const, id: r.id, version: r.version, changed: r.changed };
    }),
);

/** The editor's current text as the player first receives it (no key). */
export const previewStartAction = guardedAction({ permission: "admin", schema: z.object({ question: z.unknown() }) }, async ({ question }) => {
  const v = validateQuestion(question, { graph: false });
  if (!v.ok) throw new QuestionProblems(v.problems);
  return previewItem(v.question);
});

/** Plays the editor's current text as a cadre would (practice feedback); stores nothing. */
export const previewAnswerAction = guardedAction(
  { permission: "admin", schema: z.object({ question: z.unknown(), answer: ZAnswer }) },
  async ({ question, answer }) => {
    const v = validateQuestion(question, { graph: false });
    if (!v.ok) throw new QuestionProblems(v.problems);
    return previewAnswer(v.question, answer);
  },
);

export const publishAction = guardedAction({ permission: "admin", schema: ZId }, async ({ id }, viewer) =>
  collecting(async () => {
    await publishQuestion(db(), viewer.id, id);
    touched(id);
    return { saved: true as const, id, version: 0, changed: true };
  }),
);

export const archiveAction = guardedAction({ permission: "admin", schema: ZId }, async ({ id }, viewer) => {
  await archiveQuestion(db(), viewer.id, id);
  touched(id);
});

export const restoreAction = guardedAction({ permission: "admin", schema: ZId }, async ({ id }, viewer) => {
  await restoreQuestion(db(), viewer.id, id);
  touched(id);
});

export const clearFlagAction = guardedAction({ permission: "admin", schema: ZId }, async ({ id }, viewer) => {
  await clearQuestionFlag(db(), viewer.id, id);
  touched(id);
});

export const rollbackAction = guardedAction(
  { permission: "admin", schema: z.object({ id: ZSlug, version: zIdText("版本无效") }) },
  async ({ id, version }, viewer) =>
    collecting(async () => {
      const r = await rollbackQuestion(db(), viewer.id, id, version);
      touched(id);
      return { saved: true as const, id, version: r.version, changed: true };
    }),
);

export const voidAction = guardedAction(
  { permission: "admin", schema: z.object({ id: ZSlug, versionId: z.coerce.number().pipe(ZVersionId), reason: ZReason }) },
  async ({ id, versionId, reason }, viewer) => {
    const r = await voidVersion(db(), viewer.id, versionId, reason);
    touched(id);
    return r;
  },
);

export const regradeAction = guardedAction(
  { permission: "admin", schema: z.object({ id: ZSlug, versionId: ZVersionId, question: z.unknown(), reason: ZReason }) },
  async ({ id, versionId, question, reason }, viewer) =>
    collecting(async () => {
      const r = await regradeVersion(db(), viewer.id, versionId, question, reason);
      touched(id);
      return { saved: true as const, ...r };
    }),
);

export const saveQuizAction = guardedAction({ permission: "admin", schema: z.object({ id: ZSlug, quiz: ZQuizInput }) }, async ({ id, quiz }, viewer) => {
  await updateQuiz(db(), viewer.id, id, quiz);
  revalidatePath("/admin/questions/quizzes");
  return { id };
});

export const createQuizAction = guardedAction({ permission: "admin", schema: ZNewQuiz }, async (input, viewer) => {
  await createQuiz(db(), viewer.id, input);
  revalidatePath("/admin/questions/quizzes");
  return { id: input.id };
});

export const archiveQuizAction = guardedAction(
  { permission: "admin", schema: z.object({ id: ZSlug, archived: z.boolean() }) },
  async ({ id, archived }, viewer) => {
    await setQuizArchived(db(), viewer.id, id, archived);
    revalidatePath("/admin/questions/quizzes");
  },
);
