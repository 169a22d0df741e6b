/**
 * An exam cannot be looked up (issue 14 §5). The reproduction of probe F6 — a cadre with an open
 * final exam fetches an exam item's key by answering it in practice, through the API — and the
 * wider rule: while an exam is open, no response to its taker carries the key of any item on that
 * paper, whatever path he takes (practice, past results, retakes, the mistake book, his record).
 */
import { beforeAll, describe, expect, test } from "vitest";
import * as attemptRoute from "@/app/api/v1/attempts/[attemptId]/route";
import * as responseRoute from "@/app/api/v1/attempts/[attemptId]/responses/[versionId]/route";
import * as submitRoute from "@/app/api/v1/attempts/[attemptId]/submit/route";
import * as startRoute from "@/app/api/v1/quizzes/[quizId]/attempts/route";
import { issueToken } from "../api/tokens";
import { loadContent } from "../content/load";
import type { TQuestion } from "../content/schema";
import { syncContent } from "../content/sync";
import { db, type Db } from "../db/client";
import { answerForVersion, makeMember, makeTree } from "../test/factories";
import { callRoute, type RouteHandler } from "../test/route-call";
import { ensureQuizzes, EXAM_ID, PRE_ID } from "./quizzes";
import { syncQuestionBank } from "./bank";
import { getVersions } from "./versions";
import { getAttempt, saveResponse, startAttempt, submitAttempt } from "./attempts";
import { listMistakes } from "./mistakes";
import { startMistakeReview, startRetake } from "./review";
import { attemptHistory, startQuestionPractice } from "./records";
import { myRecord } from "../account/my-record";

const content = loadContent();
let d: Db;

beforeAll(async () => {
  d = db();
  await syncContent(d, content);
  await syncQuestionBank(d, content.questions);
  await ensureQuizzes(d, content.course);
});

async function cadreWithToken() {
  const t = await makeTree(d);
  const admin = await makeMember(d, t.committee, "ADMIN");
  const m = await makeMember(d, t.branchA);
  const { token } = await issueToken(d, admin, { name: "probe", username: m.username });
  return { m, token };
}

type View = { id: string; status: string; items: { versionId: number; module: string; question: { type: string }; reveal: unknown }[] };

const api = {
  start: async (token: string, quizId: string) =>
    (await callRoute(startRoute.POST as RouteHandler, "POST", `/quizzes/${quizId}/attempts`, { token, params: { quizId } })).json as { id: string },
  read: async (token: string, attemptId: string) =>
    (await callRoute(attemptRoute.GET as RouteHandler, "GET", `/attempts/${attemptId}`, { token, params: { attemptId } })).json as View,
  put: (token: string, attemptId: string, versionId: number, body: unknown) =>
    callRoute(responseRoute.PUT as RouteHandler, "PUT", `/attempts/${attemptId}/responses/${versionId}`, {
      token,
      params: { attemptId, versionId: String(versionId) },
      body,
    }),
  submit: (token: string, attemptId: string) =>
    callRoute(submitRoute.POST as RouteHandler, "POST", `/attempts/${attemptId}/submit`, { token, params: { attemptId } }),
};

describe("probe F6: an open exam's key through practice", () => {
  test("practice papers drawn while the exam is open never hold its items, and answering one reveals nothing", async () => {
    const { token } = await cadreWithToken();
    const exam = await api.start(token, EXAM_ID);
    const paper = (await api.read(token, exam.id)).items;
    // The probe's module: the exam item from the module with the fewest practice candidates.
    const target = paper.find((i) => i.module === "usage-rules" && i.question.type !== "scenario") ?? paper[0];
    const quizId = `practice-${target.module}`;
    let met = 0;
    for (let round = 0; round < 12; round++) {
      const p = await api.start(token, quizId);
      const view = await api.read(token, p.id);
      if (view.items.some((i) => i.versionId === target.versionId)) {
        met++;
        const r = await api.put(token, p.id, target.versionId, await answerForVersion(d, target.versionId, false));
        expect(r.status).toBe(200);
        expect((r.json as { feedback?: unknown }).feedback, "practice feedback for an item on the open exam").toBeUndefined();
        expect(r.text).not.toMatch(/correctOptions|"answer":(true|false)/);
      }
      expect((await api.submit(token, p.id)).status).toBe(200);
    }
    expect(met, "practice drew an item that sits on the open exam paper").toBe(0);
    // The exam is still open, and its item still answerable there.
    expect((await api.read(token, exam.id)).status).toBe("IN_PROGRESS");
  });
});

/** Key-bearing texts of these questions that no other question shares (so finding one is a leak). */
function keyTextsOf(qs: TQuestion[], all: TQuestion[]): string[] {
  const ids = new Set(qs.map((q) => q.id));
  const texts = (q: TQuestion) => [
    q.explanation,
    ...(q.type === "drafting" ? [q.sample] : []),
    ...(q.type === "scenario" ? [...q.endings.map((e) => e.consequence), ...q.steps.flatMap((s) => s.choices.map((c) => c.feedback ?? ""))] : []),
  ];
  const others = new Set(all.filter((q) => !ids.has(q.id)).flatMap(texts));
  return [...new Set(qs.flatMap(texts))].filter((t) => t.length >= 8 && !others.has(t));
}

/** Structured check: no item of these questions carries its key, verdict or misconceptions. */
function expectNoKeyFor(value: unknown, versionIds: Set<number>, where: string) {
  const walk = (v: unknown, at: string) => {
    if (Array.isArray(v)) return v.forEach((x, i) => walk(x, `${at}[${i}]`));
    if (!v || typeof v !== "object") return;
    const o = v as Record<string, unknown>;
    if (typeof o.versionId === "number" && versionIds.has(o.versionId)) {
      expect(o.reveal ?? null, `${at}.reveal`).toBeNull();
      const r = o.response as Record<string, unknown> | null | undefined;
      if (r) expect(Object.keys(r).sort(), `${at}.response`).toEqual(["answer", "final"]);
      const q = o.question as { node?: { ending: unknown } } | undefined;
      if (q?.node) expect(q.node.ending, `${at}.question.node.ending`).toBeNull();
    }
    for (const [k, x] of Object.entries(o)) walk(x, `${at}.${k}`);
  };
  walk(value, where);
}

describe("no response to a cadre with an open exam carries a key of an item on it", () => {
  test("practice, past results, retakes, the mistake book, the record, via the API and the pages' functions", async () => {
    const { m, token } = await cadreWithToken();
    // History before the exam: a submitted self-check (keys shown), a submitted practice with
    // wrong answers (mistakes), an open practice with some answers, a scenario played to its end.
    const pre = await startAttempt(d, m.id, PRE_ID);
    const preView = await getAttempt(d, m.id, pre.publicId);
    for (const it of preView.items) await saveResponse(d, m.id, pre.publicId, it.versionId, await answerForVersion(d, it.versionId, false));
    await submitAttempt(d, m.id, pre.publicId);
    const done = await startAttempt(d, m.id, "practice-local-rules");
    const doneView = await getAttempt(d, m.id, done.publicId);
    for (const it of doneView.items) await saveResponse(d, m.id, done.publicId, it.versionId, await answerForVersion(d, it.versionId, false));
    await submitAttempt(d, m.id, done.publicId);
    const open = await startAttempt(d, m.id, "practice-ten-principles");
    const openView = await getAttempt(d, m.id, open.publicId);
    await saveResponse(d, m.id, open.publicId, openView.items[0].versionId, await answerForVersion(d, openView.items[0].versionId, true));
    const scenarioId = content.questions.find((q) => q.type === "scenario")!.id;
    const played = await startQuestionPractice(d, m.id, scenarioId);
    const playedView = await getAttempt(d, m.id, played.publicId);
    await saveResponse(d, m.id, played.publicId, playedView.items[0].versionId, await answerForVersion(d, playedView.items[0].versionId, false));
    await submitAttempt(d, m.id, played.publicId);

    // An exam paper that, against the draw's preference, holds items he met: the worst case.
    const examPaper = [
      ...preView.items.slice(0, 4).map((i) => i.versionId),
      ...doneView.items.slice(0, 3).map((i) => i.versionId),
      ...openView.items.slice(0, 3).map((i) => i.versionId),
      playedView.items[0].versionId,
    ];
    const exam = await startAttempt(d, m.id, EXAM_ID, { paper: examPaper });
    const onExam = new Set(examPaper);
    const versions = await getVersions(d, examPaper);
    const examQuestions = [...versions.values()].map((v) => v.payload);
    const secrets = keyTextsOf(examQuestions, content.questions);
    expect(secrets.length).toBeGreaterThan(5);

    const responses: [string, unknown][] = [];
    for (const a of [exam, pre, done, open, played]) {
      responses.push([`GET /attempts/${a.publicId}`, await api.read(token, a.publicId)]);
      responses.push([`getAttempt ${a.publicId}`, await getAttempt(d, m.id, a.publicId)]);
    }
    // Answering an exam item inside the practice paper drawn before the exam: saved, no feedback.
    const inPractice = openView.items[1].versionId;
    const put = await api.put(token, open.publicId, inPractice, await answerForVersion(d, inPractice, true));
    expect(put.status).toBe(200);
    expect(put.json).toMatchObject({ saved: true, keyWithheld: true });
    responses.push(["PUT practice response", put.json]);
    // The scenario on the exam cannot be practised again meanwhile.
    await expect(startQuestionPractice(d, m.id, scenarioId)).rejects.toThrow("尚未交卷的考试");
    // Retake and review papers leave the exam's items out.
    const retake = await startRetake(d, m.id, pre.publicId);
    const retakeView = await getAttempt(d, m.id, retake.publicId);
    expect(retakeView.items.filter((i) => onExam.has(i.versionId))).toEqual([]);
    responses.push(["retake", retakeView]);
    const review = await startMistakeReview(d, m.id);
    responses.push(["review", await getAttempt(d, m.id, review.publicId)]);
    // New practice papers in every module leave them out too.
    for (const mod of content.course.modules) {
      const p = await startAttempt(d, m.id, `practice-${mod.slug}`);
      if (p.resumed) continue; // the practice opened before the exam (checked above)
      const v = await getAttempt(d, m.id, p.publicId);
      expect(
        v.items.filter((i) => onExam.has(i.versionId)),
        mod.slug,
      ).toEqual([]);
    }
    responses.push(["mistakes", await listMistakes(d, m.id)]);
    responses.push(["record", await myRecord(d, m.id)]);
    responses.push(["history", await attemptHistory(d, m.id)]);

    for (const [where, body] of responses) {
      expectNoKeyFor(body, onExam, where);
      const json = JSON.stringify(body);
      for (const s of secrets) expect(json.includes(s), `${where} carries “${s.slice(0, 30)}…”`).toBe(false);
    }
    // His record shows no verdict on the exam's questions.
    const rec = (await myRecord(d, m.id)) as unknown as { attempts: { responses: { question: string; correct: unknown }[] | null }[] };
    const examIds = new Set(examQuestions.map((q) => q.id));
    for (const a of rec.attempts) for (const r of a.responses ?? []) if (examIds.has(r.question)) expect(r.correct).toBeNull();

    // Handed in: the keys come back everywhere.
    await submitAttempt(d, m.id, exam.publicId);
    const after = await getAttempt(d, m.id, open.publicId);
    expect(after.items.find((i) => i.versionId === inPractice)?.reveal).not.toBeNull();
  });
});
