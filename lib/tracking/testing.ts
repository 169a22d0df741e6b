/**
 * Test helpers for tracking: the real course and exam in the test database, and a member who
 * learns lessons and sits the exam through the same domain functions the app uses, followed by
 * the hooks the app calls (onLessonLearned / onAttemptSubmitted). Not imported by the app.
 */
import { answerForVersion } from "../test/factories";
import { getAttempt, saveResponse, startAttempt, submitAttempt, type AttemptItem } from "../assessment/attempts";
import { syncQuestionBank } from "../assessment/bank";
import { EXAM_ID, ensureQuizzes } from "../assessment/quizzes";
import { loadContent } from "../content/load";
import { markLearned } from "../content/progress";
import { COURSE_ID } from "../content/queries";
import { syncContent } from "../content/sync";
import type { Db } from "../db/client";
import { onAttemptSubmitted, onLessonLearned } from "./aggregates";

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
