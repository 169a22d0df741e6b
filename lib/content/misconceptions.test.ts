/**
 * Each option's feedback is its own (ux.md m22). A learner who picks an option is told the
 * misconception that option reveals; the review once showed "群里人人都抢的红包，跟着抢一个没关系"
 * (a recipient's excuse, pasted from a red-packet vote-buying item) under "他每天在群里发红包，调动大家
 * 汇报的积极性" (a sender's). Two guards: the mapping — scoring an option alone yields exactly the
 * misconception tagged on it — and a lint on the acts a misconception names: one about grabbing a
 * red packet or about screenshots must sit on an option (or stem) about that act.
 */
import { describe, expect, it } from "vitest";
import { scoreAnswer } from "../assessment/score";
import { loadContent } from "./load";

const content = loadContent();

/** An act a misconception names → words its option or stem must contain for the tag to fit. */
const ACTS: { act: RegExp; needs: RegExp; name: string }[] = [
  { act: /抢/, needs: /抢|领|收|接龙|手气/, name: "抢红包（收的一方）" },
  { act: /截图/, needs: /截|拍|照|转述/, name: "截图" },
];

/** Every option-level misconception: choice options, scenario choices. */
function tagged() {
  const out: { where: string; text: string; misconception: string }[] = [];
  for (const q of content.questions) {
    if (q.type === "single" || q.type === "multiple")
      for (const o of q.options) if (o.misconception) out.push({ where: `${q.id}.${o.id}`, text: `${o.text}｜${q.stem}`, misconception: o.misconception });
    if (q.type === "scenario")
      for (const s of q.steps)
        for (const c of s.choices) if (c.misconception) out.push({ where: `${q.id}.${c.id}`, text: `${c.label}｜${s.prompt}`, misconception: c.misconception });
  }
  return out;
}

describe("option-level misconceptions", () => {
  it("scoring a wrong option alone reports that option's own misconception, and nothing else", () => {
    const wrong: string[] = [];
    for (const q of content.questions) {
      if (q.type !== "single" && q.type !== "multiple") continue;
      for (const o of q.options) {
        if (o.correct) continue;
        const got = scoreAnswer(q, q.type === "single" ? { type: "single", choice: o.id } : { type: "multiple", choices: [o.id] }).misconceptions;
        const want = o.misconception ? [o.misconception] : [];
        if (JSON.stringify(got) !== JSON.stringify(want)) wrong.push(`${q.id}.${o.id}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("name an act their option is about (a recipient's excuse is not tagged on a sender)", () => {
    const misfits = tagged().flatMap((t) =>
      ACTS.filter((a) => a.act.test(t.misconception) && !a.needs.test(t.text)).map((a) => `${t.where}: “${t.misconception}” 讲${a.name}，选项没有`),
    );
    expect(misfits).toEqual([]);
  });

  it("the lint catches the tag the review found", () => {
    const t = { text: "他每天在群里发红包，调动大家汇报的积极性｜这主要得益于：", misconception: "群里人人都抢的红包，跟着抢一个没关系" };
    expect(ACTS.some((a) => a.act.test(t.misconception) && !a.needs.test(t.text))).toBe(true);
  });
});
