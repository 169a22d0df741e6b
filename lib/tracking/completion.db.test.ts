import { beforeAll, expect, test, vi } from "vitest";
import { EXAM_ID } from "../assessment/quizzes";
import { markLearned } from "../content/progress";
import { COURSE_ID } from "../content/queries";
import { db } from "../db/client";
import { makeMember, makeTree } from "../test/factories";
import { onLessonLearned, onMembershipChanged, recomputeAssignment, syncMember } from "./aggregates";
import { ZAssignmentInput, createAssignment } from "./assignments";
import { foldsSettled } from "./fold";
import { myAssignments, myNotifications } from "./my";
import { memberStates } from "./state";
import { courseLessonIds, inDays, learnLessons, setupCourse, sitQuiz } from "../test/tracking";

beforeAll(async () => {
  await setupCourse(db());
});

async function world() {
  const d = db();
  const t = await makeTree(d);
  const admin = await makeMember(d, t.committee, "ADMIN");
  return { d, t, admin };
}

async function assign(
  d: ReturnType<typeof db>,
  actor: { id: number; role: "ADMIN" | "SECRETARY"; unitId: number },
  unitId: number,
  opts: { course?: boolean; exam?: boolean } = {},
) {
  return createAssignment(d, actor, {
    unitId,
    title: "微信使用规范专题学习",
    course: opts.course ?? true,
    exam: opts.exam ?? true,
    startsOn: inDays(-1),
    dueOn: inDays(14),
  });
}

async function stateOf(d: ReturnType<typeof db>, assignmentId: number, unitId: number, memberId: number) {
  const { rows } = await memberStates(d, assignmentId, { unitId, memberId });
  return rows[0];
}

test("completed = every lesson learned AND the exam passed; date and best score recorded; certificate issued", async () => {
  const { d, t, admin } = await world();
  const m = await makeMember(d, t.branchA);
  const a = await assign(d, { id: admin.id, role: "ADMIN", unitId: t.committee.id }, t.committee.id);
  expect((await stateOf(d, a.id, t.committee.id, m.id)).state).toBe("not_started");

  const lessons = await courseLessonIds(d);
  await learnLessons(d, m.id, lessons.length - 1);
  expect((await stateOf(d, a.id, t.committee.id, m.id)).state).toBe("in_progress");
  await sitQuiz(d, m.id, { rightCount: 0 }); // failed exam: still in progress
  expect(await stateOf(d, a.id, t.committee.id, m.id)).toMatchObject({ state: "in_progress", passed: false });
  await sitQuiz(d, m.id); // passed, but one lesson still unlearned
  expect((await stateOf(d, a.id, t.committee.id, m.id)).state).toBe("in_progress");
  expect(await d.prisma.assignmentCompletion.count({ where: { assignmentId: a.id } })).toBe(0);

  await markLearned(d, m.id, lessons.at(-1)!);
  const before = new Date();
  await onLessonLearned(d, m.id);
  const s = await stateOf(d, a.id, t.committee.id, m.id);
  expect(s).toMatchObject({ state: "completed", passed: true, bestScore: 100, learned: lessons.length, late: false });
  const c = await d.prisma.assignmentCompletion.findUniqueOrThrow({ where: { assignmentId_memberId: { assignmentId: a.id, memberId: m.id } } });
  expect(c.bestScore).toBe(100);
  // The completion moment is the last lesson learned (after the pass), not "now" of some later recount.
  expect(c.completedAt.getTime()).toBeGreaterThan(before.getTime() - 5_000);
  const cert = await d.prisma.certificate.findUniqueOrThrow({ where: { assignmentId_memberId: { assignmentId: a.id, memberId: m.id } } });
  expect(cert).toMatchObject({ memberName: m.name, unitName: "甲支部", score: 100 });
  expect(cert.code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  const notes = await myNotifications(d, m.id);
  expect(notes.map((n) => n.kind)).toEqual(expect.arrayContaining(["assignment", "completion"]));

  // Replaying the hook changes nothing: one completion, one certificate, same date.
  await onLessonLearned(d, m.id);
  await recomputeAssignment(d, a.id);
  expect(await d.prisma.certificate.count({ where: { memberId: m.id } })).toBe(1);
  expect((await d.prisma.assignmentCompletion.findFirstOrThrow({ where: { memberId: m.id } })).completedAt).toEqual(c.completedAt);
});

test("an exam-only assignment completes on passing; a course-only one without any exam", async () => {
  const { d, t, admin } = await world();
  const m = await makeMember(d, t.branchB);
  const examOnly = await assign(d, { id: admin.id, role: "ADMIN", unitId: t.committee.id }, t.branchB.id, { course: false });
  const courseOnly = await assign(d, { id: admin.id, role: "ADMIN", unitId: t.committee.id }, t.branchB.id, { exam: false });
  await sitQuiz(d, m.id);
  expect((await stateOf(d, examOnly.id, t.branchB.id, m.id)).state).toBe("completed");
  // Taking the exam is no progress on a course-only assignment.
  expect((await stateOf(d, courseOnly.id, t.branchB.id, m.id)).state).toBe("not_started");
  await learnLessons(d, m.id);
  expect(await stateOf(d, courseOnly.id, t.branchB.id, m.id)).toMatchObject({ state: "completed", bestScore: null });
  expect(await d.prisma.certificate.count({ where: { memberId: m.id } })).toBe(2);
});

test("a member who joins after the assignment is in it; one who already finished counts as completed at once", async () => {
  const { d, t, admin } = await world();
  const early = await makeMember(d, t.branchA);
  await learnLessons(d, early.id);
  await sitQuiz(d, early.id);
  const a = await assign(d, { id: admin.id, role: "ADMIN", unitId: t.committee.id }, t.general.id);
  // Finished before it was assigned: completed when assigned (its real completion date kept).
  expect((await stateOf(d, a.id, t.general.id, early.id)).state).toBe("completed");
  expect(await d.prisma.certificate.count({ where: { assignmentId: a.id, memberId: early.id } })).toBe(1);

  const late = await makeMember(d, t.branchB);
  expect((await stateOf(d, a.id, t.general.id, late.id)).state).toBe("not_started");
  const mine = await myAssignments(d, late.id);
  expect(mine.map((x) => x.assignment.id)).toEqual([a.id]);
  expect(mine[0].daysLeft).toBe(14);
  await onMembershipChanged(d, late.id);
  await foldsSettled(d); // the event appended its delta; the fold it started has applied it
  const agg = await d.prisma.unitAggregate.findUniqueOrThrow({ where: { unitId_assignmentId: { unitId: t.general.id, assignmentId: a.id } } });
  expect(agg.members).toBe(2);
  // Someone in another committee is never in it.
  const stranger = await makeMember(d, t.other);
  expect(await stateOf(d, a.id, t.general.id, stranger.id)).toBeUndefined();
  expect(await myAssignments(d, stranger.id)).toEqual([]);
});

test("when the deadline passes, the unfinished are overdue and a later completion is marked late", async () => {
  const { d, t, admin } = await world();
  const done = await makeMember(d, t.branchA);
  const started = await makeMember(d, t.branchA);
  const idle = await makeMember(d, t.branchA);
  const a = await assign(d, { id: admin.id, role: "ADMIN", unitId: t.committee.id }, t.branchA.id, { exam: false });
  await learnLessons(d, done.id);
  await learnLessons(d, started.id, 3);
  const states = async () => Object.fromEntries((await memberStates(d, a.id, { unitId: t.branchA.id })).rows.map((r) => [r.id, r.state]));
  expect(await states()).toEqual({ [done.id]: "completed", [started.id]: "in_progress", [idle.id]: "not_started" });

  // The deadline passes: just after the first member finished.
  await d.raw.query(
    `UPDATE assignment SET starts_at = now() - interval '20 days',
       due_at = (SELECT completed_at FROM assignment_completion WHERE assignment_id = $1 AND member_id = $2) + interval '1 millisecond'
     WHERE id = $1`,
    [a.id, done.id],
  );
  expect(await states()).toEqual({ [done.id]: "completed", [started.id]: "overdue", [idle.id]: "overdue" });
  const mine = await myAssignments(d, idle.id);
  expect(mine[0]).toMatchObject({ state: { state: "overdue" } });
  expect(mine[0].daysLeft).toBeLessThanOrEqual(0);

  await learnLessons(d, started.id);
  const s = await stateOf(d, a.id, t.branchA.id, started.id);
  expect(s).toMatchObject({ state: "completed", late: true });
  expect((await stateOf(d, a.id, t.branchA.id, done.id)).late).toBe(false);
});

test("a completion missed by the hooks is recorded when the member opens his home", async () => {
  const { d, t, admin } = await world();
  const m = await makeMember(d, t.branchA);
  const a = await assign(d, { id: admin.id, role: "ADMIN", unitId: t.committee.id }, t.branchA.id, { exam: false });
  for (const id of await courseLessonIds(d)) await markLearned(d, m.id, id); // no hook called
  expect(await d.prisma.assignmentCompletion.count({ where: { assignmentId: a.id } })).toBe(0);
  const [mine] = await myAssignments(d, m.id);
  expect(mine.state.state).toBe("completed");
  expect(mine.certificateCode).toMatch(/^[0-9A-Z-]{14}$/);
  expect(await d.prisma.assignmentCompletion.count({ where: { assignmentId: a.id } })).toBe(1);
});

test("assigning is scoped: a secretary only at her unit and below, bad input refused with Chinese messages", async () => {
  const { d, t } = await world();
  const sec = await makeMember(d, t.branchA, "SECRETARY");
  const viewer = { id: sec.id, role: "SECRETARY" as const, unitId: t.branchA.id };
  await expect(assign(d, viewer, t.branchB.id)).rejects.toThrow(/NotFound|^$/);
  await expect(assign(d, viewer, t.general.id)).rejects.toThrow();
  await expect(assign(d, viewer, t.other.id)).rejects.toThrow();
  expect(await d.prisma.assignment.count({ where: { createdById: sec.id } })).toBe(0);
  const ok = await assign(d, viewer, t.branchA.id);
  expect(ok).toMatchObject({ unitId: t.branchA.id, courseId: COURSE_ID, quizId: EXAM_ID });

  const bad = ZAssignmentInput.safeParse({ unitId: t.branchA.id, title: "学", course: false, exam: false, startsOn: inDays(3), dueOn: inDays(1) });
  expect(bad.success).toBe(false);
  const messages = bad.error!.issues.map((i) => i.message);
  expect(messages).toEqual(expect.arrayContaining(["任务名称至少 2 个字", "课程学习和结业考试至少选一项"]));
  const backwards = ZAssignmentInput.safeParse({ unitId: 1, title: "学习", course: "on", startsOn: inDays(3), dueOn: inDays(1) });
  expect(backwards.error!.issues.map((i) => i.message)).toContain("截止日期不能早于开始日期");
  expect(ZAssignmentInput.parse({ unitId: "7", title: " 学习任务 ", course: "on", startsOn: inDays(0), dueOn: inDays(1) })).toMatchObject({
    unitId: 7,
    title: "学习任务",
    course: true,
    exam: false,
  });
  // These rules live in ZAssignmentInput, not in CHECK constraints: the offline migration
  // engine cannot diff CHECK constraints (docs/decisions/002).
});

test("syncMember is safe to call concurrently for the same member", async () => {
  const { d, t, admin } = await world();
  const m = await makeMember(d, t.branchA);
  const a = await assign(d, { id: admin.id, role: "ADMIN", unitId: t.committee.id }, t.committee.id, { exam: false });
  for (const id of await courseLessonIds(d)) await markLearned(d, m.id, id);
  await Promise.all([syncMember(d, m.id), syncMember(d, m.id), syncMember(d, m.id)]);
  expect(await d.prisma.certificate.count({ where: { assignmentId: a.id } })).toBe(1);
  await foldsSettled(d);
  const agg = await d.prisma.unitAggregate.findUniqueOrThrow({ where: { unitId_assignmentId: { unitId: t.committee.id, assignmentId: a.id } } });
  expect(agg).toMatchObject({ members: 1, started: 1, completed: 1 });
});

test("a cadre's assignments and his state in each: one statement however many, the same states as the dashboard's", async () => {
  const { d, t, admin } = await world();
  const m = await makeMember(d, t.branchA);
  const actor = { id: admin.id, role: "ADMIN" as const, unitId: t.committee.id };
  const assignments = [
    await assign(d, actor, t.committee.id),
    await assign(d, actor, t.general.id, { exam: false }),
    await assign(d, actor, t.branchA.id, { course: false }),
  ];
  await learnLessons(d, m.id, 2);
  await sitQuiz(d, m.id);
  const spy = vi.spyOn(d.raw, "query");
  let mine;
  try {
    mine = await myAssignments(d, m.id);
    expect(spy).toHaveBeenCalledTimes(1);
  } finally {
    spy.mockRestore();
  }
  expect(mine.map((x) => x.assignment.id).sort()).toEqual(assignments.map((a) => a.id).sort());
  for (const x of mine) expect(x.state).toEqual(await stateOf(d, x.assignment.id, x.assignment.unitId, m.id));
  expect(mine.map((x) => x.state.state).sort()).toEqual(["completed", "in_progress", "in_progress"]);
});
