/**
 * The member table and the roll-up are client components fed by a server half that decides what
 * reaches the browser (their props become the page's flight payload): a score the viewer may not
 * see must be absent from the props, not merely not drawn.
 */
import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { expect, test } from "vitest";
import type { RollupRow } from "@/lib/tracking/rollup";
import { MemberTable, type MemberTableRow } from "./member-table";
import { RollupTable } from "./rollup-table";

const member = (id: number, over: Partial<MemberTableRow> = {}): MemberTableRow => ({
  id,
  name: `学员${id}`,
  username: `cadre${id}`,
  unitId: 7,
  unitName: "住建科党支部",
  state: "completed",
  learned: 41,
  lessons: 41,
  attempts: 3,
  bestScore: 87,
  passed: true,
  completedAt: new Date("2026-12-01T02:00:00Z"),
  late: false,
  lastActiveAt: new Date("2026-12-03T17:00:00Z"),
  reminders: 0,
  talk: false,
  streak: 2,
  ...over,
});

const tableProps = (individual: boolean, showUnit = false) => ({
  rows: [member(1), member(2, { state: "not_started", bestScore: null, attempts: 0, lastActiveAt: null, neverSignedIn: true })],
  individual,
  sort: "state" as const,
  dir: "asc" as const,
  sortHref: (sort: string, dir: string) => `/branch?sort=${sort}&dir=${dir}`,
  detailQuery: "?a=5",
  showUnit,
});

/** The client component's props, as the flight payload would carry them. */
const payload = (el: ReactElement) => JSON.stringify(el.props);

test("the member table sends scores and attempts only to the members' own secretary", () => {
  const committee = MemberTable(tableProps(false));
  const rows = (committee.props as { rows: object[] }).rows;
  for (const r of rows) {
    expect(r).not.toHaveProperty("score");
    expect(r).not.toHaveProperty("attempts");
  }
  expect(payload(committee)).not.toContain("87");
  // No sort link for a column he does not see, and no username or unit id.
  expect(Object.keys((committee.props as { sortHrefs: object }).sortHrefs).sort()).toEqual(["active", "name", "progress", "reminders", "state"]);
  expect(payload(committee)).not.toContain("cadre1");
  const html = renderToStaticMarkup(committee);
  expect(html).not.toContain("最高分");
  expect(html).not.toContain("87");

  const own = MemberTable(tableProps(true));
  expect((own.props as { rows: { score?: number | null; attempts?: number }[] }).rows[0]).toMatchObject({ score: 87, attempts: 3 });
  expect(renderToStaticMarkup(own)).toContain("最高分");
});

test("the member table draws what it drew as a server component: day in China time, 从未登录, unit only when asked", () => {
  const html = renderToStaticMarkup(MemberTable(tableProps(true)));
  expect(html).toContain(">12-04<"); // 17:00 UTC is the next day in China
  expect(html).toContain("从未登录");
  expect(html).toContain('href="/branch/members/1?a=5"');
  expect(html).toContain('aria-sort="ascending"');
  expect(html).toContain('href="/branch?sort=state&amp;dir=desc"');
  expect(html).not.toContain("住建科党支部");
  expect(renderToStaticMarkup(MemberTable(tableProps(true, true)))).toContain("住建科党支部");
});

const unit = (unitId: number, over: Partial<RollupRow> = {}): RollupRow => ({
  unitId,
  name: `支部${unitId}`,
  kind: "BRANCH",
  hasChildren: false,
  level: 1,
  members: 10,
  started: 4,
  completed: 3,
  scored: 8,
  averageScore: 81.5,
  buckets: [0, 1, 2, 3, 2],
  withheld: false,
  updatedAt: null,
  refreshedAt: null,
  ...over,
});

test("the roll-up sends an average only where the privacy floor allows, and writes rates out", () => {
  const el = RollupTable({
    rows: [
      unit(1),
      unit(2, { scored: 2, averageScore: 64.5, withheld: true }),
      unit(3, { members: 0, started: 0, completed: 0, scored: 0, averageScore: null }),
    ],
    unitQuery: (id) => `/branch?unit=${id}`,
    scores: true,
  });
  const rows = (el.props as { rows: Record<string, unknown>[] }).rows;
  expect(rows[0]).toMatchObject({ average: 81.5, startedRate: "40%", completedRate: "30%", kind: "党支部", href: "/branch?unit=1" });
  expect(rows[1]).not.toHaveProperty("average");
  expect(rows[1]!.withheld).toBe(true);
  expect(payload(el)).not.toContain("64.5");
  expect(payload(el)).not.toContain("buckets");
  const html = renderToStaticMarkup(el);
  expect(html).toMatch(/不足 \d+ 人/);
  expect(rows[2]).toMatchObject({ startedRate: "—", completedRate: "—" });

  const noExam = RollupTable({ rows: [unit(1)], unitQuery: (id) => `/branch?unit=${id}`, scores: false });
  expect(payload(noExam)).not.toContain("81.5");
  expect(renderToStaticMarkup(noExam)).not.toContain("平均分");
});
