import type { CheckResult } from "@/lib/checker/types";
import { SEVERITY_LABEL, VERDICT_LABEL } from "./highlight";

/**
 * The headline. It is never milder than the worst finding listed under it, and it never says
 * 可以发送 before the full check (conduct rules) has run on the server: the browser's instant check
 * sees only the form.
 */
export function VerdictBanner({
  verdict,
  counts,
  complete,
}: {
  verdict: CheckResult["verdict"];
  counts: Record<"redline" | "must" | "suggestion", number>;
  complete: boolean;
}) {
  const state = !complete && verdict === "pass" ? "pending" : verdict;
  const style = {
    pass: "border-emerald-600 bg-emerald-50 text-emerald-900",
    pending: "border-stone-400 bg-stone-50 text-stone-800",
    revise: "border-orange-500 bg-orange-50 text-orange-900",
    block: "border-red-600 bg-red-50 text-red-900",
  }[state];
  const icon = { pass: "✓", pending: "…", revise: "!", block: "✕" }[state];
  const title = state === "pending" ? "格式初查未见问题" : VERDICT_LABEL[verdict];
  const detail =
    state === "pending"
      ? "正在检查红包、涉密、传谣等纪律红线，稍候显示完整结论。"
      : verdict === "pass"
        ? counts.suggestion
          ? `没有必须修改的问题，另有 ${counts.suggestion} 条建议。`
          : "没有发现问题。"
        : verdict === "revise"
          ? `有 ${counts.must} 处必须修改，改好后再发。`
          : `有 ${counts.redline} 处触碰纪律红线，不能发送。`;
  return (
    <div className={`flex items-start gap-3 rounded-xl border-2 p-3 ${style}`} data-testid="verdict" data-verdict={state}>
      <span aria-hidden className="flex size-8 shrink-0 items-center justify-center rounded-full bg-current/10 text-lg font-bold">
        {icon}
      </span>
      <div>
        <p className="text-lg font-bold">{title}</p>
        <p className="text-sm">{detail}</p>
        <p className="mt-1 flex flex-wrap gap-x-3 text-sm">
          {(["redline", "must", "suggestion"] as const).map((s) => (
            <span key={s}>
              {SEVERITY_LABEL[s]} {counts[s]}
            </span>
          ))}
        </p>
      </div>
    </div>
  );
}
