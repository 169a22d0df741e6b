"use client";

import { ClientButton } from "@/components/forms/client-button";
import { useState } from "react";
import type { PlayItem } from "@/components/quiz/types";
import type { ActionResult } from "@/lib/auth/guard";
import { QuestionPreview } from "./question-preview";

/** "预览" for a saved version: asks the server for the public view, then plays it. */
export function PreviewLauncher({
  question,
  start,
  answer,
}: {
  question: unknown;
  start: (input: { question: unknown }) => Promise<ActionResult<unknown>>;
  answer: (input: { question: unknown; answer: unknown }) => Promise<ActionResult<unknown>>;
}) {
  const [item, setItem] = useState<{ n: number; item: PlayItem } | null>(null);
  const [error, setError] = useState<string | null>(null);
  async function open() {
    const r = await start({ question });
    if (!r.ok) return setError(r.error);
    setError(null);
    setItem((p) => ({ n: (p?.n ?? 0) + 1, item: r.data as PlayItem }));
  }
  return (
    <div className="space-y-3">
      <ClientButton variant="secondary" onClick={() => void open()}>
        {item ? "重新开始预览" : "预览（学员视角）"}
      </ClientButton>
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
      {item ? <QuestionPreview key={item.n} question={question} item={item.item} answer={answer} /> : null}
    </div>
  );
}
