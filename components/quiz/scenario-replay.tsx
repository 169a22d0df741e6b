"use client";

import { ClientButton } from "@/components/forms/client-button";
/**
 * 再玩一次 / 换一种选择 after a scenario's ending: the same chat replays from the start, or from a
 * step the learner picks, and each choice asks the server where it leads (nothing is saved; the
 * score stays the first play's). The attempt is the one the page shows (/attempt/[id]).
 */
import { useParams } from "next/navigation";
import { useId, useRef, useState } from "react";
import { replayScenarioAction } from "@/app/(app)/quiz/actions";
import type { PublicQuestion } from "@/lib/assessment/public-view";
import type { ReplayResult } from "@/lib/assessment/scenario-review";
import type { DebriefStep } from "@/lib/assessment/scenario-debrief";
import { endingVerdict } from "./labels";
import { ScenarioDebriefView } from "./scenario-debrief";
import { EndingCard } from "./scenario-ending";
import { ScenarioPlayer } from "./scenario-player";

type Scenario = Extract<PublicQuestion, { type: "scenario" }>;

function ReplayIcon() {
  return (
    <svg aria-hidden viewBox="0 0 20 20" className="size-5" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round">
      <path d="M4 10a6 6 0 1 0 2-4.5" />
      <path d="M4 3.5V7h3.5" />
    </svg>
  );
}

export function ScenarioReplay({ versionId, taken, ruleTitles }: { versionId: number; taken: DebriefStep[]; ruleTitles?: Record<string, string> }) {
  const params = useParams<{ id?: string }>();
  const publicId = typeof params?.id === "string" ? params.id : null;
  const [play, setPlay] = useState<{ path: string[]; result: ReplayResult } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [picking, setPicking] = useState(false);
  const headingId = useId();
  const region = useRef<HTMLDivElement>(null);
  if (!publicId) return null;

  async function go(path: string[]) {
    setBusy(true);
    setError(null);
    const r = await replayScenarioAction({ publicId, versionId, path }).catch(() => ({ ok: false as const, error: "网络连接失败，请重试" }));
    setBusy(false);
    if (!r.ok) return setError(r.error);
    const first = !play;
    setPlay({ path, result: r.data });
    setPicking(false);
    if (first) requestAnimationFrame(() => region.current?.focus());
  }

  // Branch from the steps of the play on screen: the replay's own once it has ended, else the first play's.
  const steps = play?.result.debrief?.taken ?? taken;
  const starts = (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        <ClientButton variant="secondary" disabled={busy} onClick={() => void go([])}>
          <ReplayIcon />
          再玩一次
        </ClientButton>
        {steps.length > 1 ? (
          <ClientButton variant="secondary" disabled={busy} aria-expanded={picking} onClick={() => setPicking((p) => !p)}>
            换一种选择
          </ClientButton>
        ) : null}
      </div>
      {picking ? (
        <ol className="space-y-1" aria-label="从哪一步重新选择">
          {steps.map((s, i) => (
            <li key={i}>
              <ClientButton
                variant="none"
                disabled={busy}
                onClick={() => void go(steps.slice(0, i).map((t) => t.choice.id))}
                className="min-h-11 w-full rounded-lg border border-stone-300 bg-white px-3 py-2 text-left text-[15px] hover:bg-stone-50"
              >
                从第 {i + 1} 步重新选：{s.prompt}
              </ClientButton>
            </li>
          ))}
        </ol>
      ) : null}
    </div>
  );

  const q: Scenario | null = play?.result.question ?? null;
  const verdict = play?.result.verdict ?? null;
  return (
    <section aria-labelledby={headingId} className="space-y-3 rounded-2xl border border-stone-200 bg-stone-50 p-3">
      <h3 id={headingId} className="font-semibold">
        重玩这个情景
        <span className="ml-2 text-sm font-normal text-stone-600">不计入成绩</span>
      </h3>
      {play && q ? (
        <div ref={region} tabIndex={-1} className="space-y-3 outline-none">
          <ScenarioPlayer
            question={q}
            busy={busy}
            instant
            onChoose={(id) => void go([...play.path, id])}
            footer={
              verdict && q.node.ending ? (
                <div className="space-y-3">
                  <p role="status" className="rounded-xl bg-white px-4 py-3 font-semibold ring-1 ring-stone-200">
                    重玩结果：{endingVerdict(verdict.outcome, verdict.score, verdict.maxScore)}（不计入成绩）
                  </p>
                  <EndingCard ending={q.node.ending} ruleTitles={ruleTitles} />
                  {play.result.debrief ? <ScenarioDebriefView debrief={{ ...play.result.debrief, best: [] }} ruleTitles={ruleTitles} /> : null}
                  {starts}
                </div>
              ) : null
            }
          />
          {!verdict ? (
            <ClientButton variant="ghost" onClick={() => setPlay(null)}>
              结束重玩
            </ClientButton>
          ) : null}
        </div>
      ) : (
        starts
      )}
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </section>
  );
}
