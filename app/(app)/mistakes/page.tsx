import type { Metadata } from "next";
import { MistakeBook } from "@/components/quiz/mistake-book";
import { REVIEW_ID, RIGHT_TO_CLEAR, listMistakes } from "@/lib/assessment/mistakes";
import { lessonsTeaching, openAttempts, ruleTitles } from "@/lib/assessment/records";
import { requireViewer } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { startMistakeReviewAction } from "../quiz/actions";

export const metadata: Metadata = { title: "错题本" };

export default async function MistakesPage() {
  const viewer = await requireViewer({ permission: "learn" });
  const d = db();
  const [open, cleared, attempts] = await Promise.all([listMistakes(d, viewer.id), listMistakes(d, viewer.id, { open: false }), openAttempts(d, viewer.id)]);
  const rules = open.flatMap((m) => m.rules);
  const [lessons, titles] = await Promise.all([lessonsTeaching(d, rules), ruleTitles(d, rules)]);
  return (
    <MistakeBook
      open={open}
      cleared={cleared}
      needed={RIGHT_TO_CLEAR}
      ruleTitles={titles}
      lessons={lessons}
      openReviewId={attempts.find((a) => a.quizId === REVIEW_ID)?.publicId ?? null}
      review={startMistakeReviewAction}
    />
  );
}
