import { expect, test } from "vitest";
import { SCORE_BUCKET_LABELS, averagePercent, scoreBucket } from "./contributions";
import { individualScoresVisible } from "./privacy";
import { freshness, timelinePoints } from "./rollup";
import {
  chinaDay,
  chinaDaysBetween,
  daysLeft,
  endOfChinaDay,
  formatChinaDate,
  formatChinaDateTime,
  formatChinaStamp,
  formatChinaTime,
  startOfChinaDay,
} from "./time";

test("China dates: a UTC evening is already tomorrow in Beijing; deadlines end at 23:59:59.999 there", () => {
  expect(chinaDay(new Date("2026-03-01T15:59:59Z"))).toBe("2026-03-01");
  expect(chinaDay(new Date("2026-03-01T16:00:00Z"))).toBe("2026-03-02");
  expect(startOfChinaDay("2026-03-02").toISOString()).toBe("2026-03-01T16:00:00.000Z");
  expect(endOfChinaDay("2026-03-02").toISOString()).toBe("2026-03-02T15:59:59.999Z");
  expect(formatChinaDate(new Date("2026-03-01T16:30:00Z"))).toBe("2026年3月2日");
  expect(chinaDaysBetween(new Date("2026-02-27T00:00:00Z"), new Date("2026-03-02T00:00:00Z"))).toEqual([
    "2026-02-27",
    "2026-02-28",
    "2026-03-01",
    "2026-03-02",
  ]);
});

test("days left: 0 on the last day, negative once overdue, by China dates not hours", () => {
  const due = endOfChinaDay("2026-03-10");
  expect(daysLeft(due, new Date("2026-03-10T15:00:00Z"))).toBe(0); // 23:00 in Beijing, last day
  expect(daysLeft(due, new Date("2026-03-10T16:00:00Z"))).toBe(-1); // midnight: overdue
  expect(daysLeft(due, new Date("2026-03-07T01:00:00Z"))).toBe(3);
});

test("score bands match their labels at every edge", () => {
  expect([0, 59.9, 60, 69.9, 70, 79.9, 80, 89.9, 90, 100].map(scoreBucket)).toEqual([0, 0, 1, 1, 2, 2, 3, 3, 4, 4]);
  expect(SCORE_BUCKET_LABELS).toHaveLength(5);
});

test("the completion timeline is cumulative, counts early finishers on day one and stops today", () => {
  const a = { startsAt: startOfChinaDay("2026-03-01"), dueAt: endOfChinaDay("2026-03-05") };
  const now = new Date("2026-03-03T04:00:00Z");
  const pts = timelinePoints(
    [
      { day: "2026-02-20", n: 1 },
      { day: "2026-03-02", n: 2 },
      { day: "2026-03-03", n: 1 },
    ],
    a,
    10,
    now,
  );
  expect(pts.map((p) => [p.day, p.completed, p.rate])).toEqual([
    ["2026-03-01", 1, 10],
    ["2026-03-02", 3, 30],
    ["2026-03-03", 4, 40],
    ["2026-03-04", 0, null],
    ["2026-03-05", 0, null],
  ]);
});

test("freshness: the latest change and the oldest full recount among the rows shown", () => {
  const t = (s: string) => new Date(s);
  expect(
    freshness([
      { updatedAt: t("2026-03-01T01:00:00Z"), refreshedAt: t("2026-02-01T00:00:00Z") },
      { updatedAt: t("2026-03-02T01:00:00Z"), refreshedAt: t("2026-01-01T00:00:00Z") },
      { updatedAt: null, refreshedAt: null },
    ] as Parameters<typeof freshness>[0]),
  ).toEqual({ updatedAt: t("2026-03-02T01:00:00Z"), refreshedAt: t("2026-01-01T00:00:00Z") });
  expect(freshness([])).toEqual({ updatedAt: null, refreshedAt: null });
});

test("individual scores: only a secretary of that unit, or of the branch it lies in", () => {
  const branch = { id: 3, path: [1, 2, 3] };
  expect(individualScoresVisible({ role: "SECRETARY", unitId: 3 }, "BRANCH", branch)).toBe(true);
  expect(individualScoresVisible({ role: "SECRETARY", unitId: 2 }, "GENERAL_BRANCH", branch)).toBe(false);
  expect(individualScoresVisible({ role: "SECRETARY", unitId: 1 }, "COMMITTEE", branch)).toBe(false);
  expect(individualScoresVisible({ role: "SECRETARY", unitId: 1 }, "COMMITTEE", { id: 1, path: [1] })).toBe(true);
  expect(individualScoresVisible({ role: "ADMIN", unitId: 3 }, "BRANCH", branch)).toBe(false);
  expect(individualScoresVisible({ role: "CADRE", unitId: 3 }, "BRANCH", branch)).toBe(false);
});

test("an average of one-decimal percents does not depend on the order they were added in", () => {
  // 360.3 / 6 = 60.05: summed forwards the floats land just above, backwards just below, and the
  // plain formula gave 60.1 one way and 60.0 the other (the dashboard's SQL sum against a reduce).
  const scores = [79.5, 69.6, 75.3, 67, 63.3, 5.6];
  const forward = scores.reduce((a, b) => a + b, 0);
  const backward = [...scores].reverse().reduce((a, b) => a + b, 0);
  expect(Math.round((forward / 6) * 10) / 10).not.toBe(Math.round((backward / 6) * 10) / 10);
  expect(averagePercent(forward, 6)).toBe(60.1);
  expect(averagePercent(backward, 6)).toBe(60.1);
});

test("the shown dates and times are China's, whatever the server's zone, in the formats the pages used before", () => {
  const late = new Date("2026-11-21T16:05:09Z"); // 00:05 on 22 November in Beijing
  expect(formatChinaDateTime(late)).toBe("2026年11月22日 00:05");
  expect(formatChinaStamp(late)).toBe("2026/11/22 00:05");
  expect(formatChinaStamp(late, { seconds: true })).toBe("2026/11/22 00:05:09");
  expect(formatChinaDate(late)).toBe("2026年11月22日");
  expect(formatChinaTime(late)).toBe("11-22 00:05");
  expect(chinaDay(late)).toBe("2026-11-22");
});
