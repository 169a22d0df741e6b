/**
 * The 错题本 by rule: each open mistake under the first rule it tests (a question's rules are
 * listed most specific first), the rules with most mistakes first; and the filter's choices,
 * counting a mistake under every rule it tests. Pure, so the page stays a server component.
 */
export interface RuleGroup<T> {
  code: string;
  title: string;
  items: T[];
}

export function groupByRule<T extends { rules: string[] }>(entries: T[], titles: Record<string, string>, only?: string | null): RuleGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const e of entries) {
    const code = only && e.rules.includes(only) ? only : e.rules[0];
    if (only && code !== only) continue;
    groups.set(code ?? "", [...(groups.get(code ?? "") ?? []), e]);
  }
  return [...groups]
    .map(([code, items]) => ({ code, title: titles[code] ?? (code || "未归类"), items }))
    .sort((a, b) => b.items.length - a.items.length || a.code.localeCompare(b.code));
}

/** Every rule the open mistakes test, with how many test it: the filter's choices. */
export function ruleFilter(entries: { rules: string[] }[], titles: Record<string, string>): { code: string; title: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const e of entries) for (const r of new Set(e.rules)) counts.set(r, (counts.get(r) ?? 0) + 1);
  return [...counts].map(([code, count]) => ({ code, title: titles[code] ?? code, count })).sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
}
