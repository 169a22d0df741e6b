import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AttemptPlayerLazy } from "@/components/quiz/attempt-player-lazy";
import { AttemptResult } from "@/components/quiz/attempt-result";
import { attemptNoteText } from "@/components/quiz/labels";
import { toPlayItem } from "@/components/quiz/types";
import { getAttempt } from "@/lib/assessment/attempts";
import { allRuleTitles, attemptModuleBreakdown, lessonsTeaching, openMistakeCount, quizOverview } from "@/lib/assessment/records";
import { NotFoundError, requireViewer } from "@/lib/auth/guard";
import { attemptNotes } from "@/lib/authoring/attempt-notes";
import { db } from "@/lib/db/client";
import { saveResponseAction, startMistakeReviewAction, startRetakeAction, submitAttemptAction } from "../../quiz/actions";
import { saveDailyAnswerAction } from "../../daily/actions";
import { DAILY_ID } from "@/lib/assessment/quizzes";
import { practiceTaskTitle } from "@/lib/assessment/task-title";

export const metadata: Metadata = { title: "作答" };

/** The player while the attempt is open (a reload resumes it from the server), the result once submitted. */
export default async function AttemptPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer({ permission: "learn" });
  const { id } = await params;
  const d = db();
  const view = await getAttempt(d, viewer.id, id).catch((e) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  const rules = [...new Set(view.items.flatMap((i) => i.rules))];
  const submitted = view.status === "SUBMITTED";
  // Before an exam is handed in, not even the rules a question tests (a hint) go to the browser.
  const reveals = submitted || view.instantFeedback;
  const items = view.items.map((i) => toPlayItem(reveals ? i : { ...i, rules: [] }));
  // Every rule's title: a scenario's ending, review and replays name rules beyond the items' own.
  const [[lessons, titles], task] = await Promise.all([
    reveals ? Promise.all([lessonsTeaching(d, rules), allRuleTitles(d)]) : Promise.resolve([{}, {}] as const),
    practiceTaskTitle(d, view),
  ]);

  if (submitted) {
    const [modules, openMistakes, notes, quizzes] = await Promise.all([
      attemptModuleBreakdown(d, viewer.id, view.id),
      openMistakeCount(d, viewer.id),
      attemptNotes(d, viewer.id, view.id),
      view.kind === "EXAM" ? quizOverview(d, viewer.id) : Promise.resolve([]),
    ]);
    const exam = quizzes.find((q) => q.id === view.quizId);
    const examAttemptsLeft = exam?.maxAttempts ? Math.max(0, exam.maxAttempts - exam.attempts) : null;
    return (
      <>
        {notes.length ? (
          <ul role="status" aria-label="成绩调整说明" className="mb-4 space-y-1 rounded-xl border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900">
            {notes.map((n, i) => (
              <li key={i}>{attemptNoteText(n)}</li>
            ))}
          </ul>
        ) : null}
        <AttemptResult
          view={task ? { ...view, quizTitle: task } : view}
          items={items}
          modules={modules}
          ruleTitles={titles}
          lessons={lessons}
          openMistakes={openMistakes}
          retake={startRetakeAction}
          review={startMistakeReviewAction}
          examAttemptsLeft={examAttemptsLeft}
        />
      </>
    );
  }
  return (
    <AttemptPlayerLazy
      key={view.id}
      attempt={{ id: view.id, quizTitle: task ?? view.quizTitle, instantFeedback: view.instantFeedback, secondsLeft: view.secondsLeft, task: task !== null }}
      items={items}
      lessons={lessons}
      ruleTitles={titles}
      // A daily set also counts each answer for the day (points, streak, spaced review).
      save={view.quizId === DAILY_ID ? saveDailyAnswerAction : saveResponseAction}
      submit={submitAttemptAction}
    />
  );
}
