/**
 * Percentages over an ordered x axis (attempts, days), one polyline per series: points of
 * different series are never joined (a single-module practice is not the exam's next step).
 * Server-rendered SVG; 0 % sits on a drawn baseline, points are always marked.
 */
import { CHART_WIDTH, TONE } from "./scale";

export interface LineSeries {
  key: string;
  name: string;
  color: string;
  dashed?: boolean;
  /** x is an index on the shared axis (0 … length-1); null percent breaks nothing, it is skipped. */
  points: { x: number; percent: number }[];
  /** Steps (a cumulative count) instead of straight segments. */
  step?: boolean;
}

const H = 180;
const LEFT = 30;
const TOP = 10;
const BOTTOM = 24;

export function PercentLines({
  label,
  series,
  length,
  xLabels = [],
  marks = [],
  guide,
}: {
  label: string;
  series: LineSeries[];
  length: number;
  xLabels?: { x: number; text: string }[];
  /** Vertical markers (a deadline). */
  marks?: { x: number; text: string }[];
  /** A horizontal reference (the pass mark), percent. */
  guide?: number;
}) {
  const w = CHART_WIDTH - LEFT - 8;
  const h = H - TOP - BOTTOM;
  const px = (x: number) => LEFT + (length <= 1 ? w / 2 : (x / (length - 1)) * w);
  const py = (p: number) => TOP + h - (p / 100) * h;
  const path = (s: LineSeries) =>
    s.points
      .map((p, i) => {
        const prev = s.points[i - 1];
        const pt = `${px(p.x).toFixed(1)},${py(p.percent).toFixed(1)}`;
        return i === 0 ? pt : s.step ? `${px(p.x).toFixed(1)},${py(prev.percent).toFixed(1)} ${pt}` : pt;
      })
      .join(" ");
  return (
    <svg role="img" aria-label={label} viewBox={`0 0 ${CHART_WIDTH} ${H}`} className="block h-auto w-full max-w-md" fontSize="11">
      {[0, 50, 100].map((t) => (
        <g key={t}>
          <line x1={LEFT} x2={LEFT + w} y1={py(t)} y2={py(t)} stroke={t === 0 ? TONE.muted : TONE.grid} />
          <text x={LEFT - 4} y={py(t) + 4} textAnchor="end" fill={TONE.muted}>
            {t}%
          </text>
        </g>
      ))}
      {guide === undefined ? null : <line x1={LEFT} x2={LEFT + w} y1={py(guide)} y2={py(guide)} stroke={TONE.muted} strokeDasharray="4 3" />}
      {marks.map((m) => (
        <g key={`m${m.x}`}>
          <line x1={px(m.x)} x2={px(m.x)} y1={TOP} y2={TOP + h} stroke={TONE.brand} strokeDasharray="4 2" />
          <text x={px(m.x) - 3} y={TOP + 10} textAnchor="end" fill={TONE.brand}>
            {m.text}
          </text>
        </g>
      ))}
      {xLabels.map((l) => (
        <text key={`x${l.x}`} x={px(l.x)} y={H - 6} textAnchor={l.x === 0 ? "start" : l.x === length - 1 ? "end" : "middle"} fill={TONE.muted}>
          {l.text}
        </text>
      ))}
      {series.map((s) => (
        <g key={s.key} data-series={s.key}>
          {s.points.length > 1 ? (
            <polyline points={path(s)} fill="none" stroke={s.color} strokeWidth="2" strokeDasharray={s.dashed ? "5 3" : undefined} />
          ) : null}
          {/* Every point is marked (a step line: its latest), so a series at 0 % is still seen on the baseline. */}
          {(s.step ? s.points.slice(-1) : s.points).map((p) => (
            <circle key={p.x} cx={px(p.x)} cy={py(p.percent)} r="3.5" fill={s.color} />
          ))}
        </g>
      ))}
    </svg>
  );
}
