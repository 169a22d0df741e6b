import type { TQuestion } from "@/lib/content/schema";
import { OUTCOMES, SETTINGS, TYPE_NAMES } from "./draft";

/** The whole question with its key, for the admin (plain text: React escapes every field). */
export function QuestionSummary({ q }: { q: TQuestion }) {
  return (
    <div className="space-y-3 text-[15px]">
      <p className="text-sm text-stone-600">
        {TYPE_NAMES[q.type]} · 难度 {q.difficulty} · 规则 {q.rules.join("、")}
      </p>
      <p className="whitespace-pre-wrap font-medium">{q.stem}</p>
      {q.type === "single" || q.type === "multiple" ? (
        <ol className="space-y-1">
          {q.options.map((o) => (
            <li key={o.id} className={`rounded-lg px-3 py-2 ${o.correct ? "bg-green-50 ring-1 ring-green-600" : "bg-stone-50"}`}>
              <span className="font-semibold">{o.id.toUpperCase()}.</span> {o.text}
              {o.correct ? <span className="ml-2 text-sm font-semibold text-green-800">✓ 正确答案</span> : null}
              {o.misconception ? <span className="block text-sm text-amber-800">误区：{o.misconception}</span> : null}
            </li>
          ))}
        </ol>
      ) : null}
      {q.type === "truefalse" ? (
        <p>
          正确答案：<strong>{q.answer ? "正确" : "错误"}</strong>
          {q.misconception ? <span className="block text-sm text-amber-800">误区：{q.misconception}</span> : null}
        </p>
      ) : null}
      {q.type === "drafting" ? (
        <div className="space-y-1">
          <p>情境：{q.situation}</p>
          <p>评分规则：{q.rubric.join("、")}</p>
          <p>内容要点：{q.points.map((p) => p.label).join("；")}</p>
          <p className="whitespace-pre-wrap rounded-lg bg-stone-50 p-2">参考范文：{q.sample}</p>
        </div>
      ) : null}
      {q.type === "scenario" ? (
        <div className="space-y-1 text-sm">
          <p>
            {SETTINGS.find((s) => s.value === q.setting)?.label}「{q.chatTitle}」 · 起点 {q.start} · {q.steps.length} 个步骤 · {q.endings.length} 个结局
          </p>
          <ul className="list-disc pl-5">
            {q.endings.map((e) => (
              <li key={e.id}>
                {e.id}（{OUTCOMES.find((o) => o.value === e.outcome)?.label}）：{e.title}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="rounded-lg bg-stone-50 p-3">
        <p className="text-sm font-medium">解析</p>
        <p className="whitespace-pre-wrap">{q.explanation}</p>
      </div>
    </div>
  );
}
