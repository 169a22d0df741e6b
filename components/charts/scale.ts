/** Shared geometry and colours of the SVG charts (all contrast ≥ 3:1 on white, text ≥ 4.5:1). */
export const CHART_WIDTH = 320;

export const TONE = {
  text: "#1c1917",
  muted: "#57534e",
  grid: "#d6d3d1",
  track: "#e7e5e4",
  good: "#15803d",
  mid: "#b45309",
  bad: "#b91c1c",
  brand: "#a51616",
  other: "#57534e",
} as const;

export const percentTone = (p: number, pass: number) => (p >= pass ? TONE.good : p >= pass / 2 ? TONE.mid : TONE.bad);

/** "红线：微信使用不当容易触碰的纪律底线" → "红线": a module's short title is what comes before its colon. */
export const shortTitle = (title: string) => title.split(/[：:]/)[0].trim() || title;
