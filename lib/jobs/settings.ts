/**
 * What a secretary sets for the scheduler (lib/jobs/scheduler.ts): the time her unit's group bot
 * gets the daily question, and each assignment's automatic reminders. Scope inside the UPDATE
 * (docs: ARCHITECTURE rule 2); out of scope is "not found".
 */
import { sql } from "kysely";
import { z } from "zod";
import type { Viewer } from "../auth/viewer";
import { scopeRoot } from "../auth/viewer";
import { recordAudit } from "../audit/record";
import type { Db } from "../db/client";
import { kysely, type RowOf } from "../db/kysely";
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

const unitQuery = (d: Db, unitId: number) =>
  kysely(d)
    .selectFrom("org_unit")
    .select([
      "id",
      "name",
      "push_time as pushTime",
      sql<boolean>`webhook_url IS NOT NULL`.as("hasWebhook"),
      sql<boolean>`webhook_paused_at IS NOT NULL`.as("paused"),
    ])
    .where("id", "=", unitId);

const assignmentsQuery = (d: Db, unitId: number) =>
  kysely(d)
    .selectFrom("assignment")
    .select([
      "id",
      "title",
      sql<string>`to_char(due_at + interval '8 hours', 'YYYY-MM-DD')`.as("due"),
      "remind_days_before as daysBefore",
      "remind_on_due as onDue",
      "remind_weekly_overdue as weeklyOverdue",
    ])
    .where("unit_id", "=", unitId)
    .where("archived_at", "is", null)
    .orderBy("due_at", "desc")
    .orderBy("id", "desc");

export interface SchedulerSettings {
  unit: RowOf<ReturnType<typeof unitQuery>>;
  assignments: RowOf<ReturnType<typeof assignmentsQuery>>[];
}

/** The viewer's own unit's settings (a secretary's unit; an admin has none). */
export async function schedulerSettings(d: Db, viewer: Pick<Viewer, "unitId">): Promise<SchedulerSettings> {
  const unit = await unitQuery(d, viewer.unitId).executeTakeFirst();
  if (!unit) throw new NotFoundError();
  const assignments = await assignmentsQuery(d, viewer.unitId).execute();
  return { unit, assignments };
}

/** Sets the daily push time; saving also resumes a paused bot (she has checked it). */
export async function setPushTime(d: Db, viewer: Pick<Viewer, "id" | "role" | "unitId">, input: z.infer<typeof ZPushSettings>): Promise<void> {
  const scope = scopeRoot(viewer);
  const { rows } = await sql`UPDATE org_unit SET push_time = ${input.pushTime || null}, webhook_paused_at = NULL, webhook_failures = 0
     WHERE id = ${input.unitId} AND archived_at IS NULL AND (${scope}::int IS NULL OR path @> ARRAY[${scope}::int]) RETURNING id`.execute(kysely(d));
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
  const scope = scopeRoot(viewer);
  const { rows } =
    await sql`UPDATE assignment a SET remind_days_before = ${input.daysBefore === "" ? null : input.daysBefore}, remind_on_due = ${input.onDue}, remind_weekly_overdue = ${input.weeklyOverdue}
     FROM org_unit u WHERE a.id = ${input.assignmentId} AND u.id = a.unit_id AND (${scope}::int IS NULL OR u.path @> ARRAY[${scope}::int]) RETURNING a.id`.execute(
      kysely(d),
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
