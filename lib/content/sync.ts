/**
 * Syncs content/ into the database at start. Idempotent: each row carries a hash of what it was
 * built from and is written only when that changed; items removed from content/ are archived,
 * never deleted, so progress and answers that point at them keep their meaning. Ids are the
 * content's stable slugs and codes, so editing a lesson never loses anyone's progress.
 */
import { createHash } from "node:crypto";
import { sql } from "kysely";
import type { Db } from "../db/client";
import { kysely, type TableRow } from "../db/kysely";
import { withTx } from "../db/tx";
import type { Prisma } from "../generated/prisma/client";
import { readingMinutes, type Content } from "./load";
import { flagQuestionsForRule } from "../authoring/questions";

export interface SyncReport {
  written: number;
  unchanged: number;
  archived: number;
}

/** JSON with sorted keys: jsonb reorders keys, so a value read back must hash like the original. */
const canonical = (v: unknown): string =>
  Array.isArray(v)
    ? `[${v.map(canonical).join(",")}]`
    : v && typeof v === "object"
      ? `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`).join(",")}}`
      : JSON.stringify(v ?? null);
const hashOf = (v: unknown) => createHash("sha256").update(canonical(v)).digest("hex").slice(0, 32);
const searchable = (...parts: (string | string[] | undefined)[]) =>
  parts
    .flat()
    .filter(Boolean)
    .join("\n")
    .toLowerCase();

type Table = "rule" | "case_study" | "lesson" | "course_module";

export async function syncContent(d: Db, c: Content): Promise<SyncReport> {
  const report: SyncReport = { written: 0, unchanged: 0, archived: 0 };
  const existing = async (table: Exclude<Table, "course_module">, key: string) =>
    new Map(
      (
        await sql<{ id: string } & TableRow<typeof table, "content_hash" | "archived_at">>`SELECT ${sql.ref(key)} AS id, content_hash, archived_at FROM ${sql.table(table)}`.execute(
          kysely(d),
        )
      ).rows.map((r) => [r.id, r]),
    );
  const [rules, cases, lessons] = await Promise.all([existing("rule", "code"), existing("case_study", "code"), existing("lesson", "id")]);
  const fresh = (m: Map<string, { content_hash: string; archived_at: Date | null }>, id: string, hash: string) => {
    const row = m.get(id);
    const same = row && row.content_hash === hash && !row.archived_at;
    if (same) report.unchanged++;
    else report.written++;
    return !same;
  };

  await withTx(d, async ({ prisma: tx, k }) => {
    const courseHash = hashOf(c.course);
    await tx.course.upsert({
      where: { id: c.course.id },
      create: { id: c.course.id, title: c.course.title, description: c.course.description, contentHash: courseHash },
      update: { title: c.course.title, description: c.course.description, contentHash: courseHash },
    });
    for (const [i, m] of c.course.modules.entries()) {
      const data = { courseId: c.course.id, position: i + 1, title: m.title, summary: m.summary, archivedAt: null };
      await tx.courseModule.upsert({ where: { slug: m.slug }, create: { slug: m.slug, ...data }, update: data });
    }

    for (const [i, r] of c.rules.entries()) {
      const hash = hashOf({ r, i });
      if (!fresh(rules, r.code, hash)) continue;
      // Wording changed (not just its position): questions citing the rule need a human look.
      const prev = rules.has(r.code) ? await tx.rule.findUnique({ where: { code: r.code }, select: { title: true, summary: true, quote: true, citation: true } }) : null;
      if (prev && hashOf([prev.title, prev.summary, prev.quote, prev.citation]) !== hashOf([r.title, r.summary, r.quote, r.citation])) {
        await flagQuestionsForRule({ prisma: tx, k }, r.code, `规则 ${r.code} 的内容已修订，请核对引用它的题目`);
      }
      const data = {
        group: r.group,
        title: r.title,
        summary: r.summary,
        quote: r.quote,
        citation: r.citation as Prisma.InputJsonValue,
        keywords: r.keywords,
        position: i + 1,
        searchText: searchable(r.code, r.title, r.summary, r.quote, r.keywords),
        contentHash: hash,
        archivedAt: null,
      };
      await tx.rule.upsert({ where: { code: r.code }, create: { code: r.code, ...data }, update: data });
    }

    for (const k of c.cases) {
      const hash = hashOf(k);
      if (!fresh(cases, k.code, hash)) continue;
      const data = {
        title: k.title,
        facts: k.facts,
        outcome: k.outcome,
        positive: k.positive,
        rules: k.rules,
        citation: k.citation as Prisma.InputJsonValue,
        searchText: searchable(k.code, k.title, k.facts, k.outcome),
        contentHash: hash,
        archivedAt: null,
      };
      await tx.case.upsert({ where: { code: k.code }, create: { code: k.code, ...data }, update: data });
    }

    for (const l of c.lessons) {
      const hash = hashOf(l);
      if (!fresh(lessons, l.id, hash)) continue;
      const body = { explanation: l.explanation, quotes: l.quotes, examples: l.examples, why: l.why };
      const data = {
        moduleSlug: l.module,
        position: l.order,
        title: l.title,
        rules: l.rules,
        cases: l.cases,
        body: body as Prisma.InputJsonValue,
        readingMinutes: readingMinutes(l),
        searchText: searchable(
          l.title,
          l.rules,
          l.cases,
          l.explanation,
          l.why,
          l.quotes.map((q) => q.text),
          l.examples.flatMap((e) => [e.title, e.note, ...e.messages.map((m) => m.text)]),
        ),
        contentHash: hash,
        archivedAt: null,
      };
      await tx.lesson.upsert({ where: { id: l.id }, create: { id: l.id, ...data }, update: data });
    }

    // Whatever content/ no longer has is archived (kept for the progress and answers that cite it).
    const archive = async (table: Table, key: string, keep: string[]) => {
      const r = await sql`UPDATE ${sql.table(table)} SET archived_at = now() WHERE archived_at IS NULL AND NOT (${sql.ref(key)} = ANY(${keep}::text[]))`.execute(k);
      report.archived += Number(r.numAffectedRows);
    };
    await archive("rule", "code", c.rules.map((r) => r.code));
    await archive("case_study", "code", c.cases.map((k) => k.code));
    await archive("lesson", "id", c.lessons.map((l) => l.id));
    await archive("course_module", "slug", c.course.modules.map((m) => m.slug));
  }, { timeout: 60_000 });
  return report;
}
