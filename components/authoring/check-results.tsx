import type { Problem } from "@/lib/authoring/validate";

/**
 * The editor's problem list: `shown` are the problems of fields already edited (all of them once
 * saving was tried), `problems` every one, so an empty new form says what is left to fill in
 * rather than listing errors.
 */
export function CheckResults({ id, shown, problems }: { id: string; shown: Problem[]; problems: Problem[] }) {
  return (
    <section
      aria-labelledby={id}
      className={`rounded-2xl p-4 ${
        shown.length ? "border border-red-300 bg-red-50" : problems.length ? "border border-stone-300 bg-white" : "border border-green-300 bg-green-50"
      }`}
    >
      <h2 id={id} className="font-semibold">
        检查结果
      </h2>
      <p role="status" aria-live="polite" className="text-sm">
        {!problems.length
          ? "✓ 没有发现问题，可以发布"
          : shown.length
            ? `有 ${shown.length} 处问题，修正后才能发布${problems.length > shown.length ? `（另有 ${problems.length - shown.length} 项尚未填写）` : ""}`
            : `尚未填写完整：还有 ${problems.length} 项待填写，填写时逐项检查。`}
      </p>
      {shown.length ? (
        <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-red-900">
          {shown.map((p, i) => (
            <li key={i}>
              <span className="font-medium">{p.label}</span>：{p.message}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
