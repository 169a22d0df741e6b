import { expect, test } from "vitest";
import { db } from "../db/client";
import { NotFoundError } from "../errors";
import { makeMember, makeTree } from "../test/factories";
import { startOfChinaDay, endOfChinaDay } from "../tracking/time";
import { planDue } from "./scheduler";
import { schedulerSettings, setPushTime, setReminderSettings, ZPushSettings, ZReminderSettings } from "./settings";

const viewerOf = (m: { id: number; role: "SECRETARY" | "CADRE" | "ADMIN"; unitId: number }) => ({ id: m.id, role: m.role, unitId: m.unitId });

test("a secretary sets her own unit's push time and her assignments' reminders, nobody else's", async () => {
  const d = db();
  const t = await makeTree(d);
  const secA = viewerOf(await makeMember(d, t.branchA, "SECRETARY"));
  const secB = viewerOf(await makeMember(d, t.branchB, "SECRETARY"));
  await setPushTime(d, secA, ZPushSettings.parse({ unitId: String(t.branchA.id), pushTime: "07:45" }));
  await expect(setPushTime(d, secB, { unitId: t.branchA.id, pushTime: "" })).rejects.toBeInstanceOf(NotFoundError);
  expect((await schedulerSettings(d, secA)).unit.pushTime).toBe("07:45");
  expect(ZPushSettings.safeParse({ unitId: "1", pushTime: "25:00" }).error?.issues[0].message).toBe("请填写 00:00 到 23:59 之间的时间");

  const [a] = await d.raw.query<{ id: number }>(
    `INSERT INTO assignment (unit_id, title, starts_at, due_at, created_by_id, course_id) VALUES ($1, '设置测试', $2, $3, $4, NULL) RETURNING id`,
    [t.branchA.id, startOfChinaDay("2027-03-01"), endOfChinaDay("2027-03-10"), secA.id],
  );
  // Form data as the browser sends it: no pre-due reminder, on the due day, not weekly.
  await setReminderSettings(d, secA, ZReminderSettings.parse({ assignmentId: String(a.id), daysBefore: "", onDue: "true" }));
  await expect(setReminderSettings(d, secB, ZReminderSettings.parse({ assignmentId: String(a.id), daysBefore: "2" }))).rejects.toBeInstanceOf(NotFoundError);
  expect((await schedulerSettings(d, secA)).assignments).toEqual([expect.objectContaining({ id: a.id, daysBefore: null, onDue: true, weeklyOverdue: false })]);
  const planned = async (day: string) => (
    await planDue(d, new Date(`${day}T10:00:00+08:00`)),
    (await d.raw.query(`SELECT 1 FROM job WHERE key = $1`, [`remind:${a.id}:${day}`])).length
  );
  expect(await planned("2027-03-07")).toBe(0); // 3 days before: switched off
  expect(await planned("2027-03-10")).toBe(1);
  expect(await planned("2027-03-17")).toBe(0); // weekly overdue: switched off
  expect(ZReminderSettings.safeParse({ assignmentId: "1", daysBefore: "0" }).error?.issues[0].message).toBe("至少提前 1 天");
});

test("an id beyond the database's integer range is a clear error, not a 500 (found by the action fuzz)", () => {
  const reminder = ZReminderSettings.safeParse({ assignmentId: "2147483648", daysBefore: "1", onDue: "1", weeklyOverdue: "1" });
  expect(reminder.success).toBe(false);
  expect(reminder.error?.issues[0]?.message).toBe("任务无效");
  const push = ZPushSettings.safeParse({ unitId: "99999999999", pushTime: "08:30" });
  expect(push.success).toBe(false);
  expect(push.error?.issues[0]?.message).toBe("单位无效");
});
