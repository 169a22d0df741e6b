/**
 * The review of a finished scenario: each choice the learner made, marked best / mistake / could
 * be better, with what it led to and the rules behind it; then the best path, folded. No hooks:
 * rendered by the player in the browser and by the result view on the server.
 */
import type { ScenarioDebrief, DebriefStep } from "@/lib/assessment/scenario-debrief";
import { ACTION_LABEL, OUTCOME_LABEL } from "./labels";
import { RuleLinks } from "./rule-links";

const MARK: Record<DebriefStep["mark"], { text: string; tone: string }> = {
  best: { text: "最佳选择", tone: "bg-green-100 text-green-900" },
  mistake: { text: "误区", tone: "bg-red-100 text-red-900" },
  other: { text: "可以更好", tone: "bg-amber-100 text-amber-900" },
};

/** A 16 px mark drawn as SVG (emoji render as boxes without a colour-emoji font). */
export function MarkIcon({ mark }: { mark: DebriefStep["mark"] }) {
  const path = mark === "best" ? "M3.5 8.5l3 3 6-7" : mark === "mistake" ? "M4 4l8 8M12 4l-8 8" : "M8 4.5v4.5M8 11.5v.5";
  return (
    <svg
      aria-hidden
      viewBox="0 0 16 16"
      className="size-4 shrink-0"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d={path} />
    </svg>
  );
}

function Steps({ steps, ruleTitles, label }: { steps: DebriefStep[]; ruleTitles?: Record<string, string>; label: string }) {
  return (
    <ol className="space-y-3" aria-label={label}>
      {steps.map((s, i) => {
        const m = MARK[s.mark];
        return (
          <li key={`${i}-${s.choice.id}`} className="space-y-1.5 rounded-xl border border-stone-200 bg-white p-3">
            <p className="text-sm text-stone-600">
              第 {i + 1} 步 · {s.prompt}
            </p>
            <p className="flex flex-wrap items-start gap-2">
              <span className={`inline-flex shrink-0 items-center gap-1 rounded px-1.5 py-0.5 text-xs font-semibold ${m.tone}`}>
                <MarkIcon mark={s.mark} />
                {m.text}
              </span>
              <span className="min-w-0 flex-1 font-medium">
                {ACTION_LABEL[s.choice.action]?.verb ?? "操作"}：{s.choice.label}
              </span>
            </p>
            {s.feedback ? <p className="text-[15px] leading-relaxed text-stone-800">{s.feedback}</p> : null}
            {s.mark === "mistake" && s.misconception ? <p className="text-sm text-red-900">误区：“{s.misconception}”</p> : null}
            {s.rules.length ? <RuleLinks codes={s.rules} titles={ruleTitles} /> : null}
          </li>
        );
      })}
    </ol>
  );
}

export function ScenarioDebriefView({ debrief, ruleTitles }: { debrief: ScenarioDebrief; ruleTitles?: Record<string, string> }) {
  const ending = debrief.bestEnding ? (OUTCOME_LABEL[debrief.bestEnding.outcome] ?? OUTCOME_LABEL.neutral) : null;
  return (
    <div className="space-y-4">
      {debrief.taken.length ? (
        <section aria-label="回看你的选择" className="space-y-2">
          <h3 className="font-semibold">回看你的选择</h3>
          <Steps steps={debrief.taken} ruleTitles={ruleTitles} label="你的每一步选择" />
        </section>
      ) : null}
      {debrief.best.length ? (
        <details className="group rounded-xl border border-green-200 bg-green-50/50">
          <summary className="flex min-h-11 cursor-pointer items-center px-3 font-semibold text-green-900">查看最佳路径（{debrief.best.length} 步）</summary>
          <div className="space-y-2 px-3 pb-3">
            <Steps steps={debrief.best} ruleTitles={ruleTitles} label="最佳路径的每一步" />
            {debrief.bestEnding && ending ? (
              <p className="text-sm">
                最佳路径的结局：<span className="font-semibold">{ending.text}</span> · {debrief.bestEnding.title}
              </p>
            ) : null}
          </div>
        </details>
      ) : null}
    </div>
  );
}
