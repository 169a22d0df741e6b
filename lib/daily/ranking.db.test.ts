/**
 * Rankings on the real database: a branch's top ten and one's own rank, 某同志 for a hidden name,
 * committees' branches by rates with the privacy floor.
 */
import { beforeAll, expect, test } from "vitest";
import { db } from "../db/client";
import { loadContent } from "../content/load";
import { syncQuestionBank } from "../assessment/bank";
import { ensureQuizzes } from "../assessment/quizzes";
import { answerForVersion, makeMember, makeTree } from "../test/factories";
import { counting } from "../test/counting";
import { answerDaily, startDailySet } from "./daily-set";
import { branchRanking, branchesRanked, HIDDEN_NAME, setRankingHidden } from "./ranking";
import { getAttempt } from "../assessment/attempts";

const content = loadContent();
beforeAll(async () => {
  await syncQuestionBank(db(), content.questions);
  await ensureQuizzes(db(), content.course);
});

/** Points as the app awards them: by answering today's set (right answers earn 1 each). */
async function earn(memberId: number, rightAnswers: number) {
  const set = await startDailySet(db(), memberId);
  const items = (await getAttempt(db(), memberId, set.publicId)).items;
  for (const [i, it] of items.slice(0, 5).entries())
    await answerDaily(db(), memberId, set.publicId, it.versionId, await answerForVersion(db(), it.versionId, i < rightAnswers));
}

test("a branch's top ten, one's own rank, and 某同志 for a hidden name", async () => {
  const d = db();
  const t = await makeTree(d);
  const members = [];
  for (let i = 0; i < 12; i++) members.push(await makeMember(d, t.branchA));
  const outsider = await makeMember(d, t.branchB);
  // members[i] earns 5 - (i % 6) points: 0 and 6 lead with 5, 5 and 11 have none.
  for (const [i, m] of members.entries()) if (5 - (i % 6) > 0) await earn(m.id, 5 - (i % 6));
  await earn(outsider.id, 5);
  await setRankingHidden(d, members[0].id, true);
  await setRankingHidden(d, members[0].id, true); // idempotent

  const c = counting(d);
  const r = await branchRanking(c.d, members[11].id);
  expect(c.n()).toBe(1);
  expect(r.members).toBe(12);
  expect(r.top).toHaveLength(10);
  expect(r.top.map((x) => x.points)).toEqual([5, 5, 4, 4, 3, 3, 2, 2, 1, 1]);
  expect(r.top.map((x) => x.rank)).toEqual([1, 1, 3, 3, 5, 5, 7, 7, 9, 9]);
  expect(r.top.filter((x) => x.name === HIDDEN_NAME)).toHaveLength(1);
  expect(r.top.some((x) => x.name === outsider.name)).toBe(false);
  expect(r.me).toMatchObject({ rank: 11, points: 0, me: true, name: members[11].name });
  expect((await branchRanking(d, members[0].id)).me).toMatchObject({ rank: 1, name: HIDDEN_NAME, me: true });
  await setRankingHidden(d, members[0].id, false);
  expect((await branchRanking(d, members[0].id)).me.name).toBe(members[0].name);
});

test("committees rank branches by rates; a branch below the privacy floor is listed, not ranked", async () => {
  const d = db();
  const t = await makeTree(d);
  const a = [];
  for (let i = 0; i < 8; i++) a.push(await makeMember(d, t.branchA));
  const b = [];
  for (let i = 0; i < 4; i++) b.push(await makeMember(d, t.branchB));
  for (const m of a.slice(0, 2)) await earn(m.id, 5); // 2 of 8 take part
  for (const m of b) await earn(m.id, 5); // all 4 take part, but 4 < 5
  const rows = await branchesRanked(d, t.committee.id);
  expect(rows).toEqual([
    expect.objectContaining({ unitId: t.branchA.id, members: 8, participation: 25, rank: 1 }),
    expect.objectContaining({ unitId: t.branchB.id, members: 4, participation: null, avgPoints: null, rank: null }),
  ]);
  expect(rows[0].avgPoints).toBe(1.3); // 2 members × 5 points (five right, the set left unfinished) / 8, to one decimal
});
