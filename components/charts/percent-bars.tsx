/**
 * Score rates as horizontal bars, drawn on the server as plain SVG (no client JavaScript). Each
 * row names its item by its short Chinese title, the code as secondary text; 0 % is a visible
 * stub, an item nobody answered says 尚无作答. The SVG is one image with a spoken summary; the
 * figures themselves are in the table that follows it (DataTable).
 */
import { CHART_WIDTH, TONE, percentTone } from "./scale";

export interface PercentRow {
  key: string;
  /** Short Chinese title (rule or module). */
  title: string;
  /** Secondary text: the code. */
  sub?: string;
  /** null: no answers yet. */
  percent: number | null;
}

const ROW = 36;
const TRACK = CHART_WIDTH - 48;
/** CJK characters that fit above a bar beside the code; longer titles are cut with "…" (the table and the summary carry them whole). */
const TITLE_CHARS = 23;
const fit = (t: string, sub?: string) => {
  const room = TITLE_CHARS - (sub ? Math.ceil(sub.length / 2) + 1 : 0);
  return t.length > room ? `${t.slice(0, room - 1)}…` : t;
};

export function PercentBars({ label, rows, passPercent }: { label: string; rows: PercentRow[]; passPercent?: number }) {
  const height = rows.length * ROW + 4;
  const passX = passPercent === undefined ? null : (passPercent / 100) * TRACK;
  return (
    <svg role="img" aria-label={label} viewBox={`0 0 ${CHART_WIDTH} ${height}`} className="block h-auto w-full max-w-sm" fontSize="13">
      {rows.map((r, i) => {
        const y = i * ROW;
        const w = r.percent === null ? 0 : Math.max(3, (r.percent / 100) * TRACK);
        return (
          <g key={r.key} data-row={r.key}>
            <text x="0" y={y + 13} fill={TONE.text}>
              {fit(r.title, r.sub)}
              {r.sub ? (
                <tspan fill={TONE.muted} fontSize="11" dx="6">
                  {r.sub}
                </tspan>
              ) : null}
            </text>
            <rect x="0" y={y + 19} width={TRACK} height="11" rx="2" fill={TONE.track} />
            {r.percent === null ? null : (
              <rect x="0" y={y + 19} width={w} height="11" rx="2" fill={percentTone(r.percent, passPercent ?? 80)} data-percent={r.percent} />
            )}
            <text x={CHART_WIDTH} y={y + 29} textAnchor="end" fill={r.percent === null ? TONE.muted : TONE.text} fontSize={r.percent === null ? "11" : "13"}>
              {r.percent === null ? "尚无作答" : `${r.percent}%`}
            </text>
          </g>
        );
      })}
      {passX === null ? null : <line x1={passX} x2={passX} y1="16" y2={height} stroke={TONE.muted} strokeDasharray="4 3" />}
    </svg>
  );
}
