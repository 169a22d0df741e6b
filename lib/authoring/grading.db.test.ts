import { beforeAll, describe, expect, test } from "vitest";
import { db, type Db } from "../db/client";
import { drawPaper, getAttempt, saveResponse, startAttempt, submitAttempt } from "../assessment/attempts";
import { makeMember, makeTree } from "../test/factories";
import { recomputeAssignment } from "../tracking/aggregates";
import { bootContent, scenarioQuestion, singleQuestion } from "../test/authoring";
import { attemptNotes } from "./attempt-notes";
import { regradeVersion } from "./regrade-version";
import { voidVersion } from "./void-version";
import { createQuestion } from "./create-question";
import { getQuestion } from "./get-question";
import { publishQuestion } from "./question-status";
import { QuestionProblems } from "./questions";

let admin: { id: number };
let tree: Awaited<ReturnType<typeof makeTree>>;

beforeAll(async () => {
  const d = db();
  await bootContent(d);
  tree = await makeTree(d);
  admin = await makeMember(d, tree.committee, "ADMIN");
});

async function published(d: Db, q: Record<string, unknown>): Promise<number> {
  await createQuestion(d, admin.id, q);
  await publishQuestion(d, admin.id, q.id as string);
  return (await getQuestion(d, q.id as string)).currentVersionId;
}

/** Whether the member has an open 错题本 entry for the question. */
async function openMistake(d: Db, memberId: number, questionId: string): Promise<boolean> {
  const [m] = await d.raw.query<{ open: boolean }>(`SELECT cleared_at IS NULL AS open FROM mistake WHERE member_id = $1 AND question_id = $2`, [
    memberId,
    questionId,
  ]);
  return m?.open ?? false;
}

/** The totals of an attempt recomputed here, in JavaScript, from the base tables. */
async function directTotals(d: Db, publicId: string) {
  const [a] = await d.raw.query<{ id: string; paper: number[]; pass_percent: number | null }>(
    `SELECT a.id::text, a.paper, q.pass_percent FROM attempt a JOIN quiz q ON q.id = a.quiz_id WHERE a.public_id = $1`,
    [publicId],
  );
  const versions = await d.raw.query<{ id: number; rules: string[]; max_score: number; voided: boolean }>(
    `SELECT id, rules, max_score, voided_at IS NOT NULL AS voided FROM question_version WHERE id = ANY($1::int[])`,
    [a.paper],
  );
  const responses = await d.raw.query<{ question_version_id: number; score: number; final: boolean }>(
    `SELECT question_version_id, score, final FROM response WHERE attempt_id = $1::bigint`,
    [a.id],
  );
  let s = 0;
  let m = 0;
  const rb: Record<string, { score: number; max: number }> = {};
  for (const vid of a.paper) {
    const v = versions.find((x) => x.id === vid)!;
    if (v.voided) continue;
    const r = responses.find((x) => x.question_version_id === vid && x.final);
    const score = r?.score ?? 0;
    s += score;
    m += v.max_score;
    for (const rule of v.rules) {
      rb[rule] ??= { score: 0, max: 0 };
      rb[rule].score += score;
      rb[rule].max += v.max_score;
    }
  }
  const percent = m > 0 ? Math.round((1000 * s) / m) / 10 : 0;
  return { score: s, maxScore: m, percent, passed: a.pass_percent === null ? null : m > 0 && (100 * s) / m >= a.pass_percent, ruleBreakdown: rb };
}

async function stored(d: Db, publicId: string) {
  const [a] = await d.raw.query<{
    score: number;
    max_score: number;
    percent: number;
    passed: boolean | null;
    rule_breakdown: Record<string, { score: number; max: number }>;
  }>(`SELECT score, max_score, percent, passed, rule_breakdown FROM attempt WHERE public_id = $1`, [publicId]);
  return { score: a.score, maxScore: a.max_score, percent: a.percent, passed: a.passed, ruleBreakdown: a.rule_breakdown };
}

describe("void", () => {
  test("a voided version stops counting in every submitted attempt: totals, percent, pass and rule breakdown equal a direct recomputation", async () => {
    const d = db();
    const v1 = await published(d, singleQuestion("void-q1", { rules: ["V1"] }));
    const v2 = await published(d, singleQuestion("void-q2", { rules: ["V1", "P1"] }));
    const v3 = await published(d, singleQuestion("void-q3", { rules: ["P1"] }));
    const v4 = await published(d, scenarioQuestion("void-s4"));
    // Four cadres answer the same paper differently; the exam's pass mark is 80 %.
    const picks: [string, string, string, string[]][] = [
      ["c", "c", "c", ["verify", "tell", "remind"]], // all right: 5/5
      ["c", "a", "c", ["verify", "tell", "remind"]], // wrong on q2 only: 4/5 = 80 %, passes; without q2 4/4
      ["a", "c", "b", ["forward"]], // q2 right only: 1/5; without q2 0/4
      ["c", "b", "c", ["verify", "silent", "done"]], // scenario partly
    ];
    const cadres = await Promise.all(picks.map(() => makeMember(d, tree.branchA)));
    const ids: string[] = [];
    for (const [i, [a, b, c, path]] of picks.entries()) {
      const { publicId } = await startAttempt(d, cadres[i].id, "final-exam", { paper: [v1, v2, v3, v4] });
      await saveResponse(d, cadres[i].id, publicId, v1, { type: "single", choice: a });
      await saveResponse(d, cadres[i].id, publicId, v2, { type: "single", choice: b });
      await saveResponse(d, cadres[i].id, publicId, v3, { type: "single", choice: c });
      await saveResponse(d, cadres[i].id, publicId, v4, { type: "scenario", path });
      await submitAttempt(d, cadres[i].id, publicId);
      ids.push(publicId);
    }
    // An attempt still in progress is not touched now; at submission the voided item does not count.
    const late = await makeMember(d, tree.branchB);
    const open = await startAttempt(d, late.id, "final-exam", { paper: [v1, v2] });
    await saveResponse(d, late.id, open.publicId, v2, { type: "single", choice: "c" });
    // Another attempt without the voided version is not touched.
    const other = await makeMember(d, tree.branchB);
    const untouched = await startAttempt(d, other.id, "final-exam", { paper: [v1, v3] });
    await saveResponse(d, other.id, untouched.publicId, v1, { type: "single", choice: "c" });
    await submitAttempt(d, other.id, untouched.publicId);
    const untouchedBefore = await stored(d, untouched.publicId);

    for (const id of ids) expect(await stored(d, id)).toEqual(await directTotals(d, id));
    expect((await stored(d, ids[1])).passed).toBe(true);
    expect((await stored(d, ids[1])).percent).toBe(80);

    // The branch's exam assignment counts these attempts: its aggregates must follow the void.
    const [assignment] = await d.raw.query<{ id: number }>(
      `INSERT INTO assignment (unit_id, quiz_id, title, starts_at, due_at, created_by_id)
       VALUES ($1, 'final-exam', '结业考试', now() - interval '1 day', now() + interval '7 days', $2) RETURNING id`,
      [tree.branchA.id, admin.id],
    );
    await recomputeAssignment(d, assignment.id);
    const best = async () =>
      Object.fromEntries(
        (
          await d.raw.query<{ member_id: number; score: number }>(`SELECT member_id, score FROM aggregate_contribution WHERE assignment_id = $1`, [
            assignment.id,
          ])
        ).map((r) => [r.member_id, r.score]),
      );
    expect((await best())[cadres[1].id]).toBe(80);

    expect(await openMistake(d, cadres[1].id, "void-q2")).toBe(true);
    const r = await voidVersion(d, admin.id, v2, "题干有歧义");
    // The voided item no longer sends anyone to the 错题本; other wrong answers still do.
    expect(await openMistake(d, cadres[1].id, "void-q2")).toBe(false);
    expect(await openMistake(d, cadres[2].id, "void-q1")).toBe(true);
    expect(r).toMatchObject({ attempts: 4, notified: 4 });
    console.log(`[void] 4 attempts recomputed in ${r.ms} ms`);

    for (const id of ids) expect(await stored(d, id)).toEqual(await directTotals(d, id));
    expect(await stored(d, ids[1])).toMatchObject({ score: 4, maxScore: 4, percent: 100, passed: true });
    expect((await stored(d, ids[1])).ruleBreakdown.V1).toEqual({ score: 1, max: 1 }); // q2's V1 no longer counts
    expect(await stored(d, ids[2])).toMatchObject({ score: 0, percent: 0, passed: false });
    expect(await stored(d, untouched.publicId)).toEqual(untouchedBefore);
    expect((await best())[cadres[1].id]).toBe(100);
    expect((await best())[cadres[2].id]).toBe(0);

    await submitAttempt(d, late.id, open.publicId);
    expect(await stored(d, open.publicId)).toMatchObject({ score: 0, maxScore: 1 });

    // The cadres are told: a notification each, and a note on the result page.
    const notes = await d.prisma.notification.findMany({ where: { kind: "question-void" } });
    expect(notes.map((n) => n.memberId).sort()).toEqual(cadres.map((c) => c.id).sort());
    expect(notes[0].body).toMatch(/题干有歧义/);
    expect(notes[0].body).toMatch(/《结业考试》/);
    expect(await attemptNotes(d, cadres[0].id, ids[0])).toEqual([expect.objectContaining({ position: 2, kind: "voided", reason: "题干有歧义" })]);
    expect(await attemptNotes(d, cadres[1].id, ids[0])).toEqual([]); // someone else's attempt: nothing

    const entry = await d.prisma.auditEvent.findFirst({ where: { action: "question.void", entityId: String(v2) } });
    expect(entry).toMatchObject({ actorId: admin.id, after: expect.objectContaining({ reason: "题干有歧义", attempts: 4 }) });
    await expect(voidVersion(d, admin.id, v2, "再次")).rejects.toThrow(/已作废/);
    await expect(voidVersion(d, admin.id, v1, "  ")).rejects.toThrow(/作废原因/);

    // A voided version is never drawn into new papers.
    const paper = await drawPaper(d, { perModule: { "red-lines": 50 } });
    expect(paper).toContain(v1);
    expect(paper).not.toContain(v2);
  });
});

describe("regrade", () => {
  test("answers are rescored against the corrected key and moved to the corrected version; totals follow; only changed cadres are notified", async () => {
    const d = db();
    // The published key says c; the right answer is a.
    const wrongKey = singleQuestion("regrade-q1");
    const vid = await published(d, wrongKey);
    const filler = await published(d, singleQuestion("regrade-q2"));
    const choices = ["a", "c", "b"];
    const cadres = await Promise.all(choices.map(() => makeMember(d, tree.branchA)));
    const ids: string[] = [];
    for (const [i, choice] of choices.entries()) {
      const { publicId } = await startAttempt(d, cadres[i].id, "final-exam", { paper: [vid, filler] });
      await saveResponse(d, cadres[i].id, publicId, vid, { type: "single", choice });
      await saveResponse(d, cadres[i].id, publicId, filler, { type: "single", choice: "c" });
      await submitAttempt(d, cadres[i].id, publicId);
      ids.push(publicId);
    }
    expect((await stored(d, ids[0])).score).toBe(1);
    expect((await stored(d, ids[1])).score).toBe(2);

    const corrected = singleQuestion("regrade-q1", {
      options: singleQuestion("x").options.map((o) => ({
        ...o,
        correct: o.id === "a",
        misconception: o.id === "c" ? "只要不转发就万事大吉" : o.id === "a" ? undefined : o.misconception,
      })),
    });
    expect(await openMistake(d, cadres[0].id, "regrade-q1")).toBe(true);
    const r = await regradeVersion(d, admin.id, vid, corrected, "答案标错");
    // "a" is right after all: that mistake closes; "b" is still wrong: that one stays open.
    expect(await openMistake(d, cadres[0].id, "regrade-q1")).toBe(false);
    expect(await openMistake(d, cadres[2].id, "regrade-q1")).toBe(true);
    expect(r).toMatchObject({ newVersion: 2, responses: 3, changedResponses: 2, attempts: 3, changedAttempts: 2, notified: 2 });

    const q = await getQuestion(d, "regrade-q1");
    expect(q.currentVersion).toBe(2);
    expect(q.currentVersionId).toBe(r.newVersionId);
    for (const id of ids) expect(await stored(d, id)).toEqual(await directTotals(d, id));
    expect((await stored(d, ids[0])).score).toBe(2);
    expect((await stored(d, ids[1])).score).toBe(1);
    expect((await stored(d, ids[2])).score).toBe(1);

    // The result page shows the corrected key beside the new score, and a note.
    const view = await getAttempt(d, cadres[0].id, ids[0]);
    expect(view.items[0]).toMatchObject({
      versionId: r.newVersionId,
      reveal: expect.objectContaining({ correctOptions: ["a"] }),
      response: expect.objectContaining({ correct: true, score: 1 }),
    });
    const wrongNow = await getAttempt(d, cadres[1].id, ids[1]);
    expect(wrongNow.items[0].response).toMatchObject({ correct: false, misconceptions: ["只要不转发就万事大吉"] });
    expect(await attemptNotes(d, cadres[1].id, ids[1])).toEqual([expect.objectContaining({ position: 1, kind: "regraded", reason: "答案标错" })]);

    const notes = await d.prisma.notification.findMany({ where: { kind: "question-regrade" } });
    expect(notes.map((n) => n.memberId).sort()).toEqual([cadres[0].id, cadres[1].id].sort());
    const entry = await d.prisma.auditEvent.findFirst({ where: { action: "question.regrade" } });
    expect(entry).toMatchObject({
      actorId: admin.id,
      entityId: String(r.newVersionId),
      after: expect.objectContaining({ changedResponses: 2, reason: "答案标错" }),
    });
    expect((entry!.after as { changes: string[] }).changes).toEqual(expect.arrayContaining(["正确答案", "选项 A · 是否正确", "选项 C · 是否正确"]));

    // A new attempt started after the regrade carries no note.
    const fresh = await makeMember(d, tree.branchB);
    const later = await startAttempt(d, fresh.id, "final-exam", { paper: [r.newVersionId] });
    await saveResponse(d, fresh.id, later.publicId, r.newVersionId, { type: "single", choice: "a" });
    await submitAttempt(d, fresh.id, later.publicId);
    expect(await attemptNotes(d, fresh.id, later.publicId)).toEqual([]);
  });

  test("a correction that cannot score an existing answer changes nothing", async () => {
    const d = db();
    const vid = await published(d, singleQuestion("regrade-bad"));
    const m = await makeMember(d, tree.branchA);
    const { publicId } = await startAttempt(d, m.id, "final-exam", { paper: [vid] });
    await saveResponse(d, m.id, publicId, vid, { type: "single", choice: "d" });
    await submitAttempt(d, m.id, publicId);
    const before = await stored(d, publicId);
    const fewer = singleQuestion("regrade-bad", { options: singleQuestion("x").options.slice(0, 3) }); // option d removed
    await expect(regradeVersion(d, admin.id, vid, fewer, "删掉选项")).rejects.toThrow(/无法按更正后的题目评分/);
    expect(await stored(d, publicId)).toEqual(before);
    expect((await getQuestion(d, "regrade-bad")).versions).toHaveLength(1);
    expect(await d.prisma.response.count({ where: { questionVersionId: vid } })).toBe(1);
    await expect(regradeVersion(d, admin.id, vid, { ...singleQuestion("regrade-bad"), type: "truefalse", answer: true }, "换题型")).rejects.toBeInstanceOf(
      QuestionProblems,
    );
    await expect(regradeVersion(d, admin.id, vid, singleQuestion("regrade-bad"), "无改动")).rejects.toThrow(/完全相同/);
  });
});
