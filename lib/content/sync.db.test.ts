import { expect, test } from "vitest";
import { db } from "../db/client";
import { makeMember, makeTree } from "../test/factories";
import { loadContent, type Content } from "./load";
import { syncContent } from "./sync";
import { markLearned, recordVisit } from "./progress";

const content = loadContent();

test("the first sync writes everything; the second writes nothing and duplicates nothing", async () => {
  const d = db();
  const first = await syncContent(d, content);
  expect(first.written).toBe(content.rules.length + content.cases.length + content.lessons.length);
  expect(first.archived).toBe(0);
  const counts = async () => [await d.prisma.rule.count(), await d.prisma.case.count(), await d.prisma.lesson.count(), await d.prisma.courseModule.count()];
  const before = await counts();
  expect(before).toEqual([content.rules.length, content.cases.length, content.lessons.length, content.course.modules.length]);
  const second = await syncContent(d, content);
  expect(second).toEqual({ written: 0, unchanged: first.written, archived: 0 });
  expect(await counts()).toEqual(before);
});

test("editing a lesson keeps everyone's progress; removing one archives it", async () => {
  const d = db();
  await syncContent(d, content);
  const t = await makeTree(d);
  const m = await makeMember(d, t.branchA);
  const lesson = content.lessons[0];
  await recordVisit(d, m.id, lesson.id);
  await markLearned(d, m.id, lesson.id);

  const edited: Content = {
    ...content,
    lessons: content.lessons.map((l) => (l.id === lesson.id ? { ...l, title: `${l.title}（修订）` } : l)),
  };
  expect(await syncContent(d, edited)).toMatchObject({ written: 1, archived: 0 });
  expect((await d.prisma.lesson.findUniqueOrThrow({ where: { id: lesson.id } })).title).toMatch(/修订/);
  const p = await d.prisma.lessonProgress.findUniqueOrThrow({ where: { memberId_lessonId: { memberId: m.id, lessonId: lesson.id } } });
  expect(p.completedAt).not.toBeNull();

  const removed: Content = { ...content, lessons: content.lessons.filter((l) => l.id !== lesson.id) };
  expect(await syncContent(d, removed)).toMatchObject({ archived: 1 });
  expect((await d.prisma.lesson.findUniqueOrThrow({ where: { id: lesson.id } })).archivedAt).not.toBeNull();
  expect(await d.prisma.lessonProgress.count({ where: { memberId: m.id } })).toBe(1);
  // Restored on the next sync that has it again.
  await syncContent(d, content);
  expect((await d.prisma.lesson.findUniqueOrThrow({ where: { id: lesson.id } })).archivedAt).toBeNull();
});

test("a rule whose wording changes flags the questions that cite it; a reorder does not", async () => {
  const d = db();
  const { syncQuestionBank } = await import("../assessment/bank");
  await syncContent(d, content);
  await syncQuestionBank(d, content.questions);
  const code = "G1";
  const citing = await d.raw.query<{ n: number }>(
    `SELECT count(*)::int n FROM question q JOIN question_version v ON v.question_id = q.id AND v.version = q.current_version WHERE v.rules @> ARRAY[$1]`,
    [code],
  );
  expect(citing[0].n).toBeGreaterThan(0);
  const reordered: Content = { ...content, rules: [...content.rules].reverse() };
  await syncContent(d, reordered);
  expect(await d.prisma.question.count({ where: { flaggedAt: { not: null } } })).toBe(0);
  const reworded: Content = { ...content, rules: content.rules.map((r) => (r.code === code ? { ...r, quote: `${r.quote}（修订）` } : r)) };
  await syncContent(d, reworded);
  expect(await d.prisma.question.count({ where: { flaggedAt: { not: null } } })).toBe(citing[0].n);
});
