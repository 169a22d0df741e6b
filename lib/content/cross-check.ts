/**
 * The checks between content files: module, source, rule and case codes that must exist, ids that
 * must be unique, coverage of every rule and case (lib/content/load.ts runs them after each file
 * passed its own schema).
 */
import { isRecord, joinPath, type FieldPath, type Located, type Problems } from "./problems";
import type { TCase, TCourse, TLesson, TQuestion, TRule, TSource } from "./schema";

export function rawIdOf(data: unknown, file: string, at: FieldPath | string, into: Located<string>[]): void {
  if (isRecord(data) && typeof data.id === "string") {
    into.push({ file, at: typeof at === "string" ? [at] : at, value: data.id });
  }
}

export function reportDuplicates(ids: readonly Located<string>[], what: string, problems: Problems): void {
  const first = new Map<string, Located<string>>();
  for (const id of ids) {
    const seen = first.get(id.value);
    if (seen) problems.add(id.file, id.at, `${what} ${id.value} 重复（已用于 ${seen.file}${seen.at.length > 1 ? ` ${joinPath(seen.at)}` : ""}）`);
    else first.set(id.value, id);
  }
}

export interface Parsed {
  course: TCourse;
  sources: TSource[];
  rules: TRule[];
  cases: TCase[];
  lessons: Located<TLesson>[];
  questions: Located<TQuestion>[];
}

export function crossCheck(c: Parsed, courseFile: string, sourcesFile: string, rulesFile: string, casesFile: string, problems: Problems): void {
  const moduleSlugs = new Set<string>();
  c.course.modules.forEach((m, i) => {
    if (moduleSlugs.has(m.slug)) problems.add(courseFile, ["modules", i, "slug"], `模块标识 ${m.slug} 重复`);
    moduleSlugs.add(m.slug);
  });

  const sourceIds = new Set<string>();
  c.sources.forEach((s, i) => {
    if (sourceIds.has(s.id)) problems.add(sourcesFile, ["sources", i, "id"], `来源 ${s.id} 重复`);
    sourceIds.add(s.id);
  });
  const checkSource = (file: string, at: FieldPath, source: string) => {
    if (!sourceIds.has(source)) problems.add(file, at, `来源 ${source} 不在 sources.yaml 中`);
  };

  const ruleCodes = new Set<string>();
  c.rules.forEach((r, i) => {
    if (ruleCodes.has(r.code)) problems.add(rulesFile, ["rules", i, "code"], `规则编码 ${r.code} 重复`);
    ruleCodes.add(r.code);
    checkSource(rulesFile, ["rules", i, "citation", "source"], r.citation.source);
  });
  const caseCodes = new Set<string>();
  c.cases.forEach((k, i) => {
    if (caseCodes.has(k.code)) problems.add(casesFile, ["cases", i, "code"], `案例编码 ${k.code} 重复`);
    caseCodes.add(k.code);
    checkSource(casesFile, ["cases", i, "citation", "source"], k.citation.source);
  });

  const checkRules = (file: string, at: FieldPath, codes: readonly string[]) =>
    codes.forEach((code, i) => {
      if (!ruleCodes.has(code)) problems.add(file, [...at, i], `规则 ${code} 不在 rules.yaml 中`);
    });
  const checkCase = (file: string, at: FieldPath, code: string | undefined) => {
    if (code !== undefined && !caseCodes.has(code)) problems.add(file, at, `案例 ${code} 不在 cases.yaml 中`);
  };

  c.cases.forEach((k, i) => checkRules(casesFile, ["cases", i, "rules"], k.rules));

  // Lessons.
  const orders = new Map<string, string>();
  const taughtRules = new Set<string>();
  const taughtCases = new Set<string>();
  for (const { file, value: l } of c.lessons) {
    if (!moduleSlugs.has(l.module)) problems.add(file, "module", `模块 ${l.module} 不在 course.yaml 中`);
    const orderKey = `${l.module}#${l.order}`;
    const firstOrder = orders.get(orderKey);
    if (firstOrder) problems.add(file, "order", `模块 ${l.module} 中顺序 ${l.order} 重复（已用于 ${firstOrder}）`);
    else orders.set(orderKey, file);
    checkRules(file, ["rules"], l.rules);
    l.cases.forEach((code, i) => checkCase(file, ["cases", i], code));
    l.rules.forEach((r) => taughtRules.add(r));
    l.cases.forEach((k) => taughtCases.add(k));
    l.quotes.forEach((q, i) => checkSource(file, ["quotes", i, "citation", "source"], q.citation.source));
  }

  // Coverage: every rule is taught and every case is shown by some lesson.
  c.rules.forEach((r, i) => {
    if (!taughtRules.has(r.code)) problems.add(rulesFile, ["rules", i, "code"], `规则 ${r.code} 没有任何课时讲授（课时 rules 中未列出）`);
  });
  c.cases.forEach((k, i) => {
    if (!taughtCases.has(k.code)) problems.add(casesFile, ["cases", i, "code"], `案例 ${k.code} 没有出现在任何课时中（课时 cases 中未列出）`);
  });

  // Questions.
  for (const { file, at, value: q } of c.questions) {
    if (!moduleSlugs.has(q.module)) problems.add(file, [...at, "module"], `模块 ${q.module} 不在 course.yaml 中`);
    checkRules(file, [...at, "rules"], q.rules);
    if (q.citation) {
      checkSource(file, [...at, "citation", "source"], q.citation.source);
      checkCase(file, [...at, "citation", "case"], q.citation.case);
    }
    if (q.type === "single" || q.type === "multiple") {
      const seen = new Set<string>();
      q.options.forEach((o, i) => {
        if (seen.has(o.id)) problems.add(file, [...at, "options", i, "id"], `选项标识 ${o.id} 重复`);
        seen.add(o.id);
      });
    }
    if (q.type === "drafting") checkRules(file, [...at, "rubric"], q.rubric);
    if (q.type === "scenario") {
      checkCase(file, [...at, "case"], q.case);
      q.steps.forEach((st, i) => st.choices.forEach((ch, j) => checkRules(file, [...at, "steps", i, "choices", j, "rules"], ch.rules)));
      q.endings.forEach((e, i) => {
        checkRules(file, [...at, "endings", i, "rules"], e.rules);
        if (e.citation) {
          checkSource(file, [...at, "endings", i, "citation", "source"], e.citation.source);
          checkCase(file, [...at, "endings", i, "citation", "case"], e.citation.case);
        }
      });
    }
  }
}
