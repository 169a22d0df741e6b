import { beforeAll, expect, test } from "vitest";
import { db } from "../db/client";
import { makeMember, makeTree } from "../test/factories";
import { loadContent } from "./load";
import { courseHome, markLearned, recordVisit } from "./progress";
import { COURSE_ID, search } from "./queries";
import { syncContent } from "./sync";

const content = loadContent();
beforeAll(async () => {
  await syncContent(db(), content);
});

test("visits and completions are recorded with timestamps, once per lesson", async () => {
  const d = db();
  const t = await makeTree(d);
  const m = await makeMember(d, t.branchA);
  const [a, b] = content.lessons;
  expect(await recordVisit(d, m.id, a.id)).toBe(true);
  expect(await recordVisit(d, m.id, a.id)).toBe(true);
  expect(await recordVisit(d, m.id, "no-such-lesson")).toBe(false);
  const row = await d.prisma.lessonProgress.findUniqueOrThrow({ where: { memberId_lessonId: { memberId: m.id, lessonId: a.id } } });
  expect(row.startedAt).toBeInstanceOf(Date);
  expect(row.completedAt).toBeNull();
  expect(await markLearned(d, m.id, a.id)).toBe(true);
  const first = (await d.prisma.lessonProgress.findUniqueOrThrow({ where: { memberId_lessonId: { memberId: m.id, lessonId: a.id } } })).completedAt;
  await markLearned(d, m.id, a.id);
  const again = (await d.prisma.lessonProgress.findUniqueOrThrow({ where: { memberId_lessonId: { memberId: m.id, lessonId: a.id } } })).completedAt;
  expect(again).toEqual(first);
  expect(await markLearned(d, m.id, b.id)).toBe(true); // learned without an explicit visit
  expect(await d.prisma.lessonProgress.count({ where: { memberId: m.id } })).toBe(2);
});

test("course progress counts learned lessons per module, and resume points at the right lesson", async () => {
  const d = db();
  const t = await makeTree(d);
  const m = await makeMember(d, t.branchA);
  const before = (await courseHome(d, m.id, COURSE_ID)).modules;
  expect(before.map((x) => x.slug)).toEqual(content.course.modules.map((x) => x.slug));
  expect(before.reduce((n, x) => n + x.lessons, 0)).toBe(content.lessons.length);
  expect(before.every((x) => x.learned === 0)).toBe(true);
  expect((await courseHome(d, m.id, COURSE_ID)).resume?.id).toBe(content.lessons[0].id);

  const second = content.lessons[1];
  await markLearned(d, m.id, content.lessons[0].id);
  await recordVisit(d, m.id, content.lessons[5].id);
  const after = (await courseHome(d, m.id, COURSE_ID)).modules;
  expect(after[0].learned).toBe(1);
  // The lesson seen last and not learned comes first; without one, the first not learned.
  expect((await courseHome(d, m.id, COURSE_ID)).resume?.id).toBe(content.lessons[5].id);
  await markLearned(d, m.id, content.lessons[5].id);
  expect((await courseHome(d, m.id, COURSE_ID)).resume?.id).toBe(second.id);
  // Another member's progress is his own.
  const other = await makeMember(d, t.branchA);
  expect(((await courseHome(d, other.id, COURSE_ID)).modules).every((x) => x.learned === 0)).toBe(true);
});

test.each([
  ["红包", ["V3", "P7", "TJ3", "ZJ2", "RP1", "RP2", "RP3"]],
  ["截屏", ["G1"]],
  ["涉密", ["P5", "XY3", "WH1"]],
])("searching %s finds the right rules", async (q, codes) => {
  const hits = await search(db(), q);
  const rules = hits.filter((h) => h.kind === "rule").map((h) => h.key);
  for (const c of codes) expect(rules).toContain(c);
  expect(hits.some((h) => h.kind === "lesson")).toBe(true);
});

test("search finds cases and treats LIKE wildcards as text", async () => {
  const d = db();
  expect((await search(d, "黄明成")).some((h) => h.kind === "case" && h.key === "C2")).toBe(true);
  // Unescaped, "红%包" would match any text with 红 before 包; escaped it is a literal string.
  expect(await search(d, "红%包")).toEqual([]);
  expect((await search(d, "红包")).length).toBeGreaterThan(0);
  expect(await search(d, "   ")).toEqual([]);
});
