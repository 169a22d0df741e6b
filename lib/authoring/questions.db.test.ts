import { beforeAll, describe, expect, test } from "vitest";
import { db } from "../db/client";
import { withTx } from "../db/tx";
import { UserError } from "../errors";
import { getAttempt, saveResponse, startAttempt, submitAttempt } from "../assessment/attempts";
import { syncQuestionBank } from "../assessment/bank";
import { makeMember, makeTree } from "../test/factories";
import { bootContent, scenarioQuestion, singleQuestion } from "../test/authoring";
import { clearQuestionFlag } from "./clear-question-flag";
import { createQuestion } from "./create-question";
import { editQuestion } from "./edit-question";
import { getQuestion, getVersionPayload } from "./get-question";
import { listQuestions } from "./list-questions";
import { archiveQuestion, publishQuestion, restoreQuestion } from "./question-status";
import { QuestionProblems, flagQuestionsForRule } from "./questions";
import { rollbackQuestion } from "./rollback-question";
import { diffQuestions } from "./diff";

let admin: { id: number };
let cadre: { id: number };
let content: Awaited<ReturnType<typeof bootContent>>;

beforeAll(async () => {
  const d = db();
  content = await bootContent(d);
  const t = await makeTree(d);
  admin = await makeMember(d, t.committee, "ADMIN");
  cadre = await makeMember(d, t.branchA);
});

const audits = (entityId: string) =>
  db().prisma.auditEvent.findMany({ where: { entityId }, orderBy: { id: "asc" }, select: { action: true, actorId: true, before: true, after: true } });

describe("creating and editing", () => {
  test("a new question is an admin draft at version 1, with its author and an audit entry", async () => {
    const d = db();
    const r = await createQuestion(d, admin.id, singleQuestion("auth-new-1"));
    expect(r).toMatchObject({ id: "auth-new-1", version: 1, changed: true });
    const q = await getQuestion(d, "auth-new-1");
    expect(q).toMatchObject({ origin: "admin", status: "DRAFT", currentVersion: 1, type: "single", moduleSlug: "red-lines" });
    expect(q.versions).toHaveLength(1);
    expect(q.versions[0].createdBy).toMatch(/^测试/);
    expect(q.payload.difficulty).toBe(2); // zod defaults filled, as in content/
    expect(await audits("auth-new-1")).toEqual([expect.objectContaining({ action: "question.create", actorId: admin.id })]);
  });

  test("an invalid question is refused with every problem, in Chinese, and nothing is written", async () => {
    const d = db();
    const bad = singleQuestion("auth-bad-1", { stem: "", rules: [], options: singleQuestion("x").options.map((o) => ({ ...o, correct: true })) });
    const err = await createQuestion(d, admin.id, bad).catch((e) => e);
    expect(err).toBeInstanceOf(QuestionProblems);
    const labels = (err as QuestionProblems).problems.map((p) => `${p.label}：${p.message}`);
    expect(labels).toEqual(expect.arrayContaining(["题干：题干不能为空", "规则编码：每道题至少关联一条规则"]));
    expect(await d.prisma.question.count({ where: { id: "auth-bad-1" } })).toBe(0);
  });

  test("unknown rule codes, modules and duplicate ids are refused", async () => {
    const d = db();
    const err = await createQuestion(d, admin.id, singleQuestion("auth-ref-1", { rules: ["ZZ9"], module: "no-such-module" })).catch((e) => e);
    expect((err as QuestionProblems).problems.map((p) => p.message)).toEqual(["模块「no-such-module」不存在", "规则编码不存在：ZZ9"]);
    const dup = await createQuestion(d, admin.id, singleQuestion(content.questions[0].id)).catch((e) => e);
    expect((dup as QuestionProblems).problems[0].message).toMatch(/已被其他题目使用/);
  });

  test("every edit is a new immutable version; an unchanged save writes nothing; a stale editor is refused", async () => {
    const d = db();
    await createQuestion(d, admin.id, singleQuestion("auth-edit-1"));
    const v2 = await editQuestion(d, admin.id, "auth-edit-1", singleQuestion("auth-edit-1", { stem: "修订后的题干" }), { expectedVersion: 1 });
    expect(v2).toMatchObject({ version: 2, changed: true });
    const same = await editQuestion(d, admin.id, "auth-edit-1", singleQuestion("auth-edit-1", { stem: "修订后的题干" }));
    expect(same).toMatchObject({ version: 2, changed: false });
    await expect(editQuestion(d, admin.id, "auth-edit-1", singleQuestion("auth-edit-1", { stem: "第三稿" }), { expectedVersion: 1 })).rejects.toThrow(
      /已被他人修改/,
    );
    await expect(editQuestion(d, admin.id, "auth-edit-1", singleQuestion("other-id"))).rejects.toThrow(/标识不能修改/);
    expect((await getVersionPayload(d, "auth-edit-1", 1)).payload.stem).toBe(singleQuestion("x").stem);
    const log = await audits("auth-edit-1");
    expect(log.map((a) => a.action)).toEqual(["question.create", "question.edit"]);
    expect(log[1].after).toMatchObject({ version: 2, changes: ["题干"] });
  });

  test("concurrent saves of the same question produce consecutive versions, none lost", async () => {
    const d = db();
    await createQuestion(d, admin.id, singleQuestion("auth-race-1"));
    const results = await Promise.allSettled(
      [1, 2, 3].map((n) => editQuestion(d, admin.id, "auth-race-1", singleQuestion("auth-race-1", { stem: `并发 ${n}` }))),
    );
    const ok = results.filter((r) => r.status === "fulfilled");
    expect(ok.length).toBeGreaterThan(0);
    const q = await getQuestion(d, "auth-race-1");
    expect(q.versions.map((v) => v.version)).toEqual(Array.from({ length: ok.length + 1 }, (_, i) => ok.length + 1 - i));
  });
});

describe("publishing", () => {
  test("a scenario with graph problems may be saved as a draft but not published; the problems are in Chinese", async () => {
    const d = db();
    const s = scenarioQuestion("auth-scn-bad");
    (s.steps[2].choices[0] as { next: string }).next = "s1"; // a cycle s1 → s2 → s3 → s1
    (s.steps as unknown[]).push({
      id: "orphan",
      messages: [{ from: "甲", text: "…" }],
      prompt: "？",
      choices: [
        { id: "a", action: "reply", label: "甲", next: "good" },
        { id: "b", action: "reply", label: "乙", next: "bad" },
      ],
    });
    await createQuestion(d, admin.id, s);
    const err = await publishQuestion(d, admin.id, "auth-scn-bad").catch((e) => e);
    expect(err).toBeInstanceOf(QuestionProblems);
    const messages = (err as QuestionProblems).problems.map((p) => p.message).join("\n");
    expect(messages).toMatch(/孤立步骤 "orphan"/);
    expect(messages).toMatch(/场景存在循环/);
    expect((await getQuestion(d, "auth-scn-bad")).status).toBe("DRAFT");
  });

  test("publish, archive, restore: each an audited state change; a published question's edit must pass every check", async () => {
    const d = db();
    await createQuestion(d, admin.id, scenarioQuestion("auth-scn-ok"));
    await publishQuestion(d, admin.id, "auth-scn-ok");
    expect((await getQuestion(d, "auth-scn-ok")).status).toBe("PUBLISHED");
    await expect(publishQuestion(d, admin.id, "auth-scn-ok")).rejects.toThrow(/不能发布/);
    const broken = scenarioQuestion("auth-scn-ok", { start: "nowhere" });
    await expect(editQuestion(d, admin.id, "auth-scn-ok", broken)).rejects.toBeInstanceOf(QuestionProblems);
    await archiveQuestion(d, admin.id, "auth-scn-ok");
    await expect(archiveQuestion(d, admin.id, "auth-scn-ok")).rejects.toBeInstanceOf(UserError);
    await restoreQuestion(d, admin.id, "auth-scn-ok");
    expect((await getQuestion(d, "auth-scn-ok")).status).toBe("DRAFT");
    expect((await audits("auth-scn-ok")).map((a) => a.action)).toEqual(["question.create", "question.publish", "question.archive", "question.restore"]);
  });

  test("the list filters by module, type, rule, status, flag and text", async () => {
    const d = db();
    const byType = await listQuestions(d, { type: "scenario", module: "cases" });
    expect(byType.rows.length).toBeGreaterThan(0);
    expect(byType.rows.every((r) => r.type === "scenario" && r.moduleSlug === "cases")).toBe(true);
    expect((await listQuestions(d, { rule: "V2", type: "scenario" })).rows.every((r) => r.rules.includes("V2"))).toBe(true);
    expect((await listQuestions(d, { status: "DRAFT" })).rows.every((r) => r.status === "DRAFT")).toBe(true);
    expect((await listQuestions(d, { q: "auth-scn-ok" })).rows.map((r) => r.id)).toEqual(["auth-scn-ok"]);
    expect((await listQuestions(d, { q: "%" })).total).toBe(0); // LIKE wildcards are literal
  });
});

describe("versions and rollback", () => {
  test("attempts keep their version: an edit never changes an old score; rollback makes a new version equal to the old one", async () => {
    const d = db();
    await createQuestion(d, admin.id, singleQuestion("auth-pin-1"));
    await publishQuestion(d, admin.id, "auth-pin-1");
    const v1 = (await getQuestion(d, "auth-pin-1")).currentVersionId;
    const { publicId } = await startAttempt(d, cadre.id, "final-exam", { paper: [v1] });
    await saveResponse(d, cadre.id, publicId, v1, { type: "single", choice: "c" });
    const before = await submitAttempt(d, cadre.id, publicId);
    expect(before.score).toBe(1);

    // The key moves to option a in version 2: the submitted attempt still shows version 1, scored 1.
    const moved = singleQuestion("auth-pin-1", { options: singleQuestion("x").options.map((o) => ({ ...o, correct: o.id === "a" })) });
    await editQuestion(d, admin.id, "auth-pin-1", moved);
    const view = await getAttempt(d, cadre.id, publicId);
    expect(view.result?.score).toBe(1);
    expect(view.items[0].versionId).toBe(v1);
    expect(view.items[0].reveal?.correctOptions).toEqual(["c"]);

    const rb = await rollbackQuestion(d, admin.id, "auth-pin-1", 1);
    expect(rb.version).toBe(3);
    const q = await getQuestion(d, "auth-pin-1");
    expect(q.currentVersion).toBe(3);
    expect(q.versions.map((v) => v.version)).toEqual([3, 2, 1]);
    expect(q.versions[0].contentHash).toBe(q.versions[2].contentHash);
    expect(q.versions[2].answered).toBe(1);
    expect(diffQuestions((await getVersionPayload(d, "auth-pin-1", 1)).payload, q.payload)).toEqual([]);
    await expect(rollbackQuestion(d, admin.id, "auth-pin-1", 3)).rejects.toThrow(/无需回滚/);
    const log = await audits("auth-pin-1");
    expect(log.at(-1)).toMatchObject({ action: "question.rollback", actorId: admin.id, after: expect.objectContaining({ version: 3, copyOf: 1 }) });
  });
});

describe("content sync and review flags", () => {
  test("an admin edit to a content question is never overwritten by the sync: it is flagged instead", async () => {
    const d = db();
    const src = content.questions.find((q) => q.type === "single")!;
    await editQuestion(d, admin.id, src.id, { ...src, stem: `${src.stem}（管理员修订）` });
    const changedFile = content.questions.map((q) => (q.id === src.id ? { ...q, explanation: `${q.explanation}（文件修订）` } : q));
    const report = await syncQuestionBank(d, changedFile);
    expect(report.flagged).toBe(1);
    const q = await getQuestion(d, src.id);
    expect(q.origin).toBe("admin");
    expect(q.payload.stem).toMatch(/管理员修订/);
    expect(q.flagReason).toMatch(/未自动覆盖/);
    await clearQuestionFlag(d, admin.id, src.id);
    expect((await getQuestion(d, src.id)).flaggedAt).toBeNull();
    await expect(clearQuestionFlag(d, admin.id, src.id)).rejects.toThrow(/没有待核对/);
  });

  test("an admin archive of a content question sticks across a sync", async () => {
    const d = db();
    const src = content.questions.find((q) => q.type === "truefalse")!;
    await archiveQuestion(d, admin.id, src.id);
    await syncQuestionBank(d, content.questions);
    expect((await getQuestion(d, src.id)).status).toBe("ARCHIVED");
  });

  test("flagQuestionsForRule flags live questions citing the rule (own rules, scenario endings, rubrics) and nothing else", async () => {
    const d = db();
    const citing = await d.raw.query<{ id: string }>(
      `SELECT q.id FROM question q JOIN question_version v ON v.question_id = q.id AND v.version = q.current_version
       WHERE q.status <> 'ARCHIVED' AND (v.rules @> ARRAY['RP1'] OR v.payload::text LIKE '%"RP1"%')`,
    );
    await d.raw.query(`UPDATE question SET flagged_at = NULL, flag_reason = NULL`);
    const n = await flagQuestionsForRule(d, "RP1", "规则 RP1 原文已修订，请核对引用它的题目");
    expect(n).toBe(citing.length);
    expect(n).toBeGreaterThan(0);
    const flagged = await d.raw.query<{ id: string }>(`SELECT id FROM question WHERE flagged_at IS NOT NULL ORDER BY id`);
    expect(flagged.map((r) => r.id)).toEqual(citing.map((r) => r.id).sort());
    expect((await listQuestions(d, { flagged: true })).total).toBe(n);
    const entry = await d.prisma.auditEvent.findFirst({ where: { action: "question.flag", entityId: "RP1" } });
    expect(entry?.after).toMatchObject({ questions: n });
    // Inside a transaction, as the content sync would call it.
    await withTx(d, async (t) => {
      expect(await flagQuestionsForRule(t, "ZZ9", "不存在的规则")).toBe(0);
    });
  });
});
