/**
 * What a secretary sets for the scheduler (lib/jobs/scheduler.ts): the time her unit's group bot
 * gets the daily question, and each assignment's automatic reminders. Scope inside the UPDATE
 * (docs: ARCHITECTURE rule 2); out of scope is "not found".
 */
import { z } from "zod";
import type { Viewer } from "../auth/viewer";
import { scopeRoot } from "../auth/viewer";
import { recordAudit } from "../audit/record";
import type { Db } from "../db/client";
import { zIdText } from "../db/ids";
import { NotFoundError } from "../errors";

export const ZPushSettings = z.object({
  unitId: zIdText("单位无效"),
  /** "HH:MM" China time, or empty: off. */
  pushTime: z.union([z.literal(""), z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "请填写 00:00 到 23:59 之间的时间")]),
});

export const ZReminderSettings = z.object({
  assignmentId: zIdText("任务无效"),
  /** Days before the due date, or empty: none then. */
  daysBefore: z.union([z.literal(""), z.coerce.number().int("请填写整数").min(1, "至少提前 1 天").max(30, "最多提前 30 天")]),
  onDue: z.stringbool().default(false),
  weeklyOverdue: z.stringbool().default(false),
});

export interface SchedulerSettings {
  unit: { id: number; name: string; pushTime: string | null; hasWebhook: boolean; paused: boolean };
  assignments: { id: number; title: string; due: string; daysBefore: number | null; onDue: boolean; weeklyOverdue: boolean }[];
}

/** The viewer's own unit's settings (a secretary's unit; an admin has none). */
export async function schedulerSettings(d: Db, viewer: Pick<Viewer, "unitId">): Promise<SchedulerSettings> {
  const [unit] = await d.raw.query<SchedulerSettings["unit"]>(
    `SELECT id, name, push_time AS "pushTime", webhook_url IS NOT NULL AS "hasWebhook", webhook_paused_at IS NOT NULL AS paused FROM org_unit WHERE id = $1`,
    [viewer.unitId],
  );
  if (!unit) throw new NotFoundError();
  const assignments = await d.raw.query<SchedulerSettings["assignments"][number]>(
    `SELECT id, title, to_char(due_at + interval '8 hours', 'YYYY-MM-DD') AS due, remind_days_before AS "daysBefore",
            remind_on_due AS "onDue", remind_weekly_overdue AS "weeklyOverdue"
     FROM assignment WHERE unit_id = $1 AND archived_at IS NULL ORDER BY due_at DESC, id DESC`,
    [viewer.unitId],
  );
  return { unit, assignments };
}

/** Sets the daily push time; saving also resumes a paused bot (she has checked it). */
export async function setPushTime(d: Db, viewer: Pick<Viewer, "id" | "role" | "unitId">, input: z.infer<typeof ZPushSettings>): Promise<void> {
  const rows = await d.raw.query(
    `UPDATE org_unit SET push_time = $2, webhook_paused_at = NULL, webhook_failures = 0
     WHERE id = $1 AND archived_at IS NULL AND ($3::int IS NULL OR path @> ARRAY[$3::int]) RETURNING id`,
    [input.unitId, input.pushTime || null, scopeRoot(viewer)],
  );
  if (!rows.length) throw new NotFoundError();
  await recordAudit(d, {
    actorId: viewer.id,
    action: "unit.push_time",
    entity: "org_unit",
    entityId: String(input.unitId),
    after: { pushTime: input.pushTime || null },
  });
}

/** Sets an assignment's automatic reminders (one in her scope). */
export async function setReminderSettings(d: Db, viewer: Pick<Viewer, "id" | "role" | "unitId">, input: z.infer<typeof ZReminderSettings>): Promise<void> {
  const rows = await d.raw.query(
    `UPDATE assignment a SET remind_days_before = $2, remind_on_due = $3, remind_weekly_overdue = $4
     FROM org_unit u WHERE a.id = $1 AND u.id = a.unit_id AND ($5::int IS NULL OR u.path @> ARRAY[$5::int]) RETURNING a.id`,
    [input.assignmentId, input.daysBefore === "" ? null : input.daysBefore, input.onDue, input.weeklyOverdue, scopeRoot(viewer)],
  );
  if (!rows.length) throw new NotFoundError();
  await recordAudit(d, {
    actorId: viewer.id,
    action: "assignment.reminders",
    entity: "assignment",
    entityId: String(input.assignmentId),
    after: { daysBefore: input.daysBefore === "" ? null : input.daysBefore, onDue: input.onDue, weeklyOverdue: input.weeklyOverdue },
  });
}
