import type { Metadata } from "next";
import { MistakeBook } from "@/components/quiz/mistake-book";
import { REVIEW_ID, RIGHT_TO_CLEAR, listMistakes } from "@/lib/assessment/mistakes";
import { lessonsTeaching, openAttempts, ruleTitles } from "@/lib/assessment/records";
import { mistakeReviewPaper } from "@/lib/assessment/review";
import { requireViewer } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { startMistakeReviewAction } from "../quiz/actions";

export const metadata: Metadata = { title: "错题本" };

type Search = Record<string, string | string[] | undefined>;

export default async function MistakesPage({ searchParams }: { searchParams: Promise<Search> }) {
  const viewer = await requireViewer({ permission: "learn" });
  const d = db();
  const { rule } = await searchParams;
  const [open, cleared, attempts] = await Promise.all([listMistakes(d, viewer.id), listMistakes(d, viewer.id, { open: false }), openAttempts(d, viewer.id)]);
  const openReviewId = attempts.find((a) => a.quizId === REVIEW_ID)?.publicId ?? null;
  const rules = [...open, ...cleared].flatMap((m) => m.rules);
  const [lessons, titles, paper] = await Promise.all([
    lessonsTeaching(
      d,
      open.flatMap((m) => m.rules),
    ),
    ruleTitles(d, rules),
    // The button counts the paper the review would hold (not the list, which has no cap).
    open.length && !openReviewId ? mistakeReviewPaper(d, viewer.id) : Promise.resolve([]),
  ]);
  const only = typeof rule === "string" && open.some((m) => m.rules.includes(rule)) ? rule : null;
  return (
    <MistakeBook
      open={open}
      cleared={cleared}
      needed={RIGHT_TO_CLEAR}
      ruleTitles={titles}
      lessons={lessons}
      openReviewId={openReviewId}
      reviewCount={paper.length}
      rule={only}
      review={startMistakeReviewAction}
    />
  );
}
