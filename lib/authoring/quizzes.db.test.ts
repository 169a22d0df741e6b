import { beforeAll, expect, test } from "vitest";
import { db } from "../db/client";
import { startAttempt, getAttempt } from "../assessment/attempts";
import { makeMember, makeTree } from "../test/factories";
import { bootContent } from "../test/authoring";
import { bankCounts, createQuiz, getAdminQuiz, samplePaper, setQuizArchived, updateQuiz, ZQuizInput } from "./quizzes";

let admin: { id: number };
let cadre: { id: number };
beforeAll(async () => {
  const d = db();
  await bootContent(d);
  const t = await makeTree(d);
  admin = await makeMember(d, t.committee, "ADMIN");
  cadre = await makeMember(d, t.branchA);
});

const input = (over: Record<string, unknown> = {}) =>
  ZQuizInput.parse({
    title: "结业考试（修订）",
    description: "",
    perModule: { "red-lines": 2, cases: 1 },
    types: ["single", "truefalse"],
    timeLimitMin: "20",
    passPercent: "75",
    maxAttempts: "",
    ...over,
  });

test("an exam's blueprint, time limit, pass mark and attempts are edited, audited and used by the next paper", async () => {
  const d = db();
  await updateQuiz(d, admin.id, "final-exam", input());
  const q = await getAdminQuiz(d, "final-exam");
  expect(q).toMatchObject({
    title: "结业考试（修订）",
    perModule: { "red-lines": 2, cases: 1 },
    types: ["single", "truefalse"],
    timeLimitSec: 1200,
    passPercent: 75,
    maxAttempts: null,
  });
  const { publicId } = await startAttempt(d, cadre.id, "final-exam");
  const view = await getAttempt(d, cadre.id, publicId);
  expect(view.items).toHaveLength(3);
  expect(view.items.every((i) => ["single", "truefalse"].includes(i.question.type))).toBe(true);
  expect(view.secondsLeft).toBeGreaterThan(19 * 60);
  const entry = await d.prisma.auditEvent.findFirst({ where: { action: "quiz.update", entityId: "final-exam" } });
  expect(entry).toMatchObject({ actorId: admin.id, before: expect.objectContaining({ passPercent: 80 }), after: expect.objectContaining({ passPercent: 75 }) });
  expect(await samplePaper(d, "final-exam")).toHaveLength(3);
});

test("a blueprint the bank cannot fill, unknown modules and bad numbers are refused; nothing changes", async () => {
  const d = db();
  const before = await getAdminQuiz(d, "final-exam");
  const have = (await bankCounts(d))["red-lines"];
  const n = (have.single ?? 0) + (have.truefalse ?? 0) + 1;
  await expect(updateQuiz(d, admin.id, "final-exam", input({ perModule: { "red-lines": n } }))).rejects.toThrow(/题库不足：「red-lines」只有 \d+ 道可用题目/);
  await expect(updateQuiz(d, admin.id, "final-exam", input({ perModule: { nowhere: 1 } }))).rejects.toThrow(/模块不存在：nowhere/);
  await expect(updateQuiz(d, admin.id, "final-exam", input({ perModule: {} }))).rejects.toThrow(/至少要从一个模块抽题/);
  expect(ZQuizInput.safeParse({ ...input(), passPercent: "120" }).error?.issues[0].message).toBe("及格线不能大于 100");
  expect(ZQuizInput.safeParse({ ...input(), types: [] }).error?.issues[0].message).toBe("至少选择一种题型");
  expect(await getAdminQuiz(d, "final-exam")).toEqual(before);
  await expect(updateQuiz(d, admin.id, "review-mistakes", input())).rejects.toThrow(); // built per member: not editable
});

test("a new quiz is created with its blueprint; archiving hides it from new attempts", async () => {
  const d = db();
  await createQuiz(d, admin.id, { ...input({ title: "春季考试" }), id: "exam-spring", kind: "EXAM" });
  await expect(createQuiz(d, admin.id, { ...input(), id: "exam-spring", kind: "EXAM" })).rejects.toThrow(/已被使用/);
  const { publicId } = await startAttempt(d, cadre.id, "exam-spring");
  expect((await getAttempt(d, cadre.id, publicId)).quizTitle).toBe("春季考试");
  await setQuizArchived(d, admin.id, "exam-spring", true);
  await expect(startAttempt(d, admin.id, "exam-spring")).rejects.toThrow();
  await expect(setQuizArchived(d, admin.id, "exam-spring", true)).rejects.toThrow(/已归档/);
  expect((await d.prisma.auditEvent.findMany({ where: { entityId: "exam-spring" }, orderBy: { id: "asc" } })).map((a) => a.action)).toEqual([
    "quiz.create",
    "quiz.archive",
  ]);
});
