"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { guardedAction } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { zIdText } from "@/lib/db/ids";
import { ZAssignmentInput, createAssignment, recountAssignment, withdrawAssignment } from "@/lib/tracking/assignments";
import { ZWebhookUrl, remindLaggards, remindMember, setUnitWebhook } from "@/lib/tracking/reminders";

const ZUnitAssignment = z.object({ unitId: zIdText("组织无效"), assignmentId: zIdText("学习任务无效") });

export const createAssignmentAction = guardedAction({ permission: "manage:unit", schema: ZAssignmentInput }, async (input, viewer) => {
  const a = await createAssignment(db(), viewer, input);
  revalidatePath("/branch");
  redirect(`/branch?unit=${input.unitId}&a=${a.id}`);
});

export const remindAction = guardedAction({ permission: "manage:unit", schema: ZUnitAssignment }, async (input, viewer) => {
  const r = await remindLaggards(db(), viewer, input);
  revalidatePath("/branch");
  return r;
});

export const remindMemberAction = guardedAction(
  { permission: "manage:unit", schema: ZUnitAssignment.extend({ memberId: zIdText("成员无效") }) },
  async (input, viewer) => {
    const r = await remindMember(db(), viewer, input);
    revalidatePath("/branch");
    return r;
  },
);

/** "重新统计": a full recount, for assignments made at the viewer's unit or below. */
export const recomputeAction = guardedAction({ permission: "manage:unit", schema: ZUnitAssignment }, async (input, viewer) => {
  const r = await recountAssignment(db(), viewer, input);
  revalidatePath("/branch");
  return r;
});

export const withdrawAssignmentAction = guardedAction({ permission: "manage:unit", schema: ZUnitAssignment }, async ({ unitId, assignmentId }, viewer) => {
  await withdrawAssignment(db(), viewer, assignmentId);
  revalidatePath("/branch");
  redirect(`/branch?unit=${unitId}`);
});

export const setWebhookAction = guardedAction(
  { permission: "manage:unit", schema: z.object({ unitId: zIdText("组织无效"), url: ZWebhookUrl }) },
  async ({ unitId, url }, viewer) => {
    await setUnitWebhook(db(), viewer, unitId, url);
    revalidatePath("/branch");
    return { saved: url ? "已保存群机器人地址" : "已清除群机器人地址" };
  },
);
