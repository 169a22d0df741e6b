import type { Metadata } from "next";
import { QuizCentre } from "@/components/quiz/quiz-centre";
import { openAttempts, openMistakeCount, practiceItems, quizOverview } from "@/lib/assessment/records";
import { requireViewer } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { startQuestionPracticeAction, startQuizAction } from "./actions";

export const metadata: Metadata = { title: "测验中心" };

export default async function QuizPage() {
  const viewer = await requireViewer({ permission: "learn" });
  const d = db();
  const [quizzes, open, items, openMistakes] = await Promise.all([
    quizOverview(d, viewer.id),
    openAttempts(d, viewer.id),
    practiceItems(d),
    openMistakeCount(d, viewer.id),
  ]);
  return (
    <QuizCentre quizzes={quizzes} open={open} items={items} openMistakes={openMistakes} startQuiz={startQuizAction} startItem={startQuestionPracticeAction} />
  );
}
