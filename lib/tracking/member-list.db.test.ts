import { beforeAll, expect, test } from "vitest";
import { db } from "../db/client";
import { NotFoundError, UserError } from "../errors";
import { createUnit } from "../org/units";
import { makeMember } from "../test/factories";
import { createAssignment } from "./assignments";
import { branchDashboard } from "./dashboard";
import { memberDetail } from "./member-detail";
import { myNotifications } from "./my";
import { remindMember } from "./reminders";
import { rateText } from "./rollup";
import { memberStates } from "./state";
import { inDays, learnLessons, secretariesWorld, setupCourse, sitQuiz } from "../test/tracking";

beforeAll(async () => {
  await setupCourse(db());
});

async function world() {
  const d = db();
  const w = await secretariesWorld(d);
  const { t, viewers } = w;
  const idle = await makeMember(d, t.branchA, "CADRE", { phone: `139${String(Date.now()).slice(-8)}` });
  const busy = await makeMember(d, t.branchA);
  const done = await makeMember(d, t.branchA);
  const a = await createAssignment(d, viewers.secA, {
    unitId: t.branchA.id,
    title: "专题学习",
    course: true,
    exam: false,
    startsOn: inDays(0),
    dueOn: inDays(5),
  });
  await learnLessons(d, busy.id, 2);
  await learnLessons(d, done.id);
  return { d, ...w, idle, busy, done, a };
}

test("提醒 one member: in-app, once a day, not when he is done, audited; only inside the secretary's scope", async () => {
  const { d, t, viewers, idle, busy, done, a, secA } = await world();
  const input = (memberId: number) => ({ unitId: t.branchA.id, assignmentId: a.id, memberId });
  expect(await remindMember(d, viewers.secA, input(busy.id))).toEqual({ notified: true });
  const note = (await myNotifications(d, busy.id)).find((n) => n.kind === "reminder");
  expect(note).toMatchObject({ title: "学习提醒：专题学习", link: "/learn" });
  expect(note!.body).toMatch(/已学 2\/\d+ 课时/);
  expect((await myNotifications(d, idle.id)).some((n) => n.kind === "reminder")).toBe(false); // only him
  expect(await remindMember(d, viewers.secA, input(busy.id))).toEqual({ notified: false }); // again today: nothing sent
  expect((await myNotifications(d, busy.id)).filter((n) => n.kind === "reminder")).toHaveLength(1);
  await expect(remindMember(d, viewers.secA, input(done.id))).rejects.toThrow(UserError);
  // The list counts the day he was reminded.
  const { rows } = await memberStates(d, a.id, { unitId: t.branchA.id, memberId: busy.id });
  expect(rows[0].reminders).toBe(1);
  const [audit] = await d.raw.query<{ actor_id: number; entity_id: string }>(
    `SELECT actor_id, entity_id FROM audit_event WHERE action = 'reminder.send' AND entity = 'member' ORDER BY id DESC LIMIT 1`,
  );
  expect(audit).toEqual({ actor_id: secA.id, entity_id: String(busy.id) });
  // Branch B's secretary cannot remind branch A's member, not even through her own unit's id.
  await expect(remindMember(d, viewers.secB, input(idle.id))).rejects.toThrow(NotFoundError);
  await expect(remindMember(d, viewers.secB, { ...input(idle.id), unitId: t.branchB.id })).rejects.toThrow(NotFoundError);
  // The committee above may remind him.
  expect(await remindMember(d, viewers.secC, { ...input(idle.id), unitId: t.committee.id })).toEqual({ notified: true });
});

test("the member list filters by name in place, sorts by attempts and last activity, and pages on the server", async () => {
  const { d, t, viewers, idle, busy, done, a } = await world();
  const dash = (list: Parameters<typeof branchDashboard>[2]["list"], pageSize?: number) =>
    branchDashboard(d, viewers.secA, { unitId: t.branchA.id, assignmentId: a.id, list, pageSize });
  const names = async (list: Parameters<typeof branchDashboard>[2]["list"], pageSize?: number) => (await dash(list, pageSize)).members!.rows.map((r) => r.id);

  expect(await names({ q: idle.name })).toEqual([idle.id]);
  expect(await names({ q: busy.username })).toEqual([busy.id]); // a login name matches exactly
  expect(await names({ q: "没有这个人" })).toEqual([]);
  // Last active: done learned every lesson after busy learned two; never-active members last.
  const active = await names({ sort: "active", dir: "desc" });
  expect(active.indexOf(done.id)).toBeLessThan(active.indexOf(busy.id));
  expect(active.at(-1)).not.toBe(done.id);
  expect(active.indexOf(idle.id)).toBeGreaterThan(active.indexOf(busy.id));
  // Paging happens in SQL: 2 per page, the total counts every match.
  const p2 = await dash({ sort: "name", page: 2 }, 2);
  expect(p2.members).toMatchObject({ page: 2, pageSize: 2, total: 4 }); // secA, idle, busy, done
  expect(p2.members!.rows).toHaveLength(2);
  // The committee's secretary may not order branch A by attempts (it would reveal scores): it falls back to state (descending, as asked).
  const up = await branchDashboard(d, viewers.secC, { unitId: t.branchA.id, assignmentId: a.id, list: { sort: "attempts", dir: "desc" } });
  expect(up.individual).toBe(false);
  expect(up.members!.rows.map((r) => r.state)).toEqual([...up.members!.rows.map((r) => r.state)].sort((x, y) => ORDER.indexOf(y) - ORDER.indexOf(x)));
});

const ORDER = ["overdue", "not_started", "in_progress", "completed"];

test("a member's detail shows the phone his record holds, and names the rules of his mistakes", async () => {
  const { d, viewers, idle, busy } = await world();
  await sitQuiz(d, idle.id, { rightCount: 0 });
  const detail = await memberDetail(d, viewers.secA, idle.id);
  expect(detail.member.phone).toMatch(/^139\d{8}$/);
  expect(detail.mistakes.length).toBeGreaterThan(0);
  for (const code of detail.mistakes.flatMap((x) => x.rules)) expect(detail.ruleTitles[code]).toMatch(/[\u4e00-\u9fff]/);
  expect((await memberDetail(d, viewers.secA, busy.id)).member.phone).toBeNull();
  await expect(memberDetail(d, viewers.secB, idle.id)).rejects.toThrow(NotFoundError);
});

test("the committee compares its units side by side, two levels down; a unit with nobody in it has no rate", async () => {
  const { d, t, viewers, a } = await world();
  const empty = await createUnit(d, { code: `e-${Date.now()}`, name: "空支部", kind: "BRANCH", parentId: t.general.id });
  const top = await branchDashboard(d, viewers.secC, { unitId: t.committee.id, assignmentId: a.id, list: {} });
  const rows = top.rollup.map((r) => [r.name, r.level, r.members]);
  expect(rows).toContainEqual(["测试党总支", 1, 4]);
  expect(rows).toContainEqual(["甲支部", 2, 4]);
  expect(rows).toContainEqual(["空支部", 2, 0]);
  // Each unit sits under its parent.
  expect(rows.findIndex((r) => r[0] === "测试党总支")).toBeLessThan(rows.findIndex((r) => r[0] === "甲支部"));
  const none = top.rollup.find((r) => r.unitId === empty.id)!;
  expect(rateText(none.completed, none.members)).toBe("—");
  expect(rateText(0, 4)).toBe("0%");
  expect(rateText(1, 3)).toBe("33.3%");
});
