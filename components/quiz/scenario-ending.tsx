/** A scenario's ending as the learner reads it after finishing: tier, verdict and points, title, consequence, rules. No hooks. */
import type { PublicScenarioNode } from "@/lib/assessment/public-view";
import { OUTCOME_LABEL, SCENARIO_SCORING, endingVerdict } from "./labels";
import { RuleLinks } from "./rule-links";

export function EndingCard({
  ending,
  ruleTitles,
  score,
}: {
  ending: NonNullable<PublicScenarioNode["ending"]>;
  ruleTitles?: Record<string, string>;
  /** The points this ending earned: the verdict line then says them beside the tier. */
  score?: { score: number; maxScore: number };
}) {
  const o = OUTCOME_LABEL[ending.outcome] ?? OUTCOME_LABEL.neutral;
  return (
    <section aria-label="情景结局" className={`space-y-2 rounded-2xl border-l-4 p-4 ${o.tone}`}>
      <p className="text-sm font-semibold">{score ? endingVerdict(ending.outcome, score.score, score.maxScore) : o.text}</p>
      <h3 className="text-lg font-bold">{ending.title}</h3>
      <p className="text-[15px] leading-relaxed text-stone-900">{ending.consequence}</p>
      {score ? <p className="text-xs text-stone-700">{SCENARIO_SCORING}</p> : null}
      <RuleLinks codes={ending.rules} titles={ruleTitles} />
    </section>
  );
}
