import Link from "next/link";
import { ClientButton } from "@/components/forms/client-button";
import { RULE_CATALOGUE } from "@/lib/checker/rules";
import type { CheckResult, Finding, Severity } from "@/lib/checker/types";
import { SEVERITY_LABEL, placeOf, quoteOf } from "./highlight";

export const SEVERITY_STYLE: Record<Severity, { badge: string; border: string; mark: string; bar: string }> = {
  redline: { badge: "bg-red-700 text-white", border: "border-red-600", mark: "bg-red-200 shadow-[inset_0_-2px_0_#dc2626]", bar: "bg-red-600" },
  must: { badge: "bg-orange-600 text-white", border: "border-orange-500", mark: "bg-orange-200 shadow-[inset_0_-2px_0_#ea580c]", bar: "bg-orange-500" },
  suggestion: { badge: "bg-sky-700 text-white", border: "border-sky-600", mark: "bg-sky-100 shadow-[inset_0_-2px_0_#0284c7]", bar: "bg-sky-600" },
};

const RANK: Record<Severity, number> = { redline: 0, must: 1, suggestion: 2 };

const catalogue = RULE_CATALOGUE as Readonly<Record<string, { title: string; related: readonly string[] } | undefined>>;

function RuleCode({ code, ruleTitles }: { code: string; ruleTitles: ReadonlyMap<string, string> }) {
  return ruleTitles.has(code) ? (
    <Link href={`/rules/${code}`} className="inline-flex min-h-11 items-center px-1 font-mono font-semibold text-brand-700 underline underline-offset-2">
      {code}
    </Link>
  ) : (
    <span className="font-mono font-semibold">{code}</span>
  );
}

/** A related rule by its Chinese title, the code as secondary text; a link where the library has its page. */
function RelatedRule({ code, ruleTitles }: { code: string; ruleTitles: ReadonlyMap<string, string> }) {
  const title = ruleTitles.get(code) ?? catalogue[code]?.title;
  const label = (
    <>
      {title ?? code}
      {title ? <span className="ml-1 font-mono text-stone-500">{code}</span> : null}
    </>
  );
  return ruleTitles.has(code) ? (
    <Link href={`/rules/${code}`} className="flex min-h-8 items-center text-brand-700 underline underline-offset-2">
      {label}
    </Link>
  ) : (
    <span className="flex min-h-8 items-center">{label}</span>
  );
}

/**
 * The findings as a list: the accessible form of the result (the highlight in the editor is
 * decorative). Each finding names its rule, the exact text or the place where something is
 * missing, what is wrong and how to fix it.
 */
export function FindingsList({
  text,
  result,
  ruleTitles,
  onLocate,
}: {
  text: string;
  result: CheckResult;
  /** Rule code → Chinese title, for the rules with a page in the rule library. */
  ruleTitles: ReadonlyMap<string, string>;
  /** Selects the finding's text in the editor; absent when the result is for another text. */
  onLocate?: (f: Finding) => void;
}) {
  if (result.findings.length === 0) {
    return <p className="rounded-xl bg-emerald-50 p-3 text-emerald-900">没有发现问题。</p>;
  }
  // Red lines first, then must-fix, then suggestions; in text order within each.
  const ordered = [...result.findings].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
  return (
    <ol className="space-y-3" aria-label="检查发现的问题">
      {ordered.map((f, i) => {
        const style = SEVERITY_STYLE[f.severity];
        const rule = catalogue[f.code];
        const missing = f.start === f.end;
        return (
          <li key={`${f.code}-${f.start}-${f.end}-${i}`} className={`rounded-xl border border-l-4 border-stone-200 bg-white p-3 ${style.border}`}>
            <h3 className="flex flex-wrap items-center gap-x-2 text-base font-semibold">
              <span className={`rounded px-1.5 py-0.5 text-xs font-medium ${style.badge}`}>{SEVERITY_LABEL[f.severity]}</span>
              <RuleCode code={f.code} ruleTitles={ruleTitles} />
              <span>{f.rule || rule?.title || ""}</span>
            </h3>
            <p className="mt-1 text-sm text-stone-700">
              {missing ? (
                <>
                  <span className="font-medium">位置：</span>
                  {placeOf(text, f)}
                  {f.code === "U1" ? null : <span className="text-stone-500">（此处缺少内容，文中以竖线标出）</span>}
                </>
              ) : (
                <>
                  <span className="font-medium">原文：</span>
                  <q className="rounded bg-stone-100 px-1 text-stone-900">{quoteOf(text, f)}</q>
                </>
              )}
            </p>
            {!missing && f.triggers.length > 0 && f.triggers.join("") !== quoteOf(text, f) && !f.triggers.every((w) => f.message.includes(`“${w}”`)) ? (
              <p className="mt-1 text-sm text-stone-700">
                <span className="font-medium">触发词：</span>
                {f.triggers.map((w) => `“${w}”`).join("")}
              </p>
            ) : null}
            <p className="mt-1">{f.message}</p>
            <p className="mt-1 text-sm text-stone-700">
              <span className="font-medium">改法：</span>
              {f.suggestion}
            </p>
            {rule && rule.related.length ? (
              <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-stone-500">
                <span id={`related-${i}`}>相关规则：</span>
                <ul className="contents" aria-labelledby={`related-${i}`}>
                  {rule.related.map((c) => (
                    <li key={c} className="flex">
                      <RelatedRule code={c} ruleTitles={ruleTitles} />
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
            {onLocate && f.code !== "U1" ? (
              <ClientButton
                variant="none"
                onClick={() => onLocate(f)}
                className="mt-2 inline-flex min-h-11 items-center rounded-lg px-2 text-sm font-medium text-brand-700 hover:bg-brand-50"
              >
                {missing ? "把光标移到此处" : "在文中选中这段"}
                <span className="sr-only">（{f.code}）</span>
              </ClientButton>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
