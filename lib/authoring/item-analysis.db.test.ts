/**
 * Item analysis against a hand-computed fixture. Ten cadres sit the same five-question paper
 * (one point each, key "c" everywhere); who got what right:
 *
 *   cadre  A B C D E   total
 *     1    1 1 0 1 1     4
 *     2    1 1 0 0 1     3
 *     3    1 1 0 0 1     3
 *     4    1 1 1 0 1     4
 *     5    0 1 0 0 1     2
 *     6    1 1 1 0 0     3
 *     7    0 1 1 0 0     2
 *     8    0 1 1 0 0     2
 *     9    0 1 1 0 0     2
 *    10    0 1 1 0 0     2
 *
 * Discrimination is the point-biserial r = (M1 − M0) / s · √(p·q) between an item and the rest of
 * the test (total minus the item; the rest's share of its 4 points correlates identically).
 * - A: rest = 3 2 2 3 2 2 2 2 2 2; M1 (right: 1,2,3,4,6) = 12/5 = 2.4; M0 = 10/5 = 2.0;
 *      mean 2.2, s = √(50/10 − 2.2²) = √0.16 = 0.4; p = 0.5 → r = 0.4/0.4 · 0.5 = 0.500.
 * - B: everyone right → facility 1.000, r undefined (no variance): too easy.
 * - C: rest = 4 3 3 3 2 2 1 1 1 1; M1 (4,6–10) = 9/6 = 1.5; M0 (1,2,3,5) = 12/4 = 3.0;
 *      mean 2.1, s = √(55/10 − 2.1²) = √1.09 = 1.04403; p = 0.6 → r = −1.5/1.04403 · √0.24 = −0.704: misleading.
 * - D: rest = 3 3 3 4 2 3 2 2 2 2; M1 = 3; M0 = 23/9 = 2.5556; mean 2.6, s = √(72/10 − 2.6²) = √0.44 = 0.66332;
 *      p = 0.1 → r = 0.4444/0.66332 · 0.3 = 0.201; facility 0.1: too hard.
 * - E: rest = 3 2 2 3 1 3 2 2 2 2; M1 = M0 = 2.2 → r = 0.000.
 * Distractors (the wrong picks): A a a b d a; C b b a b; D a×5 b×3 d; E d d d b a.
 * D's "a" (5) beats its key (1): misleading as well.
 */
import { beforeAll, expect, test } from "vitest";
import { db, type Db } from "../db/client";
import { saveResponse, startAttempt, submitAttempt } from "../assessment/attempts";
import { makeMember, makeTree } from "../test/factories";
import { bootContent, scenarioQuestion, singleQuestion } from "../test/authoring";
import { itemAnalysis } from "./item-analysis";
import { createQuestion } from "./create-question";
import { getQuestion } from "./get-question";
import { publishQuestion } from "./question-status";

const RIGHT = [
  [1, 1, 0, 1, 1],
  [1, 1, 0, 0, 1],
  [1, 1, 0, 0, 1],
  [1, 1, 1, 0, 1],
  [0, 1, 0, 0, 1],
  [1, 1, 1, 0, 0],
  [0, 1, 1, 0, 0],
  [0, 1, 1, 0, 0],
  [0, 1, 1, 0, 0],
  [0, 1, 1, 0, 0],
];
/** The wrong option each cadre picked, per item, in cadre order (consumed left to right). */
const WRONG: Record<string, string[]> = {
  A: ["a", "a", "b", "d", "a"],
  B: [],
  C: ["b", "b", "a", "b"],
  D: ["a", "a", "a", "a", "a", "b", "b", "b", "d"],
  E: ["d", "d", "d", "b", "a"],
};
const ITEMS = ["A", "B", "C", "D", "E"];

let admin: { id: number };
let tree: Awaited<ReturnType<typeof makeTree>>;
const vids: Record<string, number> = {};

async function published(d: Db, q: Record<string, unknown>) {
  await createQuestion(d, admin.id, q);
  await publishQuestion(d, admin.id, q.id as string);
  return (await getQuestion(d, q.id as string)).currentVersionId;
}

beforeAll(async () => {
  const d = db();
  await bootContent(d);
  tree = await makeTree(d);
  admin = await makeMember(d, tree.committee, "ADMIN");
  for (const item of ITEMS) vids[item] = await published(d, singleQuestion(`ia-${item.toLowerCase()}`, { module: "ten-principles", rules: ["P1"] }));
  const wrong = Object.fromEntries(ITEMS.map((i) => [i, [...WRONG[i]]]));
  for (const row of RIGHT) {
    const m = await makeMember(d, tree.branchA);
    const { publicId } = await startAttempt(d, m.id, "final-exam", { paper: ITEMS.map((i) => vids[i]) });
    for (const [j, item] of ITEMS.entries()) {
      await saveResponse(d, m.id, publicId, vids[item], { type: "single", choice: row[j] ? "c" : wrong[item].shift()! });
    }
    await submitAttempt(d, m.id, publicId);
  }
});

test("facility, discrimination, distractors and flags match the hand-computed fixture to 3 decimals", async () => {
  const stats = await itemAnalysis(db(), { module: "ten-principles", kind: "EXAM" });
  const by = Object.fromEntries(stats.map((s) => [s.questionId.slice(3).toUpperCase(), s]));
  expect(Object.keys(by).sort()).toEqual(ITEMS);
  for (const i of ITEMS) expect(by[i].answered).toBe(10);
  const fac = (i: string) => by[i].facility!;
  const disc = (i: string) => by[i].discrimination;
  expect([fac("A"), fac("B"), fac("C"), fac("D"), fac("E")]).toEqual([0.5, 1, 0.6, 0.1, 0.5]);
  expect(disc("A")).toBeCloseTo(0.5, 3);
  expect(disc("B")).toBeNull();
  expect(disc("C")).toBeCloseTo(-0.704, 3);
  expect(disc("D")).toBeCloseTo(0.201, 3);
  expect(disc("E")).toBeCloseTo(0, 3);

  const counts = (i: string) => Object.fromEntries(by[i].distractors.map((x) => [x.id, x.count]));
  expect(counts("A")).toEqual({ a: 3, b: 1, c: 5, d: 1 });
  expect(counts("C")).toEqual({ a: 1, b: 3, c: 6, d: 0 });
  expect(counts("D")).toEqual({ a: 5, b: 3, c: 1, d: 1 });
  expect(by.D.distractors.find((x) => x.id === "c")!.key).toBe(true);

  expect(by.A.flags).toEqual([]);
  expect(by.B.flags).toEqual(["easy"]);
  expect(by.C.flags).toEqual(["misleading"]);
  expect(by.D.flags).toEqual(["hard", "misleading"]);
  expect(by.E.flags).toEqual([]);
  expect(by.D.reasons.join("；")).toMatch(/错误选项「A\. .*」被选 5 次，多于正确答案/);
  expect(by.C.reasons[0]).toMatch(/区分度为负（-0\.70）/);
  // Flagged items first.
  expect(stats[0].questionId).toBe("ia-d");
});

test("scenario choices are counted per step; fewer answers than the minimum raise no flags", async () => {
  const d = db();
  const vid = await published(d, scenarioQuestion("ia-scn"));
  const paths = [["forward"], ["verify", "silent", "done"], ["verify", "silent", "remind"], ["verify", "tell", "remind"]];
  for (const path of paths) {
    const m = await makeMember(d, tree.branchB);
    const { publicId } = await startAttempt(d, m.id, "practice-cases", { paper: [vid] });
    await saveResponse(d, m.id, publicId, vid, { type: "scenario", path });
    await submitAttempt(d, m.id, publicId);
  }
  const [s] = await itemAnalysis(d, { questionId: "ia-scn" });
  expect(s.answered).toBe(4);
  // Scored by ending: bad 0/2, neutral 1/2, good 2/2, good 2/2 → (0 + 0.5 + 1 + 1) / 4. The neutral
  // ending is partial credit, not a wrong answer (it counted 0 before: facility 0.5).
  expect(s.facility).toBe(0.625);
  expect(s.discrimination).toBeNull(); // single-item attempts: no rest of test
  expect(s.distractors.map((x) => `${x.step}/${x.id}:${x.count}${x.key ? "*" : ""}`)).toEqual([
    "s1/forward:1",
    "s1/verify:3*",
    "s2/tell:1*",
    "s2/silent:2",
    "s3/remind:2*",
    "s3/done:1",
  ]);
  expect(s.flags).toEqual([]);
  const [loose] = await itemAnalysis(d, { questionId: "ia-scn", minAnswers: 1 });
  expect(loose.flags).toEqual(["misleading"]); // at s2 "silent" (2) beats the best choice "tell" (1)
  expect(await itemAnalysis(d, { questionId: "ia-scn", kind: "EXAM" })).toEqual([]);
});
