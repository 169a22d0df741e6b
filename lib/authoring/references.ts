/**
 * What a question points at must exist in this deployment: its module, every rule code it cites
 * (its own, its endings', its rubric) and every case. One query for any number of questions, so a
 * whole import is checked at once.
 */
import { sql } from "kysely";
import type { Db } from "../db/client";
import { kysely, type Col } from "../db/kysely";
import type { TQuestion } from "../content/schema";
import { citedCases, citedRules, pathLabel, type Problem } from "./validate";

interface Known {
  modules: Set<string>;
  rules: Set<string>;
  cases: Set<string>;
}

export async function knownReferences(d: Db): Promise<Known> {
  const { rows } = await sql<{
    kind: "module" | "rule" | "case";
    id: Col<"course_module", "slug"> | Col<"rule" | "case_study", "code">;
  }>`SELECT 'module' AS kind, slug AS id FROM course_module WHERE archived_at IS NULL
     UNION ALL SELECT 'rule', code FROM rule WHERE archived_at IS NULL
     UNION ALL SELECT 'case', code FROM case_study WHERE archived_at IS NULL`.execute(kysely(d));
  const k: Known = { modules: new Set(), rules: new Set(), cases: new Set() };
  for (const r of rows) (r.kind === "module" ? k.modules : r.kind === "rule" ? k.rules : k.cases).add(r.id);
  return k;
}

/** Problems with a question's references (empty when every one exists). */
export function referenceProblems(q: TQuestion, known: Known): Problem[] {
  const out: Problem[] = [];
  const add = (path: string, message: string) => out.push({ path, label: pathLabel(path), message });
  if (!known.modules.has(q.module)) add("module", `模块「${q.module}」不存在`);
  const missingRules = citedRules(q).filter((r) => !known.rules.has(r));
  if (missingRules.length) add("rules", `规则编码不存在：${missingRules.join("、")}`);
  const missingCases = citedCases(q).filter((c) => !known.cases.has(c));
  if (missingCases.length) add(q.type === "scenario" && q.case ? "case" : "citation", `案例编码不存在：${missingCases.join("、")}`);
  return out;
}

export async function checkReferences(d: Db, q: TQuestion): Promise<Problem[]> {
  return referenceProblems(q, await knownReferences(d));
}

/** The modules and rules an editor offers (current ones, in course order). */
export async function editorCatalog(d: Db) {
  const k = kysely(d);
  const [modules, rules] = await Promise.all([
    k.selectFrom("course_module").select(["slug", "title"]).where("archived_at", "is", null).orderBy("position").execute(),
    k.selectFrom("rule").select(["code", "title"]).where("archived_at", "is", null).orderBy("position").execute(),
  ]);
  return { modules, rules };
}
