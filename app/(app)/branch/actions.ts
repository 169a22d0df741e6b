"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { NotFoundError, UserError, guardedAction } from "@/lib/auth/guard";
import { scopeRoot } from "@/lib/auth/viewer";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { zIdText } from "@/lib/db/ids";
import { unitInScope } from "@/lib/org/units";
import { recomputeAssignment } from "@/lib/tracking/aggregates";
import { ZAssignmentInput, createAssignment, withdrawAssignment } from "@/lib/tracking/assignments";
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
export const recomputeAction = guardedAction({ permission: "manage:unit", schema: ZUnitAssignment }, async ({ unitId, assignmentId }, viewer) => {
  const d = db();
  const root = scopeRoot(viewer);
  const rows = await d.raw.query<{ id: number }>(
    `SELECT a.id FROM assignment a JOIN org_unit u ON u.id = a.unit_id
     WHERE a.id = $1 AND a.archived_at IS NULL AND ($2::int IS NULL OR u.path @> ARRAY[$2::int])`,
    [assignmentId, root],
  );
  if (!rows.length) {
    if (!(await unitInScope(d, root, unitId))) throw new NotFoundError();
    throw new UserError("该任务由上级组织布置，请由上级重新统计");
  }
  const r = await recomputeAssignment(d, assignmentId);
  await recordAudit(d, {
    actorId: viewer.id,
    action: "assignment.recompute",
    entity: "assignment",
    entityId: String(assignmentId),
    after: { newlyCompleted: r.newlyCompleted.length },
  });
  revalidatePath("/branch");
  return { newlyCompleted: r.newlyCompleted.length };
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
