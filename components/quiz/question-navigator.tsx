"use client";

import { ClientButton } from "@/components/forms/client-button";
import type { PlayItem } from "./types";

/**
 * The paper's navigator: a numbered button per question saying its state (in practice, right or
 * wrong), and the hand-in button.
 */
export function QuestionNavigator({
  items,
  index,
  instant,
  answered,
  finishLabel,
  submitting,
  onGo,
  onFinish,
}: {
  items: PlayItem[];
  index: number;
  instant: boolean;
  answered: number;
  finishLabel: string;
  submitting: boolean;
  onGo: (i: number) => void;
  onFinish: () => void;
}) {
  return (
    <nav aria-label="题目导航" className="space-y-2 rounded-2xl border border-stone-200 bg-white p-3">
      <p className="text-sm text-stone-600">
        题目导航 · 已完成 {answered}/{items.length}
      </p>
      <ol className="grid grid-cols-5 gap-2 sm:grid-cols-10">
        {items.map((it, i) => {
          const state = instant && it.verdict ? (it.verdict.correct ? "答对" : "答错") : it.final ? "已答" : it.answer ? "未完成" : "未答";
          const tone =
            instant && it.verdict
              ? it.verdict.correct
                ? "bg-green-600 text-white border-green-600"
                : "bg-red-600 text-white border-red-600"
              : it.final
                ? "bg-brand-700 text-white border-brand-700"
                : "bg-white text-stone-800 border-stone-300";
          return (
            <li key={it.versionId}>
              <ClientButton
                variant="none"
                onClick={() => onGo(i)}
                aria-current={i === index ? "step" : undefined}
                aria-label={`第 ${i + 1} 题，${state}`}
                className={`flex min-h-11 w-full items-center justify-center rounded-lg border-2 text-sm font-semibold ${tone} ${i === index ? "ring-2 ring-stone-900 ring-offset-2" : ""}`}
              >
                {i + 1}
              </ClientButton>
            </li>
          );
        })}
      </ol>
      <ClientButton variant={answered === items.length ? "primary" : "secondary"} className="w-full" disabled={submitting} onClick={onFinish}>
        {finishLabel}
      </ClientButton>
    </nav>
  );
}
