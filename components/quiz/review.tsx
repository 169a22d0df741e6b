/**
 * What a learner sees once an item's key may be shown (practice feedback, or after submission):
 * the verdict, the right answer, the misconception the wrong choice revealed, the explanation with
 * its source, the rules and the lessons that teach them. No hooks: rendered by the player in the
 * browser and by the result view on the server.
 */
import { Icon } from "@/components/ui/icons";
import Link from "next/link";
import { Citation } from "@/components/learn/citation";
import { WITHHELD_NOTE } from "@/lib/assessment/play-item";
import type { Reveal } from "@/lib/assessment/public-view";
import type { TAnswer } from "@/lib/assessment/score";
import type { Finding } from "@/lib/checker/types";
import { OUTCOME_LABEL, SEVERITY_LABEL, fmtScore } from "./labels";
import { RuleLinks } from "./rule-links";
import { ScenarioDebriefView } from "./scenario-debrief";
import { EndingCard } from "./scenario-ending";
import { ScenarioReplay } from "./scenario-replay";
import type { LessonsByRule, PlayItem, Verdict } from "./types";

export { EndingCard, RuleLinks };

/** Lessons teaching any of the rules, each once. */
export function LessonLinks({ rules, lessons }: { rules: string[]; lessons: LessonsByRule }) {
  const seen = new Set<string>();
  const list = rules.flatMap((r) => lessons[r] ?? []).filter((l) => (seen.has(l.id) ? false : (seen.add(l.id), true)));
  if (!list.length) return null;
  return (
    <div className="space-y-1">
      <p className="text-sm font-medium text-stone-700">去学习讲授这条规则的课时：</p>
      <ul className="space-y-1">
        {list.map((l) => (
          <li key={l.id}>
            {/* A plain link: the lesson is a plain-HTML page (decision 011), which a client-side
                <Link> would only prefetch as an empty answer — and each Link is a client island. */}
            <a href={l.href} className="inline-flex min-h-11 items-center gap-1 text-brand-700 underline-offset-2 hover:underline">
              <Icon name="book" className="size-4" />
              {l.title}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The checker's findings on a drafted message, each with the offending text quoted. */
export function FindingsList({ text, findings }: { text: string; findings: Finding[] }) {
  if (!findings.length) return <p className="text-green-800">✓ 检查未发现问题。</p>;
  return (
    <ol className="space-y-2" aria-label="检查发现的问题">
      {findings.map((f, i) => {
        const quoted = text.slice(f.start, f.end);
        const sev = SEVERITY_LABEL[f.severity];
        return (
          <li key={i} className="space-y-1 rounded-xl border border-stone-200 bg-white p-3">
            <p className="flex flex-wrap items-center gap-2 text-sm">
              <span className={`rounded px-1.5 py-0.5 text-xs font-semibold ${sev.tone}`}>{sev.text}</span>
              <Link href={`/rules/${f.code}`} className="font-mono font-semibold text-brand-700 hover:underline">
                {f.code}
              </Link>
            </p>
            {quoted ? (
              <p className="text-sm">
                原文：<q className="rounded bg-amber-100 px-1">{quoted}</q>
              </p>
            ) : (
              <p className="text-sm text-stone-600">缺少的内容（第 {f.start} 个字符处）</p>
            )}
            <p>{f.message}</p>
            <p className="text-sm text-stone-700">建议：{f.suggestion}</p>
          </li>
        );
      })}
    </ol>
  );
}

function rightAnswerText(item: PlayItem, reveal: Reveal): string | null {
  const q = item.question;
  if (q.type === "truefalse" && reveal.answer !== undefined) return reveal.answer ? "正确" : "错误";
  if ((q.type === "single" || q.type === "multiple") && reveal.correctOptions) {
    return reveal.correctOptions.map((id) => `${id.toUpperCase()}. ${q.options.find((o) => o.id === id)?.text ?? ""}`).join("；");
  }
  return null;
}

export function verdictText(v: Verdict, type?: PlayItem["question"]["type"], outcome?: string): string {
  const pts = `${fmtScore(v.score)}/${fmtScore(v.maxScore)} 分`;
  // A scenario scores by its ending: the words are the ending's tier, the same as its card says.
  if (type === "scenario") {
    const o = OUTCOME_LABEL[outcome ?? (v.correct ? "good" : v.score > 0 ? "neutral" : "bad")] ?? OUTCOME_LABEL.neutral;
    return `${o.text}，${o.verdict}，得 ${pts}`;
  }
  if (type === "drafting") return `${v.correct ? "消息合格" : "消息需要修改"}，得 ${pts}`;
  if (v.correct) return `回答正确，得 ${pts}`;
  if (v.score > 0) return `部分正确，得 ${pts}`;
  return `回答错误，得 0/${fmtScore(v.maxScore)} 分`;
}

/** Verdict, key, misconception, explanation, source, rules and lessons for one answered item. */
export function FeedbackPanel({ item, lessons, ruleTitles }: { item: PlayItem; lessons: LessonsByRule; ruleTitles?: Record<string, string> }) {
  const { verdict, reveal } = item;
  if (!reveal) {
    return item.keyWithheld ? (
      <p role="status" className="rounded-xl bg-stone-100 px-4 py-3 text-stone-800">
        {WITHHELD_NOTE}
      </p>
    ) : null;
  }
  const right = rightAnswerText(item, reveal);
  const drafted = item.answer?.type === "drafting" ? item.answer.text : null;
  const ending = item.question.type === "scenario" ? item.question.node.ending : null;
  return (
    <div className="space-y-4">
      {/* A scenario's ending card carries its verdict and points: one banner, never two opinions. */}
      {ending && verdict ? null : verdict ? (
        <p
          className={`rounded-xl px-4 py-3 font-semibold ${verdict.correct ? "bg-green-100 text-green-900" : verdict.score > 0 ? "bg-amber-100 text-amber-900" : "bg-red-100 text-red-900"}`}
        >
          {verdict.correct ? "✓ " : verdict.score > 0 ? "△ " : "✗ "}
          {verdictText(verdict, item.question.type)}
        </p>
      ) : (
        <p className="rounded-xl bg-stone-200 px-4 py-3 font-semibold text-stone-800">未作答，得 0/{fmtScore(item.maxScore)} 分</p>
      )}
      {ending ? (
        <EndingCard ending={ending} ruleTitles={ruleTitles} score={verdict ? { score: verdict.score, maxScore: verdict.maxScore } : undefined} />
      ) : null}
      {reveal.debrief ? <ScenarioDebriefView debrief={reveal.debrief} ruleTitles={ruleTitles} /> : null}
      {reveal.debrief && ending ? <ScenarioReplay versionId={item.versionId} taken={reveal.debrief.taken} ruleTitles={ruleTitles} /> : null}
      {right ? (
        <p>
          <span className="font-medium">正确答案：</span>
          {right}
        </p>
      ) : null}
      {verdict?.misconceptions.length && !reveal.debrief ? (
        <div className="rounded-xl border border-amber-300 bg-amber-50 p-3">
          <p className="text-sm font-medium text-amber-900">你的选择暴露了一个常见误区：</p>
          <ul className="mt-1 list-disc space-y-1 pl-5">
            {[...new Set(verdict.misconceptions)].map((m) => (
              <li key={m}>“{m}”</li>
            ))}
          </ul>
        </div>
      ) : null}
      {drafted !== null && verdict?.findings ? (
        <section aria-label="检查结果" className="space-y-2">
          <h3 className="font-semibold">消息检查</h3>
          <FindingsList text={drafted} findings={verdict.findings} />
        </section>
      ) : null}
      {reveal.sample ? (
        <section aria-label="参考范文" className="space-y-1">
          <h3 className="font-semibold">参考范文</h3>
          <p className="whitespace-pre-wrap rounded-xl bg-white p-3 text-[15px] ring-1 ring-stone-200">{reveal.sample}</p>
        </section>
      ) : null}
      <section aria-label="解析" className="space-y-2">
        <h3 className="font-semibold">解析</h3>
        <p className="text-[15px] leading-relaxed">{reveal.explanation}</p>
        {reveal.citation ? <Citation c={reveal.citation} /> : null}
      </section>
      <RuleLinks codes={item.rules} titles={ruleTitles} />
      <LessonLinks rules={item.rules} lessons={lessons} />
    </div>
  );
}

/** The learner's answer in words (for the result list). */
export function answerText(item: PlayItem, answer: TAnswer | null): string {
  if (!answer) return "未作答";
  const q = item.question;
  switch (answer.type) {
    case "single":
    case "multiple": {
      const ids = answer.type === "single" ? [answer.choice] : answer.choices;
      const opts = q.type === "single" || q.type === "multiple" ? q.options : [];
      return ids.map((id) => `${id.toUpperCase()}. ${opts.find((o) => o.id === id)?.text ?? ""}`).join("；");
    }
    case "truefalse":
      return answer.value ? "正确" : "错误";
    case "drafting":
      return answer.text;
    case "scenario":
      return `走了 ${answer.path.length} 步`;
  }
}
