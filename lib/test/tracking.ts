/**
 * Test helpers for tracking: the real course and exam in the test database, and a member who
 * learns lessons and sits the exam through the same domain functions the app uses, followed by
 * the hooks the app calls (onLessonLearned / onAttemptSubmitted). Not imported by the app.
 */
import { answerForVersion, makeMember, makeTree } from "./factories";
import { getAttempt, saveResponse, startAttempt, submitAttempt, type AttemptItem } from "../assessment/attempts";
import { syncQuestionBank } from "../assessment/bank";
import { EXAM_ID, ensureQuizzes } from "../assessment/quizzes";
import { loadContent } from "../content/load";
import { markLearned } from "../content/progress";
import { COURSE_ID } from "../content/queries";
import { syncContent } from "../content/sync";
import type { Db } from "../db/client";
import type { Role } from "../generated/prisma/enums";
import { onAttemptSubmitted, onLessonLearned } from "../tracking/aggregates";
import { createAssignment } from "../tracking/assignments";
import { chinaDay } from "../tracking/time";

/** The China day `n` days from today (YYYY-MM-DD): an assignment's start or due day. */
export const inDays = (n: number) => chinaDay(new Date(Date.now() + n * 86_400_000));

/**
 * The test tree with an admin on the committee and a secretary on branch A, branch B and the
 * committee, each also as the viewer the tracking functions take.
 */
export async function secretariesWorld(d: Db) {
  const t = await makeTree(d);
  const admin = await makeMember(d, t.committee, "ADMIN");
  const secA = await makeMember(d, t.branchA, "SECRETARY");
  const secB = await makeMember(d, t.branchB, "SECRETARY");
  const secC = await makeMember(d, t.committee, "SECRETARY");
  const viewer = (m: { id: number; role: Role }, unitId: number) => ({ id: m.id, role: m.role, unitId });
  return {
    t,
    admin,
    secA,
    secB,
    secC,
    viewers: { admin: viewer(admin, t.committee.id), secA: viewer(secA, t.branchA.id), secB: viewer(secB, t.branchB.id), secC: viewer(secC, t.committee.id) },
  };
}

/**
 * The admin's 专题学习 for the whole committee, from today and due in `dueIn` days (10): the course
 * and the exam unless `course` or `exam` is false.
 */
export function committeeStudy(d: Db, t: { committee: { id: number } }, admin: { id: number }, o: { course?: boolean; exam?: boolean; dueIn?: number } = {}) {
  return createAssignment(
    d,
    { id: admin.id, role: "ADMIN", unitId: t.committee.id },
    { unitId: t.committee.id, title: "专题学习", course: o.course ?? true, exam: o.exam ?? true, startsOn: inDays(0), dueOn: inDays(o.dueIn ?? 10) },
  );
}

let loaded: ReturnType<typeof loadContent> | undefined;

/** The course, question bank and quizzes, as at boot. Idempotent. */
export async function setupCourse(d: Db) {
  loaded ??= loadContent();
  await syncContent(d, loaded);
  await syncQuestionBank(d, loaded.questions);
  await ensureQuizzes(d, loaded.course);
}

export async function courseLessonIds(d: Db): Promise<string[]> {
  const rows = await d.raw.query<{ id: string }>(
    `SELECT l.id FROM lesson l JOIN course_module cm ON cm.slug = l.module_slug
     WHERE cm.course_id = $1 AND l.archived_at IS NULL AND cm.archived_at IS NULL ORDER BY cm.position, l.position`,
    [COURSE_ID],
  );
  return rows.map((r) => r.id);
}

/** Learns the first `n` lessons (all by default), calling the hook after each as the app does. */
export async function learnLessons(d: Db, memberId: number, n?: number) {
  const ids = await courseLessonIds(d);
  for (const id of ids.slice(0, n ?? ids.length)) {
    await markLearned(d, memberId, id);
    await onLessonLearned(d, memberId);
  }
}

const answerFor = (d: Db, item: AttemptItem, right: boolean) => answerForVersion(d, item.versionId, right);

/** Sits a quiz (the exam by default) answering the first `rightCount` items right (all by default). */
export async function sitQuiz(d: Db, memberId: number, opts: { rightCount?: number; quizId?: string } = {}) {
  const { publicId } = await startAttempt(d, memberId, opts.quizId ?? EXAM_ID);
  const view = await getAttempt(d, memberId, publicId);
  const right = opts.rightCount ?? view.items.length;
  for (const [i, item] of view.items.entries()) await saveResponse(d, memberId, publicId, item.versionId, await answerFor(d, item, i < right));
  const done = await submitAttempt(d, memberId, publicId);
  await onAttemptSubmitted(d, memberId, done.id);
  return done;
}
