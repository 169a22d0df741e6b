import Link from "next/link";

/** Links to the rule pages: the code, then the rule's Chinese title where known. No hooks. */
export function RuleLinks({ codes, titles }: { codes: string[]; titles?: Record<string, string> }) {
  return (
    <ul className="flex flex-wrap gap-2" aria-label="相关规则">
      {codes.map((c) => (
        <li key={c}>
          <Link
            href={`/rules/${c}`}
            className="inline-flex min-h-9 items-center rounded-lg border border-brand-700/30 bg-white px-2 text-sm text-brand-700 hover:bg-brand-50"
          >
            <span className="font-mono font-semibold">{c}</span>
            {titles?.[c] ? <span className="ml-1 text-stone-700">{titles[c]}</span> : null}
          </Link>
        </li>
      ))}
    </ul>
  );
}
