/**
 * Reads the course from `content/` (YAML), validates every file against its zod schema, then
 * checks the references between files (rule and case codes, modules, ids, coverage). Every
 * problem found is collected first and reported together in one ContentError, so an author
 * fixes a whole batch of mistakes in one pass instead of one per run.
 *
 * Layout:
 *   content/course.yaml                   ZCourse
 *   content/sources.yaml                  { sources: ZSource[] }
 *   content/rules.yaml                    { rules: ZRule[] }
 *   content/cases.yaml                    { cases: ZCase[] }
 *   content/lessons/<module>/<NN>-x.yaml  ZLesson (its `module` must be the folder name)
 *   content/questions/*.yaml              ZQuestionFile   (optional folder)
 *   content/scenarios/*.yaml              ZScenarioQuestion, one per file (optional folder)
 */
import fs from "node:fs";
import path from "node:path";
import { load } from "js-yaml";
import { z } from "zod";
import {
  ZCase,
  ZCaseCode,
  ZCourse,
  QUESTION_SCHEMAS,
  ZLesson,
  ZRule,
  ZRuleCode,
  ZScenarioQuestion,
  ZSource,
  type TCase,
  type TCourse,
  type TLesson,
  type TQuestion,
  type TRule,
  type TSource,
} from "./schema";
import { crossCheck, rawIdOf, reportDuplicates } from "./cross-check";
import { Problems, isRecord, joinPath, type FieldPath, type Located } from "./problems";
import { checkScenarioGraph } from "./scenario-graph";

export interface Content {
  course: TCourse;
  sources: TSource[];
  rules: TRule[];
  cases: TCase[];
  /** Sorted by module (course order), then by `order`. */
  lessons: TLesson[];
  /** Question files (sorted by file name) first, then scenario files. */
  questions: TQuestion[];
}

export class ContentError extends Error {
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(`内容校验失败，共 ${problems.length} 处问题：\n${problems.map((p) => `- ${p}`).join("\n")}`);
    this.name = "ContentError";
    this.problems = problems;
  }
}

/** Chinese messages; a missing field says so plainly instead of "expected string, received undefined". */
const zhCN = z.locales.zhCN();
const errorMap: z.core.$ZodErrorMap = (iss) =>
  iss.code === "invalid_type" && iss.input === undefined ? "缺少必填字段" : zhCN.localeError(iss);

/**
 * Parses `data` with `schema`; on failure records one problem per zod issue and returns null.
 * `undefined` data means the file could not be read or parsed (already reported), so it is skipped.
 */
function validate<T>(schema: z.ZodType<T>, data: unknown, file: string, base: FieldPath, problems: Problems): T | null {
  if (data === undefined) return null;
  const result = schema.safeParse(data, { error: errorMap });
  if (result.success) return result.data;
  for (const issue of result.error.issues) problems.add(file, [...base, ...issue.path], issue.message);
  return null;
}

/* ------------------------------------------------------------------ files */

function relativeName(file: string): string {
  return path.relative(/*turbopackIgnore: true*/ process.cwd(), file).split(path.sep).join("/");
}

/** Reads and parses one YAML file; `undefined` (with a problem recorded) when unreadable or malformed. */
function readYaml(file: string, problems: Problems): unknown {
  const rel = relativeName(file);
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch {
    problems.add(rel, "", "文件不存在或无法读取");
    return undefined;
  }
  try {
    return load(text) as unknown;
  } catch (e) {
    // The first line carries the message and position; the rest is a source excerpt.
    problems.add(rel, "", `YAML 语法错误：${(e instanceof Error ? e.message : String(e)).split("\n")[0]}`);
    return undefined;
  }
}

function yamlFilesIn(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => path.join(dir, e.name))
    .sort();
}

function subdirsOf(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

/* ------------------------------------------------------------------ file schemas */

// Top-level objects reject unknown keys, so a typo such as `explaination:` is reported instead of
// silently dropped.
const ZCourseFile = ZCourse.strict();
const ZSourcesFile = z.object({ sources: z.array(ZSource.strict()).min(1) }).strict();
const ZRulesFile = z.object({ rules: z.array(ZRule.strict()).min(1) }).strict();
const ZCasesFile = z.object({ cases: z.array(ZCase.strict()).min(1) }).strict();
const ZLessonFile = ZLesson.strict();

/** Validates one question against the schema its `type` names, so errors point at real fields. */
function validateQuestion(data: unknown, file: string, base: FieldPath, problems: Problems): TQuestion | null {
  const type = isRecord(data) ? data.type : undefined;
  if (typeof type !== "string" || !(type in QUESTION_SCHEMAS)) {
    problems.add(file, [...base, "type"], `题型应为 ${Object.keys(QUESTION_SCHEMAS).join("、")} 之一`);
    return null;
  }
  const schema: z.ZodType<TQuestion> = QUESTION_SCHEMAS[type as keyof typeof QUESTION_SCHEMAS];
  return validate(schema, data, file, base, problems);
}

/* ------------------------------------------------------------------ loading */

/**
 * Loads and checks the whole course. Throws a ContentError listing every problem found.
 * Synchronous on purpose: it runs at build/sync time and in server components alike.
 */
export function loadContent(dir: string = path.join(/*turbopackIgnore: true*/ process.cwd(), "content")): Content {
  const { content, problems } = readContent(dir);
  if (problems.length > 0 || !content) throw new ContentError(problems);
  return content;
}

/** Same checks as loadContent, but returns the problems instead of throwing (for scripts). */
export function checkContent(dir: string = path.join(/*turbopackIgnore: true*/ process.cwd(), "content")): string[] {
  return readContent(dir).problems;
}

function readContent(dir: string): { content: Content | null; problems: string[] } {
  const problems = new Problems();
  const file = (name: string) => path.join(dir, name);

  const coursePath = file("course.yaml");
  const sourcesPath = file("sources.yaml");
  const rulesPath = file("rules.yaml");
  const casesPath = file("cases.yaml");

  const course = validate(ZCourseFile, readYaml(coursePath, problems), relativeName(coursePath), [], problems);
  const sources = validate(ZSourcesFile, readYaml(sourcesPath, problems), relativeName(sourcesPath), [], problems)?.sources ?? null;
  const rules = validate(ZRulesFile, readYaml(rulesPath, problems), relativeName(rulesPath), [], problems)?.rules ?? null;
  const cases = validate(ZCasesFile, readYaml(casesPath, problems), relativeName(casesPath), [], problems)?.cases ?? null;

  // Lessons: one per file, in a folder named after its module.
  const lessons: Located<TLesson>[] = [];
  // Ids are collected from the raw YAML too, so a duplicate is reported even when one copy is invalid.
  const lessonIds: Located<string>[] = [];
  const questionIds: Located<string>[] = [];
  const lessonsDir = file("lessons");
  if (!fs.existsSync(lessonsDir)) problems.add(relativeName(lessonsDir), "", "课时目录不存在");
  for (const moduleDir of subdirsOf(lessonsDir)) {
    for (const f of yamlFilesIn(path.join(lessonsDir, moduleDir))) {
      const rel = relativeName(f);
      const data = readYaml(f, problems);
      rawIdOf(data, rel, "id", lessonIds);
      const lesson = validate(ZLessonFile, data, rel, [], problems);
      if (!lesson) continue;
      if (lesson.module !== moduleDir) problems.add(rel, "module", `课时所属模块 ${lesson.module} 与所在目录 lessons/${moduleDir} 不一致`);
      lessons.push({ file: rel, at: [], value: lesson });
    }
  }
  for (const stray of yamlFilesIn(lessonsDir)) {
    problems.add(relativeName(stray), "", "课时文件应放在 lessons/<模块标识>/ 目录下");
  }

  // Questions: lists in questions/, single scenarios in scenarios/. Both folders are optional.
  const questions: Located<TQuestion>[] = [];
  for (const f of yamlFilesIn(file("questions"))) {
    const rel = relativeName(f);
    const data = readYaml(f, problems);
    if (data === undefined) continue;
    if (!isRecord(data) || !Array.isArray(data.questions)) {
      problems.add(rel, "questions", "题目文件应包含 questions 列表");
      continue;
    }
    if (data.questions.length === 0) problems.add(rel, "questions", "题目列表不能为空");
    for (const key of Object.keys(data)) {
      if (key !== "questions") problems.add(rel, key, "未知字段");
    }
    data.questions.forEach((q: unknown, i: number) => {
      rawIdOf(q, rel, ["questions", i, "id"], questionIds);
      const question = validateQuestion(q, rel, ["questions", i], problems);
      if (question) questions.push({ file: rel, at: ["questions", i], value: question });
    });
  }
  for (const f of yamlFilesIn(file("scenarios"))) {
    const rel = relativeName(f);
    const data = readYaml(f, problems);
    if (data === undefined) continue;
    rawIdOf(data, rel, "id", questionIds);
    const scenario = validate(ZScenarioQuestion, data, rel, [], problems);
    if (!scenario) continue;
    for (const p of checkScenarioGraph(scenario)) problems.add(rel, "", p);
    questions.push({ file: rel, at: [], value: scenario });
  }
  // Scenarios inside question lists get the same graph check.
  for (const q of questions) {
    if (q.at.length > 0 && q.value.type === "scenario") {
      for (const p of checkScenarioGraph(q.value)) problems.add(q.file, "", `${joinPath(q.at)}.${p}`);
    }
  }

  reportDuplicates(lessonIds, "课时标识", problems);
  reportDuplicates(questionIds, "题目标识", problems);

  if (course && sources && rules && cases) {
    crossCheck({ course, sources, rules, cases, lessons, questions }, relativeName(coursePath), relativeName(sourcesPath), relativeName(rulesPath), relativeName(casesPath), problems);
  }

  if (problems.list.length > 0 || !course || !sources || !rules || !cases) {
    return { content: null, problems: problems.list };
  }
  const moduleIndex = new Map(course.modules.map((m, i) => [m.slug, i]));
  const sortedLessons = lessons
    .map((l) => l.value)
    .sort((a, b) => (moduleIndex.get(a.module) ?? 0) - (moduleIndex.get(b.module) ?? 0) || a.order - b.order);
  return {
    content: { course, sources, rules, cases, lessons: sortedLessons, questions: questions.map((q) => q.value) },
    problems: [],
  };
}

/* ------------------------------------------------------------------ helpers for pages */

/** Chinese reads at roughly 400 characters a minute; counts everything the lesson page shows. */
export function readingMinutes(lesson: TLesson): number {
  const texts = [
    lesson.explanation,
    ...lesson.quotes.map((q) => q.text),
    ...lesson.examples.flatMap((e) => [e.title, e.note, ...e.messages.map((m) => m.text)]),
    lesson.why,
  ];
  const chars = texts.reduce((n, t) => n + t.replace(/\s/g, "").length, 0);
  return Math.max(1, Math.ceil(chars / 400));
}

/**
 * The shared folder with the content inventory and the two source documents: `../shared` next to
 * the repository, or `../../shared` for a worktree kept one level deeper. Null where absent.
 */
export function sharedDir(repoRoot: string = process.cwd()): string | null {
  for (const up of ["..", path.join("..", "..")]) {
    const dir = path.join(repoRoot, up, "shared");
    if (fs.existsSync(path.join(dir, "CONTENT-INVENTORY.md"))) return dir;
  }
  return null;
}

/**
 * Rule and case codes listed in the shared content inventory (`CONTENT-INVENTORY.md` in
 * sharedDir), or null where that file is not present.
 */
export function inventoryCodes(repoRoot: string = process.cwd()): { rules: string[]; cases: string[] } | null {
  const shared = sharedDir(repoRoot);
  if (!shared) return null;
  const file = path.join(shared, "CONTENT-INVENTORY.md");
  const rules: string[] = [];
  const cases: string[] = [];
  for (const line of fs.readFileSync(file, "utf8").split(/\r?\n/)) {
    const code = /^\|\s*([A-Z]{1,2}\d{1,2})\s*\|/.exec(line)?.[1];
    if (!code) continue;
    if (ZCaseCode.safeParse(code).success) cases.push(code);
    else if (ZRuleCode.safeParse(code).success) rules.push(code);
  }
  return { rules, cases };
}
