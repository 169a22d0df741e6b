"use client";

import { AttemptPlayer } from "@/components/quiz/attempt-player";
import type { PlayItem, SaveAction } from "@/components/quiz/types";
import type { ActionResult } from "@/lib/auth/guard";

type PreviewAnswer = (input: { question: unknown; answer: unknown }) => Promise<ActionResult<unknown>>;

/**
 * Plays a question exactly as a cadre meets it in practice — the cadre's own player, fed by the
 * server's public view of the editor's text — with answers scored on the server and never stored.
 */
export function QuestionPreview({ question, item, answer }: { question: unknown; item: PlayItem; answer: PreviewAnswer }) {
  const save: SaveAction = async (input) => {
    const r = await answer({ question, answer: (input as { answer: unknown }).answer });
    return r as Awaited<ReturnType<SaveAction>>;
  };
  return (
    <section aria-label="学员视角预览" className="rounded-2xl border-2 border-dashed border-brand-700/40 bg-stone-50 p-3">
      <p className="mb-3 text-sm text-stone-600">学员视角预览（练习模式：答后即显示解析；不会保存作答）</p>
      <AttemptPlayer
        attempt={{ id: "preview", quizTitle: "预览", instantFeedback: true, secondsLeft: null }}
        items={[item]}
        lessons={{}}
        ruleTitles={{}}
        save={save}
        submit={async () => ({ ok: true, data: { status: "PREVIEW" } })}
      />
    </section>
  );
}
