import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { expect, test } from "vitest";
import { BreakdownChart, ProgressChart } from "@/components/quiz/chart-figures";
import { RuleChart, ScoreChart } from "@/components/tracking/charts";
import { shortTitle } from "./scale";

const html = (el: React.ReactElement) => renderToStaticMarkup(el);

test("breakdown bars name rules by title with the code as secondary text, and draw 0 % visibly", () => {
  const out = html(
    h(BreakdownChart, {
      title: "各规则得分率",
      rows: [
        { key: "G1", title: "不要滥用截屏", sub: "G1", score: 0, max: 2 },
        { key: "V1", title: "妄议中央", sub: "V1", score: 2, max: 2 },
      ],
    }),
  );
  expect(out).toContain('role="img"');
  expect(out).toMatch(/aria-label="各规则得分率：共 2 项，得分率最低的是 不要滥用截屏 0%/);
  expect(out).toContain("不要滥用截屏<tspan");
  // The 0 % bar is a stub a reader can see, not nothing.
  expect(out).toMatch(/<rect [^>]*width="3"[^>]*data-percent="0"/);
  expect(out).toContain("查看数据表");
});

test("an item nobody answered says 尚无作答, and an empty chart says why", () => {
  expect(html(h(BreakdownChart, { title: "各模块得分率", rows: [{ key: "m", title: "红线", score: 0, max: 0 }] }))).toContain("尚无作答");
  expect(html(h(ScoreChart, { labels: ["<60", "60-79", "80-89", "90-100"], counts: [0, 0, 0, 0] }))).toContain("尚无作答");
});

test("the progress chart never joins a module practice and the exam into one line", () => {
  const p = (quizId: string, percent: number, isExam = false) => ({ key: `${quizId}${percent}`, quizId, quizTitle: quizId, isExam, when: "", percent });
  const out = html(h(ProgressChart, { points: [p("practice-a", 42), p("exam", 35, true), p("practice-a", 60), p("exam", 70, true)] }));
  const series = [...out.matchAll(/data-series="([^"]+)"><polyline points="([^"]+)"/g)].map((m) => [m[1], m[2].split(" ").length]);
  expect(series).toEqual([
    ["practice-a", 2],
    ["exam", 2],
  ]);
  expect(out).toContain("exam 2 次，从 35% 到 70%");
});

test("the secretary's weak-rule chart names rules in Chinese and shows rules at 0 %", () => {
  const out = html(h(RuleChart, { rules: [{ code: "P10", title: "不在群里发红包", percent: 0 }] }));
  expect(out).toContain("不在群里发红包");
  expect(out).toMatch(/data-percent="0"/);
});

test("a module's short title is what comes before its colon", () => {
  expect(shortTitle("红线：微信使用不当容易触碰的纪律底线")).toBe("红线");
  expect(shortTitle("使用指南")).toBe("使用指南");
});

test("no chart code is a client component", async () => {
  const { readFileSync, readdirSync } = await import("node:fs");
  for (const f of readdirSync("components/charts").filter((n) => n.endsWith(".tsx"))) {
    expect(readFileSync(`components/charts/${f}`, "utf8")).not.toMatch(/^"use client"/m);
  }
});

test("a long title is cut to fit above its bar; the table keeps it whole", () => {
  const long = "天津：严禁收送影响公正执行公务的微信红包或电子礼券";
  const out = html(h(BreakdownChart, { title: "各规则得分率", rows: [{ key: "TJ2", title: long, sub: "TJ2", score: 1, max: 2 }] }));
  expect(out).toMatch(/>天津：严禁[^<]{13,18}…<tspan/);
  expect(out).toContain(`${long}（TJ2）`);
});

test("the completion line marks today's figure even at 0 %, and the deadline", async () => {
  const { CompletionChart } = await import("@/components/tracking/charts");
  const out = html(
    h(CompletionChart, {
      members: 10,
      dueDay: "2026-12-03",
      points: [
        { day: "2026-12-01", rate: 0, completed: 0 },
        { day: "2026-12-02", rate: null, completed: 0 },
        { day: "2026-12-03", rate: null, completed: 0 },
      ],
    }),
  );
  // A lone point on the baseline (y = 156 of 180), not nothing.
  expect(out).toMatch(/data-series="rate"><circle cx="30" cy="156"/);
  expect(out).toContain("截止");
});
